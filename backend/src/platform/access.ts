/**
 * Field rights: reading an object type requires that type's read right (and the row in the
 * user's area) wherever the type appears in the graph, root or nested. The kit wraps every
 * field resolver of a ruled type: the first field read on an object decides, once per
 * object and request, whether the user reads it whole, only its `limited` fields, or not
 * at all (a FORBIDDEN error on that field; its parent gets null as GraphQL prescribes).
 */
import { defaultFieldResolver, GraphQLError, type GraphQLFieldResolver, GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { Ctx } from '../graphql/context.js';
import { batcher, perContext } from './batch.js';
import type { TypeRule } from './domain.js';
import { idsInScope } from './scope.js';

type Access = { kind: 'full' } | { kind: 'limited'; outside: boolean } | { kind: 'none'; reason: string };

/** Payloads, connections and edges only carry other types: their contents are checked, not them. */
export function isStructural(typeName: string): boolean {
  return /(Connection|Edge|Payload)$/.test(typeName) || ['Query', 'Mutation', 'PageInfo', 'UserError', 'ApiLimits'].includes(typeName);
}

const FULL: Access = { kind: 'full' };

function holds(ctx: Ctx, rights: readonly number[] | 'signedIn' | 'public'): boolean {
  if (rights === 'public') return true;
  if (rights === 'signedIn') return !!ctx.user;
  const user = ctx.user;
  return !!user && rights.some((r) => user.rights.has(r));
}

/** Scope checks of one tick, one query per entity: a page of 20 rows costs one lookup. */
function inScope(ctx: Ctx, entity: string, id: number): Promise<boolean> {
  const check = perContext(ctx, `scope:${entity}`, () =>
    batcher<number, true>(async (ids) => new Map([...(await idsInScope(ctx, entity, ids))].map((inside) => [inside, true]))),
  );
  return check(id).then(Boolean);
}

function decide(ctx: Ctx, typeName: string, rule: TypeRule, row: Record<string, unknown>): Access | Promise<Access> {
  if (rule.read === 'public') return FULL;
  const rights = rule.rightsOf ? rule.rightsOf(row) : rule.read;
  const limited = rule.limited && holds(ctx, rule.limited.read);
  if (!holds(ctx, rights)) {
    if (limited && rule.limited?.scoped && rule.scope && typeof row.id === 'number')
      return inScope(ctx, rule.scope, row.id).then(
        (inside): Access => (inside ? { kind: 'limited', outside: false } : { kind: 'none', reason: `This ${typeName} is outside your area.` }),
      );
    if (limited) return { kind: 'limited', outside: false };
    const codes = rights === 'signedIn' ? '' : ` (right ${rights.join(' or ')})`;
    return { kind: 'none', reason: `You do not have the right to read ${typeName}${codes}.` };
  }
  if (!rule.scope || typeof row.id !== 'number') return FULL;
  return inScope(ctx, rule.scope, row.id).then((inside): Access => {
    if (inside) return FULL;
    if (limited && !rule.limited?.scoped) return { kind: 'limited', outside: true };
    return { kind: 'none', reason: `This ${typeName} is outside your area.` };
  });
}

function accessOf(ctx: Ctx, typeName: string, rule: TypeRule, source: unknown): Access | Promise<Access> {
  if (rule.read === 'public') return FULL;
  if (!ctx.user) return rule.limited?.read === 'public' ? { kind: 'limited', outside: false } : { kind: 'none', reason: 'unauthenticated' };
  if (typeof source !== 'object' || source === null) return decide(ctx, typeName, rule, {});
  const perType = perContext(ctx, `access:${typeName}`, () => new WeakMap<object, Access | Promise<Access>>());
  let access = perType.get(source);
  if (!access) {
    access = decide(ctx, typeName, rule, source as Record<string, unknown>);
    perType.set(source, access);
    if (access instanceof Promise) access.then((a) => perType.set(source, a)).catch(() => {});
  }
  return access;
}

function refuse(access: Access, rule: TypeRule, typeName: string, field: string): GraphQLError | null {
  if (access.kind === 'full') return null;
  if (access.kind === 'limited') {
    if (rule.limited?.fields.includes(field)) return null;
    const why = access.outside ? `outside your area: only eligibility fields of ${typeName} can be read` : `you may read only some fields of ${typeName}`;
    return new GraphQLError(`You cannot read ${typeName}.${field} (${why}).`, { extensions: { code: 'FORBIDDEN' } });
  }
  if (access.reason === 'unauthenticated')
    return new GraphQLError('You are not signed in, or your session has expired.', { extensions: { code: 'UNAUTHENTICATED' } });
  return new GraphQLError(access.reason, { extensions: { code: 'FORBIDDEN' } });
}

/** Wraps every field of every ruled, non-public object type (in place, once per schema). */
export function applyTypeRules(schema: GraphQLSchema, rules: ReadonlyMap<string, TypeRule>): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    const rule = rules.get(type.name);
    if (!rule || rule.read === 'public') continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, Ctx> = field.resolve ?? defaultFieldResolver;
      const name = field.name;
      field.resolve = (source, args, ctx: Ctx, info) => {
        const access = accessOf(ctx, type.name, rule, source);
        if (access instanceof Promise) {
          return access.then((a) => {
            const error = refuse(a, rule, type.name, name);
            if (error) throw error;
            return resolve(source, args, ctx, info);
          });
        }
        const error = refuse(access, rule, type.name, name);
        if (error) throw error;
        return resolve(source, args, ctx, info);
      };
    }
  }
}

/** Object types of the schema without a rule (a test keeps this empty). */
export function unruledTypes(schema: GraphQLSchema, rules: ReadonlyMap<string, TypeRule>): string[] {
  return Object.values(schema.getTypeMap())
    .filter((t): t is GraphQLObjectType => t instanceof GraphQLObjectType && !t.name.startsWith('__'))
    .map((t) => t.name)
    .filter((name) => !rules.has(name))
    .sort();
}
