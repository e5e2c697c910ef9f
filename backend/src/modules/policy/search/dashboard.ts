/**
 * The policy domain's dashboard (mf-policy's cards on mf-reports' dashboard): enrolments per month,
 * policies in force and the insurees they cover, contributions collected against the value of the
 * policies enrolled. Aggregated in SQL (one grouped query per figure), inside the user's scope,
 * filtered by the family's location and the product. Rights: 131201 (policies' primary operational
 * indicators) for enrolments and coverage, 131204 (contribution collection) for contributions;
 * 131200 opens both (platform/dashboard.ts).
 */
import { and, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../../graphql/context.js';
import { type DashboardFilter, type DashboardScope, dashboardScope, everyMonth, monthOf, requireDashboardRight } from '../../../platform/dashboard.js';
import { locationAndBelow, scopeWhere } from '../../../platform/scope.js';
import { Rights } from '../../core/rights.js';
import { families, insurees } from '../../insuree/tables.js';
import { today } from '../service/policy.js';
import { policies, premiums } from '../tables.js';

export const ENROLMENT_RIGHTS = [Rights.reportPrimaryIndicatorsPolicies];
export const CONTRIBUTION_RIGHTS = [Rights.reportContributionCollection];
export const POLICY_DASHBOARD_RIGHTS = [...ENROLMENT_RIGHTS, ...CONTRIBUTION_RIGHTS];

export const policyDashboard = (ctx: Ctx, args: { filter: DashboardFilter }) => dashboardScope(ctx, args.filter, POLICY_DASHBOARD_RIGHTS);

/** Families of the filter's location (none: no condition). */
const familiesIn = (scope: DashboardScope, familyId: SQL | unknown): SQL | undefined =>
  scope.locationId === null
    ? undefined
    : sql`${familyId} in (select ${families.id} from ${families} where ${families.villageId} in ${locationAndBelow(scope.locationId)})`;

/** The policies the filter names: its product, its location, the user's scope. */
async function policyWhere(ctx: Ctx, scope: DashboardScope): Promise<SQL | undefined> {
  return and(
    scope.productId === null ? undefined : sql`${policies.productId} = ${scope.productId}`,
    familiesIn(scope, policies.familyId),
    await scopeWhere(ctx, 'Policy'),
  );
}

/** In force on `date` (contract-policy's inForceAt): Active or Expired as stored, from its effective (or start) date to its expiry. */
const inForceOn = (date: string) =>
  sql`${policies.status} in (2, 8) and greatest(coalesce(${policies.effectiveDate}, ${policies.startDate}), ${policies.startDate}) <= ${date} and ${policies.expiryDate} >= ${date}`;

export interface EnrolmentMonth {
  month: string;
  newPolicies: number;
  renewals: number;
}

/** Policies enrolled per month of the period (stage N new, R renewal): policies_enrol_date_idx. */
export async function enrolments(ctx: Ctx, scope: DashboardScope): Promise<EnrolmentMonth[]> {
  requireDashboardRight(ctx, ENROLMENT_RIGHTS);
  const month = monthOf(policies.enrolDate);
  const rows = await ctx.db
    .select({
      month: month.label,
      newPolicies: sql<number>`(count(*) filter (where ${policies.stage} = 'N'))::int`,
      renewals: sql<number>`(count(*) filter (where ${policies.stage} = 'R'))::int`,
    })
    .from(policies)
    .where(and(sql`${policies.enrolDate} between ${scope.from} and ${scope.to}`, await policyWhere(ctx, scope)))
    .groupBy(month.key);
  return everyMonth(
    scope,
    rows.map((r) => ({ month: r.month, newPolicies: Number(r.newPolicies), renewals: Number(r.renewals) })),
    (m) => ({ month: m, newPolicies: 0, renewals: 0 }),
  );
}

export interface Coverage {
  date: string;
  activePolicies: number;
  insurees: number;
  covered: number;
  rate: number | null;
}

/**
 * On the period's last day (today when it ends later): the policies in force, the insurees (not
 * deceased) of the location, and those of them whose family holds a policy in force (of the
 * product); rate = covered / insurees.
 */
export async function coverage(ctx: Ctx, scope: DashboardScope): Promise<Coverage> {
  requireDashboardRight(ctx, ENROLMENT_RIGHTS);
  const now = today();
  const date = [scope.to, now].sort()[0] ?? now;
  const where = await policyWhere(ctx, scope);
  const livingHere = and(sql`${insurees.status} <> 'DECEASED'`, familiesIn(scope, insurees.familyId), await scopeWhere(ctx, 'Insuree'));
  const [policyRow] = await ctx.db
    .select({ count: sql<number>`count(*)::int` })
    .from(policies)
    .where(and(inForceOn(date), where));
  const [insureeRow] = await ctx.db
    .select({
      insurees: sql<number>`count(*)::int`,
      covered: sql<number>`(count(*) filter (where exists (select 1 from ${policies} where ${policies.familyId} = ${insurees.familyId} and ${and(inForceOn(date), where)})))::int`,
    })
    .from(insurees)
    .where(livingHere);
  const total = Number(insureeRow?.insurees ?? 0);
  const covered = Number(insureeRow?.covered ?? 0);
  return {
    date,
    activePolicies: Number(policyRow?.count ?? 0),
    insurees: total,
    covered,
    rate: total ? Math.round((covered / total) * 10_000) / 10_000 : null,
  };
}

export interface ContributionMonth {
  month: string;
  collected: string;
  expected: string;
}

const money = (expr: SQL) => sql<string>`round(coalesce(${expr}, 0), 2)::text`;

/**
 * Per month: contributions paid (pay date in the month, photo fees excluded: premiums_pay_date_idx)
 * against the value of the policies enrolled that month (policies_enrol_date_idx).
 */
export async function contributions(ctx: Ctx, scope: DashboardScope): Promise<ContributionMonth[]> {
  requireDashboardRight(ctx, CONTRIBUTION_RIGHTS);
  const where = await policyWhere(ctx, scope);
  const paidMonth = monthOf(premiums.payDate);
  const enrolMonth = monthOf(policies.enrolDate);
  const [paid, expected] = await Promise.all([
    ctx.db
      .select({ month: paidMonth.label, amount: money(sql`sum(${premiums.amount})`) })
      .from(premiums)
      .innerJoin(policies, sql`${policies.id} = ${premiums.policyId}`)
      .where(and(sql`${premiums.payDate} between ${scope.from} and ${scope.to}`, sql`not ${premiums.isPhotoFee}`, where))
      .groupBy(paidMonth.key),
    ctx.db
      .select({ month: enrolMonth.label, amount: money(sql`sum(${policies.value})`) })
      .from(policies)
      .where(and(sql`${policies.enrolDate} between ${scope.from} and ${scope.to}`, where))
      .groupBy(enrolMonth.key),
  ]);
  const paidBy = new Map(paid.map((r) => [r.month, r.amount]));
  const expectedBy = new Map(expected.map((r) => [r.month, r.amount]));
  return everyMonth(scope, [], (month) => ({ month, collected: paidBy.get(month) ?? '0.00', expected: expectedBy.get(month) ?? '0.00' }));
}
