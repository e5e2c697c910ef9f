/**
 * insuree: families/groups with their head, insurees, enquiry by insurance number,
 * and batches of reserved insurance numbers with their card sheets (REST: ./http.ts).
 * The SDL is in ./typeDefs.ts; field rules come from @kente/contract-insuree, the
 * same package the mf-insuree console validates its forms with.
 */

import { randomInt } from 'node:crypto';
import {
  ErrorCodes as C,
  FAMILY_FIELDS,
  type FieldIssue,
  generateInsuranceNumber,
  INSUREE_FIELDS,
  type InsuranceNumberConfig,
  insuranceNumberConfig,
  relationshipRule,
  validateFamily,
  validateInsuree,
  validateStatus,
} from '@kente/contract-insuree';
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias, type PgColumn } from 'drizzle-orm/pg-core';
import { GraphQLError } from 'graphql';
import type { DbOrTx, Tx } from '../../db/engine.js';
import { COUNT_CAP, type ConnectionArgs, decodeCursor, encodeCursor, likeEscape, pageSize, paginate } from '../../graphql/connection.js';
import type { Ctx } from '../../graphql/context.js';
import { defined, deleteEntity, parseId, updateEntity } from '../../graphql/crud.js';
import { badInput, conflictError, notFoundError, pgErrorCode, requireRight, requireUser, type UserError, userError } from '../../graphql/errors.js';
import { writeHistory } from '../../graphql/history.js';
import { loadById } from '../../graphql/loader.js';
import { defineDomain } from '../../platform/domain.js';
import { allow } from '../../platform/rateLimit.js';
import { loadInScope, scopeWhere, userArea } from '../../platform/scope.js';
import { Rights } from '../core/rights.js';
import { locations } from '../location/tables.js';
import { healthFacilities } from '../medical/tables.js';
import { batchUrl, handleInsureeHttp } from './http.js';
import { seedInsurees } from './seed.js';
import { families, insuranceNumberBatches, insurees, reservedNumbers } from './tables.js';
import { typeDefs } from './typeDefs.js';

export type FamilyRow = typeof families.$inferSelect;
export type InsureeRow = typeof insurees.$inferSelect;
export type BatchRow = typeof insuranceNumberBatches.$inferSelect;
type Input = Record<string, unknown>;

export const MAX_BATCH = 1000;
/** Enquiries by insurance number per user and minute. */
export const ENQUIRY_LIMIT = 30;

/** The insurance number format in force: composition config `mf-insuree.insuranceNumber`. */
export function numberConfig(ctx: Pick<Ctx, 'moduleConfig'>): InsuranceNumberConfig {
  return insuranceNumberConfig(ctx.moduleConfig('mf-insuree').insuranceNumber);
}

// ---------------------------------------------------------------------------
// Errors: contract codes -> UserError with an English message
// ---------------------------------------------------------------------------

const labels: Record<string, string> = {
  insuranceNumber: 'Insurance number',
  lastName: 'Last name',
  otherNames: 'Other names',
  gender: 'Gender',
  birthDate: 'Birth date',
  maritalStatus: 'Marital status',
  phone: 'Phone',
  email: 'Email',
  profession: 'Profession',
  education: 'Education',
  identificationType: 'Identification type',
  identificationNumber: 'Identification number',
  currentVillageId: 'Current village',
  currentAddress: 'Current address',
  healthFacilityId: 'First service point',
  cardIssued: 'Card issued',
  villageId: 'Village',
  povertyStatus: 'Poverty status',
  familyType: 'Family type',
  confirmationType: 'Confirmation type',
  confirmationNumber: 'Confirmation number',
  address: 'Address',
  relationship: 'Relationship',
  status: 'Status',
  statusDate: 'Status date',
  statusReason: 'Status reason',
};

function message(path: string, code: string, config?: InsuranceNumberConfig): string {
  const label = labels[path.split('.').at(-1) ?? path] ?? path;
  switch (code) {
    case C.required:
      return `${label} is required.`;
    case C.tooLong:
      return `${label} is too long.`;
    case C.invalidFormat:
      return path.endsWith('insuranceNumber') && config ? `${label} must be ${config.length} digits.` : `${label} is not in a valid format.`;
    case C.invalidCheckDigit:
      return `${label} has a wrong check digit (last digit).`;
    case C.dateInFuture:
      return `${label} cannot be in the future.`;
    case C.dateTooEarly:
      return `${label} cannot be before 1900-01-01.`;
    default:
      return `${label} is not valid.`;
  }
}

const toUserErrors = (issues: FieldIssue[], config?: InsuranceNumberConfig): UserError[] =>
  issues.map((i) => userError(i.path, i.code, message(i.path, i.code, config)));

class UserErrors extends Error {
  constructor(readonly errors: UserError[]) {
    super('user errors');
  }
}

