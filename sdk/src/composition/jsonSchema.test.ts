import { describe, expect, it } from 'vitest';
import { validateJsonSchema } from './jsonSchema.js';

describe('validateJsonSchema (the subset configuration uses)', () => {
  const schema = {
    type: 'object',
    required: ['name'],
    properties: {
      name: { type: 'string', minLength: 2, maxLength: 5 },
      code: { type: 'string', pattern: '^[A-Z]{3}$', description: 'three capital letters' },
      size: { type: 'integer', minimum: 1, maximum: 10 },
      ratio: { type: 'number', exclusiveMinimum: 0 },
      mode: { enum: ['a', 'b'] },
      tags: { type: 'array', items: { type: 'string' }, maxItems: 2 },
      either: { anyOf: [{ type: 'string' }, { type: 'boolean' }] },
    },
    additionalProperties: false,
  };

  it('accepts a valid value', () => {
    expect(validateJsonSchema(schema, { name: 'ab', code: 'XOF', size: 3, ratio: 0.5, mode: 'b', tags: ['x'], either: true })).toEqual([]);
  });

  it('names each failure with its location and what was expected', () => {
    expect(
      validateJsonSchema(schema, { code: 'xof', size: 2.5, ratio: 0, mode: 'c', tags: ['x', 1, 'z'], either: 3, extra: 1, name: 'abcdef' }).map(
        (f) => `${f.at.join('/')}: ${f.expected}`,
      ),
    ).toEqual([
      'code: three capital letters',
      'size: a value of type integer',
      'ratio: more than 0',
      'mode: one of "a", "b"',
      'tags: at most 2 item(s)',
      'tags/1: a value of type string',
      'either: one of the allowed shapes',
      'extra: no such setting (known: name, code, size, ratio, mode, tags, either)',
      'name: at most 5 character(s)',
    ]);
    expect(validateJsonSchema(schema, {}).map((f) => f.at.join('/'))).toEqual(['name']);
    expect(validateJsonSchema(schema, { name: 'a', size: 0 }).map((f) => f.expected)).toEqual(['at least 2 character(s)', 'at least 1']);
  });
});
