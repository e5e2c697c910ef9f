/** Builds the executable schema from the base SDL and every registered domain. */
import { GraphQLScalarType, Kind } from 'graphql';
import { createSchema } from 'graphql-yoga';
import { historyRights } from '../modules/core/index.js';
import type { DomainModule } from '../modules/types.js';
import { COUNT_CAP, MAX_PAGE_SIZE } from './connection.js';
import type { Ctx } from './context.js';

const baseTypeDefs = /* GraphQL */ `
  "ISO 8601 timestamp"
  scalar DateTime
  "Money or quantity as a decimal string, e.g. \\"1500.00\\" (never a float)"
  scalar Decimal
  "Arbitrary JSON (history snapshots)"
  scalar JSON

  type PageInfo { hasNextPage: Boolean!, hasPreviousPage: Boolean!, startCursor: String, endCursor: String }

  "A problem with the input that the user can fix."
  type UserError {
    "Input field at fault (null = the whole request)"
    field: String
    "REQUIRED, INVALID, TOO_LONG, DUPLICATE, NOT_FOUND, CONFLICT, IN_USE, INVALID_CREDENTIALS, RATE_LIMITED"
    code: String!
    message: String!
  }

  type ApiLimits { maxPageSize: Int!, countCap: Int! }

  type Query {
    "Limits clients should respect."
    apiLimits: ApiLimits!
  }
  type Mutation {
    _noop: Boolean
  }
`;

const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => new Date(String(value)),
});

const Decimal = new GraphQLScalarType({
  name: 'Decimal',
  serialize: (value) => String(value),
  parseValue: (value) => {
    const text = typeof value === 'number' ? String(value) : value;
    if (typeof text !== 'string' || !/^-?\d+(\.\d+)?$/.test(text.trim())) throw new TypeError('Decimal must be a number or a decimal string.');
    return text.trim();
  },
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) {
      if (/^-?\d+(\.\d+)?$/.test(ast.value)) return ast.value;
    }
    throw new TypeError('Decimal must be a number or a decimal string.');
  },
});

const JSONScalar = new GraphQLScalarType({ name: 'JSON', serialize: (value) => value });

export function buildSchema(domains: DomainModule[]) {
  for (const domain of domains) {
    for (const [entity, right] of Object.entries(domain.historyRights ?? {})) historyRights.set(entity, right);
  }
  return createSchema<Ctx>({
    typeDefs: [baseTypeDefs, ...domains.map((d) => d.typeDefs)],
    resolvers: [
      {
        DateTime,
        Decimal,
        JSON: JSONScalar,
        Query: { apiLimits: () => ({ maxPageSize: MAX_PAGE_SIZE, countCap: COUNT_CAP }) },
        Mutation: { _noop: () => null },
      },
      // biome-ignore lint/suspicious/noExplicitAny: resolver maps are merged untyped
      ...domains.map((d) => d.resolvers as any),
    ],
  });
}
