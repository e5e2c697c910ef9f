import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/engine.js';
import { history } from '../modules/core/tables.js';
import { arrayParam } from '../platform/rows.js';
import type { Ctx } from './context.js';

export type HistoryAction = 'CREATE' | 'UPDATE' | 'DELETE';

/** JSON-safe copy of a row for history (dates as ISO strings, secrets removed). */
export function snapshot(row: Record<string, unknown> | null | undefined, omit: string[] = []): Record<string, unknown> | null {
  if (!row) return null;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (omit.includes(key)) continue;
    out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

/** Records who changed what, in the same transaction as the change. */
export async function writeHistory(
  tx: DbOrTx,
  ctx: Pick<Ctx, 'user'>,
  entry: {
    entityType: string;
    entityId: string | number;
    action: HistoryAction;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
    omit?: string[];
  },
): Promise<void> {
  await tx.insert(history).values({
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    action: entry.action,
    userId: ctx.user?.id ?? null,
    username: ctx.user?.username ?? null,
    before: snapshot(entry.before, entry.omit),
    after: snapshot(entry.after, entry.omit),
  });
}

/**
 * Many history rows at once (a register import): the rows writeHistory would write, `chunk` of them
 * per statement, each column one array parameter (platform/rows.ts arrayParam).
 */
export async function writeHistoryMany(
  tx: DbOrTx,
  ctx: Pick<Ctx, 'user'>,
  entityType: string,
  entries: readonly { entityId: string | number; action: HistoryAction; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[],
  chunk = 5000,
): Promise<void> {
  const json = (row: Record<string, unknown> | null) => (row ? JSON.stringify(snapshot(row)) : null);
  for (let at = 0; at < entries.length; at += chunk) {
    const part = entries.slice(at, at + chunk);
    await tx.execute(sql`
      insert into ${history} (entity_type, entity_id, action, user_id, username, before, after)
      select ${entityType}, v.entity_id, v.action, ${ctx.user?.id ?? null}::int, ${ctx.user?.username ?? null}::varchar, v.before, v.after
      from unnest(${arrayParam(
        part.map((e) => e.entityId),
        'varchar',
      )}, ${arrayParam(
        part.map((e) => e.action),
        'varchar',
      )}, ${arrayParam(
        part.map((e) => json(e.before)),
        'jsonb',
      )}, ${arrayParam(
        part.map((e) => json(e.after)),
        'jsonb',
      )}) as v(entity_id, action, before, after)`);
  }
}
