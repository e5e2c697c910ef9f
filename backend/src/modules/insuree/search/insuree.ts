/** The tuned SQL of the insuree and family searches (see FACTS.md), and the members of a page of families. */
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias, type PgColumn } from 'drizzle-orm/pg-core';
import { COUNT_CAP, type ConnectionArgs, decodeCursor, encodeCursor, likeEscape, pageSize } from '../../../graphql/connection.js';
import type { Ctx } from '../../../graphql/context.js';
import { parseId } from '../../../graphql/crud.js';
import { badInput } from '../../../graphql/errors.js';
import { scopeWhere } from '../../../platform/scope.js';
import { locations } from '../../location/tables.js';
import type { FamilyRow, InsureeRow } from '../service/common.js';
import { families, insurees } from '../tables.js';

// ---------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------

/**
 * Villages under a location of any level (itself when it is a village), resolved first so the
 * planner sees a real list (`= any(array)`) instead of a subquery it estimates at one row.
 */
export async function villagesUnder(ctx: Ctx, locationId: number): Promise<number[]> {
  const result = await ctx.db.execute<{
    id: number;
  }>(sql`select v.id from ${locations} v where v.type = 'V' and (v.id = ${locationId} or v.parent_id = ${locationId}
    or v.parent_id in (select m.id from ${locations} m where m.parent_id = ${locationId}
      or m.parent_id in (select d.id from ${locations} d where d.parent_id = ${locationId})))`);
  return result.rows.map((r) => Number(r.id));
}

/** An int[] as one parameter (drizzle spreads a JS array into a list). */
export const intArray = (ids: number[]) => sql`${`{${ids.join(',')}}`}::int[]`;

/**
 * Up to this many villages, a location search sorts the location's rows instead of walking the
 * sort index: a village's families often share a few names (and numbers come in batches per
 * area), so the walk could visit most of the index before finding 20 rows of the village.
 */
export const SMALL_LOCATION = 3;

/** The same order without the index: forces "rows of the location, then sort". */
export const unindexed = (expr: SQL) => sql`(${expr} || '')`;

export function idArg(value: string | null | undefined, field: string): number | null {
  if (value == null || value === '') return null;
  const id = parseId(value);
  if (!id) throw badInput(`Invalid ${field}.`, field);
  return id;
}

