import * as z from 'zod/mini';

/** One thing wrong in a JSON document, phrased for the person who edits it. */
export interface Problem {
  /** JSON path such as `$.modules[2].version`. */
  path: string;
  expected: string;
  found: string;
}

export type Validated<T> = { ok: true; value: T; problems: [] } | { ok: false; problems: Problem[] };

export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (acc, key) =>
      typeof key === 'number' ? `${acc}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `${acc}.${String(key)}` : `${acc}[${JSON.stringify(String(key))}]`,
    '$',
  );
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'undefined' ? 'nothing' : `a value of type ${issue.expected}`;
    case 'unrecognized_keys':
      return `no key ${issue.keys.map((k) => JSON.stringify(k)).join(', ')} (unknown here)`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `at least ${String(issue.minimum)} item(s)`
        : issue.origin === 'string'
          ? `at least ${String(issue.minimum)} character(s)`
          : `at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? `at most ${String(issue.maximum)} item(s)` : `at most ${String(issue.maximum)}`;
    case 'invalid_format':
      if ('includes' in issue) return `a text containing ${JSON.stringify(issue.includes)}`;
      if ('prefix' in issue) return `a text starting with ${JSON.stringify(issue.prefix)}`;
      if ('suffix' in issue) return `a text ending with ${JSON.stringify(issue.suffix)}`;
      return issue.message.startsWith('Invalid') ? `a ${issue.format}` : issue.message;
    case 'invalid_union':
      // A discriminated union (manifest `kind`) lists the values it knows.
      if ('options' in issue && issue.options?.length) return `one of ${issue.options.map((v) => JSON.stringify(v)).join(', ')}`;
      return 'one of the allowed shapes';
    default:
      return issue.message;
  }
}

/** Turns zod issues into problems that name the path, what was expected and what was found. */
export function toProblems(issues: ReadonlyArray<z.core.$ZodIssue>, data: unknown): Problem[] {
  return issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const parent = valueAt(data, issue.path) as Record<string, unknown> | undefined;
      const key = issue.keys[0] ?? '';
      return {
        path: jsonPath([...issue.path, key]),
        expected: `no key ${JSON.stringify(key)} (not part of the format)`,
        found: describeValue(parent?.[key]),
      };
    }
    if (issue.code === 'invalid_key') {
      // A record key failed its check: say what the key should look like and show the key, not its value.
      const key = issue.path[issue.path.length - 1];
      return {
        path: jsonPath(issue.path),
        expected: `a key that is ${issue.issues.map(expectation).join(' and ')}`,
        found: `the key ${JSON.stringify(String(key))}`,
      };
    }
    return { path: jsonPath(issue.path), expected: expectation(issue), found: describeValue(valueAt(data, issue.path)) };
  });
}

export function validateWith<S extends z.ZodMiniType>(schema: S, data: unknown): Validated<z.output<S>> {
  const result = z.safeParse(schema, data);
  if (result.success) return { ok: true, value: result.data, problems: [] };
  return { ok: false, problems: toProblems(result.error.issues, data) };
}
