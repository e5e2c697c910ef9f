/** The columns every entity table ends with: optimistic-locking version and the two timestamps (platform/rows.ts reads them). */
import { integer, timestamp } from 'drizzle-orm/pg-core';

export const entityStamps = {
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};