export function dateArg(value: string | null | undefined, field: string): string | null {
  if (value == null || value === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw badInput(`${field} must be YYYY-MM-DD.`, field);
  return value;
}

/**
 * A name prefix on the COLLATE "C" index. One LIKE only (an OR of case variants loses the
 * index range and walked 700k rows, 380 ms on 1M insurees): "smart case" — a term typed in
 * lower case is capitalised (names are stored Capitalised), a term with a capital is taken as typed.
 * The "contains" search (ilike, trigram) is the case-insensitive one.
 */
export function prefixMatch(column: PgColumn, text: string): SQL {
  const cased = /[A-ZÀ-Þ]/.test(text) ? text : text.charAt(0).toUpperCase() + text.slice(1);
  return sql`${column} COLLATE "C" like ${`${likeEscape(cased)}%`}`;
}

/** A contains search sorted by a column: sort at most this many matches (FACTS.md planner trap). */
export const SORTED_CONTAINS_CAP = 2000;

export const isNumberLike = (term: string) => /^\d+$/.test(term);

/**
 * The names search: digits only = insurance number prefix; under 3 characters =
 * last/other names prefix; otherwise every word must be in the last or other names
 * (trigram indexes), the "contains" search served in id order by default.
 */
export function nameSearch(
  t: { insuranceNumber: PgColumn; lastName: PgColumn; otherNames: PgColumn },
  text: string | null | undefined,
): { where: SQL | undefined; kind: 'none' | 'number' | 'prefix' | 'contains' } {
  const term = text?.trim();
  if (!term) return { where: undefined, kind: 'none' };
  if (isNumberLike(term)) return { where: prefixMatch(t.insuranceNumber, term), kind: 'number' };
  if (term.length < 3) return { where: sql`(${prefixMatch(t.lastName, term)} or ${prefixMatch(t.otherNames, term)})`, kind: 'prefix' };
  const words = term.split(/\s+/).filter(Boolean);
  return {
    where: and(...words.map((w) => sql`(${t.lastName} ilike ${`%${likeEscape(w)}%`} or ${t.otherNames} ilike ${`%${likeEscape(w)}%`})`)),
    kind: 'contains',
  };
}

export interface InsureeFilter {
  locationId?: string | null;
  insuranceNumber?: string | null;
  search?: string | null;
  lastName?: string | null;
  otherNames?: string | null;
  gender?: string | null;
  birthDateFrom?: string | null;
  birthDateTo?: string | null;
  status?: string | null;
  healthFacilityId?: string | null;
  familyId?: string | null;
}

export async function insureeWhere(ctx: Ctx, f: InsureeFilter) {
  const locationId = idArg(f.locationId, 'locationId');
  const hf = idArg(f.healthFacilityId, 'healthFacilityId');
  const familyId = idArg(f.familyId, 'familyId');
  const search = nameSearch(insurees, f.search);
  const villages = locationId ? await villagesUnder(ctx, locationId) : null;
  const where = and(
    villages ? sql`${insurees.familyId} in (select id from ${families} where ${families.villageId} = any(${intArray(villages)}))` : undefined,
    f.insuranceNumber?.trim() ? sql`${insurees.insuranceNumber} COLLATE "C" like ${`${likeEscape(f.insuranceNumber.trim())}%`}` : undefined,
    search.where,
    f.lastName?.trim() ? prefixMatch(insurees.lastName, f.lastName.trim()) : undefined,
    f.otherNames?.trim() ? prefixMatch(insurees.otherNames, f.otherNames.trim()) : undefined,
    f.gender ? eq(insurees.gender, f.gender) : undefined,
    dateArg(f.birthDateFrom, 'birthDateFrom') ? sql`${insurees.birthDate} >= ${f.birthDateFrom}` : undefined,
    dateArg(f.birthDateTo, 'birthDateTo') ? sql`${insurees.birthDate} <= ${f.birthDateTo}` : undefined,
    f.status ? eq(insurees.status, f.status) : undefined,
    hf ? eq(insurees.healthFacilityId, hf) : undefined,
    familyId ? eq(insurees.familyId, familyId) : undefined,
    await scopeWhere(ctx, 'Insuree'),
  );
  const narrow = (villages !== null && villages.length <= SMALL_LOCATION) || familyId !== null;
  return { where, search, narrow };
}

export type InsureeOrder = 'INSURANCE_NUMBER' | 'LAST_NAME' | 'BIRTH_DATE';

export function insureeSort(order: InsureeOrder | null | undefined, searchKind: string, f: InsureeFilter, narrow: boolean) {
  const effective = order ?? (searchKind === 'contains' ? null : f.lastName?.trim() ? 'LAST_NAME' : 'INSURANCE_NUMBER');
  const text = (expr: SQL) => (narrow ? sql`${unindexed(expr)} COLLATE "C"` : sql`${expr} COLLATE "C"`);
  if (effective === 'LAST_NAME') return { expr: text(sql`${insurees.lastName}`), value: (r: InsureeRow) => r.lastName as string | number };
  if (effective === 'BIRTH_DATE')
    return { expr: narrow ? sql`(${insurees.birthDate} + 0)` : sql`${insurees.birthDate}`, value: (r: InsureeRow) => r.birthDate as string | number };
  if (effective === 'INSURANCE_NUMBER') return { expr: text(sql`${insurees.insuranceNumber}`), value: (r: InsureeRow) => r.insuranceNumber as string | number };
  return undefined; // id order: the plan that stays fast for "contains" (FACTS.md planner trap)
}

export interface FamilyFilter {
  locationId?: string | null;
  headInsuranceNumber?: string | null;
  search?: string | null;
  povertyStatus?: boolean | null;
  familyType?: string | null;
}

export const head = alias(insurees, 'head');

/** Families joined to their head, keyset-paged by the head's last name or number (+ head id), or by family id. */
export async function searchFamilies(ctx: Ctx, f: FamilyFilter, orderBy: 'HEAD_LAST_NAME' | 'HEAD_INSURANCE_NUMBER' | null | undefined, args: ConnectionArgs) {
  const first = pageSize(args.first);
  const locationId = idArg(f.locationId, 'locationId');
  const member = alias(insurees, 'member');
  const search = nameSearch(member, f.search);
  const villages = locationId ? await villagesUnder(ctx, locationId) : null;
  const where = and(
    villages ? sql`${families.villageId} = any(${intArray(villages)})` : undefined,
    f.headInsuranceNumber?.trim() ? sql`${head.insuranceNumber} COLLATE "C" like ${`${likeEscape(f.headInsuranceNumber.trim())}%`}` : undefined,
    search.where
      ? search.kind === 'contains' && orderBy
        ? sql`${families.id} in (select ${member.familyId} from ${insurees} ${member} where ${search.where} limit ${SORTED_CONTAINS_CAP + 1})`
        : sql`${families.id} in (select ${member.familyId} from ${insurees} ${member} where ${search.where})`
      : undefined,
    f.povertyStatus != null ? eq(families.povertyStatus, f.povertyStatus) : undefined,
    f.familyType ? eq(families.familyType, f.familyType) : undefined,
    await scopeWhere(ctx, 'Family'),
  );
  const effective = orderBy ?? (search.kind === 'contains' ? null : 'HEAD_LAST_NAME');
  const narrow = villages !== null && villages.length <= SMALL_LOCATION;
  const text = (expr: SQL) => (narrow ? sql`${unindexed(expr)} COLLATE "C"` : sql`${expr} COLLATE "C"`);
  const sortExpr =
    effective === 'HEAD_LAST_NAME' ? text(sql`${head.lastName}`) : effective === 'HEAD_INSURANCE_NUMBER' ? text(sql`${head.insuranceNumber}`) : null;
  const tie = sortExpr ? head.id : families.id;
  let afterCond: SQL | undefined;
  if (args.after) {
    const values = decodeCursor(args.after, sortExpr ? 2 : 1);
    afterCond = sortExpr ? sql`(${sortExpr}, ${tie}) > (${values[0]}, ${values[1]})` : sql`${tie} > ${values[0]}`;
  }
  const rows = await ctx.db
    .select({ family: families, headLastName: head.lastName, headNumber: head.insuranceNumber, headId: head.id })
    .from(families)
    .innerJoin(head, eq(head.id, families.headInsureeId))
    .where(and(where, afterCond))
    .orderBy(...(sortExpr ? [asc(sortExpr), asc(tie)] : [asc(tie)]))
    .limit(first + 1);
  const page = rows.slice(0, first);
  const cursorOf = (r: (typeof rows)[number]) =>
    encodeCursor(
      effective === 'HEAD_LAST_NAME' ? [r.headLastName, r.headId] : effective === 'HEAD_INSURANCE_NUMBER' ? [r.headNumber, r.headId] : [r.family.id],
    );
  const edges = page.map((r) => ({ cursor: cursorOf(r), node: r.family }));
  let counted: Promise<{ count: number; capped: boolean }> | undefined;
  const count = () => {
    counted ??= (async () => {
      const cond = where ?? sql`true`;
      const limit = args.exactCount ? sql`` : sql`limit ${COUNT_CAP + 1}`;
      const result = await ctx.db.execute<{ n: number }>(
        sql`select count(*)::int as n from (select 1 from ${families} inner join ${insurees} ${head} on ${head.id} = ${families.headInsureeId} where ${cond} ${limit}) s`,
      );
      const n = Number(result.rows[0]?.n ?? 0);
      return !args.exactCount && n > COUNT_CAP ? { count: COUNT_CAP, capped: true } : { count: n, capped: false };
    })();
    return counted;
  };
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: async () => (await count()).count,
    totalCountCapped: async () => (await count()).capped,
  };
}

