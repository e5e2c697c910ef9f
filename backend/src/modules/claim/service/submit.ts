/**
 * Submission (111007): openIMIS's checks in openIMIS's order (@kente/contract-claim checkClaim) on
 * what the database says of the claim: its facility and price lists, the insuree, the policies in
 * force at the target date that cover them (the policy contract's inForceAt and coveredMembers,
 * as the eligibility enquiry), their products' covered lines and maxima, and what the insuree's
 * other submitted claims used; then hook `claim.submitting`; Checked or Rejected, lines with their
 * reasons, one transaction per claim. Also what claims used of a policy (`policy.eligibility`).
 */
import {
  CATEGORY_MAXIMA,
  type CheckLine,
  type CheckPolicy,
  ClaimStatus,
  ClaimWarningCodes,
  checkClaim,
  claimOutcome,
  type LineOutcome,
  LineStatus,
  type RejectionReason,
  type ServiceCategory,
  targetDate,
} from '@kente/contract-claim';
import { coveredMembers, inForceAt, type LimitUsage, parseMoney, toDecimal } from '@kente/contract-policy';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../../db/engine.js';
import type { SessionUser } from '../../../graphql/context.js';
import { parseId } from '../../../graphql/crud.js';
import { ErrorCodes, type UserError, UserErrors, userError } from '../../../graphql/errors.js';
import { writeHistory } from '../../../graphql/history.js';
import { runHook } from '../../../platform/hooks.js';
import { bumpVersion, lockRow } from '../../../platform/rows.js';
import { idsInScope } from '../../../platform/scope.js';
import type { ServiceCtx } from '../../../platform/service.js';
import { insurees } from '../../insuree/tables.js';
import { healthFacilities, medicalItems, medicalServices, priceListItems, priceListServices } from '../../medical/tables.js';
import { policies, productItems, productServices, products } from '../../policy/tables.js';
import { claimLines, claims } from '../tables.js';
import { type ClaimLineRow, type ClaimRow, type ClaimWarning, guaranteePolicy, guaranteeTaken } from './claim.js';
import { duplicatedServices, othersPassedLines } from './duplicates.js';

declare module '../../../platform/hooks.js' {
  interface HookPoints {
    /**
     * A claim being submitted, after openIMIS's checks and before its outcome is stored, in the same
     * transaction: a handler (another domain's step: fraud scoring, a local rule) rejects lines with
     * `reject(lineIndex, reason)`, or answers user errors that refuse the submission of this claim.
     */
    'claim.submitting': {
      tx: Tx;
      user: SessionUser | null;
      claim: ClaimRow;
      lines: readonly ClaimLineRow[];
      outcomes: readonly LineOutcome[];
      reject: (lineIndex: number, reason: RejectionReason) => void;
    };
  }
}

/** What a submission needs of the request: who submits (history), the composition's config (guarantee numbers). */
export type SubmitCtx = Pick<ServiceCtx, 'user' | 'moduleConfig'>;

const lineKey = (kind: string, id: number | null) => `${kind}:${id ?? 0}`;

interface Gathered {
  input: Parameters<typeof checkClaim>[0];
  warnings: ClaimWarning[];
}

/** The policies of the insuree's family in force at `date` that cover them, latest expiry first (as the eligibility enquiry). */
async function coveringPolicies(tx: DbOrTx, insuree: typeof insurees.$inferSelect, date: string) {
  const rows = await tx
    .select({ policy: policies, product: products })
    .from(policies)
    .innerJoin(products, eq(products.id, policies.productId))
    .where(eq(policies.familyId, insuree.familyId))
    .orderBy(desc(policies.expiryDate), desc(policies.id));
  const members = await tx.select().from(insurees).where(eq(insurees.familyId, insuree.familyId)).orderBy(asc(insurees.id));
  return rows.filter((r) => inForceAt(r.policy, date) && coveredMembers(r.product, members, r.policy).some((m) => m.id === insuree.id));
}

