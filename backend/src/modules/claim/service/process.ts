/**
 * Valuation (process, 111011): each Checked claim valuated in its own transaction by
 * @kente/contract-claim's `valuateClaim` on what the database says: the covering products' lines
 * (price origin, limits by visit type, ceiling exclusions), their deductibles, ceilings and category
 * amounts, the members each policy covers, and what the other valuated claims on the policies
 * deducted and got (`claim_ded_rem`, never this claim's own). The policies are locked, so two claims
 * processed at once on one policy cannot both spend its ceiling. Valuated, or Processed when a
 * relative-price line waits for the batch run. Also the `policy.eligibility` amounts.
 */
import { ClaimStatus, isInPatient, LineStatus, type PreviousAmounts, ReviewStatus, targetDate, type ValuationCover, valuateClaim } from '@kente/contract-claim';
import { addMonths, coveredMembers, DEFAULT_AGE_OF_MAJORITY, type LimitUsage, parseMoney, toDecimal } from '@kente/contract-policy';
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../../db/engine.js';
import { parseId } from '../../../graphql/crud.js';
import { ErrorCodes, type UserError, UserErrors, userError } from '../../../graphql/errors.js';
import { writeHistory } from '../../../graphql/history.js';
import { bumpVersion, lockRow } from '../../../platform/rows.js';
import { idsInScope } from '../../../platform/scope.js';
import type { ServiceCtx } from '../../../platform/service.js';
import { insurees } from '../../insuree/tables.js';
import { healthFacilities } from '../../medical/tables.js';
import { policies, productItems, productServices, products } from '../../policy/tables.js';
import { claimDedRem, claimLines, claims } from '../tables.js';
import type { ClaimRow } from './claim.js';

type Kind = 'G' | 'IP' | 'OP';
const lineKey = (kind: string, id: number | null) => `${kind}:${id ?? 0}`;

/** What the other claims on these policies deducted and got: per policy, of anyone and of this insuree, by kind. */
async function previousAmounts(tx: DbOrTx, claimId: number, insureeId: number, policyIds: readonly number[]) {
  const rows = policyIds.length
    ? await tx
        .select({
          policyId: claimDedRem.policyId,
          kind: claimDedRem.kind,
          insureeId: claimDedRem.insureeId,
          deducted: sql<string>`sum(${claimDedRem.deducted})`,
          remunerated: sql<string>`sum(${claimDedRem.remunerated})`,
        })
        .from(claimDedRem)
        .where(and(inArray(claimDedRem.policyId, [...policyIds]), ne(claimDedRem.claimId, claimId)))
        .groupBy(claimDedRem.policyId, claimDedRem.kind, claimDedRem.insureeId)
    : [];
  const empty = (): PreviousAmounts => ({ deducted: { G: '0', IP: '0', OP: '0' }, remunerated: { G: '0', IP: '0', OP: '0' } });
  const add = (a: PreviousAmounts, kind: Kind, deducted: string, remunerated: string) => {
    a.deducted[kind] = sumDecimal(a.deducted[kind], deducted);
    a.remunerated[kind] = sumDecimal(a.remunerated[kind], remunerated);
  };
  const result = new Map<number, { insuree: PreviousAmounts; policy: PreviousAmounts }>();
  for (const row of rows) {
    const entry = result.get(row.policyId) ?? { insuree: empty(), policy: empty() };
    const kind = row.kind as Kind;
    add(entry.policy, kind, row.deducted, row.remunerated);
    if (row.insureeId === insureeId) add(entry.insuree, kind, row.deducted, row.remunerated);
    result.set(row.policyId, entry);
  }
  return result;
}

function sumDecimal(a: string | number | null | undefined, b: string): string {
  return toDecimal(parseMoney(a) + parseMoney(b));
}
/**
 * Valuates one claim in `tx` (the claim row already locked by the caller): lines, claim_ded_rem,
 * the claim's amounts and status. Used by processing and by a delivered review of a valuated claim.
 */
