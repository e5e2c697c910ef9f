/**
 * Typed row access for any entity table (an `id`, a `version` and an `updatedAt` column), typed
 * with the table's own row type: `lockRow` reads a row FOR UPDATE, `insertRow` inserts one,
 * `bumpVersion` writes new values with version + 1 and a fresh updatedAt, `deleteRow` deletes one.
 * The kit's create / update / delete (graphql/crud.ts) and the domains' own writes use them.
 */
import { eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgInsertValue, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { DbOrTx, Tx } from '../db/engine.js';

/** A table with an integer `id` (loaders, scopes, pages). */
export type IdTable = PgTable & { id: PgColumn };
/** An entity table: id, optimistic-locking version, updatedAt. */
export type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };
/** The row type of a table (of an entity table: with its id and version, which a generic T cannot show). */
export type RowOf<T extends PgTable> = T extends VersionedTable ? T['$inferSelect'] & { id: number; version: number } : T['$inferSelect'];
export type InsertOf<T extends PgTable> = PgInsertValue<T>;
export type UpdateOf<T extends PgTable> = PgUpdateSetSource<T>;

// Drizzle types the rows of a query over a generic table T as a deferred conditional type that
// TypeScript cannot reduce to T['$inferSelect']; they are T's rows, so the helpers below assert it once.
const rowsOf = <T extends PgTable>(rows: unknown): RowOf<T>[] => rows as RowOf<T>[];

export async function lockRow<T extends VersionedTable>(tx: Tx, table: T, id: number | null): Promise<RowOf<T> | undefined> {
  if (id === null) return undefined;
  const [row] = rowsOf<T>(
    await tx
      .select()
      .from(table as PgTable)
      .where(eq(table.id, id))
      .for('update'),
  );
  return row;
}

/** The rows of `ids` (in no order). */
export async function rowsByIds<R>(db: DbOrTx, table: IdTable & { $inferSelect: R }, ids: readonly number[]): Promise<R[]> {
  return rowsOf<typeof table>(
    await db
      .select()
      .from(table as PgTable)
      .where(inArray(table.id, [...ids])),
  );
}

export async function insertRow<T extends VersionedTable>(tx: Tx, table: T, values: InsertOf<T>): Promise<RowOf<T>> {
  const [row] = rowsOf<T>(await tx.insert(table).values(values).returning());
  if (!row) throw new Error('insertRow: the insert returned nothing');
  return row;
}

export async function bumpVersion<T extends VersionedTable>(tx: Tx, table: T, id: number, values: UpdateOf<T>): Promise<RowOf<T>> {
  // version and updatedAt are columns of every VersionedTable, which Drizzle's mapped set type cannot see for a generic T
  const set = { ...values, version: sql`${table.version} + 1`, updatedAt: new Date() } as UpdateOf<T>;
  const [row] = rowsOf<T>(await tx.update(table).set(set).where(eq(table.id, id)).returning());
  if (!row) throw new Error('bumpVersion: the row disappeared inside its transaction');
  return row;
}

export async function deleteRow<T extends VersionedTable>(tx: Tx, table: T, id: number): Promise<void> {
  await tx.delete(table).where(eq(table.id, id));
}

/**
 * A column of values as ONE array parameter cast to `type[]` (`'{...}'::numeric(18,2)[]`): with
 * `unnest` a multi-row insert or update of thousands of rows is a handful of parameters, cheap to
 * build and far under PostgreSQL's 65,535-parameter limit. null and undefined are SQL NULL.
 */
export function arrayParam(values: readonly unknown[], type: string): SQL {
  const text = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));
  const items = values.map((v) => (v == null ? 'NULL' : `"${text(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`));
  return sql`${`{${items.join(',')}}`}::${sql.raw(type)}[]`;
}