/** What the claim checks need, read in the claim's transaction. */
async function gather(ctx: SubmitCtx, tx: Tx, claim: ClaimRow, lines: readonly ClaimLineRow[]): Promise<Gathered> {
  const warnings: ClaimWarning[] = [];
  const [facility] = await tx.select().from(healthFacilities).where(eq(healthFacilities.id, claim.healthFacilityId));
  const [insuree] = await tx.select().from(insurees).where(eq(insurees.id, claim.insureeId));
  const target = targetDate(claim);
  const serviceIds = lines.flatMap((l) => (l.serviceId ? [l.serviceId] : []));
  const itemIds = lines.flatMap((l) => (l.itemId ? [l.itemId] : []));
  const services = serviceIds.length
    ? await tx
        .select({ row: medicalServices, listed: priceListServices.serviceId })
        .from(medicalServices)
        .leftJoin(
          priceListServices,
          and(eq(priceListServices.serviceId, medicalServices.id), eq(priceListServices.priceListId, facility?.servicePriceListId ?? 0)),
        )
        .where(inArray(medicalServices.id, serviceIds))
    : [];
  const items = itemIds.length
    ? await tx
        .select({ row: medicalItems, listed: priceListItems.itemId })
        .from(medicalItems)
        .leftJoin(priceListItems, and(eq(priceListItems.itemId, medicalItems.id), eq(priceListItems.priceListId, facility?.itemPriceListId ?? 0)))
        .where(inArray(medicalItems.id, itemIds))
    : [];
  const catalogue = new Map<string, { careType: string; category: string | null; patientCategory: number; frequency: number | null; listed: boolean }>([
    ...services.map((s) => [lineKey('S', s.row.id), { ...s.row, listed: s.listed !== null }] as const),
    ...items.map((i) => [lineKey('I', i.row.id), { ...i.row, category: null, listed: i.listed !== null }] as const),
  ]);

  const inForce = insuree ? await coveringPolicies(tx, insuree, target) : [];
  const policyIds = inForce.map((r) => r.policy.id);
  const productIds = [...new Set(inForce.map((r) => r.product.id))];
  const coveredServices =
    productIds.length && serviceIds.length
      ? await tx
          .select()
          .from(productServices)
          .where(and(inArray(productServices.productId, productIds), inArray(productServices.serviceId, serviceIds)))
      : [];
  const coveredItems =
    productIds.length && itemIds.length
      ? await tx
          .select()
          .from(productItems)
          .where(and(inArray(productItems.productId, productIds), inArray(productItems.itemId, itemIds)))
      : [];

  // the insuree's other submitted claims: passed lines on these policies (quantities), categories, dates
  const others = othersPassedLines(claim.insureeId, claim.id);
  const used = policyIds.length
    ? await tx
        .select({
          policyId: claimLines.policyId,
          kind: claimLines.kind,
          serviceId: claimLines.serviceId,
          itemId: claimLines.itemId,
          quantity: sql<string>`sum(coalesce(${claimLines.quantityApproved}, ${claimLines.quantity}))`,
        })
        .from(claimLines)
        .innerJoin(claims, eq(claims.id, claimLines.claimId))
        .where(and(others, inArray(claimLines.policyId, policyIds)))
        .groupBy(claimLines.policyId, claimLines.kind, claimLines.serviceId, claimLines.itemId)
    : [];
  const categories = policyIds.length
    ? await tx
        .select({ policyId: claimLines.policyId, category: claims.category, n: sql<number>`count(distinct ${claims.id})::int` })
        .from(claimLines)
        .innerJoin(claims, eq(claims.id, claimLines.claimId))
        .where(and(others, inArray(claimLines.policyId, policyIds)))
        .groupBy(claimLines.policyId, claims.category)
    : [];
  const frequencyIds = services.filter((s) => s.row.frequency).map((s) => s.row.id);
  const frequencyItems = items.filter((i) => i.row.frequency).map((i) => i.row.id);
  const previous =
    frequencyIds.length || frequencyItems.length
      ? await tx
          .select({
            kind: claimLines.kind,
            serviceId: claimLines.serviceId,
            itemId: claimLines.itemId,
            date: sql<string>`coalesce(${claims.visitTo}, ${claims.visitFrom})::text`,
          })
          .from(claimLines)
          .innerJoin(claims, eq(claims.id, claimLines.claimId))
          .where(
            and(
              others,
              sql`(${claimLines.serviceId} = any(${`{${frequencyIds.join(',')}}`}::int[]) or ${claimLines.itemId} = any(${`{${frequencyItems.join(',')}}`}::int[]))`,
            ),
          )
      : [];
  // reason 6: the same service for the same insuree on overlapping visit dates in another submitted claim
  const duplicated = await duplicatedServices(tx, { id: claim.id, insureeId: claim.insureeId, visitFrom: claim.visitFrom, visitTo: target }, serviceIds);

  let duplicateGuarantee = false;
  if (claim.guaranteeNo && (await guaranteeTaken(tx, claim.guaranteeNo, claim.id))) {
    if (guaranteePolicy(ctx) === 'refuse') duplicateGuarantee = true;
    else warnings.push({ code: ClaimWarningCodes.duplicateGuarantee, message: 'Another claim already has this guarantee number.' });
  }

  const checkPolicies: CheckPolicy[] = inForce.map(({ policy, product }) => {
    const covered = new Map<string, (typeof coveredServices)[number] | (typeof coveredItems)[number]>([
      ...coveredServices.filter((c) => c.productId === product.id).map((c) => [lineKey('S', c.serviceId), c] as const),
      ...coveredItems.filter((c) => c.productId === product.id).map((c) => [lineKey('I', c.itemId), c] as const),
    ]);
    const usedCategories: Partial<Record<ServiceCategory, number>> = {};
    for (const c of categories.filter((x) => x.policyId === policy.id)) {
      const category = (c.category ?? 'V') as ServiceCategory;
      usedCategories[category] = (usedCategories[category] ?? 0) + Number(c.n);
    }
    return {
      id: policy.id,
      productId: product.id,
      stage: policy.stage,
      effectiveDate: policy.effectiveDate && policy.effectiveDate > policy.startDate ? policy.effectiveDate : policy.startDate,
      maxima: Object.fromEntries(CATEGORY_MAXIMA.map((m) => [m.field, product[m.field]])),
      covered,
      usedQuantity: new Map(used.filter((u) => u.policyId === policy.id).map((u) => [lineKey(u.kind, u.serviceId ?? u.itemId), u.quantity])),
      usedCategories,
    };
  });
  const checkLines: CheckLine[] = lines.map((line) => {
    const refId = line.serviceId ?? line.itemId ?? 0;
    const known = catalogue.get(lineKey(line.kind, refId));
    return {
      kind: line.kind === 'I' ? 'I' : 'S',
      refId,
      known: Boolean(known),
      inPriceList: known?.listed ?? false,
      careType: known?.careType ?? 'B',
      category: known?.category ?? null,
      patientCategory: known?.patientCategory ?? null,
      frequency: known?.frequency ?? null,
      previousDates: previous.filter((p) => p.kind === line.kind && (p.serviceId ?? p.itemId) === refId).map((p) => p.date),
      duplicate: line.kind === 'S' && line.serviceId !== null && duplicated.has(line.serviceId),
      quantity: line.quantity,
    };
  });
  return {
    input: {
      claim: { visitFrom: claim.visitFrom, visitTo: claim.visitTo, dateClaimed: claim.dateClaimed },
      facilityCareType: facility?.careType ?? 'B',
      insuree: insuree
        ? {
            gender: insuree.gender,
            birthDate: insuree.birthDate,
            joinedOn: insuree.createdAt.toISOString().slice(0, 10),
            deceasedOn: insuree.status === 'DECEASED' ? (insuree.statusDate ?? insuree.updatedAt.toISOString().slice(0, 10)) : null,
          }
        : null,
      policies: checkPolicies,
      lines: checkLines,
      duplicateGuarantee,
    },
    warnings,
  };
}

