/**
 * Pure rules of the review workflow in the console: which selected claims a bulk action applies to,
 * what processing answered, and the review form (values, checks, total approved, the mutation's input).
 */

/** Review and feedback statuses (1 Idle, 2 Not selected, 4 Selected, 8 Delivered, 16 Bypassed): text `claims.selection.<n>`. */
export const SELECTION_STATUSES = [1, 2, 4, 8, 16] as const;

export type BulkAction = 'submit' | 'review' | 'feedback' | 'process';

export interface BulkRow {
  status: number;
  reviewStatus: number;
  feedbackStatus: number;
}

const candidate = (selection: number) => selection === 1 || selection === 2;

/**
 * Whether a bulk action applies to a claim (what the server accepts): submit an Entered claim;
 * select for review / feedback a Checked claim whose review / feedback is Idle or Not selected;
 * process a Checked claim.
 */
export function appliesTo(action: BulkAction, row: BulkRow): boolean {
  switch (action) {
    case 'submit':
      return row.status === 2;
    case 'review':
      return row.status === 4 && candidate(row.reviewStatus);
    case 'feedback':
      return row.status === 4 && candidate(row.feedbackStatus);
    case 'process':
      return row.status === 4;
  }
}

/** The ids of the selected claims an action applies to, in selection order. */
export function applicableIds(action: BulkAction, selected: ReadonlyMap<string, BulkRow>): string[] {
  return [...selected].filter(([, row]) => appliesTo(action, row)).map(([id]) => id);
}

/** How many processed claims came out Valuated (16) and Processed (8, a relative price waits for the batch run). */
export function processCounts(statuses: readonly number[]): { valuated: number; processed: number } {
  return { valuated: statuses.filter((s) => s === 16).length, processed: statuses.filter((s) => s === 8).length };
}

/** The selection tool's rules (the server's `SelectClaimsInput`): a random share, above an amount, above the diagnosis's average by N %. */
export const RULES = ['randomPercent', 'aboveAmount', 'aboveDiagnosisAverage'] as const;
export type Rule = (typeof RULES)[number];

/** The value of a rule as the server takes it, or null (with the reason's code) when it is not one. */
export function ruleValue(rule: Rule, text: string): { value: number | string } | { error: string } {
  const v = normalizeDecimal(text);
  if (v === '') return { error: 'REQUIRED' };
  if (rule === 'aboveAmount') return /^\d{1,16}(\.\d{1,2})?$/.test(v) ? { value: v } : { error: 'INVALID' };
  if (!/^\d{1,4}$/.test(v)) return { error: 'INVALID' };
  const n = Number(v);
  return n > (rule === 'randomPercent' ? 100 : 1000) ? { error: 'OUT_OF_RANGE' } : { value: n };
}

// ---- the review form

export interface ReviewLineValues {
  lineNo: number;
  /** the approved values as typed (a decimal; a comma is accepted) */
  quantityApproved: string;
  priceApproved: string;
  rejected: boolean;
  justification: string;
  /** rejected by the submission's checks: shown, never sent (the server refuses it) */
  locked: boolean;
  /** the approved price as loaded: a price is sent only when the officer changed it (valuation keeps a reviewer's price) */
  loadedPrice: string;
}

export interface ReviewValues {
  remark: string;
  lines: ReviewLineValues[];
}

export interface ReviewClaimLike {
  reviewRemark?: string | null;
  lines: ReadonlyArray<{
    lineNo: number;
    quantity: string;
    priceAsked: string;
    quantityApproved: string | null;
    priceApproved: string | null;
    status: number | null;
    rejectionReason: number | null;
    justification: string | null;
  }>;
}

/** The medical officer's reason code: a line they rejected. */
export const REVIEW_REJECTION = -1;
export const MAX_QUANTITY = 10_000;
export const MAX_REMARK = 500;
export const MAX_JUSTIFICATION = 250;

/** A decimal as the server reads it: trimmed, spaces (also non-breaking) out, a comma as the point. */
export function normalizeDecimal(value: string): string {
  return value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
}

const DECIMAL = /^\d{1,16}(\.\d{1,2})?$/;

