/**
 * Dates and amounts as a user of the console types them: the console's
 * language decides (French dd/mm/yyyy, a comma before decimals), never the
 * browser's locale, which a native date input follows. Values stay ISO dates
 * (yyyy-mm-dd) and plain decimal strings, as the server and contracts want.
 */

export interface DatePattern {
  /** Field order, e.g. ['d', 'm', 'y'] for French. */
  order: Array<'d' | 'm' | 'y'>;
  separator: string;
  /** The pattern in English letters, e.g. dd/mm/yyyy (what `data-date-pattern` carries). */
  placeholder: string;
}

/**
 * The letters of a date placeholder: English dd, mm, yyyy (here, not in console.en.json: every
 * module page carries the kit's English words, and these are the default); a language pack's in
 * the shell namespace's `kit.date.day`, `.month`, `.year` (lang-fr: jj, mm, aaaa).
 */
export type DateLetters = Partial<Record<'d' | 'm' | 'y', string>>;

const english = { d: 'dd', m: 'mm', y: 'yyyy' } as const;
const patterns = new Map<string, DatePattern>();

/** The numeric date pattern of a language, read from Intl (fr: dd/mm/yyyy, en: mm/dd/yyyy). */
export function datePattern(language: string): DatePattern {
  const known = patterns.get(language);
  if (known) return known;
  const parts = new Intl.DateTimeFormat(language, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(
    new Date(Date.UTC(2001, 10, 22)),
  );
  const order: DatePattern['order'] = [];
  let separator = '/';
  for (const part of parts) {
    if (part.type === 'day') order.push('d');
    else if (part.type === 'month') order.push('m');
    else if (part.type === 'year') order.push('y');
    else if (part.type === 'literal' && order.length === 1) separator = part.value.trim() || part.value;
  }
  const pattern = { order, separator, placeholder: datePlaceholder({ order, separator }) };
  patterns.set(language, pattern);
  return pattern;
}

/**
 * What an empty date field shows: the locale's order and separator (from Intl) in the letters of
 * the console's language (French jj/mm/aaaa); a letter missing or empty is the English one.
 */
export function datePlaceholder(pattern: Pick<DatePattern, 'order' | 'separator'>, letters: DateLetters = english): string {
  return pattern.order.map((p) => letters[p] || english[p]).join(pattern.separator);
}

/** An ISO date shown in the language's pattern ('' for no date; other text unchanged). */
export function formatDateInput(iso: string | null | undefined, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return iso ?? '';
  const [, y, m, d] = match as unknown as [string, string, string, string];
  const { order, separator } = datePattern(language);
  return order.map((p) => ({ d, m, y })[p]).join(separator);
}

/**
 * What the user typed, as an ISO date, or null when it is not a real date.
 * Any of / . - and spaces separate; ISO (yyyy-mm-dd) is accepted too (a pasted
 * or scanned value).
 */
export function parseDateInput(text: string, language: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const pieces = iso ? null : value.split(/[\s./-]+/);
  let y: number;
  let m: number;
  let d: number;
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    if (pieces?.length !== 3 || pieces.some((p) => !/^\d+$/.test(p))) return null;
    const { order } = datePattern(language);
    const at = (p: 'd' | 'm' | 'y') => pieces[order.indexOf(p)] as string;
    if (at('y').length !== 4 || at('d').length > 2 || at('m').length > 2) return null;
    [y, m, d] = [Number(at('y')), Number(at('m')), Number(at('d'))];
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The language's decimal and grouping signs (fr: ',' and a narrow space). */
function numberSigns(language: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(language).formatToParts(12345.6);
  return { decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.', group: parts.find((p) => p.type === 'group')?.value ?? ',' };
}

/**
 * An amount typed in the language's way ("1 234,50" in French) as a decimal string ("1234.50"), or null.
 * A grouping sign counts only between groups of three digits ("12,5" in English is refused, not read as
 * 125); spaces group digits in every language; a point is a decimal sign too where it does not group
 * (a numeric keypad's).
 */
export function parseMoneyInput(text: string, language: string): string | null {
  const { decimal, group } = numberSigns(language);
  const g = `[\\s\\${group}]`;
  const match = new RegExp(`^(-?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${group === '.' ? `\\${decimal}` : `[\\${decimal}.]`}(\\d+))?$`).exec(text.trim());
  return match ? `${match[1]}${match[2]?.replace(/\D/g, '')}${match[3] ? `.${match[3]}` : ''}` : null;
}

/**
 * A decimal string shown in the language's way, without the currency ("1234.5" -> "1 234,50" in French):
 * the currency's decimals, more when the value has them (never rounded on screen: "1234.5" in XOF, a
 * currency without cents, shows "1 234,5", not "1 235" over a value of 1234.5).
 */
export function formatMoneyInput(value: string | number | null | undefined, language: string, currency: string): string {
  if (value === null || value === undefined || value === '') return '';
  const number = Number(value);
  if (!Number.isFinite(number)) return String(value);
  const digits = new Intl.NumberFormat(language, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const given = String(value).split('.')[1]?.replace(/0+$/, '').length ?? 0;
  return new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: Math.max(digits, given) }).format(number);
}

/** The currency's symbol in the language (fr + XOF: "F CFA"). */
export function currencySymbol(language: string, currency: string): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;
}
