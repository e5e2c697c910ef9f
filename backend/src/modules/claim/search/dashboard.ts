/**
 * The claim domain's dashboard (mf-claim's cards on mf-reports' dashboard): the claims whose visit
 * started in the period (claims_visit_from_idx), of the facilities of the filter's location, with a
 * line the product covers; inside the user's scope (`Claim`, through the facility). By status,
 * amounts claimed and valuated per month, rejected lines by openIMIS reason, the ten commonest main
 * diagnoses, and timeliness: average days from the end of the visit to the claim date, to its
 * submission and to its valuation. Right: 131202 (claims' primary operational indicators) or 131213
 * (claims overview), or 131200.
 */
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../../graphql/context.js';
import { type DashboardFilter, type DashboardScope, dashboardScope, everyMonth, monthOf } from '../../../platform/dashboard.js';
import { locationAndBelow, scopeWhere } from '../../../platform/scope.js';
import { Rights } from '../../core/rights.js';
import { diagnoses, healthFacilities } from '../../medical/tables.js';
import { claimLines, claims } from '../tables.js';

export const CLAIM_DASHBOARD_RIGHTS = [Rights.reportPrimaryIndicatorsClaims, Rights.reportClaimOverview];
/** How many diagnoses `topDiagnoses` answers. */
export const TOP_DIAGNOSES = 10;

export const claimDashboard = (ctx: Ctx, args: { filter: DashboardFilter }) => dashboardScope(ctx, args.filter, CLAIM_DASHBOARD_RIGHTS);

/** The claims the filter names. */
async function claimWhere(ctx: Ctx, scope: DashboardScope): Promise<SQL | undefined> {
  return and(
    sql`${claims.visitFrom} between ${scope.from} and ${scope.to}`,
    scope.locationId === null
      ? undefined
      : sql`${claims.healthFacilityId} in (select ${healthFacilities.id} from ${healthFacilities} where ${healthFacilities.locationId} in ${locationAndBelow(scope.locationId)})`,
    scope.productId === null
      ? undefined
      : sql`exists (select 1 from ${claimLines} where ${claimLines.claimId} = ${claims.id} and ${claimLines.productId} = ${scope.productId})`,
    await scopeWhere(ctx, 'Claim'),
  );
}

const money = (expr: SQL) => sql<string>`round(coalesce(${expr}, 0), 2)::text`;

export interface StatusCount {
  status: number;
  claims: number;
  claimed: string;
}

/** Claims and their claimed amount per status (1 Rejected, 2 Entered, 4 Checked, 8 Processed, 16 Valuated), statuses with claims only. */
export async function byStatus(ctx: Ctx, scope: DashboardScope): Promise<StatusCount[]> {
  const rows = await ctx.db
    .select({ status: claims.status, claims: sql<number>`count(*)::int`, claimed: money(sql`sum(${claims.claimed})`) })
    .from(claims)
    .where(await claimWhere(ctx, scope))
    .groupBy(claims.status)
    .orderBy(claims.status);
  return rows.map((r) => ({ status: r.status, claims: Number(r.claims), claimed: r.claimed }));
}

export interface AmountMonth {
  month: string;
  claims: number;
  claimed: string;
  valuated: string;
}

/** Per month of the visit: claims, the amount claimed, the amount valuated (Valuated and Processed claims). */
export async function amounts(ctx: Ctx, scope: DashboardScope): Promise<AmountMonth[]> {
  const month = monthOf(claims.visitFrom);
  const rows = await ctx.db
    .select({
      month: month.label,
      claims: sql<number>`count(*)::int`,
      claimed: money(sql`sum(${claims.claimed})`),
      valuated: money(sql`sum(${claims.valuated})`),
    })
    .from(claims)
    .where(await claimWhere(ctx, scope))
    .groupBy(month.key);
  return everyMonth(
    scope,
    rows.map((r) => ({ ...r, claims: Number(r.claims) })),
    (m) => ({ month: m, claims: 0, claimed: '0.00', valuated: '0.00' }),
  );
}

export interface RejectionCount {
  reason: number;
  lines: number;
  claims: number;
}