/** Hundredths of a decimal string, or null when it is not one with at most 2 decimals. */
function hundredths(value: string): bigint | null {
  const v = normalizeDecimal(value);
  if (!DECIMAL.test(v)) return null;
  const [whole = '0', fraction = ''] = v.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

/** Two decimals strings are the same amount ("5500" and "5500.00"). */
export function sameAmount(a: string, b: string): boolean {
  const x = hundredths(a);
  const y = hundredths(b);
  return x !== null && x === y;
}

/** The form's values of a claim as loaded. */
export function reviewValues(claim: ReviewClaimLike): ReviewValues {
  return {
    remark: claim.reviewRemark ?? '',
    lines: claim.lines.map((line) => {
      const price = line.priceApproved ?? line.priceAsked;
      return {
        lineNo: line.lineNo,
        quantityApproved: line.quantityApproved ?? line.quantity,
        priceApproved: price,
        rejected: line.status === 2,
        justification: line.justification ?? '',
        locked: line.status === 2 && line.rejectionReason !== REVIEW_REJECTION,
        loadedPrice: price,
      };
    }),
  };
}

/** Whether a line counts in the approved total: neither rejected by the checks nor by the officer. */
export const lineApproved = (line: ReviewLineValues) => !line.locked && !line.rejected;

/** A line's approved amount (quantity × price), null while either is not a valid amount. */
export function approvedAmount(line: ReviewLineValues): number | null {
  const q = hundredths(line.quantityApproved);
  const p = hundredths(line.priceApproved);
  if (q === null || p === null) return null;
  return Number((q * p) / 100n) / 100;
}

/** Σ approved quantity × approved price of the lines approved (exact to the cent, as the server sums); invalid lines count 0. */
export function reviewTotal(values: ReviewValues): number {
  let total = 0n;
  for (const line of values.lines) {
    if (!lineApproved(line)) continue;
    const q = hundredths(line.quantityApproved);
    const p = hundredths(line.priceApproved);
    if (q !== null && p !== null) total += (q * p) / 100n;
  }
  return Number(total) / 100;
}

/** The checks the server makes, as the officer types: `{ path, code }` for the form's fields. */
export function reviewIssues(values: ReviewValues): Array<{ path: string; code: string }> {
  const issues: Array<{ path: string; code: string }> = [];
  if (values.remark.trim().length > MAX_REMARK) issues.push({ path: 'remark', code: 'TOO_LONG' });
  values.lines.forEach((line, i) => {
    if (line.locked) return;
    const q = hundredths(line.quantityApproved);
    if (q === null) issues.push({ path: `lines.${i}.quantityApproved`, code: line.quantityApproved.trim() ? 'INVALID' : 'REQUIRED' });
    else if (q > BigInt(MAX_QUANTITY) * 100n) issues.push({ path: `lines.${i}.quantityApproved`, code: 'OUT_OF_RANGE' });
    if (hundredths(line.priceApproved) === null) issues.push({ path: `lines.${i}.priceApproved`, code: line.priceApproved.trim() ? 'INVALID' : 'REQUIRED' });
    if (line.rejected && !line.justification.trim()) issues.push({ path: `lines.${i}.justification`, code: 'REQUIRED' });
    if (line.justification.trim().length > MAX_JUSTIFICATION) issues.push({ path: `lines.${i}.justification`, code: 'TOO_LONG' });
  });
  return issues;
}

/** The lines sent (every line the review may change, in form order): the server's `lines.<i>` is the i-th of them. */
export function sentLineIndexes(values: ReviewValues): number[] {
  return values.lines.flatMap((line, i) => (line.locked ? [] : [i]));
}

/** `saveClaimReview`'s input (without id and version): quantities, a price only when changed, rejections with their justification. */
export function reviewInput(values: ReviewValues) {
  return {
    remark: values.remark.trim(),
    lines: sentLineIndexes(values).map((i) => {
      const line = values.lines[i] as ReviewLineValues;
      const price = normalizeDecimal(line.priceApproved);
      return {
        lineNo: line.lineNo,
        quantityApproved: normalizeDecimal(line.quantityApproved),
        ...(sameAmount(price, line.loadedPrice) ? {} : { priceApproved: price }),
        rejected: line.rejected,
        justification: line.justification.trim(),
      };
    }),
  };
}

/** A server error's field as the form's: `lines.<i>.x` of the input is `lines.<form index>.x`; a line's own error goes to its quantity. */
export function reviewFormField(values: ReviewValues, field: string): string {
  const match = /^lines\.(\d+)(?:\.(\w+))?$/.exec(field);
  if (!match) return field;
  const index = sentLineIndexes(values)[Number(match[1])];
  if (index === undefined) return field;
  const key = match[2];
  return `lines.${index}.${key === 'priceApproved' || key === 'justification' ? key : 'quantityApproved'}`;
}
