/**
 * Data scope: staff see their own area. A user's area is the locations they are bound to
 * (`ctx.user.locationIds`: regions or districts) plus, when they work at a health
 * facility, that facility's district; neither = national (no condition at all). The area
 * is expanded once per request to every location under it, and each domain declares how
 * its entities reach a location (`scope` in defineDomain); the kit turns that into SQL
 * for searches, lists, loaders and downloads, and into checks for mutations.
 */
import { and, inArray, type SQL, sql } from 'drizzle-orm';
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import type { DbOrTx } from '../db/engine.js';
import type { Ctx, SessionUser } from '../graphql/context.js';
import { parseId } from '../graphql/crud.js';
import { ErrorCodes, requireRight, requireUser, type UserError, userError } from '../graphql/errors.js';
import type { MutationGuard, ScopeRule } from './domain.js';

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

const areas = new WeakMap<SessionUser, Promise<number[] | null>>();

/** Every location id in the user's area (roots and all below), or null for a national user. */
export function userArea(ctx: Pick<Ctx, 'db' | 'user'>): Promise<number[] | null> {
  const user = ctx.user;
  if (!user) return Promise.resolve([]);
  let area = areas.get(user);
  if (!area) {
    area = computeArea(ctx.db, user);
    areas.set(user, area);
  }
  return area;
}

async function computeArea(db: DbOrTx, user: SessionUser): Promise<number[] | null> {
  const roots = user.locationIds ?? [];
  if (!roots.length && user.healthFacilityId == null) return null;
  const facility = user.healthFacilityId ?? 0;
  const result = await db.execute<{ id: number }>(sql`
    with recursive area(id) as (
      select unnest(${intArray(roots)})
      union select location_id from health_facilities where id = ${facility}
      union select l.id from locations l join area a on l.parent_id = a.id
    ) select id from area where id is not null`);
  return result.rows.map((r) => Number(r.id));
}

function ruleOf(entity: string): ScopeRule {
  const rule = rules.get(entity);
  if (!rule) throw new Error(`no scope rule for ${entity}`);
  return rule;
}

/** The condition keeping an entity's rows inside the user's area (undefined = national). */
export async function scopeWhere(ctx: Pick<Ctx, 'db' | 'user'>, entity: string): Promise<SQL | undefined> {
  const rule = ruleOf(entity);
  const area = await userArea(ctx);
  return area === null ? undefined : rule.where(intArray(area));
}

/** The ids among `ids` that are inside the user's area. */
export async function idsInScope(ctx: Pick<Ctx, 'db' | 'user'>, entity: string, ids: readonly number[]): Promise<Set<number>> {
  const area = await userArea(ctx);
  if (area === null) return new Set(ids);
  if (!ids.length) return new Set();
  const rule = ruleOf(entity);
  // biome-ignore lint/suspicious/noExplicitAny: a scope rule's table is any entity table
  const rows = (await (ctx.db as any)
    .select({ id: rule.table.id })
    .from(rule.table)
    .where(and(inArray(rule.table.id, [...ids]), rule.where(intArray(area))))) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

/** FORBIDDEN user error when the record exists and is outside the user's area. */
export async function outOfScope(ctx: Pick<Ctx, 'db' | 'user'>, entity: string, id: number | null): Promise<UserError | null> {
  if (id === null) return null;
  const inside = await idsInScope(ctx, entity, [id]);
  return inside.has(id) ? null : userError(null, ErrorCodes.forbidden, 'This record is outside your area.');
}

/**
 * Checks a mutation's right, then refuses it (FORBIDDEN in its payload, nothing run) when a
 * record it names is outside the user's area: the domain lists them per mutation in `guards`.
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
        for (const [entity, idOf] of guard.records) {
          const error = await outOfScope(ctx, entity, parseId(idOf(args as { input: Record<string, unknown> })));
          if (error) return { errors: [error] };
        }
        return resolve(source, args, ctx, info);
      };
    }
  }
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
