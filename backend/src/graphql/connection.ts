/**
 * Relay connections with keyset cursors. A page is read with `(sortKey, id) > cursor`
 * ORDER BY sortKey, id LIMIT first+1, so page N costs the same as page 1. totalCount
 * is computed only when asked for, and capped (an exact count over a million rows
 * costs tens of ms): `exactCount: true` asks for the exact figure.
 */
import { and, asc, desc, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/engine.js';
import type { IdTable } from '../platform/rows.js';
import { parseId } from './crud.js';
import { badInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const COUNT_CAP = 1000;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  exactCount?: boolean | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
/** What a connection field answers (the parent of every XConnection type): counts are computed only when read. */
export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount?: () => Promise<number>;
  totalCountCapped?: () => Promise<boolean>;
}
export interface Connection<T> extends Page<T> {
  totalCount: () => Promise<number>;
  totalCountCapped: () => Promise<boolean>;
}

/** GraphQL SDL every connection shares; a domain declares `type XConnection` with `connectionFields('X')`. */
export function connectionType(node: string): string {
  return `
  type ${node}Edge { cursor: String! node: ${node}! }
  type ${node}Connection {
    edges: [${node}Edge!]!
    pageInfo: PageInfo!
    "Number of matching rows, capped at ${COUNT_CAP} unless exactCount is true."
    totalCount: Int!
    "True when totalCount hit the cap (show it as '${COUNT_CAP}+')."
    totalCountCapped: Boolean!
  }`;
}

/** Arguments every connection field takes. */
export const connectionArgs = 'first: Int, after: String, exactCount: Boolean';

type Sortable = string | number;

export interface SortKey<T> {
  /** The ORDER BY expression, e.g. sql`${t.code} COLLATE "C"`. */
  expr: SQL | PgColumn;
  value: (row: T) => Sortable;
}

/** The cursor codec every keyset page uses (exported for searches that page joins themselves). */
export function encodeCursor(values: Sortable[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** A cursor value the database can compare: a bounded text or an integer (ids are int4). */
const validValue = (v: unknown) =>
  (typeof v === 'string' && v.length <= 200 && !v.includes('\u0000')) || (Number.isSafeInteger(v) && Math.abs(v as number) <= 2_147_483_647);

export function decodeCursor(cursor: string, length: number): Sortable[] {
  try {
    if (cursor.length > 400) throw badInput('Invalid cursor.', 'after');
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === length && values.every(validValue)) return values as Sortable[];
  } catch {
    /* fall through */
  }
  throw badInput('Invalid cursor.', 'after');
}

export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}.`, 'first');
  return size;
}

/**
 * Keyset paging by an integer id alone, for lists read through a link table joined to its entity
 * (a price list's entries, a product's covered lines): read `id > after` ordered by id, limit
 * `first + 1`, then `idPage`. The cursor is the id.
 */
export function idKeyset(args: { first?: number | null; after?: string | null }): { first: number; after: number | null } {
  const first = pageSize(args.first);
  const after = args.after ? parseId(Buffer.from(args.after, 'base64url').toString('utf8')) : null;
  if (args.after && !after) throw badInput('Invalid cursor.', 'after');
  return { first, after };
}

/** The page of rows read as idKeyset says (one row more than asked = there is a next page), each row's node made by `node`. */
export function idPage<R, N>(rows: R[], keyset: { first: number; after: number | null }, idOf: (row: R) => number, node: (row: R) => N): Page<N> {
  const edges = rows.slice(0, keyset.first).map((row) => ({ cursor: Buffer.from(String(idOf(row))).toString('base64url'), node: node(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > keyset.first,
      hasPreviousPage: Boolean(keyset.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Counts matching rows, stopping at cap+1. */
export async function cappedCount(db: DbOrTx, table: PgTable, where: SQL | undefined, exact: boolean): Promise<{ count: number; capped: boolean }> {
  const cond = where ?? sql`true`;
  if (exact) {
    const result = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${table} where ${cond}`);
    return { count: Number(result.rows[0]?.n ?? 0), capped: false };
  }
  const result = await db.execute<{ n: number }>(sql`select count(*)::int as n from (select 1 from ${table} where ${cond} limit ${COUNT_CAP + 1}) s`);
  const n = Number(result.rows[0]?.n ?? 0);
  return n > COUNT_CAP ? { count: COUNT_CAP, capped: true } : { count: n, capped: false };
}

