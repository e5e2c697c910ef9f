/**
 * Review (111008), feedback (111009), bypass (111010), openIMIS's claim/services.py: selections of
 * Checked claims (these ids, or a filter sampled by a random share, an amount, the diagnosis
 * average), a medical officer's adjustments per line (approved quantity and price, rejection with a
 * justification = reason -1), delivery (approved amounts recomputed, the valuation too when the
 * claim was processed), feedback answers, bypass. Version + CONFLICT, history.
 */
import { ErrorCodes as C, ClaimStatus, LineStatus, MAX_QUANTITY, RejectionReason, ReviewStatus } from '@kente/contract-claim';
import { parseMoney, toDecimal } from '@kente/contract-policy';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/engine.js';
import { parseId, updateEntity } from '../../../graphql/crud.js';
import { ErrorCodes, type UserError, userError } from '../../../graphql/errors.js';
import { writeHistory } from '../../../graphql/history.js';
import { bumpVersion, lockRow } from '../../../platform/rows.js';
import { idsInScope } from '../../../platform/scope.js';
import type { ServiceCtx } from '../../../platform/service.js';
import { type ClaimFilter, claimFilterWhere } from '../search/claim.js';
import { claimDedRem, claimLines, claims } from '../tables.js';
import { CLAIM, type ClaimResult, type ClaimRow, linesHistory } from './claim.js';
import { SUBMITTED } from './duplicates.js';
import { valuate } from './process.js';

export interface SelectClaimsInput {
  ids?: readonly string[] | null;
  filter?: ClaimFilter | null;
  randomPercent?: number | null;
  aboveAmount?: string | null;
  aboveDiagnosisAverage?: number | null;
}
export interface SelectResult {
  selected: ClaimRow[];
  notSelected: number;
  errors: UserError[];
}

type Which = 'reviewStatus' | 'feedbackStatus';

/**
 * Selection for review or feedback: the ids given are Selected as they are; else the filter's
 * candidates (Checked, review/feedback Idle or Not selected, in the user's area) are sampled: a
 * random share, those claimed above an amount, (review) those above their main diagnosis's
 * average claimed by more than the % given; the candidates left are Not selected (openIMIS).
 */