export async function valuate(tx: Tx, claim: ClaimRow): Promise<Pick<ClaimRow, 'status' | 'valuated' | 'remunerated'>> {
  const lines = await tx.select().from(claimLines).where(eq(claimLines.claimId, claim.id)).orderBy(asc(claimLines.lineNo));
  const passed = lines.filter((l) => l.status === LineStatus.passed && l.policyId !== null && l.productId !== null);
  const policyIds = [...new Set(passed.map((l) => l.policyId as number))].sort((a, b) => a - b);
  // lock the policies (id order): their ceilings are spent one claim at a time
  for (const id of policyIds) await lockRow(tx, policies, id);
  const policyRows = policyIds.length
    ? await tx
        .select({ policy: policies, product: products })
        .from(policies)
        .innerJoin(products, eq(products.id, policies.productId))
        .where(inArray(policies.id, policyIds))
    : [];
  const productIds = [...new Set(passed.map((l) => l.productId as number))];
  const serviceIds = passed.flatMap((l) => (l.serviceId ? [l.serviceId] : []));
  const itemIds = passed.flatMap((l) => (l.itemId ? [l.itemId] : []));
  const covers = new Map<string, ValuationCover>();
  if (productIds.length && serviceIds.length)
    for (const c of await tx
      .select()
      .from(productServices)
      .where(and(inArray(productServices.productId, productIds), inArray(productServices.serviceId, serviceIds))))
      covers.set(`${c.productId}/${lineKey('S', c.serviceId)}`, c);
  if (productIds.length && itemIds.length)
    for (const c of await tx
      .select()
      .from(productItems)
      .where(and(inArray(productItems.productId, productIds), inArray(productItems.itemId, itemIds))))
      covers.set(`${c.productId}/${lineKey('I', c.itemId)}`, c);

  const [insuree] = await tx.select().from(insurees).where(eq(insurees.id, claim.insureeId));
  const [facility] = await tx.select().from(healthFacilities).where(eq(healthFacilities.id, claim.healthFacilityId));
  const members = insuree ? await tx.select().from(insurees).where(eq(insurees.familyId, insuree.familyId)) : [];
  const adult = insuree ? insuree.birthDate <= addMonths(targetDate(claim), -12 * DEFAULT_AGE_OF_MAJORITY) : true;
  const previous = await previousAmounts(tx, claim.id, claim.insureeId, policyIds);
  const hospitalFor = (interpretation: string) => (interpretation === 'H' ? facility?.level === 'H' : isInPatient(claim));
  const reviewed = claim.reviewStatus === ReviewStatus.delivered;

  const valuation = valuateClaim({
    visitType: claim.visitType,
    adult,
    hospital: isInPatient(claim),
    category: claim.category,
    policies: policyRows.map(({ policy, product }) => ({
      id: policy.id,
      product,
      members: coveredMembers(product, members, policy).length,
      hospital: hospitalFor(product.ceilingInterpretation),
      ...previous.get(policy.id),
    })),
    lines: lines.map((line) => {
      const ok = line.status === LineStatus.passed && line.productId !== null;
      return {
        policyId: ok ? line.policyId : null,
        cover: ok ? (covers.get(`${line.productId}/${lineKey(line.kind, line.serviceId ?? line.itemId)}`) ?? null) : null,
        quantity: line.quantity,
        quantityApproved: line.quantityApproved,
        priceAsked: line.priceAsked,
        priceList: line.priceList,
        // a delivered review's price is the medical officer's: kept
        priceReviewed: reviewed ? line.priceReviewed : null,
      };
    }),
  });
  for (const [i, line] of lines.entries()) {
    const v = valuation.lines[i];
    const cover = v ? covers.get(`${line.productId}/${lineKey(line.kind, line.serviceId ?? line.itemId)}`) : undefined;
    await tx
      .update(claimLines)
      .set({
        priceAdjusted: v?.priceAdjusted ?? null,
        deductible: v?.deductible ?? null,
        exceedCeiling: v?.exceedCeiling ?? null,
        priceValuated: v?.priceValuated ?? null,
        remunerated: v?.remunerated ?? null,
        priceOrigin: cover?.priceOrigin ?? null,
      })
      .where(eq(claimLines.id, line.id));
  }
  await tx.delete(claimDedRem).where(eq(claimDedRem.claimId, claim.id));
  if (valuation.policies.length)
    await tx.insert(claimDedRem).values(
      valuation.policies.map((p) => ({
        claimId: claim.id,
        policyId: p.policyId,
        insureeId: claim.insureeId,
        kind: p.kind,
        deducted: p.deducted,
        remunerated: p.remunerated,
      })),
    );
  return {
    status: valuation.relative ? ClaimStatus.processed : ClaimStatus.valuated,
    valuated: valuation.valuated,
    remunerated: valuation.relative ? null : valuation.remunerated,
  };
}

