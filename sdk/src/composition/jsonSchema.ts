/**
 * The part of JSON Schema that module configuration uses: type, properties,
 * required, additionalProperties, enum, const, pattern, min/max(Length|Items),
 * minimum/maximum (and exclusive), items, propertyNames, anyOf/oneOf. It runs on the sign-in
 * page's boot path, where a full validator (+8 KB gz measured with
 * @cfworker/json-schema) would push the first screen over its 200 KB budget.
 * Other keywords ($ref, formats...) are not checked.
 */

export type JsonSchema = Record<string, unknown>;

/** One failure: where in the value (keys), and what was expected there, in words. */
export interface SchemaFailure {
  at: string[];
  expected: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

const described = (schema: JsonSchema, fallback: string) => (typeof schema.description === 'string' ? schema.description : fallback);

/** Every failure of `value` against `schema`, deepest first within a key. */
export function validateJsonSchema(schema: unknown, value: unknown, at: string[] = []): SchemaFailure[] {
  if (schema === true || schema === undefined) return [];
  if (schema === false) return [{ at, expected: 'nothing here' }];
  if (!isRecord(schema)) return [];
  const fail = (expected: string): SchemaFailure[] => [{ at, expected }];
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [String(schema.type)];
    if (!types.some((t) => hasType(value, t))) {
      const want = `a value of type ${types.join(' or ')}`;
      return fail(typeof schema.description === 'string' ? `${want} (${schema.description})` : want);
    }
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((v) => JSON.stringify(v) === JSON.stringify(value))) {
    return fail(schema.enum.length <= 10 ? `one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}` : described(schema, 'one of the allowed values'));
  }
  if ('const' in schema && JSON.stringify(schema.const) !== JSON.stringify(value)) return fail(JSON.stringify(schema.const));
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options)) {
      const passing = options.filter((option) => validateJsonSchema(option, value, at).length === 0).length;
      if (key === 'anyOf' ? passing === 0 : passing !== 1)
        return fail(described(schema, key === 'anyOf' ? 'one of the allowed shapes' : 'exactly one of the allowed shapes'));
    }
  }
  const failures: SchemaFailure[] = [];
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) failures.push({ at, expected: `at least ${schema.minLength} character(s)` });
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) failures.push({ at, expected: `at most ${schema.maxLength} character(s)` });
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      failures.push({ at, expected: described(schema, `a text matching ${schema.pattern}`) });
    }
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) failures.push({ at, expected: `at least ${schema.minimum}` });
    if (typeof schema.maximum === 'number' && value > schema.maximum) failures.push({ at, expected: `at most ${schema.maximum}` });
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum)
      failures.push({ at, expected: `more than ${schema.exclusiveMinimum}` });
    if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum)
      failures.push({ at, expected: `less than ${schema.exclusiveMaximum}` });
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) failures.push({ at, expected: `at least ${schema.minItems} item(s)` });
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) failures.push({ at, expected: `at most ${schema.maxItems} item(s)` });
    if (schema.items !== undefined) {
      for (const [i, item] of value.entries()) failures.push(...validateJsonSchema(schema.items, item, [...at, String(i)]));
    }
  }
  if (isRecord(value)) {
    const properties = isRecord(schema.properties) ? schema.properties : {};
    for (const key of Array.isArray(schema.required) ? (schema.required as string[]) : []) {
      if (!(key in value)) failures.push({ at: [...at, key], expected: described(isRecord(properties[key]) ? properties[key] : {}, 'a value (required)') });
    }
    for (const [key, item] of Object.entries(value)) {
      if (schema.propertyNames !== undefined && validateJsonSchema(schema.propertyNames, key).length) {
        failures.push({ at: [...at, key], expected: described(isRecord(schema.propertyNames) ? schema.propertyNames : {}, 'another key') });
        continue;
      }
      if (key in properties) failures.push(...validateJsonSchema(properties[key], item, [...at, key]));
      else if (schema.additionalProperties === false)
        failures.push({ at: [...at, key], expected: `no such setting (known: ${Object.keys(properties).join(', ') || 'none'})` });
      else if (isRecord(schema.additionalProperties)) failures.push(...validateJsonSchema(schema.additionalProperties, item, [...at, key]));
    }
  }
  return failures;
}
