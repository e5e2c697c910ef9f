/**
 * Create / update / delete with the conventions every domain shares: validation
 * returns user errors, updates and deletes check `version` (stale = CONFLICT and
 * nothing changes), unique and foreign-key violations become user errors, and
 * every change writes a history row in the same transaction.
 */
import type { Tx } from '../db/engine.js';
import { bumpVersion, deleteRow, type InsertOf, insertRow, lockRow, type UpdateOf, type VersionedTable } from '../platform/rows.js';
import type { Ctx } from './context.js';
import { conflictError, ErrorCodes, notFoundError, pgErrorCode, type UserError, UserErrors, userError } from './errors.js';
import { writeHistory } from './history.js';

/** What a write needs of the request: the database and who writes (services pass no GraphQL context). */
type WriteCtx = Pick<Ctx, 'db' | 'user'>;
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
/**
 * The helpers are generic over the row R and the table T (both inferred from `table`); a caller may
 * name the row alone (`updateEntity<FamilyRow>(...)`), which must then be the table's row.
 */
export type EntityRow = { id: number; version: number };
export type TableOf<R extends EntityRow> = VersionedTable & { $inferSelect: R };
interface Target<R extends EntityRow, T extends TableOf<R>> extends Common {
  table: T & { $inferSelect: R };
}
export interface CreateOptions<R extends EntityRow, T extends TableOf<R>> extends Target<R, T> {
  values: NoInfer<InsertOf<T>>;
  validate?: (tx: Tx) => Promise<UserError[]> | UserError[];
  /** After the insert and its history, in the same transaction (e.g. a domain's `x.created` hook): errors roll it all back. */
  created?: (tx: Tx, row: NoInfer<R>) => Promise<UserError[]>;
}
export interface UpdateOptions<R extends EntityRow, T extends TableOf<R>> extends Target<R, T> {
  id: unknown;
  /** The version the user saw: another one = CONFLICT, nothing changes. */
  version: number;
  values: NoInfer<UpdateOf<T>>;
  validate?: Validate<NoInfer<R>>;
}
export interface DeleteOptions<R extends EntityRow, T extends TableOf<R>> extends Target<R, T> {
  id: unknown;
  /** null / absent: delete whatever the version. */
  version?: number | null;
  validate?: Validate<NoInfer<R>>;
}

/** Parses a GraphQL ID into a database id, or null when it is not one. */
export function parseId(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : null;
}

async function guarded<R>(common: Common, work: () => Promise<Result<R>>): Promise<Result<R>> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UserErrors) return { entity: null, errors: error.errors };
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

export function createEntity<R extends EntityRow, T extends TableOf<R> = TableOf<R>>(ctx: WriteCtx, options: CreateOptions<R, T>): Promise<Result<R>> {
  return guarded(options, () =>
    ctx.db.transaction(async (tx) => {
      const errors = options.validate ? await options.validate(tx) : [];
      if (errors.length) return { entity: null, errors };
      const row = await insertRow(tx, options.table, options.values);
      await writeHistory(tx, ctx, { entityType: options.entityType, entityId: row.id, action: 'CREATE', before: null, after: row, omit: options.omit });
      const after = options.created ? await options.created(tx, row) : [];
      if (after.length) throw new UserErrors(after);
      return { entity: row, errors: [] };
    }),
  );
}

/**
 * The steps update and delete share: a valid id, the row locked in a transaction, the version the
 * user saw (null = any), the domain's checks; then `work` on the existing row.
 */
function onExisting<R extends EntityRow, T extends TableOf<R>>(
  ctx: WriteCtx,
  options: Target<R, T> & { id: unknown; validate?: Validate<R> },
  version: number | null,
  work: (tx: Tx, id: number, existing: R) => Promise<Result<R>>,
): Promise<Result<R>> {
  const id = parseId(options.id);
  if (id === null) return Promise.resolve({ entity: null, errors: [notFoundError(options.label)] });
  return guarded(options, () =>
    ctx.db.transaction(async (tx) => {
      const existing = await lockRow(tx, options.table, id);
      if (!existing) return { entity: null, errors: [notFoundError(options.label)] };
      if (version !== null && existing.version !== version) return { entity: existing, errors: [conflictError()] };
      const errors = options.validate ? await options.validate(tx, existing) : [];
      if (errors.length) return { entity: existing, errors };
      return work(tx, id, existing);
    }),
  );
}

export function updateEntity<R extends EntityRow, T extends TableOf<R> = TableOf<R>>(ctx: WriteCtx, options: UpdateOptions<R, T>): Promise<Result<R>> {
  return onExisting(ctx, options, options.version, async (tx, id, existing) => {
    const row = await bumpVersion(tx, options.table, id, options.values);
    await writeHistory(tx, ctx, { entityType: options.entityType, entityId: id, action: 'UPDATE', before: existing, after: row, omit: options.omit });
    return { entity: row, errors: [] };
  });
}

export function deleteEntity<R extends EntityRow, T extends TableOf<R> = TableOf<R>>(ctx: WriteCtx, options: DeleteOptions<R, T>): Promise<Result<R>> {
  return onExisting(ctx, options, options.version ?? null, async (tx, id, existing) => {
    await deleteRow(tx, options.table, id);
    await writeHistory(tx, ctx, { entityType: options.entityType, entityId: id, action: 'DELETE', before: existing, after: null, omit: options.omit });
    return { entity: existing, errors: [] };
  });
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
export function defined<T extends Record<string, unknown>>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
