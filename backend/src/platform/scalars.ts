/**
 * The base scalars, strict: a bad value is a GraphQL validation error carrying the contract
 * code (INVALID_FORMAT / OUT_OF_RANGE) in its extensions, never a value that reaches the
 * database and comes back as a masked 500.
 */
import { dateTimeRule, decimalRule, ErrorCodes, isIsoDate } from '@kente/contract-core';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

function invalid(scalar: string, code: string, expected: string): GraphQLError {
  const why = code === ErrorCodes.outOfRange ? 'is out of range' : 'is not valid';
  return new GraphQLError(`${scalar} ${why}: expected ${expected}.`, { extensions: { code: 'BAD_USER_INPUT', reason: code } });
}

function literal(ast: ValueNode): unknown {
  if (ast.kind === Kind.STRING) return ast.value;
  if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return Number(ast.value);
  return undefined;
}

const DATE_EXPECTED = 'a calendar date YYYY-MM-DD';
/** Any real calendar date: each domain's rules say which range it accepts (a birth date in the future answers DATE_IN_FUTURE on its field). */
const dateRule = (value: unknown) => (typeof value === 'string' && isIsoDate(value) ? null : ErrorCodes.invalidFormat);
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'Calendar date, YYYY-MM-DD',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: (value) => {
    const code = dateRule(value);
    if (code) throw invalid('Date', code, DATE_EXPECTED);
    return value as string;
  },
  parseLiteral: (ast) => {
    const value = literal(ast);
    const code = dateRule(value);
    if (code) throw invalid('Date', code, DATE_EXPECTED);
    return value as string;
  },
});

const DATETIME_EXPECTED = 'an ISO 8601 timestamp with a time zone';
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'ISO 8601 timestamp',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => {
    const code = dateTimeRule(value);
    if (code) throw invalid('DateTime', code, DATETIME_EXPECTED);
    return new Date(value as string);
  },
  parseLiteral: (ast) => {
    const value = literal(ast);
    const code = dateTimeRule(value);
    if (code) throw invalid('DateTime', code, DATETIME_EXPECTED);
    return new Date(value as string);
  },
});

const DECIMAL_EXPECTED = 'a decimal string such as "1500.50" (at most 13 digits before the point and 4 after)';
const normalise = (value: unknown) => (typeof value === 'number' ? String(value) : String(value).trim());
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'Money or quantity as a decimal string, e.g. "1500.00" (never a float)',
  serialize: (value) => String(value),
  parseValue: (value) => {
    const code = decimalRule(value);
    if (code) throw invalid('Decimal', code, DECIMAL_EXPECTED);
    return normalise(value);
  },
  parseLiteral: (ast) => {
    const value = ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? ast.value : undefined;
    const code = decimalRule(value);
    if (code) throw invalid('Decimal', code, DECIMAL_EXPECTED);
    return normalise(value);
  },
});