export interface PageOptions<T> {
  db: DbOrTx;
  /** The table whose rows are the nodes (its row type is T). */
  table: IdTable & { $inferSelect: T };
  where?: SQL | undefined;
  /** Sort key before the id tie-breaker; omit to sort by id only (fast for "contains" searches). */
  sort?: SortKey<T> | undefined;
  /** Newest (highest key) first: the keys in descending order, the next page below the cursor. */
  descending?: boolean;
  args: ConnectionArgs;
}

export async function paginate<T extends { id: number }>(options: PageOptions<T>): Promise<Connection<T>> {
  const { db, table, where, sort, args, descending } = options;
  const first = pageSize(args.first);
  const keys: (SQL | PgColumn)[] = sort ? [sort.expr, table.id] : [table.id];
  const beyond = descending ? sql`<` : sql`>`;
  let afterCond: SQL | undefined;
  if (args.after) {
    const values = decodeCursor(args.after, keys.length);
    afterCond = sort ? sql`(${sort.expr}, ${table.id}) ${beyond} (${values[0]}, ${values[1]})` : sql`${table.id} ${beyond} ${values[0]}`;
  }
  // the rows of `table`, whose row type is T (Drizzle cannot reduce it for a generic table)
  const rows = (await db
    .select()
    .from(table as PgTable)
    .where(and(where, afterCond))
    .orderBy(...keys.map((k) => (descending ? desc(k) : asc(k))))
    .limit(first + 1)) as T[];
  const hasNextPage = rows.length > first;
  const page = rows.slice(0, first);
  const cursorOf = (row: T) => encodeCursor(sort ? [sort.value(row), row.id] : [row.id]);
  const edges = page.map((row) => ({ cursor: cursorOf(row), node: row }));
  let counted: Promise<{ count: number; capped: boolean }> | undefined;
  const count = () => {
    counted ??= cappedCount(db, table, where, Boolean(args.exactCount));
    return counted;
  };
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: async () => (await count()).count,
    totalCountCapped: async () => (await count()).capped,
  };
}

/** Escapes LIKE wildcards in user input. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The standard picker search. A term that looks like a code (has a digit and no
 * space) or is shorter than 3 characters (too short for trigrams) matches codes
 * by prefix only, served in code order by the `code COLLATE "C"` index. Any other
 * term matches a code prefix or a name fragment (trigram index) and is served in
 * id order, the plan that stays fast for "contains" (see FACTS.md).
 */
export function textSearch(code: PgColumn, name: PgColumn, text: string | null | undefined): { where: SQL | undefined; order: 'code' | 'id' | 'default' } {
  const trimmed = text?.trim();
  if (!trimmed) return { where: undefined, order: 'default' };
  const escaped = likeEscape(trimmed);
  const prefixes = [...new Set([`${escaped.toUpperCase()}%`, `${escaped}%`])];
  const codeMatch = sql.join(
    prefixes.map((prefix) => sql`${code} COLLATE "C" like ${prefix}`),
    sql` or `,
  );
  if (trimmed.length < 3 || (/\d/.test(trimmed) && !/\s/.test(trimmed))) return { where: sql`(${codeMatch})`, order: 'code' };
  return { where: sql`(${codeMatch} or ${name} ilike ${`%${escaped}%`})`, order: 'id' };
}

/** Just the condition of textSearch. */
export function codeOrNameSearch(code: PgColumn, name: PgColumn, text: string | null | undefined): SQL | undefined {
  return textSearch(code, name, text).where;
}