/** Processes one Checked claim: valuated, review/feedback still Selected → Bypassed (openIMIS), version + 1, history. */
export async function processOne(ctx: Pick<ServiceCtx, 'user'>, tx: Tx, claimId: number): Promise<ClaimRow> {
  const claim = await lockRow(tx, claims, claimId);
  if (!claim) throw new UserErrors([userError('ids', ErrorCodes.notFound, 'Claim not found.')]);
  if (claim.status !== ClaimStatus.checked)
    throw new UserErrors([userError('ids', 'WRONG_STATUS', `Claim ${claim.code} is not checked: only a submitted claim that passed is processed.`)]);
  const amounts = await valuate(tx, claim);
  const after = await bumpVersion(tx, claims, claim.id, {
    ...amounts,
    processedAt: new Date(),
    reviewStatus: claim.reviewStatus === ReviewStatus.selected ? ReviewStatus.bypassed : claim.reviewStatus,
    feedbackStatus: claim.feedbackStatus === ReviewStatus.selected ? ReviewStatus.bypassed : claim.feedbackStatus,
  });
  await writeHistory(tx, ctx, { entityType: 'Claim', entityId: claim.id, action: 'UPDATE', before: claim, after });
  return after;
}

export interface ProcessResult {
  claims: ClaimRow[];
  errors: UserError[];
}

/** 111011: each claim (Checked, in the user's area) in its own transaction; errors name the claim's index (`ids.3`). */
export async function processClaims(ctx: ServiceCtx, input: { ids: readonly string[] }): Promise<ProcessResult> {
  const ids = input.ids.map((id) => parseId(id));
  const inside = await idsInScope(
    ctx,
    'Claim',
    ids.filter((id): id is number => id !== null),
    'area',
  );
  const result: ProcessResult = { claims: [], errors: [] };
  for (const [i, id] of ids.entries()) {
    if (id === null || !inside.has(id)) {
      result.errors.push(
        userError(`ids.${i}`, id === null ? ErrorCodes.notFound : ErrorCodes.forbidden, id === null ? 'Claim not found.' : 'This claim is outside your area.'),
      );
      continue;
    }
    try {
      result.claims.push(await ctx.db.transaction((tx) => processOne(ctx, tx, id)));
    } catch (error) {
      if (!(error instanceof UserErrors)) throw error;
      result.errors.push(...error.errors.map((e) => ({ ...e, field: e.field === 'ids' || !e.field ? `ids.${i}` : e.field })));
    }
  }
  return result;
}

/**
 * `policy.eligibility` amounts: what valuated claims deducted and got on each policy, of this insuree
 * (the insuree deductible and ceiling fields) and of anyone (the policy fields), by G / IP / OP.
 */
export async function amountsUsedByClaims(db: DbOrTx, insureeId: number, policyIds: readonly number[], used: Map<number, LimitUsage>): Promise<void> {
  const previous = await previousAmounts(db, 0, insureeId, policyIds);
  const fields = {
    G: { dedInsuree: 'dedInsuree', dedPolicy: 'dedPolicy', maxInsuree: 'maxInsuree', maxPolicy: 'maxPolicy' },
    IP: { dedInsuree: 'dedIpInsuree', dedPolicy: 'dedIpPolicy', maxInsuree: 'maxIpInsuree', maxPolicy: 'maxIpPolicy' },
    OP: { dedInsuree: 'dedOpInsuree', dedPolicy: 'dedOpPolicy', maxInsuree: 'maxOpInsuree', maxPolicy: 'maxOpPolicy' },
  } as const;
  for (const [policyId, amounts] of previous) {
    const usage = used.get(policyId) ?? {};
    for (const kind of ['G', 'IP', 'OP'] as const) {
      const f = fields[kind];
      usage[f.dedInsuree] = amounts.insuree.deducted[kind];
      usage[f.dedPolicy] = amounts.policy.deducted[kind];
      usage[f.maxInsuree] = amounts.insuree.remunerated[kind];
      usage[f.maxPolicy] = amounts.policy.remunerated[kind];
    }
    used.set(policyId, usage);
  }
}