// ---------------------------------------------------------------------------
// Members of a page of families, one query per tick
// ---------------------------------------------------------------------------

export const memberBatches = new WeakMap<Ctx, { pending?: { ids: Set<number>; promise: Promise<Map<number, InsureeRow[]>> } }>();

export function loadMembers(ctx: Ctx, family: FamilyRow): Promise<InsureeRow[]> {
  let state = memberBatches.get(ctx);
  if (!state) {
    state = {};
    memberBatches.set(ctx, state);
  }
  const current = state;
  if (!current.pending) {
    const batch = { ids: new Set<number>(), promise: Promise.resolve(new Map<number, InsureeRow[]>()) };
    batch.promise = new Promise((resolve, reject) => {
      setImmediate(() => {
        current.pending = undefined;
        ctx.db
          .select()
          .from(insurees)
          .where(inArray(insurees.familyId, [...batch.ids]))
          .orderBy(insurees.id)
          .then((rows) => {
            const map = new Map<number, InsureeRow[]>();
            for (const row of rows) map.set(row.familyId, [...(map.get(row.familyId) ?? []), row]);
            resolve(map);
          }, reject);
      });
    });
    current.pending = batch;
  }
  const batch = current.pending;
  batch.ids.add(family.id);
  return batch.promise.then((map) => {
    const rows = map.get(family.id) ?? [];
    return [...rows.filter((r) => r.id === family.headInsureeId), ...rows.filter((r) => r.id !== family.headInsureeId)];
  });
}