/** Runs a mutation transaction; thrown UserErrors roll back and become the payload's errors, unique violations DUPLICATE. */
async function mutate<R>(ctx: Ctx, numberField: string, work: (tx: Tx) => Promise<R>): Promise<{ entity: R | null; errors: UserError[] }> {
  try {
    return { entity: await ctx.db.transaction(work), errors: [] };
  } catch (error) {
    if (error instanceof UserErrors) return { entity: null, errors: error.errors };
    const code = pgErrorCode(error);
    if (code === '23505') return { entity: null, errors: [userError(numberField, C.duplicate, 'Another insuree already has this insurance number.')] };
    if (code === '23503') return { entity: null, errors: [userError(null, 'IN_USE', 'This record is used by other records.')] };
    throw error;
  }
}

// ---------------------------------------------------------------------------
// Input normalisation and database checks
// ---------------------------------------------------------------------------

const INSUREE_KEYS = INSUREE_FIELDS;
const FAMILY_KEYS = FAMILY_FIELDS;
const ID_KEYS = new Set(['currentVillageId', 'healthFacilityId', 'villageId']);

/** Trimmed values of the keys present (undefined = not sent); blank optional strings become null. */
function clean(input: Input, keys: readonly string[]): Input {
  const out: Input = {};
  for (const key of keys) {
    const value = input[key];
    if (value === undefined) continue;
    out[key] = typeof value === 'string' ? value.trim() || null : value;
  }
  return out;
}

/** Column values from cleaned input; ids parsed (checked for existence later). */
function columns(values: Input): Input {
  const out: Input = {};
  for (const [key, value] of Object.entries(values)) out[key] = ID_KEYS.has(key) && value != null ? parseId(value) : value;
  return out;
}

async function checkVillage(tx: Tx, field: string, value: unknown, errors: UserError[]): Promise<void> {
  if (value == null) return;
  const id = parseId(value);
  const [row] = id ? await tx.select({ type: locations.type }).from(locations).where(eq(locations.id, id)) : [];
  if (row?.type !== 'V') errors.push(userError(field, C.invalid, 'Choose a village.'));
}

async function checkFacility(tx: Tx, field: string, value: unknown, errors: UserError[]): Promise<void> {
  if (value == null) return;
  const id = parseId(value);
  const [row] = id ? await tx.select({ id: healthFacilities.id }).from(healthFacilities).where(eq(healthFacilities.id, id)) : [];
  if (!row) errors.push(userError(field, C.invalid, 'Health facility not found.'));
}

async function checkNumberFree(tx: Tx, field: string, number: unknown, exceptId: number | null, errors: UserError[]): Promise<void> {
  if (typeof number !== 'string') return;
  const [row] = await tx.select({ id: insurees.id }).from(insurees).where(eq(insurees.insuranceNumber, number));
  if (row && row.id !== exceptId) errors.push(userError(field, C.duplicate, 'Another insuree already has this insurance number.'));
}

/** A number taken from a batch is marked used (it stays reserved forever). */
async function markUsed(tx: Tx, number: unknown): Promise<void> {
  if (typeof number === 'string') await tx.update(reservedNumbers).set({ used: true }).where(eq(reservedNumbers.number, number));
}

async function insureeDbChecks(tx: Tx, prefix: string, values: Input, exceptId: number | null): Promise<void> {
  const errors: UserError[] = [];
  const p = (key: string) => (prefix ? `${prefix}.${key}` : key);
  await checkVillage(tx, p('currentVillageId'), values.currentVillageId, errors);
  await checkFacility(tx, p('healthFacilityId'), values.healthFacilityId, errors);
  await checkNumberFree(tx, p('insuranceNumber'), values.insuranceNumber, exceptId, errors);
  if (errors.length) throw new UserErrors(errors);
}

async function lockFor<T>(tx: Tx, table: typeof families | typeof insurees, id: number | null): Promise<T | undefined> {
  if (!id) return undefined;
  // biome-ignore lint/suspicious/noExplicitAny: either table
  const [row] = (await (tx as any).select().from(table).where(eq(table.id, id)).for('update')) as T[];
  return row;
}

async function bump<T>(tx: Tx, table: typeof families | typeof insurees, id: number, values: Input): Promise<T> {
  // biome-ignore lint/suspicious/noExplicitAny: either table
  const [row] = (await (tx as any)
    .update(table)
    .set({ ...values, version: sql`${table.version} + 1`, updatedAt: new Date() })
    .where(eq(table.id, id))
    .returning()) as T[];
  return row as T;
}

// ---------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------

/**
 * Villages under a location of any level (itself when it is a village), resolved first so the
 * planner sees a real list (`= any(array)`) instead of a subquery it estimates at one row.
 */
