/**
 * A language pack's file for one namespace against the English it translates:
 * keys English no longer has (stale), keys whose `{{variables}}` differ from
 * English (the text would show a raw `{{x}}` or lose a value), and keys English
 * has that the pack lacks (allowed: i18next falls back to English).
 *
 * Plurals follow i18next: `key_one`, `key_other`... A pack may use the plural
 * forms its own language has (`Intl.PluralRules`), even ones English lacks (a
 * French `_many`), and may leave `{{count}}` out of a form that names one
 * number only (`_zero`, `_one`, `_two`: "mwanachama mmoja", "un membre").
 */

export interface PackKeyReport {
  /** Keys in the pack that English does not have (a typo, or English moved on). */
  stale: string[];
  /** Keys whose interpolation variables differ from English's. */
  variables: { key: string; english: string[]; translated: string[] }[];
  /** Keys of English the pack does not translate (shown in English). */
  missing: string[];
  /** Keys that are a text in one and an object in the other. */
  shape: string[];
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** `{ a: { b: 'x' } }` as `{ 'a.b': 'x' }`; non-string leaves are kept as they are. */
export function flattenTexts(value: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flattenTexts(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) {
    out[prefix] = value;
  }
  return out;
}

/** The variable names of an i18next text: `{{count, number}}` is `count`; `$t(...)` nestings are ignored. */
export function interpolationVariables(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(/\{\{\s*-?\s*([^},\s]+)[^}]*\}\}/g)) names.add(match[1] as string);
  return [...names].sort();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** Every dotted key of an object, with whether it holds an object. */
function keysOf(value: Record<string, unknown>, prefix = '', out = new Map<string, boolean>()): Map<string, boolean> {
  for (const [k, v] of Object.entries(value)) {
    const key = prefix ? `${prefix}.${k}` : k;
    out.set(key, isObject(v));
    if (isObject(v)) keysOf(v, key, out);
  }
  return out;
}

/** Compares a pack's namespace file for `language` with the English of that namespace. */
export function comparePackKeys(english: Record<string, unknown>, translated: Record<string, unknown>, language: string): PackKeyReport {
  const categories = new Set(new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[]);
  const en = keysOf(english);
  const tr = keysOf(translated);
  const enTexts = flattenTexts(english);
  const trTexts = flattenTexts(translated);
  const report: PackKeyReport = { stale: [], variables: [], missing: [], shape: [] };

  /** The English key a pack key stands for (itself, or the `_other` of a plural form English lacks). */
  const englishKey = (key: string): string | null => {
    if (en.has(key)) return key;
    const plural = PLURAL_SUFFIX.exec(key);
    if (!plural || !categories.has(plural[1] as string)) return null;
    const base = key.slice(0, -plural[0].length);
    return en.has(`${base}_other`) ? `${base}_other` : null;
  };

  for (const [key, isGroup] of tr) {
    const source = englishKey(key);
    if (source === null) {
      // Report the outermost stale key only.
      const parent = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : null;
      if (parent === null || englishKey(parent) !== null) report.stale.push(key);
      continue;
    }
    if (en.get(source) !== isGroup) {
      report.shape.push(key);
      continue;
    }
    if (isGroup) continue;
    const enText = enTexts[source];
    const trText = trTexts[key];
    if (typeof enText !== 'string' || typeof trText !== 'string') {
      if (typeof enText !== typeof trText) report.shape.push(key);
      continue;
    }
    const want = interpolationVariables(enText);
    const have = interpolationVariables(trText);
    const singleNumber = /_(zero|one|two)$/.test(key);
    const expected = singleNumber && !have.includes('count') ? want.filter((v) => v !== 'count') : want;
    if (expected.join() !== have.join()) report.variables.push({ key, english: want, translated: have });
  }

  for (const [key, isGroup] of en) {
    if (isGroup || tr.has(key)) continue;
    // A plural English has as _one/_other may be covered by the pack's own forms.
    const plural = PLURAL_SUFFIX.exec(key);
    if (plural && !categories.has(plural[1] as string)) continue;
    report.missing.push(key);
  }
  return report;
}
