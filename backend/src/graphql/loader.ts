/**
 * Per-request batching of by-id lookups (a tiny DataLoader): every `load` made in
 * the same tick becomes one `where id = any(...)` query, so a page of 20 health
 * facilities costs one query for their locations, not 20.
 */
import { inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Ctx } from './context.js';

type Batch = { ids: Set<number>; promise: Promise<Map<number, unknown>> };
const batches = new WeakMap<Ctx, Map<PgTable, { pending?: Batch; cache: Map<number, Promise<unknown>> }>>();

export function loadById<R>(ctx: Ctx, table: PgTable & { id: PgColumn }, id: number | null | undefined): Promise<R | null> {
  if (id == null) return Promise.resolve(null);
  let perCtx = batches.get(ctx);
  if (!perCtx) {
    perCtx = new Map();
    batches.set(ctx, perCtx);
  }
  let state = perCtx.get(table);
  if (!state) {
    state = { cache: new Map() };
    perCtx.set(table, state);
  }
  const cached = state.cache.get(id);
  if (cached) return cached as Promise<R | null>;
  if (!state.pending) {
    const batch: Batch = { ids: new Set(), promise: Promise.resolve(new Map()) };
    const current = state;
    batch.promise = new Promise<Map<number, unknown>>((resolve, reject) => {
      setImmediate(() => {
        current.pending = undefined;
        const ids = [...batch.ids];
        // biome-ignore lint/suspicious/noExplicitAny: generic table access
        (ctx.db as any)
          .select()
          .from(table)
          .where(inArray(table.id, ids))
          .then((rows: { id: number }[]) => resolve(new Map(rows.map((row) => [row.id, row]))), reject);
      });
    });
    state.pending = batch;
  }
  const batch = state.pending;
  batch.ids.add(id);
  const result = batch.promise.then((rows) => (rows.get(id) as R | undefined) ?? null);
  state.cache.set(id, result);
  return result;
}
