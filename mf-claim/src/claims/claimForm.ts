/**
 * The claim form's pure logic: the draft being typed, line and claim totals, the
 * draft kept in localStorage while the connection is down, the mutation inputs and
 * the rejection reasons' text keys. No React, no GraphQL: unit tested.
 */
import { MAX_QUANTITY, RejectionReason, VISIT_TYPES, type VisitType } from '@kente/contract-claim';

export interface Choice {
  id: string;
  code: string;
  name: string;
}

/** A service or item chosen on a line, at the facility's price. */
export interface MedicalChoice extends Choice {
  price: string;
}

export type LineDraftKind = 'S' | 'I';

export interface LineDraft {
  /** stable React key of the row */
  key: string;
  kind: 'S' | 'I';
  medical: MedicalChoice | null;
  quantity: string;
}

export interface ClaimDraft {
  healthFacility: Choice | null;
  insuranceNumber: string;
  code: string;
  guaranteeNo: string;
  visitFrom: string;
  visitTo: string;
  dateClaimed: string;
  visitType: VisitType;
  diagnosis: Choice | null;
  secondary: Array<Choice | null>;
  explanation: string;
  lines: LineDraft[];
}

let keySeed = 0;
export const newLine = (kind: 'S' | 'I' = 'S'): LineDraft => ({
  key: `l${Date.now().toString(36)}${(keySeed++).toString(36)}`,
  kind,
  medical: null,
  quantity: '1',
});

export function emptyDraft(today: string, healthFacility: Choice | null): ClaimDraft {
  return {
    healthFacility,
    insuranceNumber: '',
    code: '',
    guaranteeNo: '',
    visitFrom: today,
    visitTo: '',
    dateClaimed: today,
    visitType: 'O',
    diagnosis: null,
    secondary: [],
    explanation: '',
    lines: [newLine()],
  };
}

/** A quantity as typed ("2", "1,5", "1.5"): a number > 0, else null. */
export function parseQuantity(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) && value > 0 && value <= MAX_QUANTITY ? value : null;
}

/** In cents, so that sums of prices do not drift (0.1 + 0.2). */
const cents = (value: number) => Math.round(value * 100);

/** quantity × the facility's price; null while the line is not complete. */
export function lineTotal(line: LineDraft): number | null {
  const quantity = parseQuantity(line.quantity);
  if (!line.medical || quantity === null) return null;
  return cents(quantity * Number(line.medical.price)) / 100;
}

/** The running total of the complete lines, and how many lines count in it. */
export function claimTotal(lines: LineDraft[]): { total: number; counted: number } {
  let total = 0;
  let counted = 0;
  for (const line of lines) {
    const value = lineTotal(line);
    if (value === null) continue;
    total += cents(value);
    counted += 1;
  }
  return { total: total / 100, counted };
}

/** Lines left blank (no service or item chosen) are not sent: the last row is usually the next one waiting. */
export const filledLines = (lines: LineDraft[]) => lines.filter((line) => line.medical !== null);

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The fields createClaim and updateClaim share. */
export function claimInput(draft: ClaimDraft) {
  const secondary = draft.secondary.filter((d): d is Choice => d !== null);
  return {
    code: draft.code.trim(),
    healthFacilityId: draft.healthFacility?.id ?? '',
    insuranceNumber: draft.insuranceNumber.trim(),
    guaranteeNo: orNull(draft.guaranteeNo),
    visitFrom: draft.visitFrom,
    visitTo: orNull(draft.visitTo),
    dateClaimed: draft.dateClaimed,
    visitType: draft.visitType,
    diagnosisId: draft.diagnosis?.id ?? '',
    diagnosis1Id: secondary[0]?.id ?? null,
    diagnosis2Id: secondary[1]?.id ?? null,
    diagnosis3Id: secondary[2]?.id ?? null,
    diagnosis4Id: secondary[3]?.id ?? null,
    explanation: orNull(draft.explanation),
    lines: filledLines(draft.lines).map((line) => ({
      kind: line.kind,
      serviceId: line.kind === 'S' ? (line.medical?.id ?? null) : null,
      itemId: line.kind === 'I' ? (line.medical?.id ?? null) : null,
      quantity: line.quantity.trim().replace(',', '.'),
    })),
  };
}