async function selectClaims(ctx: ServiceCtx, which: Which, input: SelectClaimsInput): Promise<SelectResult> {
  const errors: UserError[] = [];
  const percent = input.randomPercent ?? 0;
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) errors.push(userError('randomPercent', ErrorCodes.outOfRange, 'A percentage from 0 to 100.'));
  const variance = input.aboveDiagnosisAverage;
  if (variance != null && (!Number.isInteger(variance) || variance < 0 || variance > 1000))
    errors.push(userError('aboveDiagnosisAverage', ErrorCodes.outOfRange, 'A percentage from 0 to 1000.'));
  if (variance != null && which === 'feedbackStatus')
    errors.push(userError('aboveDiagnosisAverage', ErrorCodes.invalid, 'Only a review is sampled by diagnosis.'));
  if (input.aboveAmount != null && !/^\d{1,16}(\.\d{1,2})?$/.test(input.aboveAmount))
    errors.push(userError('aboveAmount', ErrorCodes.invalid, 'A positive amount with at most 2 decimals.'));
  if (!input.ids && !input.filter) errors.push(userError('filter', ErrorCodes.required, 'Claims to select: their ids or a filter.'));
  if (errors.length) return { selected: [], notSelected: 0, errors };
  const column = claims[which];
  const open = inArray(column, [ReviewStatus.idle, ReviewStatus.notSelected]);

  return ctx.db.transaction(async (tx) => {
    const selected: ClaimRow[] = [];
    const mark = async (claim: ClaimRow, status: number) => {
      const after = await bumpVersion(tx, claims, claim.id, { [which]: status });
      await writeHistory(tx, ctx, { entityType: 'Claim', entityId: claim.id, action: 'UPDATE', before: claim, after });
      return after;
    };
    if (input.ids) {
      const ids = input.ids.map((id) => parseId(id));
      const inside = await idsInScope(
        ctx,
        'Claim',
        ids.filter((id): id is number => id !== null),
        'area',
      );
      for (const [i, id] of ids.entries()) {
        const claim = id !== null && inside.has(id) ? await lockRow(tx, claims, id) : undefined;
        if (!claim) {
          errors.push(userError(`ids.${i}`, id !== null && !inside.has(id) ? ErrorCodes.forbidden : ErrorCodes.notFound, 'Claim not found in your area.'));
        } else if (claim.status !== ClaimStatus.checked || (claim[which] !== ReviewStatus.idle && claim[which] !== ReviewStatus.notSelected)) {
          errors.push(userError(`ids.${i}`, C.wrongStatus, `Claim ${claim.code} is not a checked claim waiting for selection.`));
        } else selected.push(await mark(claim, ReviewStatus.selected));
      }
      return { selected, notSelected: 0, errors };
    }
    const where = and(await claimFilterWhere(ctx, input.filter, 'area'), eq(claims.status, ClaimStatus.checked), open);
    const candidates = await tx.select().from(claims).where(where).orderBy(asc(claims.id)).for('update');
    const averages = new Map<number, bigint>();
    if (variance != null && candidates.length) {
      const diagnoses = [...new Set(candidates.map((c) => c.diagnosisId))];
      const rows = await tx
        .select({ diagnosisId: claims.diagnosisId, average: sql<string>`round(avg(${claims.claimed}), 2)::text` })
        .from(claims)
        .where(and(inArray(claims.diagnosisId, diagnoses), inArray(claims.status, SUBMITTED)))
        .groupBy(claims.diagnosisId);
      for (const r of rows) averages.set(r.diagnosisId, (parseMoney(r.average) * BigInt(100 + variance)) / 100n);
    }
    const above = input.aboveAmount != null ? parseMoney(input.aboveAmount) : null;
    let notSelected = 0;
    for (const claim of candidates) {
      const claimed = parseMoney(claim.claimed);
      const average = averages.get(claim.diagnosisId);
      const pick = (above !== null && claimed > above) || (average !== undefined && claimed > average) || Math.random() * 100 < percent;
      if (pick) selected.push(await mark(claim, ReviewStatus.selected));
      else if (claim[which] !== ReviewStatus.notSelected) {
        await mark(claim, ReviewStatus.notSelected);
        notSelected++;
      } else notSelected++;
    }
    return { selected, notSelected, errors };
  });
}

export const selectClaimsForReview = (ctx: ServiceCtx, input: SelectClaimsInput) => selectClaims(ctx, 'reviewStatus', input);
export const selectClaimsForFeedback = (ctx: ServiceCtx, input: SelectClaimsInput) => selectClaims(ctx, 'feedbackStatus', input);

/** A review changes a submitted claim whose review is not delivered and whose relative lines no batch run priced. */
function reviewable(claim: ClaimRow): UserError[] {
  if (!SUBMITTED.includes(claim.status)) return [userError(null, C.wrongStatus, 'Only a submitted claim that passed is reviewed.')];
  if (claim.reviewStatus === ReviewStatus.delivered) return [userError(null, C.wrongStatus, 'The review of this claim was delivered.')];
  if (claim.batchRunId !== null) return [userError(null, C.wrongStatus, 'A batch run priced this claim: it is closed.')];
  return [];
}

export interface ReviewLineInput {
  lineNo: number;
  quantityApproved?: string | null;
  priceApproved?: string | null;
  rejected?: boolean | null;
  justification?: string | null;
}

/**
 * 111008: the medical officer's approved quantity and price per line (absent = unchanged), a line
 * rejected with a justification (reason -1; `rejected: false` restores a line the review rejected),
 * the remark; approved amount recomputed. Lines the checks rejected stay rejected.
 */
