import { sql } from 'drizzle-orm';
import { type AnyPgColumn, char, index, integer, pgTable, serial, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { entityStamps } from '../../platform/columns.js';

/** Region (R) > District (D) > Municipality/ward (M) > Village (V), as in openIMIS. */
export const locations = pgTable(
  'locations',
  {
    id: serial('id').primaryKey(),
    code: varchar('code', { length: 8 }).notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    type: char('type', { length: 1 }).notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => locations.id),
    ...entityStamps,
  },
  (t) => [
    uniqueIndex('locations_code_key').on(t.code),
    index('locations_code_c_idx').on(sql`${t.code} COLLATE "C"`, t.id),
    index('locations_type_name_idx').on(t.type, sql`${t.name} COLLATE "C"`, t.id),
    index('locations_parent_idx').on(t.parentId),
    index('locations_name_trgm').using('gin', t.name.op('gin_trgm_ops')),
  ],
);