/**
 * The server answers `lines.<n>.<field>` with n the index among the lines sent; the
 * form shows it on its own row (blank rows are not sent, so indexes differ).
 */
export function formLineIndex(lines: LineDraft[], sentIndex: number): number {
  let seen = -1;
  for (let i = 0; i < lines.length; i += 1) {
    if (lines[i]?.medical === null) continue;
    seen += 1;
    if (seen === sentIndex) return i;
  }
  return -1;
}

// ---- the draft kept while the connection is down

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** One draft per user and claim ("new" for a claim not saved yet). */
export const draftKey = (username: string, claimId: string | null) => `kente.claim.draft.${username}.${claimId ?? 'new'}`;

export interface StoredDraft {
  savedAt: string;
  /** the claim's version the draft was typed on (null: a new claim) */
  version: number | null;
  draft: ClaimDraft;
}

export function saveDraft(storage: StorageLike, key: string, draft: ClaimDraft, version: number | null, now = new Date()): void {
  try {
    storage.setItem(key, JSON.stringify({ savedAt: now.toISOString(), version, draft } satisfies StoredDraft));
  } catch {
    // A full or disabled storage: the form still works, only the safety net is gone.
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isChoice = (value: unknown): value is Choice =>
  isObject(value) && typeof value.id === 'string' && typeof value.code === 'string' && typeof value.name === 'string';
const isLine = (value: unknown): value is LineDraft =>
  isObject(value) &&
  typeof value.key === 'string' &&
  (value.kind === 'S' || value.kind === 'I') &&
  typeof value.quantity === 'string' &&
  (value.medical === null || (isChoice(value.medical) && typeof (value.medical as { price?: unknown }).price === 'string'));

/** A stored draft, or null when there is none or it is not one this form wrote (another version, tampered). */
export function loadDraft(storage: StorageLike, key: string): StoredDraft | null {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return null;
  }
  if (!raw) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isObject(parsed) || typeof parsed.savedAt !== 'string' || !isObject(parsed.draft)) return null;
  const d = parsed.draft;
  const strings = ['insuranceNumber', 'code', 'guaranteeNo', 'visitFrom', 'visitTo', 'dateClaimed', 'explanation'] as const;
  if (!strings.every((field) => typeof d[field] === 'string')) return null;
  if (!VISIT_TYPES.includes(d.visitType as VisitType)) return null;
  if (!(d.healthFacility === null || isChoice(d.healthFacility)) || !(d.diagnosis === null || isChoice(d.diagnosis))) return null;
  if (!Array.isArray(d.secondary) || !d.secondary.every((s) => s === null || isChoice(s))) return null;
  if (!Array.isArray(d.lines) || !d.lines.every(isLine)) return null;
  const version = typeof parsed.version === 'number' ? parsed.version : null;
  return { savedAt: parsed.savedAt, version, draft: d as unknown as ClaimDraft };
}

export function clearDraft(storage: StorageLike, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // nothing kept, nothing to clear
  }
}

// ---- rejection reasons

const REASON_CODES = new Set<number>(Object.values(RejectionReason));

/** The text key of a rejection reason (claim:reason.<code>); an unknown code reads as "reason <code>". */
export function reasonKey(code: number | null | undefined): { key: string; code: number } | null {
  if (code === null || code === undefined || code === 0) return null;
  return { key: REASON_CODES.has(code) ? `reason.${code}` : 'reason.unknown', code };
}

/** How many of the submitted claims came out Checked (4) and Rejected (1). */
export function submissionCounts(statuses: number[]): { checked: number; rejected: number } {
  return { checked: statuses.filter((s) => s === 4).length, rejected: statuses.filter((s) => s === 1).length };
}

/** Sum of the claimed amounts of the selected claims (kept across pages), without float drift. */
export function selectedSum(selected: ReadonlyMap<string, string>): number {
  let total = 0;
  for (const amount of selected.values()) total += cents(Number(amount));
  return total / 100;
}
