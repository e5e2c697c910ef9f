/**
 * Per-request by-id lookups (a tiny DataLoader): every `loadById` made in the same tick becomes
 * one `where id = any(...)` query, so a page of 20 health facilities costs one query for their
 * locations, not 20; a row asked for twice in a request is read once.
 */
import { getTableName } from 'drizzle-orm';
import { batcher, perContext } from '../platform/batch.js';
import { type IdTable, rowsByIds } from '../platform/rows.js';
import type { Ctx } from './context.js';

export function loadById<R extends { id: number }>(ctx: Ctx, table: IdTable & { $inferSelect: R }, id: number | null | undefined): Promise<R | null> {
  if (id == null) return Promise.resolve(null);
  const state = perContext(ctx, table, () => ({
    cache: new Map<number, Promise<R | null>>(),
    load: batcher<number, R>(async (ids) => new Map((await rowsByIds(ctx.db, table, ids)).map((row) => [row.id, row]))),
  }));
  let row = state.cache.get(id);
  if (!row) {
    row = state.load(id).then((found) => found ?? null);
    state.cache.set(id, row);
  }
  return row;
}

/**
 * A row another row points at where the schema says it is always there (a family's village, a
 * batch's region): batched like loadById; missing, it is an error on that field, never a null.
 */
export async function loadRequired<R extends { id: number }>(ctx: Ctx, table: IdTable & { $inferSelect: R }, id: number | null | undefined): Promise<R> {
  const row = await loadById(ctx, table, id);
  if (!row) throw new Error(`${getTableName(table)} ${id} not found`);
  return row;
}
