/**
 * Relative pricing batch runs (111101-111102) and the products' relative distributions, rules from
 * @kente/contract-claim (batch.ts): one run per location (null = national) and month, in one
 * transaction; per product of that location with a distribution share for the run's period: the
 * allocated contributions of its policies, the valuated relative lines of Processed claims of the
 * location's facilities whose visit ended in the period, the index, applied to those lines; a claim
 * with no relative line left unpriced becomes Valuated with the run's id.
 */
import {
  allocatedShare,
  applyIndex,
  ErrorCodes as C,
  ClaimStatus,
  DISTRIBUTION_PERIODS,
  type DistributionPeriod,
  distributionPeriod,
  LineStatus,
  monthOver,
  PERIOD_COUNT,
  relativeIndex,
} from '@kente/contract-claim';
import { parseMoney, toDecimal } from '@kente/contract-policy';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/engine.js';
import { parseId } from '../../../graphql/crud.js';
import { ErrorCodes, type UserError, UserErrors, userError } from '../../../graphql/errors.js';
import { writeHistory } from '../../../graphql/history.js';
import { bumpVersion } from '../../../platform/rows.js';
import { locationAndBelow, outOfScope, scopeWhere } from '../../../platform/scope.js';
import type { ServiceCtx } from '../../../platform/service.js';
import { policies, premiums, products } from '../../policy/tables.js';
import { claimBatchIndexes, claimBatchRuns, claimLines, claimRelativeDistributions, claims } from '../tables.js';

export type BatchRunRow = typeof claimBatchRuns.$inferSelect;
export type BatchIndexRow = typeof claimBatchIndexes.$inferSelect;
export type DistributionRow = typeof claimRelativeDistributions.$inferSelect;

/** 111101: the run for a location and month; refused when the month is not over or was run already (`ALREADY_RUN`). */
export async function runClaimBatch(
  ctx: ServiceCtx,
  input: { locationId?: string | null; year: number; month: number },
): Promise<{ run: BatchRunRow | null; errors: UserError[] }> {
  const errors: UserError[] = [];
  const locationId = input.locationId ? parseId(input.locationId) : null;
  if (input.locationId && locationId === null) errors.push(userError('locationId', ErrorCodes.notFound, 'Location not found.'));
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    errors.push(userError('year', ErrorCodes.outOfRange, 'A year from 2000 to 2100.'));
  if (!Number.isInteger(input.month) || input.month < 1 || input.month > 12) errors.push(userError('month', ErrorCodes.outOfRange, 'A month from 1 to 12.'));
  if (errors.length) return { run: null, errors };
  const today = new Date().toISOString().slice(0, 10);
  if (!monthOver(input.year, input.month, today)) return { run: null, errors: [userError('month', C.dateInFuture, 'The month is not over yet.')] };
  // a national run is for national users; a location's for users whose area holds it
  const national = !ctx.user?.locationIds?.length && ctx.user?.healthFacilityId == null;
  const outside = locationId === null ? !national : (await outOfScope(ctx, 'Location', locationId, 'area')) !== null;
  if (outside) return { run: null, errors: [userError('locationId', ErrorCodes.forbidden, 'This location is outside your area.')] };

  try {
    const run = await ctx.db.transaction(async (tx) => {
      const same = and(
        locationId === null ? isNull(claimBatchRuns.locationId) : eq(claimBatchRuns.locationId, locationId),
        eq(claimBatchRuns.year, input.year),
        eq(claimBatchRuns.month, input.month),
      );
      const [done] = await tx.select({ id: claimBatchRuns.id }).from(claimBatchRuns).where(same);
      if (done)
        throw new UserErrors([userError('month', C.alreadyRun, `The batch for ${input.year}-${String(input.month).padStart(2, '0')} was run already.`)]);
      const [row] = await tx
        .insert(claimBatchRuns)
        .values({ locationId, year: input.year, month: input.month, runBy: ctx.user?.id ?? null })
        .returning();
      if (!row) throw new Error('batch run not stored');
      return priceRun(ctx, tx, row);
    });
    return { run, errors: [] };
  } catch (error) {
    if (error instanceof UserErrors) return { run: null, errors: error.errors };
    // the unique period index: a concurrent run of the same period
    if (String((error as { code?: unknown })?.code ?? (error as { cause?: { code?: unknown } })?.cause?.code) === '23505')
      return { run: null, errors: [userError('month', C.alreadyRun, 'The batch for this month was run already.')] };
    throw error;
  }
}