async function villagesUnder(ctx: Ctx, locationId: number): Promise<number[]> {
  const result = await ctx.db.execute<{
    id: number;
  }>(sql`select v.id from ${locations} v where v.type = 'V' and (v.id = ${locationId} or v.parent_id = ${locationId}
    or v.parent_id in (select m.id from ${locations} m where m.parent_id = ${locationId}
      or m.parent_id in (select d.id from ${locations} d where d.parent_id = ${locationId})))`);
  return result.rows.map((r) => Number(r.id));
}

/** An int[] as one parameter (drizzle spreads a JS array into a list). */
const intArray = (ids: number[]) => sql`${`{${ids.join(',')}}`}::int[]`;

/**
 * Up to this many villages, a location search sorts the location's rows instead of walking the
 * sort index: a village's families often share a few names (and numbers come in batches per
 * area), so the walk could visit most of the index before finding 20 rows of the village.
 */
const SMALL_LOCATION = 3;

/** The same order without the index: forces "rows of the location, then sort". */
const unindexed = (expr: SQL) => sql`(${expr} || '')`;

function idArg(value: string | null | undefined, field: string): number | null {
  if (value == null || value === '') return null;
  const id = parseId(value);
  if (!id) throw badInput(`Invalid ${field}.`, field);
  return id;
}

