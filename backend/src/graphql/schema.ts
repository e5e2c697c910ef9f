/** Builds the executable schema from the base SDL and every registered domain, through the kit. */
import { is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { GraphQLScalarType } from 'graphql';
import { createSchema } from 'graphql-yoga';
import { historyRights } from '../modules/core/index.js';
import { applyTypeRules, isStructural } from '../platform/access.js';
import { applyInputBounds, type Bounds, columnLengths } from '../platform/bounds.js';
import { dashboardTypeDefs } from '../platform/dashboard.js';
import { assembleRights, type Domain, type TypeRule } from '../platform/domain.js';
import { registerHooks } from '../platform/hooks.js';
import { registerReports } from '../platform/report.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../platform/scalars.js';
import { applyGuards, registerScopes } from '../platform/scope.js';
import { COUNT_CAP, MAX_PAGE_SIZE } from './connection.js';
import type { Ctx } from './context.js';
import type { Resolvers } from './schema-types.js';

const baseTypeDefs = /* GraphQL */ `
  ${dashboardTypeDefs}
  "ISO 8601 timestamp"
  scalar DateTime
  "Calendar date, YYYY-MM-DD"
  scalar Date
  "Money or quantity as a decimal string, e.g. \\"1500.00\\" (never a float)"
  scalar Decimal
  "Arbitrary JSON (history snapshots)"
  scalar JSON

  type PageInfo { hasNextPage: Boolean!, hasPreviousPage: Boolean!, startCursor: String, endCursor: String }

  "A problem with the input that the user can fix."
  type UserError {
    "Input field at fault (null = the whole request)"
    field: String
    "REQUIRED, INVALID, TOO_LONG, INVALID_FORMAT, OUT_OF_RANGE, DUPLICATE, NOT_FOUND, CONFLICT, IN_USE, FORBIDDEN, INVALID_CREDENTIALS, RATE_LIMITED"
    code: String!
    message: String!
  }

  "Delete by id at the version the user saw: a stale delete is a CONFLICT."
  input VersionedDeleteInput { id: ID!, version: Int! }

  type ApiLimits { maxPageSize: Int!, countCap: Int! }

  "A backend domain and the version of its API."
  type KenteDomain { name: String!, version: String! }
  "A right a domain defines (openIMIS code)."
  type KenteRight { code: Int!, name: String!, description: String!, domain: String! }
  "What this backend offers; readable without signing in (the console checks modules' backend needs)."
  type Kente { domains: [KenteDomain!]!, rights: [KenteRight!]! }

  type Query {
    "Limits clients should respect."
    apiLimits: ApiLimits!
    kente: Kente!
  }
  type Mutation {
    _noop: Boolean
  }
`;

const JSONScalar = new GraphQLScalarType({ name: 'JSON', serialize: (value) => value });

/** Rules of the kit's own types. */
const baseRules: Record<string, TypeRule> = { Kente: { read: 'public' }, KenteDomain: { read: 'public' }, KenteRight: { read: 'public' } };

export function buildSchema(domains: readonly Domain[]) {
  for (const domain of domains) {
    for (const [entity, right] of Object.entries(domain.historyRights ?? {})) historyRights.set(entity, right);
  }
  registerHooks(domains);
  registerScopes(domains);
  registerReports(domains);
  const rights = assembleRights(domains);
  const kente = { domains: domains.map((d) => ({ name: d.name, version: d.version })), rights };
  const base: Resolvers = {
    Date: DateScalar,
    DateTime: DateTimeScalar,
    Decimal: DecimalScalar,
    JSON: JSONScalar,
    Query: { apiLimits: () => ({ maxPageSize: MAX_PAGE_SIZE, countCap: COUNT_CAP }), kente: () => kente },
    Mutation: { _noop: () => null },
  };
  const schema = createSchema<Ctx>({
    typeDefs: [baseTypeDefs, ...domains.map((d) => d.typeDefs).filter((t) => t.trim())],
    resolvers: [base, ...domains.map((d) => d.resolvers)],
  });
  applyTypeRules(schema, typeRules(schema, domains));
  applyGuards(schema, domains);
  // Bounds wrap last so they run first: bad input never reaches a guard's query.
  applyInputBounds(schema, inputBounds(domains));
  return schema;
}

/** Every domain's type rules, plus the structural types (payloads, connections) as public. */
export function typeRules(schema: { getTypeMap(): Record<string, unknown> }, domains: readonly Domain[]): Map<string, TypeRule> {
  const rules = new Map<string, TypeRule>(Object.entries(baseRules));
  for (const domain of domains) {
    for (const [type, rule] of Object.entries(domain.typeRules ?? {})) {
      if (rules.has(type)) throw new Error(`type rule for ${type} declared twice (domain ${domain.name})`);
      rules.set(type, rule);
    }
  }
  for (const name of Object.keys(schema.getTypeMap())) if (isStructural(name) && !rules.has(name)) rules.set(name, { read: 'public' });
  return rules;
}

function inputBounds(domains: readonly Domain[]): Bounds {
  const bounds: Bounds = new Map();
  for (const domain of domains) {
    for (const [input, source] of Object.entries(domain.inputBounds ?? {})) {
      const lengths = is(source, PgTable) ? columnLengths(source) : source;
      bounds.set(input, { ...bounds.get(input), ...lengths });
    }
  }
  return bounds;
}