async function priceRun(ctx: ServiceCtx, tx: Tx, run: BatchRunRow): Promise<BatchRunRow> {
  const productRows = await tx
    .select()
    .from(products)
    .where(run.locationId === null ? isNull(products.locationId) : eq(products.locationId, run.locationId))
    .orderBy(asc(products.id));
  const distributions = productRows.length
    ? await tx
        .select()
        .from(claimRelativeDistributions)
        .where(
          inArray(
            claimRelativeDistributions.productId,
            productRows.map((p) => p.id),
          ),
        )
    : [];
  const facilities =
    run.locationId === null
      ? undefined
      : sql`${claims.healthFacilityId} in (select id from health_facilities where location_id in ${locationAndBelow(run.locationId)})`;
  const touched = new Set<number>();
  let paid = 0n;
  for (const product of productRows) {
    const share = distributions
      .filter((d) => d.productId === product.id)
      .map((d) => ({ d, period: distributionPeriod(d.period as DistributionPeriod, run.year, run.month) }))
      .find((x) => x.period && x.period.number === x.d.number);
    if (!share?.period) continue;
    const period = share.period;
    // allocated contributions: each policy's premiums by the days of the policy inside the period
    const paidPolicies = await tx
      .select({
        from: sql<string>`coalesce(${policies.effectiveDate}, ${policies.startDate})::text`,
        to: sql<string>`${policies.expiryDate}::text`,
        amount: sql<string>`coalesce(sum(${premiums.amount}), 0)::text`,
      })
      .from(policies)
      .innerJoin(premiums, and(eq(premiums.policyId, policies.id), eq(premiums.isPhotoFee, false)))
      .where(and(eq(policies.productId, product.id), sql`${policies.startDate} <= ${period.to}`, sql`${policies.expiryDate} >= ${period.from}`))
      .groupBy(policies.id);
    const allocated = paidPolicies.reduce((sum, p) => sum + allocatedShare(p.amount, p, period), 0n);
    const lines = await tx
      .select({ id: claimLines.id, claimId: claimLines.claimId, priceValuated: claimLines.priceValuated })
      .from(claimLines)
      .innerJoin(claims, eq(claims.id, claimLines.claimId))
      .where(
        and(
          eq(claimLines.productId, product.id),
          eq(claimLines.priceOrigin, 'R'),
          eq(claimLines.status, LineStatus.passed),
          isNull(claimLines.remunerated),
          eq(claims.status, ClaimStatus.processed),
          sql`coalesce(${claims.visitTo}, ${claims.visitFrom}) between ${period.from} and ${period.to}`,
          facilities,
        ),
      );
    const valuated = lines.reduce((sum, l) => sum + parseMoney(l.priceValuated), 0n);
    const index = relativeIndex(toDecimal(allocated), share.d.percent, toDecimal(valuated));
    await tx.insert(claimBatchIndexes).values({
      runId: run.id,
      productId: product.id,
      allocated: toDecimal(allocated),
      distribution: share.d.percent,
      valuated: toDecimal(valuated),
      index,
    });
    for (const line of lines) {
      const remunerated = applyIndex(line.priceValuated, index);
      paid += parseMoney(remunerated);
      await tx.update(claimLines).set({ remunerated }).where(eq(claimLines.id, line.id));
      touched.add(line.claimId);
    }
  }
  // claims whose relative lines are all priced: Valuated, with their paid total
  let count = 0;
  for (const claimId of [...touched].sort((a, b) => a - b)) {
    const [claim] = await tx.select().from(claims).where(eq(claims.id, claimId)).for('update');
    if (!claim) continue;
    const lines = await tx
      .select()
      .from(claimLines)
      .where(and(eq(claimLines.claimId, claimId), eq(claimLines.status, LineStatus.passed)));
    if (lines.some((l) => l.remunerated === null)) continue;
    const after = await bumpVersion(tx, claims, claimId, {
      status: ClaimStatus.valuated,
      remunerated: toDecimal(lines.reduce((sum, l) => sum + parseMoney(l.remunerated), 0n)),
      batchRunId: run.id,
    });
    await writeHistory(tx, ctx, { entityType: 'Claim', entityId: claimId, action: 'UPDATE', before: claim, after });
    count++;
  }
  const [stored] = await tx
    .update(claimBatchRuns)
    .set({ claims: count, remunerated: toDecimal(paid) })
    .where(eq(claimBatchRuns.id, run.id))
    .returning();
  return stored ?? run;
}

