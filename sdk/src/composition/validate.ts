import type { Problem, Validated } from '../manifest/problems.js';
import { validateWith } from '../manifest/problems.js';
import { type Composition, compositionSchema } from './schema.js';

/** Validates composition.json; every problem names its JSON path, what was expected and what was found. */
export function validateComposition(data: unknown): Validated<Composition> {
  const result = validateWith(compositionSchema, data);
  if (!result.ok) return result;
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  (['modules', 'packs'] as const).forEach((list) => {
    result.value[list].forEach((entry, i) => {
      const path = `$.${list}[${i}].name`;
      const earlier = seen.get(entry.name);
      if (earlier) problems.push({ path, expected: `a name not listed before (already at ${earlier})`, found: JSON.stringify(entry.name) });
      else seen.set(entry.name, path);
    });
  });
  result.value.modules.forEach((entry, i) => {
    if (entry.fallback === entry.version) {
      problems.push({ path: `$.modules[${i}].fallback`, expected: `another version than ${entry.version}`, found: JSON.stringify(entry.fallback) });
    }
    if (entry.fallbackUrl !== undefined && entry.fallback === undefined) {
      problems.push({ path: `$.modules[${i}].fallbackUrl`, expected: 'a fallback version next to it ("fallback")', found: JSON.stringify(entry.fallbackUrl) });
    }
  });
  return problems.length ? { ok: false, problems } : result;
}

/** Parses the text of composition.json, turning a syntax error into a problem too. */
export function parseComposition(text: string): Validated<Composition> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '$', expected: 'valid JSON', found: error instanceof Error ? error.message : String(error) }] };
  }
  return validateComposition(data);
}
