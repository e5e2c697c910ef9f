/**
 * Typed row locking and version bump for any entity table (an `id` and a `version` column):
 * `lockRow` reads the row FOR UPDATE, `bumpVersion` writes new values with version + 1 and a fresh
 * updatedAt, both typed with the table's own row type.
 */
import { eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Tx } from '../db/engine.js';

export type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

export async function lockRow<T extends VersionedTable>(tx: Tx, table: T, id: number | null): Promise<T['$inferSelect'] | undefined> {
  if (id === null) return undefined;
  const [row] = await tx
    .select()
    .from(table as PgTable)
    .where(eq(table.id, id))
    .for('update');
  return row as T['$inferSelect'] | undefined;
}

export async function bumpVersion<T extends VersionedTable>(tx: Tx, table: T, id: number, values: PgUpdateSetSource<T>): Promise<T['$inferSelect']> {
  // drizzle types `returning()` of a generic table as a conditional type; the rows are T's rows.
  const rows = (await tx
    .update(table)
    .set({ ...values, version: sql`${table.version} + 1`, updatedAt: new Date() } as PgUpdateSetSource<T>)
    .where(eq(table.id, id))
    .returning()) as unknown as T['$inferSelect'][];
  const [row] = rows;
  if (!row) throw new Error('bumpVersion: the row disappeared inside its transaction');
  return row as T['$inferSelect'];
}
