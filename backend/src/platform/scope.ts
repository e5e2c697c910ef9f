/**
 * Data scope: staff see their own area. A user's area is the locations they are bound to
 * (`ctx.user.locationIds`: regions or districts) plus, when they work at a health
 * facility, that facility's district; neither = national (no condition at all). The area
 * is expanded once per request to every location under it, and each domain declares how
 * its entities reach a location (`scope` in defineDomain); the kit turns that into SQL
 * for searches, lists, loaders and downloads, and into checks for mutations.
 */
import { and, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { GraphQLError, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { DbOrTx } from '../db/engine.js';
import type { Ctx, SessionUser } from '../graphql/context.js';
import { parseId } from '../graphql/crud.js';
import { ErrorCodes, requireRight, requireUser, type UserError, userError } from '../graphql/errors.js';
import { loadById } from '../graphql/loader.js';
import type { MutationGuard, ScopeRule } from './domain.js';
import type { IdTable } from './rows.js';

/** What the scope checks read: the database or an open transaction (a check inside the write it guards), and who asks. */
export interface ScopeCtx {
  db: DbOrTx;
  user: SessionUser | null;
}

const rules = new Map<string, ScopeRule>();

export function registerScopes(domains: readonly { name: string; scope?: Record<string, ScopeRule> }[]): void {
  rules.clear();
  for (const domain of domains) {
    for (const [entity, rule] of Object.entries(domain.scope ?? {})) {
      if (rules.has(entity)) throw new Error(`scope entity ${entity} declared twice (domain ${domain.name})`);
      rules.set(entity, rule);
    }
  }
}

export function scopeEntities(): string[] {
  return [...rules.keys()];
}

/** An int[] as one SQL parameter (drizzle would spread a JS array into a list). */
export const intArray = (ids: readonly number[]): SQL => sql`${`{${ids.join(',')}}`}::int[]`;

/** The location and every location below it, as a subquery of ids. */
export const locationAndBelow = (locationId: number): SQL => sql`(
  with recursive down(id) as (select ${locationId}::int union select l.id from locations l join down d on l.parent_id = d.id)
  select id from down)`;

/**
 * The user's area: `ids` = the locations they are bound to and every location below them;
 * `above` = the locations above those (a district's region), which they see but do not own:
 * a location picker shows the path down to their district, a region's price list applies to
 * their facilities. null = a national user.
 */
export interface UserArea {
  ids: number[];
  above: number[];
  /** The facility of a user bound to it alone (no locations): rules with `ownFacility` keep to it. */
  facility: number | null;
}

const areas = new WeakMap<SessionUser, Promise<UserArea | null>>();

function areaOf(ctx: ScopeCtx): Promise<UserArea | null> {
  const user = ctx.user;
  if (!user) return Promise.resolve({ ids: [], above: [], facility: null });
  let area = areas.get(user);
  if (!area) {
    area = computeArea(ctx.db, user);
    areas.set(user, area);
  }
  return area;
}

/** Every location id in the user's area (roots and all below), or null for a national user. */
export async function userArea(ctx: ScopeCtx): Promise<number[] | null> {
  return (await areaOf(ctx))?.ids ?? null;
}

async function computeArea(db: DbOrTx, user: SessionUser): Promise<UserArea | null> {
  const roots = user.locationIds ?? [];
  if (!roots.length && user.healthFacilityId == null) return null;
  const facility = user.healthFacilityId ?? 0;
  const result = await db.execute<{ id: number; above: boolean }>(sql`
    with recursive roots(id) as (
      select unnest(${intArray(roots)})
      union select location_id from health_facilities where id = ${facility}
    ), area(id) as (
      select id from roots where id is not null
      union select l.id from locations l join area a on l.parent_id = a.id
    ), up(id) as (
      select l.parent_id from locations l join roots r on l.id = r.id where l.parent_id is not null
      union select l.parent_id from locations l join up u on l.id = u.id where l.parent_id is not null
    )
    select id, false as above from area
    union all select id, true from up where not exists (select 1 from area where area.id = up.id)`);
  const area: UserArea = { ids: [], above: [], facility: roots.length ? null : user.healthFacilityId };
  for (const row of result.rows) (row.above ? area.above : area.ids).push(Number(row.id));
  return area;
}

/**
 * 'visible': what the user reads (searches, lists, by-id reads, nested objects): the rule's
 * `visible` condition when it has one, else its `where`. 'area': what the user may change or
 * name in a mutation: the rule's `where`, the area alone.
 */
export type ScopeMode = 'visible' | 'area';

function conditionOf(rule: ScopeRule, area: UserArea, mode: ScopeMode): SQL {
  if (area.facility !== null && rule.ownFacility) return rule.ownFacility(area.facility);
  if (mode === 'visible' && rule.visible) return rule.visible(intArray(area.ids), intArray(area.above));
  return rule.where(intArray(area.ids));
}

function ruleOf(entity: string): ScopeRule {
  const rule = rules.get(entity);
  if (!rule) throw new Error(`no scope rule for ${entity}`);
  return rule;
}

/** The condition keeping an entity's rows inside what the user sees (or owns: 'area'); undefined = national. */
export async function scopeWhere(ctx: ScopeCtx, entity: string, mode: ScopeMode = 'visible'): Promise<SQL | undefined> {
  const rule = ruleOf(entity);
  const area = await areaOf(ctx);
  return area === null ? undefined : conditionOf(rule, area, mode);
}

/** The ids among `ids` that the user sees (or, 'area', owns). */
export async function idsInScope(ctx: ScopeCtx, entity: string, ids: readonly number[], mode: ScopeMode = 'visible'): Promise<Set<number>> {
  const area = await areaOf(ctx);
  if (area === null) return new Set(ids);
  if (!ids.length) return new Set();
  const rule = ruleOf(entity);
  const rows = await ctx.db
    .select({ id: rule.table.id })
    .from(rule.table as PgTable)
    .where(and(inArray(rule.table.id, [...ids]), conditionOf(rule, area, mode)));
  return new Set(rows.map((r) => Number(r.id)));
}

/**
 * What a guard's id function answers when the mutation would make or move a record to the
 * national level (a new region, a price list with no location): refused to a scoped user.
 */
export const NATIONAL: unique symbol = Symbol('national');

/** FORBIDDEN user error when the record exists and is outside the user's area (or, 'visible', outside what they see). */
export async function outOfScope(
  ctx: Pick<Ctx, 'db' | 'user'>,
  entity: string,
  id: number | null | typeof NATIONAL,
  mode: ScopeMode = 'area',
): Promise<UserError | null> {
  if (id === NATIONAL) {
    return (await areaOf(ctx)) === null ? null : userError(null, ErrorCodes.forbidden, 'Only a national user can do this: it is outside your area.');
  }
  if (id === null) return null;
  const inside = await idsInScope(ctx, entity, [id], mode);
  return inside.has(id) ? null : userError(null, ErrorCodes.forbidden, 'This record is outside your area.');
}

/**
 * Checks a mutation's right, then refuses it (FORBIDDEN in its payload, nothing run) when a
 * record it names is outside the user's area: the domain lists them per mutation in `guards`
 * (a record the mutation only points at, e.g. the price list a facility uses, may be one the
 * user merely sees: mode 'visible').
 */
export function applyGuards(schema: GraphQLSchema, domains: readonly { guards?: Record<string, MutationGuard> }[]): void {
  const fields = schema.getMutationType()?.getFields() ?? {};
  for (const domain of domains) {
    for (const [name, guard] of Object.entries(domain.guards ?? {})) {
      const field = fields[name];
      if (!field?.resolve) throw new Error(`guard for unknown mutation ${name}`);
      const resolve: GraphQLFieldResolver<unknown, Ctx> = field.resolve;
      const rights = typeof guard.right === 'number' ? [guard.right] : guard.right;
      field.resolve = async (source, args, ctx: Ctx, info) => {
        const user = requireUser(ctx);
        if (!rights.some((r) => user.rights.has(r))) requireRight(ctx, rights[0] ?? 0);
        for (const [entity, idOf, mode] of guard.records) {
          const raw = idOf(args as { input: Record<string, unknown> });
          const error = await outOfScope(ctx, entity, raw === NATIONAL ? NATIONAL : parseId(raw), mode ?? 'area');
          if (error) return { errors: [error] };
        }
        return resolve(source, args, ctx, info);
      };
    }
  }
}

/** Throws FORBIDDEN when a filter names a record the user does not see (a service picker limited to a price list). */
export async function requireVisible(ctx: Pick<Ctx, 'db' | 'user'>, entity: string, id: number | null): Promise<void> {
  if (id === null || (await idsInScope(ctx, entity, [id])).has(id)) return;
  throw new GraphQLError(`This ${entity} is outside your area.`, { extensions: { code: 'FORBIDDEN' } });
}

/** A row by id, or null when it does not exist or is outside the user's area (by-id roots and downloads). */
export async function loadInScope<R extends { id: number }>(
  ctx: Pick<Ctx, 'db' | 'user'>,
  entity: string,
  load: (id: number) => Promise<R | null>,
  id: number | null,
): Promise<R | null> {
  if (id === null) return null;
  const row = await load(id);
  if (!row) return null;
  return (await idsInScope(ctx, entity, [row.id])).has(row.id) ? row : null;
}

/** The by-id root of a scoped entity (`location(id)`): the right, then the row if it exists and is in the user's area, else null. */
export function byIdInScope<R extends { id: number }>(right: number, entity: string, table: IdTable & { $inferSelect: R }) {
  return (_: unknown, args: { id: string }, ctx: Ctx): Promise<R | null> => {
    requireRight(ctx, right);
    return loadInScope(ctx, entity, (id) => loadById(ctx, table, id), parseId(args.id));
  };
}