export async function saveClaimReview(
  ctx: ServiceCtx,
  input: { id: string; version: number; remark?: string | null; lines: readonly ReviewLineInput[] },
): Promise<ClaimResult> {
  const values: Partial<typeof claims.$inferInsert> = {};
  const result = await updateEntity<ClaimRow>(ctx, {
    ...CLAIM,
    id: input.id,
    version: input.version,
    values,
    validate: async (tx, existing) => {
      const refused = reviewable(existing);
      if (refused.length) return refused;
      const stored = await tx.select().from(claimLines).where(eq(claimLines.claimId, existing.id)).orderBy(asc(claimLines.lineNo));
      const errors: UserError[] = [];
      const changes = new Map<number, Partial<typeof claimLines.$inferInsert>>();
      for (const [i, l] of input.lines.entries()) {
        const field = `lines.${i}`;
        const line = stored.find((s) => s.lineNo === l.lineNo);
        if (!line) {
          errors.push(userError(`${field}.lineNo`, ErrorCodes.notFound, `The claim has no line ${l.lineNo}.`));
          continue;
        }
        if (line.status === LineStatus.rejected && line.rejectionReason !== RejectionReason.medicalOfficer) {
          errors.push(userError(field, C.wrongStatus, `Line ${l.lineNo} was rejected by the checks (reason ${line.rejectionReason}).`));
          continue;
        }
        const change: Partial<typeof claimLines.$inferInsert> = {};
        for (const [key, value, max] of [
          ['quantityApproved', l.quantityApproved, BigInt(MAX_QUANTITY) * 10_000n],
          ['priceApproved', l.priceApproved, 10n ** 16n * 10_000n],
        ] as const) {
          if (value == null) continue;
          if (!/^\d{1,16}(\.\d{1,2})?$/.test(value))
            errors.push(userError(`${field}.${key}`, ErrorCodes.invalid, 'A positive amount with at most 2 decimals.'));
          else if (parseMoney(value) > max) errors.push(userError(`${field}.${key}`, ErrorCodes.outOfRange, 'Too large.'));
          else change[key] = value;
        }
        // the reviewer's price: valuation keeps it whatever the product's price origin
        if (change.priceApproved !== undefined) change.priceReviewed = change.priceApproved;
        if (l.justification !== undefined) change.justification = l.justification?.trim() || null;
        if (l.rejected === true) {
          if (!(l.justification ?? line.justification)?.trim())
            errors.push(userError(`${field}.justification`, ErrorCodes.required, 'A rejected line needs a justification.'));
          Object.assign(change, { status: LineStatus.rejected, rejectionReason: RejectionReason.medicalOfficer });
        } else if (l.rejected === false && line.status === LineStatus.rejected) {
          Object.assign(change, { status: LineStatus.passed, rejectionReason: RejectionReason.accepted });
        }
        changes.set(line.id, change);
      }
      if (errors.length) return errors;
      for (const [id, change] of changes) if (Object.keys(change).length) await tx.update(claimLines).set(change).where(eq(claimLines.id, id));
      const after = await tx.select().from(claimLines).where(eq(claimLines.claimId, existing.id)).orderBy(asc(claimLines.lineNo));
      await linesHistory(tx, ctx, existing.id, stored, after);
      values.approved = approvedOf(after);
      if (input.remark !== undefined) values.reviewRemark = input.remark?.trim() || null;
      return [];
    },
  });
  return { ...result, warnings: [] };
}

/** Σ approved quantity × approved price of the passed lines. */
function approvedOf(lines: readonly (typeof claimLines.$inferSelect)[]): string {
  let total = 0n;
  for (const l of lines)
    if (l.status === LineStatus.passed) total += (parseMoney(l.quantityApproved ?? l.quantity) * parseMoney(l.priceApproved ?? l.priceAsked)) / 10_000n;
  return toDecimal(total);
}

/**
 * 111008: review Delivered; approved amount recomputed; every line rejected → the claim Rejected
 * (reason -1, its valuation amounts withdrawn); a Processed or Valuated claim valuated again with the
 * reviewed quantities and prices.
 */
export async function deliverClaimReview(ctx: ServiceCtx, input: { id: string; version: number }): Promise<ClaimResult> {
  const values: Partial<typeof claims.$inferInsert> = {};
  const result = await updateEntity<ClaimRow>(ctx, {
    ...CLAIM,
    id: input.id,
    version: input.version,
    values,
    validate: async (tx: Tx, existing) => {
      const refused = reviewable(existing);
      if (refused.length) return refused;
      const lines = await tx.select().from(claimLines).where(eq(claimLines.claimId, existing.id));
      values.reviewStatus = ReviewStatus.delivered;
      values.approved = approvedOf(lines);
      if (!lines.some((l) => l.status === LineStatus.passed)) {
        Object.assign(values, { status: ClaimStatus.rejected, rejectionReason: RejectionReason.medicalOfficer, valuated: null, remunerated: null });
        await tx.delete(claimDedRem).where(eq(claimDedRem.claimId, existing.id));
      } else if (existing.status !== ClaimStatus.checked) {
        Object.assign(values, await valuate(tx, { ...existing, reviewStatus: ReviewStatus.delivered }));
      }
      return [];
    },
  });
  return { ...result, warnings: [] };
}