/** One claim's submission in its transaction: the checks, the hook, the outcome stored (version + 1, history). */
export async function submitOne(ctx: SubmitCtx, tx: Tx, claimId: number): Promise<{ claim: ClaimRow; warnings: ClaimWarning[] }> {
  const claim = await lockRow(tx, claims, claimId);
  if (!claim) throw new UserErrors([userError('ids', ErrorCodes.notFound, 'Claim not found.')]);
  if (claim.status !== ClaimStatus.entered)
    throw new UserErrors([userError('ids', 'WRONG_STATUS', `Claim ${claim.code} is not entered: it was submitted already.`)]);
  const lines = await tx.select().from(claimLines).where(eq(claimLines.claimId, claim.id)).orderBy(asc(claimLines.lineNo));
  const { input, warnings } = await gather(ctx, tx, claim, lines);
  const checked = checkClaim(input);
  const outcomes = [...checked.lines];
  const errors = await runHook('claim.submitting', {
    tx,
    user: ctx.user,
    claim,
    lines,
    outcomes,
    reject: (index, reason) => {
      if (outcomes[index]) outcomes[index] = { status: LineStatus.rejected, reason, quantityApproved: null, policyId: null, productId: null, reduced: false };
    },
  });
  if (errors.length) throw new UserErrors(errors);
  const stop = checked.status === ClaimStatus.rejected && checked.lines.every((l) => l.reason === checked.reason) ? checked.reason : undefined;
  const outcome = claimOutcome(outcomes, stop);
  let approved = 0n;
  for (const [i, line] of lines.entries()) {
    const o = outcomes[i];
    if (!o) continue;
    const passed = o.status === LineStatus.passed;
    if (passed) approved += (parseMoney(o.quantityApproved) * parseMoney(line.priceAsked)) / 10_000n;
    if (o.reduced)
      warnings.push({
        code: ClaimWarningCodes.quantityReduced,
        message: `Line ${line.lineNo}: the quantity was cut to ${o.quantityApproved}, what is left of the product's maximum.`,
        lineNo: line.lineNo,
      });
    await tx
      .update(claimLines)
      .set({
        status: o.status,
        rejectionReason: o.reason,
        quantityApproved: o.quantityApproved,
        priceApproved: passed ? line.priceAsked : null,
        policyId: o.policyId,
        productId: o.productId,
      })
      .where(eq(claimLines.id, line.id));
  }
  const after = await bumpVersion(tx, claims, claim.id, {
    status: outcome.status,
    rejectionReason: outcome.status === ClaimStatus.rejected ? outcome.reason : null,
    category: checked.category,
    approved: outcome.status === ClaimStatus.rejected ? '0.00' : toDecimal(approved),
    submittedAt: new Date(),
  });
  await writeHistory(tx, ctx, { entityType: 'Claim', entityId: claim.id, action: 'UPDATE', before: claim, after });
  return { claim: after, warnings };
}