/**
 * Rejected lines per openIMIS reason (-1 medical officer, 1-21 the checks), most frequent first, with
 * the claims they are on. Counted per claim and reason first (claim_lines_rejected_idx holds the
 * rejected lines): a count(distinct claim) per reason sorted a year's rejected lines.
 */
export async function rejections(ctx: Ctx, scope: DashboardScope): Promise<RejectionCount[]> {
  const reason = sql<number>`coalesce(${claimLines.rejectionReason}, 0)`;
  const perClaim = ctx.db
    .select({ reason: reason.as('reason'), lines: sql<number>`count(*)`.as('lines') })
    .from(claimLines)
    .innerJoin(claims, eq(claims.id, claimLines.claimId))
    .where(and(eq(claimLines.status, 2), await claimWhere(ctx, scope)))
    .groupBy(claimLines.claimId, reason)
    .as('per_claim');
  const lines = sql<number>`sum(${perClaim.lines})`;
  const rows = await ctx.db
    .select({ reason: perClaim.reason, lines: sql<number>`${lines}::int`, claims: sql<number>`count(*)::int` })
    .from(perClaim)
    .groupBy(perClaim.reason)
    .orderBy(desc(lines), perClaim.reason);
  return rows.map((r) => ({ reason: Number(r.reason), lines: Number(r.lines), claims: Number(r.claims) }));
}

export interface DiagnosisCount {
  diagnosisId: number;
  code: string;
  name: string;
  claims: number;
}

/**
 * The ten main diagnoses with the most claims (then by code). Counted per diagnosis first, named
 * after: joining the names to every claim before grouping sorted a year's claims (2.5 times slower).
 */
export async function topDiagnoses(ctx: Ctx, scope: DashboardScope): Promise<DiagnosisCount[]> {
  const counted = ctx.db
    .select({ diagnosisId: claims.diagnosisId, claims: sql<number>`count(*)::int`.as('claims') })
    .from(claims)
    .where(await claimWhere(ctx, scope))
    .groupBy(claims.diagnosisId)
    .as('counted');
  const rows = await ctx.db
    .select({ diagnosisId: counted.diagnosisId, code: diagnoses.code, name: diagnoses.name, claims: counted.claims })
    .from(counted)
    .innerJoin(diagnoses, eq(diagnoses.id, counted.diagnosisId))
    .orderBy(desc(counted.claims), diagnoses.code)
    .limit(TOP_DIAGNOSES);
  return rows.map((r) => ({ ...r, claims: Number(r.claims) }));
}

export type DelayStep = 'CLAIM' | 'SUBMISSION' | 'VALUATION';
export interface Delay {
  step: DelayStep;
  claims: number;
  averageDays: number | null;
}

/**
 * Average days from the end of the visit (visit to, else from) to the claim date (every claim), to
 * its submission (submitted claims) and to its valuation (Valuated and Processed claims); days of
 * timestamps are UTC days. One decimal.
 */
export async function timeliness(ctx: Ctx, scope: DashboardScope): Promise<Delay[]> {
  const end = sql`coalesce(${claims.visitTo}, ${claims.visitFrom})`;
  const days = (stamp: SQL | unknown) => sql`((${stamp} at time zone 'UTC')::date - ${end})`;
  const [row] = await ctx.db
    .select({
      claimed: sql<number>`count(*)::int`,
      toClaim: sql<string | null>`round(avg(${claims.dateClaimed} - ${end}), 1)::text`,
      submitted: sql<number>`count(${claims.submittedAt})::int`,
      toSubmission: sql<string | null>`round(avg(${days(claims.submittedAt)}), 1)::text`,
      valuated: sql<number>`count(${claims.processedAt})::int`,
      toValuation: sql<string | null>`round(avg(${days(claims.processedAt)}), 1)::text`,
    })
    .from(claims)
    .where(await claimWhere(ctx, scope));
  const avg = (value: string | null | undefined) => (value == null ? null : Number(value));
  return [
    { step: 'CLAIM', claims: Number(row?.claimed ?? 0), averageDays: avg(row?.toClaim) },
    { step: 'SUBMISSION', claims: Number(row?.submitted ?? 0), averageDays: avg(row?.toSubmission) },
    { step: 'VALUATION', claims: Number(row?.valuated ?? 0), averageDays: avg(row?.toValuation) },
  ];
}