export interface FeedbackInput {
  id: string;
  version: number;
  careRendered: boolean;
  paymentAsked: boolean;
  drugPrescribed: boolean;
  drugReceived: boolean;
  assessment: number;
  feedbackDate?: string | null;
}

/** 111009: the insuree's answers on a claim selected for feedback → Delivered. */
export async function deliverClaimFeedback(ctx: ServiceCtx, input: FeedbackInput): Promise<ClaimResult> {
  const values: Partial<typeof claims.$inferInsert> = {};
  const result = await updateEntity<ClaimRow>(ctx, {
    ...CLAIM,
    id: input.id,
    version: input.version,
    values,
    validate: async (_tx, existing) => {
      if (existing.feedbackStatus !== ReviewStatus.selected) return [userError(null, C.wrongStatus, 'This claim is not selected for feedback.')];
      if (!Number.isInteger(input.assessment) || input.assessment < 0 || input.assessment > 5)
        return [userError('assessment', ErrorCodes.outOfRange, 'An assessment from 0 to 5.')];
      const today = new Date().toISOString().slice(0, 10);
      const date = input.feedbackDate ?? today;
      if (date > today) return [userError('feedbackDate', C.dateInFuture, 'The feedback date is in the future.')];
      if (date < existing.visitFrom) return [userError('feedbackDate', C.dateBeforeStart, 'The feedback date is before the visit.')];
      Object.assign(values, {
        careRendered: input.careRendered,
        paymentAsked: input.paymentAsked,
        drugPrescribed: input.drugPrescribed,
        drugReceived: input.drugReceived,
        assessment: input.assessment,
        feedbackDate: date,
        feedbackStatus: ReviewStatus.delivered,
      });
      return [];
    },
  });
  return { ...result, warnings: [] };
}

/** 111010: a Selected review and/or feedback → Bypassed, each claim (in the user's area) on its own. */
export async function bypassClaims(
  ctx: ServiceCtx,
  input: { ids: readonly string[]; review?: boolean | null; feedback?: boolean | null },
): Promise<{ claims: ClaimRow[]; errors: UserError[] }> {
  const which: Which[] = [...((input.review ?? true) ? (['reviewStatus'] as const) : []), ...(input.feedback ? (['feedbackStatus'] as const) : [])];
  const ids = input.ids.map((id) => parseId(id));
  const inside = await idsInScope(
    ctx,
    'Claim',
    ids.filter((id): id is number => id !== null),
    'area',
  );
  const out: { claims: ClaimRow[]; errors: UserError[] } = { claims: [], errors: [] };
  for (const [i, id] of ids.entries()) {
    if (id === null || !inside.has(id)) {
      out.errors.push(userError(`ids.${i}`, id === null ? ErrorCodes.notFound : ErrorCodes.forbidden, 'Claim not found in your area.'));
      continue;
    }
    const done = await ctx.db.transaction(async (tx) => {
      const claim = await lockRow(tx, claims, id);
      if (!claim) return userError(`ids.${i}`, ErrorCodes.notFound, 'Claim not found.');
      const change: Partial<Record<Which, number>> = {};
      for (const w of which) if (claim[w] === ReviewStatus.selected) change[w] = ReviewStatus.bypassed;
      if (!Object.keys(change).length) return userError(`ids.${i}`, C.wrongStatus, `Claim ${claim.code} has nothing selected to bypass.`);
      const after = await bumpVersion(tx, claims, claim.id, change);
      await writeHistory(tx, ctx, { entityType: 'Claim', entityId: claim.id, action: 'UPDATE', before: claim, after });
      return after;
    });
    if ('field' in done) out.errors.push(done);
    else out.claims.push(done);
  }
  return out;
}