export interface SubmitResult {
  submissions: { claim: ClaimRow; warnings: ClaimWarning[] }[];
  errors: UserError[];
}

/**
 * 111007: each claim (Entered, in the user's area) checked and stored in its own transaction, so one
 * claim's refusal (not Entered, outside the area, a hook's errors) leaves the others submitted;
 * errors name the claim's index (`ids.3`).
 */
export async function submitClaims(ctx: ServiceCtx, input: { ids: readonly string[] }): Promise<SubmitResult> {
  const ids = input.ids.map((id) => parseId(id));
  const inside = await idsInScope(
    ctx,
    'Claim',
    ids.filter((id): id is number => id !== null),
    'area',
  );
  const result: SubmitResult = { submissions: [], errors: [] };
  for (const [i, id] of ids.entries()) {
    if (id === null || !inside.has(id)) {
      result.errors.push(
        userError(`ids.${i}`, id === null ? ErrorCodes.notFound : ErrorCodes.forbidden, id === null ? 'Claim not found.' : 'This claim is outside your area.'),
      );
      continue;
    }
    try {
      result.submissions.push(await ctx.db.transaction((tx) => submitOne(ctx, tx, id)));
    } catch (error) {
      if (!(error instanceof UserErrors)) throw error;
      result.errors.push(...error.errors.map((e) => ({ ...e, field: e.field === 'ids' || !e.field ? `ids.${i}` : e.field })));
    }
  }
  return result;
}

/** `policy.eligibility`: the claims of categories counted against each policy's maxima (Checked, Processed, Valuated claims of the insuree). */
export async function usedByClaims(db: DbOrTx, insureeId: number, policyIds: readonly number[], used: Map<number, LimitUsage>): Promise<void> {
  if (!policyIds.length) return;
  const rows = await db
    .select({ policyId: claimLines.policyId, category: claims.category, n: sql<number>`count(distinct ${claims.id})::int` })
    .from(claimLines)
    .innerJoin(claims, eq(claims.id, claimLines.claimId))
    .where(and(othersPassedLines(insureeId, null), inArray(claimLines.policyId, [...policyIds])))
    .groupBy(claimLines.policyId, claims.category);
  for (const row of rows) {
    if (row.policyId === null) continue;
    const max = CATEGORY_MAXIMA.find((m) => m.category === (row.category ?? 'V'));
    if (!max) continue;
    const usage = used.get(row.policyId) ?? {};
    usage[max.field] = (usage[max.field] ?? 0) + Number(row.n);
    used.set(row.policyId, usage);
  }
}
