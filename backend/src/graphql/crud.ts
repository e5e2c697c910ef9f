/**
 * Create / update / delete with the conventions every domain shares: validation
 * returns user errors, updates and deletes check `version` (stale = CONFLICT and
 * nothing changes), unique and foreign-key violations become user errors, and
 * every change writes a history row in the same transaction.
 */
import { eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../db/engine.js';
import type { Ctx } from './context.js';
import { conflictError, ErrorCodes, notFoundError, pgErrorCode, type UserError, userError } from './errors.js';
import { writeHistory } from './history.js';

export type EntityTable = PgTable & { id: PgColumn; version: PgColumn };
export interface Result<R> {
  entity: R | null;
  errors: UserError[];
}
type Validate<E> = (tx: Tx, existing: E) => Promise<UserError[]> | UserError[];

interface Common {
  entityType: string;
  /** Human name for messages, e.g. "Location". */
  label: string;
  /** Field blamed when a unique index is violated (default "code"). */
  uniqueField?: string;
  /** Columns never written to history (password hashes). */
  omit?: string[];
}

// Drizzle's builders are typed per table; these helpers work on any entity table.
// biome-ignore lint/suspicious/noExplicitAny: generic table access
type Loose = any;

/** Parses a GraphQL ID into a database id, or null when it is not one. */
export function parseId(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : null;
}

async function guarded<R>(common: Common, work: () => Promise<Result<R>>): Promise<Result<R>> {
  try {
    return await work();
  } catch (error) {
    const code = pgErrorCode(error);
    if (code === '23505') {
      const field = common.uniqueField ?? 'code';
      return { entity: null, errors: [userError(field, ErrorCodes.duplicate, `Another ${common.label.toLowerCase()} already uses this ${field}.`)] };
    }
    if (code === '23503') {
      return { entity: null, errors: [userError(null, ErrorCodes.inUse, `This ${common.label.toLowerCase()} is used by other records.`)] };
    }
    throw error;
  }
}

export function createEntity<R extends { id: number }>(
  ctx: Pick<Ctx, 'db' | 'user'>,
  options: Common & { table: EntityTable; values: Record<string, unknown>; validate?: (tx: Tx) => Promise<UserError[]> | UserError[] },
): Promise<Result<R>> {
  return guarded(options, () =>
    ctx.db.transaction(async (tx) => {
      const errors = options.validate ? await options.validate(tx) : [];
      if (errors.length) return { entity: null, errors };
      const [row] = (await (tx as Loose).insert(options.table).values(options.values).returning()) as R[];
      if (!row) throw new Error(`insert into ${options.entityType} returned nothing`);
      await writeHistory(tx, ctx, { entityType: options.entityType, entityId: row.id, action: 'CREATE', before: null, after: row, omit: options.omit });
      return { entity: row, errors: [] };
    }),
  );
}

async function lockRow<R>(tx: Tx, table: EntityTable, id: number): Promise<R | undefined> {
  const [row] = (await (tx as Loose).select().from(table).where(eq(table.id, id)).for('update')) as R[];
  return row;
}

export function updateEntity<R extends { id: number; version: number }>(
  ctx: Pick<Ctx, 'db' | 'user'>,
  options: Common & { table: EntityTable; id: unknown; version: number; values: Record<string, unknown>; validate?: Validate<R> },
): Promise<Result<R>> {
  const id = parseId(options.id);
  if (id === null) return Promise.resolve({ entity: null, errors: [notFoundError(options.label)] });
  return guarded(options, () =>
    ctx.db.transaction(async (tx) => {
      const existing = await lockRow<R>(tx, options.table, id);
      if (!existing) return { entity: null, errors: [notFoundError(options.label)] };
      if (existing.version !== options.version) return { entity: existing, errors: [conflictError()] };
      const errors = options.validate ? await options.validate(tx, existing) : [];
      if (errors.length) return { entity: existing, errors };
      const [row] = (await (tx as Loose)
        .update(options.table)
        .set({ ...options.values, version: sql`${options.table.version} + 1`, updatedAt: new Date() })
        .where(eq(options.table.id, id))
        .returning()) as R[];
      await writeHistory(tx, ctx, { entityType: options.entityType, entityId: id, action: 'UPDATE', before: existing, after: row ?? null, omit: options.omit });
      return { entity: row ?? null, errors: [] };
    }),
  );
}

export function deleteEntity<R extends { id: number; version: number }>(
  ctx: Pick<Ctx, 'db' | 'user'>,
  options: Common & { table: EntityTable; id: unknown; version?: number | null; validate?: Validate<R> },
): Promise<Result<R>> {
  const id = parseId(options.id);
  if (id === null) return Promise.resolve({ entity: null, errors: [notFoundError(options.label)] });
  return guarded(options, () =>
    ctx.db.transaction(async (tx) => {
      const existing = await lockRow<R>(tx, options.table, id);
      if (!existing) return { entity: null, errors: [notFoundError(options.label)] };
      if (options.version != null && existing.version !== options.version) return { entity: existing, errors: [conflictError()] };
      const errors = options.validate ? await options.validate(tx, existing) : [];
      if (errors.length) return { entity: existing, errors };
      await (tx as Loose).delete(options.table).where(eq(options.table.id, id));
      await writeHistory(tx, ctx, { entityType: options.entityType, entityId: id, action: 'DELETE', before: existing, after: null, omit: options.omit });
      return { entity: existing, errors: [] };
    }),
  );
}

/** Small validation helpers shared by domains. */
export function required(errors: UserError[], field: string, value: unknown, label: string): void {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    errors.push(userError(field, ErrorCodes.required, `${label} is required.`));
  }
}

export function maxLength(errors: UserError[], field: string, value: string | null | undefined, max: number, label: string): void {
  if (value && value.length > max) errors.push(userError(field, ErrorCodes.tooLong, `${label} must be at most ${max} characters.`));
}

export function oneOf(errors: UserError[], field: string, value: string | null | undefined, allowed: readonly string[], label: string): void {
  if (value != null && !allowed.includes(value)) errors.push(userError(field, ErrorCodes.invalid, `${label} must be one of ${allowed.join(', ')}.`));
}

export function decimal(errors: UserError[], field: string, value: string | null | undefined, label: string): void {
  if (value != null && !/^\d{1,16}(\.\d{1,2})?$/.test(value))
    errors.push(userError(field, ErrorCodes.invalid, `${label} must be a positive amount with at most 2 decimals.`));
}

/** Keeps only the keys present in a GraphQL input (undefined = not sent = unchanged). */
export function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