/** 111102: the runs, latest first, of the user's area (national users: all; others: their locations' runs). */
export async function listBatchRuns(ctx: ServiceCtx, args: { locationId?: string | null; year?: number | null }) {
  const locationId = args.locationId ? parseId(args.locationId) : null;
  const area = await scopeWhere(ctx, 'Location');
  return ctx.db
    .select()
    .from(claimBatchRuns)
    .where(
      and(
        args.locationId ? eq(claimBatchRuns.locationId, locationId ?? 0) : undefined,
        args.year ? eq(claimBatchRuns.year, args.year) : undefined,
        area ? sql`${claimBatchRuns.locationId} in (select id from locations where ${area})` : undefined,
      ),
    )
    .orderBy(desc(claimBatchRuns.year), desc(claimBatchRuns.month), desc(claimBatchRuns.id))
    .limit(500);
}

export async function indexesOfRun(ctx: Pick<ServiceCtx, 'db'>, runId: number): Promise<BatchIndexRow[]> {
  return ctx.db.select().from(claimBatchIndexes).where(eq(claimBatchIndexes.runId, runId)).orderBy(asc(claimBatchIndexes.productId));
}

/**
 * A product's relative distribution (121003, the product's area): the period type and its shares
 * (12 for M, 4 for Q, 1 for Y), each 0-100 %, at most 100 % in all; replaces the product's shares.
 */
export async function setRelativeDistribution(
  ctx: ServiceCtx,
  input: { productId: string; period: string; percents: readonly string[] },
): Promise<{ distribution: DistributionRow[]; errors: UserError[] }> {
  const productId = parseId(input.productId);
  const errors: UserError[] = [];
  if (!DISTRIBUTION_PERIODS.includes(input.period as DistributionPeriod)) errors.push(userError('period', ErrorCodes.invalid, 'M, Q or Y.'));
  else if (input.percents.length !== PERIOD_COUNT[input.period as DistributionPeriod])
    errors.push(userError('percents', ErrorCodes.invalid, `${PERIOD_COUNT[input.period as DistributionPeriod]} shares for period ${input.period}.`));
  let total = 0n;
  input.percents.forEach((p, i) => {
    if (!/^\d{1,3}(\.\d{1,4})?$/.test(p) || parseMoney(p) > parseMoney('100'))
      errors.push(userError(`percents.${i}`, ErrorCodes.outOfRange, 'A share from 0 to 100 %.'));
    else total += parseMoney(p);
  });
  if (!errors.length && total > parseMoney('100')) errors.push(userError('percents', ErrorCodes.outOfRange, 'The shares add up to more than 100 %.'));
  if (errors.length) return { distribution: [], errors };
  return ctx.db.transaction(async (tx) => {
    const [product] = productId ? await tx.select().from(products).where(eq(products.id, productId)).for('update') : [];
    if (!product) return { distribution: [], errors: [userError('productId', ErrorCodes.notFound, 'Product not found.')] };
    const before = await tx.select().from(claimRelativeDistributions).where(eq(claimRelativeDistributions.productId, product.id));
    await tx.delete(claimRelativeDistributions).where(eq(claimRelativeDistributions.productId, product.id));
    const rows = await tx
      .insert(claimRelativeDistributions)
      .values(input.percents.map((percent, i) => ({ productId: product.id, period: input.period, number: i + 1, percent })))
      .returning();
    await writeHistory(tx, ctx, {
      entityType: 'RelativeDistribution',
      entityId: product.id,
      action: before.length ? 'UPDATE' : 'CREATE',
      before: before.length ? { shares: before.map(({ period, number, percent }) => ({ period, number, percent })) } : null,
      after: { shares: rows.map(({ period, number, percent }) => ({ period, number, percent })) },
    });
    return { distribution: rows.sort((a, b) => a.number - b.number), errors: [] };
  });
}

export async function distributionOf(ctx: Pick<ServiceCtx, 'db'>, productId: number): Promise<DistributionRow[]> {
  return ctx.db
    .select()
    .from(claimRelativeDistributions)
    .where(eq(claimRelativeDistributions.productId, productId))
    .orderBy(asc(claimRelativeDistributions.number));
}