function dateArg(value: string | null | undefined, field: string): string | null {
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
function prefixMatch(column: PgColumn, text: string): SQL {
  const cased = /[A-ZÀ-Þ]/.test(text) ? text : text.charAt(0).toUpperCase() + text.slice(1);
  return sql`${column} COLLATE "C" like ${`${likeEscape(cased)}%`}`;
}

/** A contains search sorted by a column: sort at most this many matches (FACTS.md planner trap). */
export const SORTED_CONTAINS_CAP = 2000;

const isNumberLike = (term: string) => /^\d+$/.test(term);

/**
 * The names search: digits only = insurance number prefix; under 3 characters =
 * last/other names prefix; otherwise every word must be in the last or other names
 * (trigram indexes), the "contains" search served in id order by default.
 */
function nameSearch(
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

interface InsureeFilter {
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

async function insureeWhere(ctx: Ctx, f: InsureeFilter) {
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

type InsureeOrder = 'INSURANCE_NUMBER' | 'LAST_NAME' | 'BIRTH_DATE';

function insureeSort(order: InsureeOrder | null | undefined, searchKind: string, f: InsureeFilter, narrow: boolean) {
  const effective = order ?? (searchKind === 'contains' ? null : f.lastName?.trim() ? 'LAST_NAME' : 'INSURANCE_NUMBER');
  const text = (expr: SQL) => (narrow ? sql`${unindexed(expr)} COLLATE "C"` : sql`${expr} COLLATE "C"`);
  if (effective === 'LAST_NAME') return { expr: text(sql`${insurees.lastName}`), value: (r: InsureeRow) => r.lastName as string | number };
  if (effective === 'BIRTH_DATE')
    return { expr: narrow ? sql`(${insurees.birthDate} + 0)` : sql`${insurees.birthDate}`, value: (r: InsureeRow) => r.birthDate as string | number };
  if (effective === 'INSURANCE_NUMBER') return { expr: text(sql`${insurees.insuranceNumber}`), value: (r: InsureeRow) => r.insuranceNumber as string | number };
  return undefined; // id order: the plan that stays fast for "contains" (FACTS.md planner trap)
}

interface FamilyFilter {
  locationId?: string | null;
  headInsuranceNumber?: string | null;
  search?: string | null;
  povertyStatus?: boolean | null;
  familyType?: string | null;
}

const head = alias(insurees, 'head');

/** Families joined to their head, keyset-paged by the head's last name or number (+ head id), or by family id. */
async function searchFamilies(ctx: Ctx, f: FamilyFilter, orderBy: 'HEAD_LAST_NAME' | 'HEAD_INSURANCE_NUMBER' | null | undefined, args: ConnectionArgs) {
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

const memberBatches = new WeakMap<Ctx, { pending?: { ids: Set<number>; promise: Promise<Map<number, InsureeRow[]>> } }>();

function loadMembers(ctx: Ctx, family: FamilyRow): Promise<InsureeRow[]> {
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

// ---------------------------------------------------------------------------
// Number reservation
// ---------------------------------------------------------------------------

function randomBody(length: number): string {
  let out = String(randomInt(1, 10)); // no leading zero: numbers survive spreadsheets
  while (out.length < length) out += String(randomInt(0, 10));
  return out;
}

/**
 * Reserves `count` numbers never reserved nor used before. Random candidates are
 * inserted with ON CONFLICT DO NOTHING on the number's primary key, so concurrent
 * requests can never both get one (a second insert of the same key waits for the
 * first transaction, then skips it).
 */
async function reserveNumbers(tx: Tx, batchId: number, count: number, config: InsuranceNumberConfig): Promise<string[]> {
  const bodyLength = config.checkDigit === 'mod7' ? config.length - 1 : config.length;
  const got: string[] = [];
  for (let round = 0; got.length < count && round < 20; round++) {
    const need = count - got.length;
    const candidates = new Set<string>();
    while (candidates.size < need + 8) candidates.add(generateInsuranceNumber(randomBody(bodyLength), config));
    const list = [...candidates];
    const result = await tx.execute<{ number: string }>(sql`
      insert into ${reservedNumbers} (number, batch_id, position)
      select c.n, ${batchId}::int, ${got.length}::int + c.pos::int
      from unnest(${`{${list.join(',')}}`}::text[]) with ordinality as c(n, pos)
      where not exists (select 1 from ${insurees} i where i.insurance_number = c.n)
      order by c.pos
      limit ${need}::int
      on conflict (number) do nothing
      returning number`);
    got.push(...result.rows.map((r) => r.number));
  }
  if (got.length < count) throw new UserErrors([userError('count', C.invalid, 'Not enough free insurance numbers left in this format.')]);
  return got;
}

// ---------------------------------------------------------------------------
// Resolvers
// ---------------------------------------------------------------------------

const resolvers = {
  Family: {
    head: (row: FamilyRow, _: unknown, ctx: Ctx) => loadById<InsureeRow>(ctx, insurees, row.headInsureeId),
    village: (row: FamilyRow, _: unknown, ctx: Ctx) => loadById(ctx, locations, row.villageId),
    members: (row: FamilyRow, _: unknown, ctx: Ctx) => loadMembers(ctx, row),
    memberCount: async (row: FamilyRow, _: unknown, ctx: Ctx) => (await loadMembers(ctx, row)).length,
  },
  Insuree: {
    family: (row: InsureeRow, _: unknown, ctx: Ctx) => loadById<FamilyRow>(ctx, families, row.familyId),
    isHead: async (row: InsureeRow, _: unknown, ctx: Ctx) => (await loadById<FamilyRow>(ctx, families, row.familyId))?.headInsureeId === row.id,
    currentVillage: (row: InsureeRow, _: unknown, ctx: Ctx) => loadById(ctx, locations, row.currentVillageId),
    healthFacility: (row: InsureeRow, _: unknown, ctx: Ctx) => loadById(ctx, healthFacilities, row.healthFacilityId),
  },
  InsuranceNumberBatch: {
    region: (row: BatchRow, _: unknown, ctx: Ctx) => loadById(ctx, locations, row.regionId),
    createdBy: (row: BatchRow) => row.createdByName,
    numbers: async (row: BatchRow & { numbers?: string[] }, _: unknown, ctx: Ctx) =>
      row.numbers ??
      (
        await ctx.db
          .select({ number: reservedNumbers.number })
          .from(reservedNumbers)
          .where(eq(reservedNumbers.batchId, row.id))
          .orderBy(reservedNumbers.position)
      ).map((r) => r.number),
    usedCount: async (row: BatchRow, _: unknown, ctx: Ctx) => {
      const [r] = await ctx.db
        .select({ n: sql<number>`count(*)::int` })
        .from(reservedNumbers)
        .where(and(eq(reservedNumbers.batchId, row.id), eq(reservedNumbers.used, true)));
      return r?.n ?? 0;
    },
    pdfUrl: (row: BatchRow) => batchUrl(row.id, 'pdf'),
    zipUrl: (row: BatchRow) => batchUrl(row.id, 'zip'),
  },
  Query: {
    families: (_: unknown, args: { filter?: FamilyFilter | null; orderBy?: 'HEAD_LAST_NAME' | 'HEAD_INSURANCE_NUMBER' | null } & ConnectionArgs, ctx: Ctx) => {
      requireRight(ctx, Rights.familySearch);
      return searchFamilies(ctx, args.filter ?? {}, args.orderBy, args);
    },
    family: (_: unknown, args: { id: string }, ctx: Ctx) => {
      requireRight(ctx, Rights.familySearch);
      return loadInScope(ctx, 'Family', (id) => loadById<FamilyRow>(ctx, families, id), parseId(args.id));
    },
    insurees: async (_: unknown, args: { filter?: InsureeFilter | null; orderBy?: InsureeOrder | null } & ConnectionArgs, ctx: Ctx) => {
      requireRight(ctx, Rights.insureeSearch);
      const f = args.filter ?? {};
      const { where, search, narrow } = await insureeWhere(ctx, f);
      const sort = insureeSort(args.orderBy, search.kind, f, narrow);
      // A "contains" search in name/number/date order would walk that index (0.4-0.7 s on 1M rows for
      // a rare fragment): sort the first SORTED_CONTAINS_CAP matches found through the trigram indexes instead.
      const bounded =
        search.kind === 'contains' && sort ? sql`${insurees.id} in (select id from ${insurees} where ${where} limit ${SORTED_CONTAINS_CAP + 1})` : where;
      return paginate<InsureeRow>({ db: ctx.db, table: insurees, where: bounded, sort, args });
    },
    insuree: async (_: unknown, args: { id?: string | null; insuranceNumber?: string | null }, ctx: Ctx) => {
      if (args.id) {
        requireRight(ctx, Rights.insureeSearch);
        return loadInScope(ctx, 'Insuree', (id) => loadById<InsureeRow>(ctx, insurees, id), parseId(args.id));
      }
      const user = requireUser(ctx);
      if (!user.rights.has(Rights.insureeSearch)) requireRight(ctx, Rights.insureeEnquire);
      const number = args.insuranceNumber?.trim();
      if (!number) throw badInput('Give id or insuranceNumber.', 'insuranceNumber');
      // An enquiry answers for any insuree (eligibility fields only, see typeRules): bounded per user so it cannot
      // list the register. A national user who may search every insuree anyway is not slowed down.
      const beyondSearch = !user.rights.has(Rights.insureeSearch) || (await userArea(ctx)) !== null;
      if (beyondSearch && !allow(`enquiry:${user.id}`, ENQUIRY_LIMIT, 60_000))
        throw new GraphQLError(`At most ${ENQUIRY_LIMIT} enquiries a minute; wait a moment.`, { extensions: { code: 'RATE_LIMITED' } });
      const [row] = await ctx.db.select().from(insurees).where(eq(insurees.insuranceNumber, number));
      return row ?? null;
    },
    insuranceNumberBatches: async (_: unknown, args: ConnectionArgs, ctx: Ctx) => {
      requireRight(ctx, Rights.insureeAdd);
      return paginate<BatchRow>({
        db: ctx.db,
        table: insuranceNumberBatches,
        where: await scopeWhere(ctx, 'InsuranceNumberBatch'),
        sort: { expr: sql`-${insuranceNumberBatches.id}`, value: (r) => -r.id },
        args,
      });
    },
    insuranceNumberBatch: (_: unknown, args: { id: string }, ctx: Ctx) => {
      requireRight(ctx, Rights.insureeAdd);
      return loadInScope(ctx, 'InsuranceNumberBatch', (id) => loadById<BatchRow>(ctx, insuranceNumberBatches, id), parseId(args.id));
    },
    insuranceNumberConfig: (_: unknown, __: unknown, ctx: Ctx) => {
      requireUser(ctx);
      return numberConfig(ctx);
    },
  },
  Mutation: {
    createFamily: async (_: unknown, { input }: { input: Input & { head: Input } }, ctx: Ctx) => {
      requireRight(ctx, Rights.familyAdd);
      const config = numberConfig(ctx);
      const family = clean(input, FAMILY_KEYS);
      const headValues = clean(input.head ?? {}, INSUREE_KEYS);
      const issues = [...validateFamily(family), ...validateInsuree(headValues, config, { prefix: 'head' })];
      if (issues.length) return { family: null, errors: toUserErrors(issues, config) };
      const result = await mutate(ctx, 'head.insuranceNumber', async (tx) => {
        const errors: UserError[] = [];
        await checkVillage(tx, 'villageId', family.villageId, errors);
        if (errors.length) throw new UserErrors(errors);
        await insureeDbChecks(tx, 'head', headValues, null);
        const [created] = await tx
          .insert(families)
          .values(columns(family) as typeof families.$inferInsert)
          .returning();
        if (!created) throw new Error('insert into families returned nothing');
        const [member] = await tx
          .insert(insurees)
          .values({ ...(columns(headValues) as typeof insurees.$inferInsert), familyId: created.id, relationship: null })
          .returning();
        if (!member) throw new Error('insert into insurees returned nothing');
        const [row] = await tx.update(families).set({ headInsureeId: member.id }).where(eq(families.id, created.id)).returning();
        await markUsed(tx, member.insuranceNumber);
        await writeHistory(tx, ctx, { entityType: 'Family', entityId: created.id, action: 'CREATE', before: null, after: row ?? null });
        await writeHistory(tx, ctx, { entityType: 'Insuree', entityId: member.id, action: 'CREATE', before: null, after: member });
        return row ?? null;
      });
      return { family: result.entity, errors: result.errors };
    },
    updateFamily: async (_: unknown, { input }: { input: Input & { id: string; version: number } }, ctx: Ctx) => {
      requireRight(ctx, Rights.familyEdit);
      const values = clean(input, FAMILY_KEYS);
      const issues = validateFamily(values, { partial: true });
      if (issues.length) return { family: null, errors: toUserErrors(issues) };
      const result = await updateEntity<FamilyRow>(ctx, {
        table: families,
        entityType: 'Family',
        label: 'Family',
        id: input.id,
        version: input.version,
        values: columns(values),
        validate: async (tx) => {
          const errors: UserError[] = [];
          await checkVillage(tx, 'villageId', values.villageId, errors);
          return errors;
        },
      });
      return { family: result.entity, errors: result.errors };
    },
    addInsuree: async (_: unknown, { input }: { input: { familyId: string; relationship?: string | null; insuree: Input } }, ctx: Ctx) => {
      requireRight(ctx, Rights.insureeAdd);
      const config = numberConfig(ctx);
      const values = clean(input.insuree ?? {}, INSUREE_KEYS);
      const relationship = typeof input.relationship === 'string' ? input.relationship.trim() || null : null;
      const issues = validateInsuree(values, config, { prefix: 'insuree' });
      const rel = relationshipRule(relationship);
      if (rel) issues.unshift({ path: 'relationship', code: rel });
      if (issues.length) return { insuree: null, errors: toUserErrors(issues, config) };
      const result = await mutate(ctx, 'insuree.insuranceNumber', async (tx) => {
        const family = await lockFor<FamilyRow>(tx, families, parseId(input.familyId));
        if (!family) throw new UserErrors([userError('familyId', C.notFound, 'Family not found.')]);
        await insureeDbChecks(tx, 'insuree', values, null);
        const [row] = await tx
          .insert(insurees)
          .values({ ...(columns(values) as typeof insurees.$inferInsert), familyId: family.id, relationship })
          .returning();
        if (!row) throw new Error('insert into insurees returned nothing');
        await markUsed(tx, row.insuranceNumber);
        await writeHistory(tx, ctx, { entityType: 'Insuree', entityId: row.id, action: 'CREATE', before: null, after: row });
        return row;
      });
      return { insuree: result.entity, errors: result.errors };
    },
    updateInsuree: async (_: unknown, { input }: { input: Input & { id: string; version: number } }, ctx: Ctx) => {
      requireRight(ctx, Rights.insureeEdit);
      const config = numberConfig(ctx);
      const values = clean(input, INSUREE_KEYS);
      const issues = validateInsuree(values, config, { partial: true });
      const relationship = input.relationship === undefined ? undefined : typeof input.relationship === 'string' ? input.relationship.trim() || null : null;
      const rel = relationship === undefined ? null : relationshipRule(relationship);
      if (rel) issues.unshift({ path: 'relationship', code: rel });
      if (issues.length) return { insuree: null, errors: toUserErrors(issues, config) };
      try {
        const result = await updateEntity<InsureeRow>(ctx, {
          table: insurees,
          entityType: 'Insuree',
          label: 'Insuree',
          uniqueField: 'insuranceNumber',
          id: input.id,
          version: input.version,
          values: columns(defined({ ...values, relationship })),
          validate: async (tx, existing) => {
            const [family] = await tx.select({ headId: families.headInsureeId }).from(families).where(eq(families.id, existing.familyId));
            if (relationship != null && family?.headId === existing.id)
              return [userError('relationship', C.head, 'The head of the family has no relationship to the head.')];
            try {
              await insureeDbChecks(tx, '', values, existing.id);
            } catch (error) {
              if (error instanceof UserErrors) return error.errors;
              throw error;
            }
            if (values.insuranceNumber !== undefined) await markUsed(tx, values.insuranceNumber);
            return [];
          },
        });
        return { insuree: result.entity, errors: result.errors };
      } catch (error) {
        if (pgErrorCode(error) === '23505')
          return { insuree: null, errors: [userError('insuranceNumber', C.duplicate, 'Another insuree already has this insurance number.')] };
        throw error;
      }
    },
    moveInsuree: async (_: unknown, { input }: { input: { id: string; version: number; familyId: string; relationship?: string | null } }, ctx: Ctx) => {
      requireRight(ctx, Rights.insureeEdit);
      const relationship = typeof input.relationship === 'string' ? input.relationship.trim() || null : null;
      const rel = relationshipRule(relationship);
      if (rel) return { insuree: null, errors: toUserErrors([{ path: 'relationship', code: rel }]) };
      const result = await mutate(ctx, 'insuranceNumber', async (tx) => {
        const existing = await lockFor<InsureeRow>(tx, insurees, parseId(input.id));
        if (!existing) throw new UserErrors([notFoundError('Insuree')]);
        if (existing.version !== input.version) throw new UserErrors([conflictError()]);
        const [from] = await tx.select().from(families).where(eq(families.id, existing.familyId));
        if (from?.headInsureeId === existing.id)
          throw new UserErrors([userError('id', C.head, 'The head cannot be moved: make another member the head first.')]);
        const target = await lockFor<FamilyRow>(tx, families, parseId(input.familyId));
        if (!target) throw new UserErrors([userError('familyId', C.notFound, 'Family not found.')]);
        if (target.id === existing.familyId) throw new UserErrors([userError('familyId', C.invalid, 'The insuree is already in this family.')]);
        const row = await bump<InsureeRow>(tx, insurees, existing.id, { familyId: target.id, relationship });
        await writeHistory(tx, ctx, { entityType: 'Insuree', entityId: existing.id, action: 'UPDATE', before: existing, after: row });
        return row;
      });
      return { insuree: result.entity, errors: result.errors };
    },
    removeInsuree: async (_: unknown, { input }: { input: { id: string; version: number } }, ctx: Ctx) => {
      requireRight(ctx, Rights.insureeDelete);
      const result = await deleteEntity<InsureeRow>(ctx, {
        table: insurees,
        entityType: 'Insuree',
        label: 'Insuree',
        id: input.id,
        version: input.version,
        validate: async (tx, existing) => {
          const [family] = await tx.select({ headId: families.headInsureeId }).from(families).where(eq(families.id, existing.familyId));
          return family?.headId === existing.id ? [userError('id', C.head, 'The head cannot be removed: make another member the head first.')] : [];
        },
      });
      return { insuree: result.errors.length ? null : result.entity, errors: result.errors };
    },
    changeFamilyHead: async (_: unknown, { input }: { input: { familyId: string; version: number; insureeId: string } }, ctx: Ctx) => {
      requireRight(ctx, Rights.familyEdit);
      const result = await mutate(ctx, 'insureeId', async (tx) => {
        const family = await lockFor<FamilyRow>(tx, families, parseId(input.familyId));
        if (!family) throw new UserErrors([userError('familyId', C.notFound, 'Family not found.')]);
        if (family.version !== input.version) throw new UserErrors([conflictError()]);
        const next = await lockFor<InsureeRow>(tx, insurees, parseId(input.insureeId));
        if (!next || next.familyId !== family.id) throw new UserErrors([userError('insureeId', C.invalid, 'The new head must be a member of the family.')]);
        if (next.status === 'DECEASED') throw new UserErrors([userError('insureeId', C.invalid, 'A deceased insuree cannot be the head.')]);
        if (family.headInsureeId === next.id) return family;
        const previous = await lockFor<InsureeRow>(tx, insurees, family.headInsureeId);
        const row = await bump<FamilyRow>(tx, families, family.id, { headInsureeId: next.id });
        const nextAfter = await bump<InsureeRow>(tx, insurees, next.id, { relationship: null });
        await writeHistory(tx, ctx, { entityType: 'Family', entityId: family.id, action: 'UPDATE', before: family, after: row });
        await writeHistory(tx, ctx, { entityType: 'Insuree', entityId: next.id, action: 'UPDATE', before: next, after: nextAfter });
        if (previous) {
          const prevAfter = await bump<InsureeRow>(tx, insurees, previous.id, { relationship: 'OT' });
          await writeHistory(tx, ctx, { entityType: 'Insuree', entityId: previous.id, action: 'UPDATE', before: previous, after: prevAfter });
        }
        return row;
      });
      return { family: result.entity, errors: result.errors };
    },
    setInsureeStatus: async (
      _: unknown,
      { input }: { input: { id: string; version: number; status: string; statusDate?: string | null; statusReason?: string | null } },
      ctx: Ctx,
    ) => {
      requireRight(ctx, Rights.insureeEdit);
      const values = clean(input, ['status', 'statusDate', 'statusReason']);
      const issues = validateStatus(values);
      if (issues.length) return { insuree: null, errors: toUserErrors(issues) };
      const result = await updateEntity<InsureeRow>(ctx, {
        table: insurees,
        entityType: 'Insuree',
        label: 'Insuree',
        id: input.id,
        version: input.version,
        values: {
          status: values.status,
          statusDate: values.status === 'ACTIVE' ? (values.statusDate ?? null) : (values.statusDate ?? new Date().toISOString().slice(0, 10)),
          statusReason: values.statusReason ?? null,
        },
        validate: (_tx, existing) =>
          typeof values.statusDate === 'string' && values.statusDate < existing.birthDate
            ? [userError('statusDate', C.invalid, 'Status date cannot be before the birth date.')]
            : [],
      });
      return { insuree: result.entity, errors: result.errors };
    },
    reserveInsuranceNumbers: async (_: unknown, { input }: { input: { regionId: string; count: number } }, ctx: Ctx) => {
      const user = requireRight(ctx, Rights.insureeAdd);
      const config = numberConfig(ctx);
      if (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_BATCH)
        return { batch: null, errors: [userError('count', C.invalid, `Count must be between 1 and ${MAX_BATCH}.`)] };
      const result = await mutate(ctx, 'count', async (tx) => {
        const regionId = parseId(input.regionId);
        const [region] = regionId ? await tx.select({ type: locations.type }).from(locations).where(eq(locations.id, regionId)) : [];
        if (!regionId || region?.type !== 'R') throw new UserErrors([userError('regionId', C.invalid, 'Choose a region.')]);
        const [batch] = await tx
          .insert(insuranceNumberBatches)
          .values({ regionId, count: input.count, createdBy: user.id, createdByName: user.username })
          .returning();
        if (!batch) throw new Error('insert into insurance_number_batches returned nothing');
        const numbers = await reserveNumbers(tx, batch.id, input.count, config);
        await writeHistory(tx, ctx, {
          entityType: 'InsuranceNumberBatch',
          entityId: batch.id,
          action: 'CREATE',
          before: null,
          after: { ...batch, numbers },
        });
        return { ...batch, numbers };
      });
      return { batch: result.entity, errors: result.errors };
    },
  },
};

const r = Rights;
/** An enquiry's answer: who the person is and where they are covered, never how to reach them (phones, ids, members). */
const eligibility = [
  'id',
  'insuranceNumber',
  'lastName',
  'otherNames',
  'gender',
  'birthDate',
  'relationship',
  'photo',
  'family',
  'isHead',
  'status',
  'healthFacility',
];

export const insureeDomain = defineDomain({
  name: 'insuree',
  version: '1.0.0',
  typeDefs,
  resolvers,
  rights: [
    { code: r.familySearch, name: 'familySearch', description: 'Search and view families' },
    { code: r.familyAdd, name: 'familyAdd', description: 'Add families' },
    { code: r.familyEdit, name: 'familyEdit', description: 'Edit families' },
    { code: r.familyDelete, name: 'familyDelete', description: 'Delete families' },
    { code: r.insureeSearch, name: 'insureeSearch', description: 'Search and view insurees' },
    { code: r.insureeAdd, name: 'insureeAdd', description: 'Add insurees, reserve insurance numbers' },
    { code: r.insureeEdit, name: 'insureeEdit', description: 'Edit insurees' },
    { code: r.insureeDelete, name: 'insureeDelete', description: 'Remove insurees' },
    { code: r.insureeEnquire, name: 'insureeEnquire', description: 'Check any insuree by insurance number (eligibility fields only)' },
  ],
  typeRules: {
    // 101105 reads any insuree's eligibility fields and the family's head (for the head's name), never phones or ids.
    Family: { read: [r.familySearch, r.familyAdd, r.familyEdit], scope: 'Family', limited: { read: [r.insureeEnquire], fields: ['id', 'head', 'village'] } },
    Insuree: { read: [r.insureeSearch, r.insureeAdd, r.insureeEdit], scope: 'Insuree', limited: { read: [r.insureeEnquire], fields: eligibility } },
    InsuranceNumberBatch: { read: [r.insureeAdd], scope: 'InsuranceNumberBatch' },
    InsuranceNumberConfig: { read: 'signedIn' },
  },
  scope: {
    Family: { table: families, where: (area) => sql`${families.villageId} = any(${area})` },
    Insuree: { table: insurees, where: (area) => sql`${insurees.familyId} in (select f.id from ${families} f where f.village_id = any(${area}))` },
    InsuranceNumberBatch: { table: insuranceNumberBatches, where: (area) => sql`${insuranceNumberBatches.regionId} = any(${area})` },
  },
  guards: {
    createFamily: { right: r.familyAdd, records: [['Location', (a) => a.input.villageId]] },
    updateFamily: {
      right: r.familyEdit,
      records: [
        ['Family', (a) => a.input.id],
        ['Location', (a) => a.input.villageId],
      ],
    },
    addInsuree: { right: r.insureeAdd, records: [['Family', (a) => a.input.familyId]] },
    updateInsuree: {
      right: r.insureeEdit,
      records: [
        ['Insuree', (a) => a.input.id],
        ['Location', (a) => a.input.currentVillageId],
      ],
    },
    moveInsuree: {
      right: r.insureeEdit,
      records: [
        ['Insuree', (a) => a.input.id],
        ['Family', (a) => a.input.familyId],
      ],
    },
    removeInsuree: { right: r.insureeDelete, records: [['Insuree', (a) => a.input.id]] },
    changeFamilyHead: { right: r.familyEdit, records: [['Family', (a) => a.input.familyId]] },
    setInsureeStatus: { right: r.insureeEdit, records: [['Insuree', (a) => a.input.id]] },
    reserveInsuranceNumbers: { right: r.insureeAdd, records: [['Location', (a) => a.input.regionId]] },
  },
  inputBounds: {
    InsureeInput: insurees,
    UpdateInsureeInput: insurees,
    InsureeFilter: insurees,
    CreateFamilyInput: families,
    UpdateFamilyInput: families,
    FamilyFilter: { headInsuranceNumber: 20, familyType: 1 },
    AddInsureeInput: { relationship: 2 },
    MoveInsureeInput: { relationship: 2 },
    SetInsureeStatusInput: insurees,
  },
  hooks: {
    'location.deleting': async ({ tx, location }) => {
      const [used] = await tx.select({ id: families.id }).from(families).where(eq(families.villageId, location.id)).limit(1);
      return used ? [userError('id', C.inUse, 'Families still live in this village.')] : [];
    },
  },
  http: handleInsureeHttp,
  historyRights: { Family: Rights.familySearch, Insuree: Rights.insureeSearch, InsuranceNumberBatch: Rights.insureeAdd },
  seed: (db: DbOrTx) => seedInsurees(db),
});
