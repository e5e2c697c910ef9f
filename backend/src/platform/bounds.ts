/**
 * Bounded input, checked before any resolver runs: every string against its column's length
 * (declared per input type by the domain: `inputBounds`), search strings by length and
 * words, NUL bytes refused everywhere, lists capped and free of duplicate ids. A mutation
 * answers its payload's `errors` (nothing stored); a query answers a BAD_USER_INPUT error
 * with the user error's code in `extensions.reason`.
 */

import { ErrorCodes, MAX_LIST_LENGTH, MAX_SEARCH_LENGTH, MAX_SEARCH_WORDS, MAX_TEXT_LENGTH, searchRule, textRule } from '@kente/contract-core';
import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import {
  GraphQLError,
  type GraphQLFieldResolver,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  type GraphQLSchema,
  getNamedType,
} from 'graphql';
import type { Ctx } from '../graphql/context.js';
import { type UserError, userError } from '../graphql/errors.js';

/** Input type -> field -> max length. */
export type Bounds = Map<string, Record<string, number>>;

/** The varchar/char lengths of a table's columns, by property name. */
export function columnLengths(table: PgTable): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const length = (column as { length?: unknown }).length;
    if (typeof length === 'number' && length > 0) out[key] = length;
  }
  return out;
}

const isSearch = (name: string) => name === 'search' || name.endsWith('Search');

function message(field: string, code: string, max?: number): string {
  switch (code) {
    case ErrorCodes.tooLong:
      return max === undefined ? `${field} is too long.` : `${field} must be at most ${max} characters.`;
    case ErrorCodes.invalidFormat:
      return `${field} contains a character that cannot be stored (NUL).`;
    case ErrorCodes.duplicate:
      return `${field} lists the same id twice.`;
    default:
      return `${field} is not valid.`;
  }
}

function checkValue(type: GraphQLInputType, value: unknown, path: string, name: string, max: number | undefined, bounds: Bounds, errors: UserError[]): void {
  if (value === null || value === undefined || errors.length > 20) return;
  if (type instanceof GraphQLNonNull) {
    checkValue(type.ofType, value, path, name, max, bounds, errors);
    return;
  }
  if (type instanceof GraphQLList) {
    if (!Array.isArray(value)) {
      checkValue(type.ofType, value, path, name, max, bounds, errors);
      return;
    }
    if (value.length > MAX_LIST_LENGTH) {
      errors.push(userError(path, ErrorCodes.tooLong, `${path} may list at most ${MAX_LIST_LENGTH} entries.`));
      return;
    }
    const item = getNamedType(type.ofType);
    const keys =
      item instanceof GraphQLScalarType && item.name === 'ID'
        ? value.map(String)
        : item instanceof GraphQLInputObjectType && item.getFields().id
          ? value.map((v) => String((v as { id?: unknown })?.id))
          : null;
    if (keys && new Set(keys).size !== keys.length) errors.push(userError(path, ErrorCodes.duplicate, message(path, ErrorCodes.duplicate)));
    value.forEach((v, i) => {
      checkValue(type.ofType, v, `${path}.${i}`, name, max, bounds, errors);
    });
    return;
  }
  if (type instanceof GraphQLInputObjectType) {
    const lengths = bounds.get(type.name) ?? {};
    for (const field of Object.values(type.getFields())) {
      const v = (value as Record<string, unknown>)[field.name];
      checkValue(field.type, v, path ? `${path}.${field.name}` : field.name, field.name, lengths[field.name], bounds, errors);
    }
    return;
  }
  if (typeof value !== 'string') return;
  if (isSearch(name)) {
    const code = searchRule(value);
    if (code)
      errors.push(
        userError(
          path,
          code,
          code === ErrorCodes.tooLong ? `Search at most ${MAX_SEARCH_LENGTH} characters and ${MAX_SEARCH_WORDS} words.` : message(path, code),
        ),
      );
    return;
  }
  const limit = max ?? MAX_TEXT_LENGTH;
  const code = textRule(value, limit);
  if (code) errors.push(userError(path, code, message(path, code, limit)));
}

/** Payload types answer user errors in `errors`; anything else gets a GraphQL error. */
function hasErrorsField(type: unknown): boolean {
  const named = getNamedType(type as GraphQLInputType);
  return named instanceof GraphQLObjectType && 'errors' in named.getFields();
}

/** Wraps every root field with arguments (in place, once per schema). */
export function applyInputBounds(schema: GraphQLSchema, bounds: Bounds): void {
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      if (!field.args.length || !field.resolve) continue;
      const resolve: GraphQLFieldResolver<unknown, Ctx> = field.resolve;
      const args = field.args;
      const payload = hasErrorsField(field.type);
      field.resolve = (source, values, ctx: Ctx, info) => {
        const errors: UserError[] = [];
        for (const arg of args) checkValue(arg.type, values[arg.name], arg.name === 'input' ? '' : arg.name, arg.name, undefined, bounds, errors);
        if (!errors.length) return resolve(source, values, ctx, info);
        if (payload) return { errors };
        const [first] = errors;
        throw new GraphQLError(first?.message ?? 'Invalid input.', { extensions: { code: 'BAD_USER_INPUT', reason: first?.code, field: first?.field } });
      };
    }
  }
}
