/**
 * French typography: a non-breaking space before `:` (U+00A0) and a narrow
 * non-breaking space before `;`, `?` and `!` (U+202F), so the sign never starts
 * a line. Used to check (and fix) French language packs. Left alone: `://` in
 * addresses, times and ratios between digits (10:30), `{{placeholders}}`.
 */

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const SPACES = /[ \u00a0\u202f]$/;

function fixText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (text.startsWith('{{', i)) {
      const end = text.indexOf('}}', i);
      if (end > 0) {
        out += text.slice(i, end + 2);
        i = end + 1;
        continue;
      }
    }
    const isSign = ch === ':' || ch === ';' || ch === '?' || ch === '!';
    const before = out[out.length - 1];
    const after = text[i + 1];
    const skip =
      !isSign ||
      before === undefined ||
      (ch === ':' && text.startsWith('//', i + 1)) ||
      (ch === ':' && /\d/.test(before) && after !== undefined && /\d/.test(after)) ||
      // A run such as "?!" or "!!": the space goes before the first sign only.
      before === ':' ||
      before === ';' ||
      before === '?' ||
      before === '!';
    if (skip) {
      out += ch;
      continue;
    }
    const space = ch === ':' ? NBSP : NNBSP;
    out = SPACES.test(out) ? `${out.slice(0, -1)}${space}` : `${out}${space}`;
    out += ch;
  }
  return out;
}

/** The same JSON value with French punctuation spacing in every string. */
export function fixFrenchPunctuation<T>(value: T): T {
  if (typeof value === 'string') return fixText(value) as T;
  if (Array.isArray(value)) return value.map((v) => fixFrenchPunctuation(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fixFrenchPunctuation(v)])) as T;
  }
  return value;
}

/** Dotted keys of the strings that break the rule, with the text. */
export function frenchPunctuationProblems(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return fixText(value) === value ? [] : [`${path}: ${JSON.stringify(value)}`];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => frenchPunctuationProblems(v, path ? `${path}.${k}` : k));
  }
  return [];
}
