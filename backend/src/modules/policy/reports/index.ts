/**
 * The policy domain's reports (issue 12; OPENIMIS-RULES.md section 7): premium collection, payment
 * category overview, contributions distribution, product sales, policy renewals, policies primary
 * operational indicators and products derived operational indicators. A policy (and its
 * contributions) is where its family lives: the `Policy` / `Premium` scopes keep to the user's area
 * and a region / district parameter narrows to the villages inside it.
 */
import { type SQL, sql } from 'drizzle-orm';
import {
  areaOf,
  areaParams,
  checkMonthQuarter,
  defineReport,
  type FullText,
  keysetRows,
  L,
  monthColumn,
  monthSeries,
  NOTHING,
  optionLabel,
  optionsOf,
  P,
  type ParamValues,
  periodAreaParams,
  periodRange,
  queryRow,
  queryRows,
  type ReportCtx,
  type ReportParam,
  type ReportRow,
  scopeSql,
  villageChain,
  when,
  withinLocation,
  yearParams,
} from '../../../platform/report.js';
import { Rights } from '../../core/rights.js';

/** The contributions' payment types in the console's words (mf-policy `contribution.payTypes`). */
const PAY_TYPES = {
  B: { en: 'Bank transfer', fr: 'Virement bancaire', sw: 'Uhamisho wa benki' },
  C: { en: 'Cash', fr: 'Espèces', sw: 'Fedha taslimu' },
  M: { en: 'Mobile money', fr: 'Paiement mobile', sw: 'Pesa kwa simu' },
  F: { en: 'Funding', fr: 'Financement', sw: 'Ufadhili' },
} satisfies Record<string, FullText>;
const payTypeParam: ReportParam = {
  name: 'payType',
  type: 'enum',
  options: optionsOf(PAY_TYPES),
  label: { en: 'Payment type', fr: 'Type de paiement', sw: 'Aina ya malipo' },
};

/** Policies in the area, the location (their family's village) and the product. */
async function policyFilter(ctx: ReportCtx, v: ParamValues): Promise<SQL> {
  return sql`${await scopeSql(ctx, 'Policy')}
    and ${withinLocation(sql`f.village_id`, areaOf(v))}
    ${when(v.productId, (id) => sql`and policies.product_id = ${id}`)}
    ${when(v.officerId, (id) => sql`and policies.officer_id = ${id}`)}`;
}
const POLICY_FROM = sql`policies join families f on f.id = policies.family_id join products pr on pr.id = policies.product_id`;
const PREMIUM_FROM = sql`premiums join policies on policies.id = premiums.policy_id join families f on f.id = policies.family_id join products pr on pr.id = policies.product_id`;

const amount = { key: 'amount', type: 'money', label: L.amount } as const;
const product = { key: 'product', type: 'text', label: L.product } as const;
const region = { key: 'region', type: 'text', label: L.region } as const;
const district = { key: 'district', type: 'text', label: L.district } as const;
const headNumber = {
  key: 'insuranceNumber',
  type: 'text',
  label: { en: 'Head’s insurance number', fr: 'Numéro d’assuré du chef', sw: 'Namba ya bima ya mkuu' },
} as const;

type Keyed = { id: number } & Record<string, string | number | null>;

export const premiumCollection = defineReport({
  name: 'premium_collection',
  right: Rights.reportContributionCollection,
  title: { en: 'Premium collection', fr: 'Collecte des contributions', sw: 'Ukusanyaji wa michango' },
  params: [...periodAreaParams, P.productId, payTypeParam],
  columns: [
    { key: 'payDate', type: 'date', label: { en: 'Paid on', fr: 'Payé le', sw: 'Tarehe ya malipo' } },
    { key: 'receipt', type: 'text', label: { en: 'Receipt', fr: 'Reçu', sw: 'Risiti' } },
    { key: 'payType', type: 'text', label: payTypeParam.label },
    region,
    district,
    product,
    headNumber,
    amount,
  ],
  async *rows(ctx, v) {
    const where = await premiumWhere(ctx, v);
    for await (const row of keysetRows<Keyed>(async (after, limit) => {
      const result = await ctx.db.execute<Keyed>(sql`
        select premiums.id, premiums.pay_date as "payDate", premiums.receipt, premiums.pay_type as "payType", lr.name as region, ld.name as district, pr.code as product,
          h.insurance_number as "insuranceNumber", premiums.amount
        from ${PREMIUM_FROM} ${villageChain(sql`f.village_id`)}
          left join insurees h on h.id = f.head_insuree_id
        where ${where} ${after ? sql`and (premiums.pay_date, premiums.id) > (${after.payDate}::date, ${after.id})` : NOTHING}
        order by premiums.pay_date, premiums.id limit ${limit}`);
      return result.rows;
    })) {
      yield { ...row, payType: optionLabel(payTypeParam.options, row.payType, ctx.lang) };
    }
  },
  async totals(ctx, v) {
    return queryRow(ctx, sql`select coalesce(sum(premiums.amount), 0) as amount from ${PREMIUM_FROM} where ${await premiumWhere(ctx, v)}`);
  },
  async count(ctx, v) {
    const row = await queryRow(ctx, sql`select count(*)::int as n from ${PREMIUM_FROM} where ${await premiumWhere(ctx, v)}`);
    return Number(row.n ?? 0);
  },
});

async function premiumWhere(ctx: ReportCtx, v: ParamValues): Promise<SQL> {
  return sql`premiums.pay_date between ${v.dateFrom}::date and ${v.dateTo}::date ${when(v.payType, (t) => sql`and premiums.pay_type = ${t}`)}
    and ${await scopeSql(ctx, 'Premium')} and ${await policyFilter(ctx, v)}`;
}

export const paymentCategoryOverview = defineReport({
  name: 'payment_category_overview',
  right: Rights.reportPaymentCategoryOverview,
  title: { en: 'Payment category overview', fr: 'Aperçu par catégorie de paiement', sw: 'Muhtasari wa aina za malipo' },
  params: [...periodAreaParams, P.productId],
  columns: [
    { key: 'productCode', type: 'text', label: { en: 'Product code', fr: 'Code du produit', sw: 'Msimbo wa bidhaa' } },
    product,
    { key: 'contributions', type: 'integer', label: { en: 'Contributions', fr: 'Contributions', sw: 'Michango' } },
    { key: 'bank', type: 'money', label: PAY_TYPES.B },
    { key: 'cash', type: 'money', label: PAY_TYPES.C },
    { key: 'mobile', type: 'money', label: PAY_TYPES.M },
    { key: 'funding', type: 'money', label: PAY_TYPES.F },
    { key: 'photoFees', type: 'money', label: { en: 'Photo fees', fr: 'Frais de photo', sw: 'Ada ya picha' } },
    amount,
  ],
  async *rows(ctx, v) {
    yield* queryRows(
      ctx,
      categoryQuery(sql`pr.code as "productCode", pr.name as product,`, sql`group by pr.id, pr.code, pr.name order by pr.code`, await premiumWhere(ctx, v)),
    );
  },
  async totals(ctx, v) {
    return queryRow(ctx, categoryQuery(NOTHING, NOTHING, await premiumWhere(ctx, v)));
  },
});

function categoryQuery(select: SQL, group: SQL, where: SQL): SQL {
  const by = (type: string) => sql`coalesce(sum(premiums.amount) filter (where premiums.pay_type = ${type}), 0)`;
  return sql`select ${select} count(*)::int as contributions, ${by('B')} as bank, ${by('C')} as cash, ${by('M')} as mobile, ${by('F')} as funding,
      coalesce(sum(premiums.amount) filter (where premiums.is_photo_fee), 0) as "photoFees", coalesce(sum(premiums.amount), 0) as amount
    from ${PREMIUM_FROM} where ${where} ${group}`;
}

/**
 * Contributions distribution: per month of the year, what was collected and what is earned: each
 * contribution spread over its policy's cover (start to expiry) in proportion to the days of the
 * month it covers (openIMIS allocates premiums over the insurance period the same way).
 */
export const contributionsDistribution = defineReport({
  name: 'contributions_distribution',
  right: Rights.reportContributionDistribution,
  title: { en: 'Contributions distribution', fr: 'Répartition des contributions', sw: 'Mgawanyo wa michango' },
  params: [...yearParams],
  check: checkMonthQuarter,
  columns: [
    monthColumn,
    { key: 'collected', type: 'money', label: { en: 'Collected', fr: 'Encaissé', sw: 'Kilichokusanywa' } },
    { key: 'allocated', type: 'money', label: { en: 'Allocated to the month', fr: 'Affecté au mois', sw: 'Kilichogawiwa kwa mwezi' } },
  ],
  async *rows(ctx, v) {
    const where = sql`not premiums.is_photo_fee and ${await scopeSql(ctx, 'Premium')} and ${await policyFilter(ctx, v)}`;
    const [from, to] = periodRange(Number(v.year));
    yield* queryRows(
      ctx,
      sql`with paid as (
          select premiums.amount, premiums.pay_date, policies.start_date, policies.expiry_date
          from ${PREMIUM_FROM}
          where ${where} and (premiums.pay_date < ${to}::date and policies.expiry_date >= ${from}::date)
        )
        select to_char(ms.d0, 'YYYY-MM') as month,
          coalesce(sum(paid.amount) filter (where paid.pay_date >= ms.d0 and paid.pay_date < ms.d1), 0) as collected,
          round(coalesce(sum(paid.amount * greatest(0, least(paid.expiry_date + 1, ms.d1) - greatest(paid.start_date, ms.d0))
            / greatest(1, paid.expiry_date + 1 - paid.start_date)), 0), 2) as allocated
        from ${monthSeries(v)} ms left join paid on true
        group by ms.m, ms.d0 order by ms.m`,
    );
  },
});

export const productSales = defineReport({
  name: 'product_sales',
  right: Rights.reportProductSales,
  title: { en: 'Product sales', fr: 'Ventes par produit', sw: 'Mauzo ya bidhaa' },
  params: [...periodAreaParams, P.productId],
  columns: [
    { key: 'productCode', type: 'text', label: { en: 'Product code', fr: 'Code du produit', sw: 'Msimbo wa bidhaa' } },
    product,
    region,
    district,
    { key: 'policies', type: 'integer', label: { en: 'Policies sold', fr: 'Polices vendues', sw: 'Sera zilizouzwa' } },
    { key: 'newPolicies', type: 'integer', label: { en: 'New', fr: 'Nouvelles', sw: 'Mpya' } },
    { key: 'renewals', type: 'integer', label: { en: 'Renewals', fr: 'Renouvellements', sw: 'Zilizohuishwa' } },
    { key: 'value', type: 'money', label: { en: 'Value', fr: 'Valeur', sw: 'Thamani' } },
  ],
  async *rows(ctx, v) {
    yield* queryRows(
      ctx,
      sql`select pr.code as "productCode", pr.name as product, lr.name as region, ld.name as district, count(*)::int as policies,
          count(*) filter (where policies.stage = 'N')::int as "newPolicies", count(*) filter (where policies.stage = 'R')::int as renewals, sum(policies.value) as value
        from ${POLICY_FROM} ${villageChain(sql`f.village_id`)}
        where policies.enrol_date between ${v.dateFrom}::date and ${v.dateTo}::date and ${await policyFilter(ctx, v)}
        group by pr.code, pr.name, lr.name, ld.name order by pr.code, lr.name, ld.name`,
    );
  },
  async totals(ctx, v) {
    return queryRow(
      ctx,
      sql`select count(*)::int as policies, count(*) filter (where policies.stage = 'N')::int as "newPolicies",
          count(*) filter (where policies.stage = 'R')::int as renewals, coalesce(sum(policies.value), 0) as value
        from ${POLICY_FROM} where policies.enrol_date between ${v.dateFrom}::date and ${v.dateTo}::date and ${await policyFilter(ctx, v)}`,
    );
  },
});

export const policyRenewals = defineReport({
  name: 'policy_renewals',
  right: Rights.reportRenewals,
  title: { en: 'Policy renewals', fr: 'Renouvellements de polices', sw: 'Uhuishaji wa sera' },
  params: [
    { ...P.dateFrom, label: { en: 'Expiring from', fr: 'Expirant du', sw: 'Zinazoisha kuanzia' } },
    { ...P.dateTo, label: { en: 'Expiring to', fr: 'Expirant au', sw: 'Zinazoisha hadi' } },
    ...areaParams,
    P.productId,
    P.officerId,
  ],
  columns: [
    { key: 'expiryDate', type: 'date', label: { en: 'Expires on', fr: 'Expire le', sw: 'Inaisha' } },
    headNumber,
    { key: 'head', type: 'text', label: { en: 'Head of family', fr: 'Chef de famille', sw: 'Mkuu wa familia' } },
    { key: 'village', type: 'text', label: { en: 'Village', fr: 'Village', sw: 'Kijiji' } },
    product,
    { key: 'officer', type: 'text', label: P.officerId.label },
    { key: 'renewed', type: 'text', label: { en: 'Renewed', fr: 'Renouvelée', sw: 'Imehuishwa' } },
    { key: 'renewalDate', type: 'date', label: { en: 'Renewal enrolled on', fr: 'Renouvellement le', sw: 'Tarehe ya uhuishaji' } },
  ],
  async *rows(ctx, v) {
    const where = sql`policies.expiry_date between ${v.dateFrom}::date and ${v.dateTo}::date and ${await policyFilter(ctx, v)}`;
    const yes = { en: 'Yes', fr: 'Oui', sw: 'Ndiyo' }[ctx.lang];
    const no = { en: 'No', fr: 'Non', sw: 'Hapana' }[ctx.lang];
    for await (const row of keysetRows<Keyed>(async (after, limit) => {
      const result = await ctx.db.execute<Keyed>(sql`
        select policies.id, policies.expiry_date as "expiryDate", h.insurance_number as "insuranceNumber", h.other_names || ' ' || h.last_name as head,
          lv.name as village, pr.code as product, u.username as officer, nx.enrol_date as "renewalDate"
        from ${POLICY_FROM} ${villageChain(sql`f.village_id`)} left join insurees h on h.id = f.head_insuree_id
          left join users u on u.id = policies.officer_id
          left join lateral (select n.enrol_date from policies n where n.previous_policy_id = policies.id order by n.id limit 1) nx on true
        where ${where} ${after ? sql`and (policies.expiry_date, policies.id) > (${after.expiryDate}::date, ${after.id})` : NOTHING}
        order by policies.expiry_date, policies.id limit ${limit}`);
      return result.rows;
    })) {
      yield { ...row, renewed: row.renewalDate ? yes : no };
    }
  },
});

export const policyPrimaryIndicators = defineReport({
  name: 'policy_primary_operational_indicators',
  right: Rights.reportPrimaryIndicatorsPolicies,
  title: { en: 'Policies primary operational indicators', fr: 'Indicateurs opérationnels primaires des polices', sw: 'Viashiria vya msingi vya sera' },
  params: [...yearParams],
  check: checkMonthQuarter,
  columns: [
    monthColumn,
    { key: 'newPolicies', type: 'integer', label: { en: 'New policies', fr: 'Nouvelles polices', sw: 'Sera mpya' } },
    { key: 'renewals', type: 'integer', label: { en: 'Renewals', fr: 'Renouvellements', sw: 'Zilizohuishwa' } },
    { key: 'expired', type: 'integer', label: { en: 'Expired', fr: 'Expirées', sw: 'Zilizoisha' } },
    { key: 'active', type: 'integer', label: { en: 'Active at month end', fr: 'Actives en fin de mois', sw: 'Hai mwisho wa mwezi' } },
    { key: 'insured', type: 'integer', label: { en: 'Insurees covered at month end', fr: 'Assurés couverts en fin de mois', sw: 'Wanachama waliolindwa' } },
    { key: 'collected', type: 'money', label: { en: 'Contributions collected', fr: 'Contributions encaissées', sw: 'Michango iliyokusanywa' } },
  ],
  async *rows(ctx, v) {
    const filter = await policyFilter(ctx, v);
    yield* queryRows(
      ctx,
      sql`select to_char(ms.d0, 'YYYY-MM') as month,
          (select count(*)::int from ${POLICY_FROM} where ${filter} and policies.stage = 'N' and policies.enrol_date >= ms.d0 and policies.enrol_date < ms.d1) as "newPolicies",
          (select count(*)::int from ${POLICY_FROM} where ${filter} and policies.stage = 'R' and policies.enrol_date >= ms.d0 and policies.enrol_date < ms.d1) as renewals,
          (select count(*)::int from ${POLICY_FROM} where ${filter} and policies.expiry_date >= ms.d0 and policies.expiry_date < ms.d1) as expired,
          (select count(*)::int from ${POLICY_FROM} where ${filter} and policies.status <> 1 and coalesce(policies.effective_date, policies.start_date) < ms.d1 and policies.expiry_date >= ms.d1 - 1) as active,
          (select count(distinct i.id)::int from ${POLICY_FROM} join insurees i on i.family_id = f.id
             where ${filter} and policies.status <> 1 and coalesce(policies.effective_date, policies.start_date) < ms.d1 and policies.expiry_date >= ms.d1 - 1) as insured,
          (select coalesce(sum(premiums.amount), 0) from ${PREMIUM_FROM}
             where ${filter} and not premiums.is_photo_fee and premiums.pay_date >= ms.d0 and premiums.pay_date < ms.d1) as collected
        from ${monthSeries(v)} ms order by ms.m`,
    );
  },
});

/**
 * Products derived operational indicators, per month: contributions collected, claims valuated for
 * the product's insurees (claim lines of the product), the claims ratio (valuated / collected), the
 * renewal ratio (policies expiring in the month that were renewed) and the average valuated claim.
 */
export const productDerivedIndicators = defineReport({
  name: 'product_derived_operational_indicators',
  right: Rights.reportDerivedIndicators,
  title: { en: 'Products derived operational indicators', fr: 'Indicateurs opérationnels dérivés des produits', sw: 'Viashiria vinavyotokana vya bidhaa' },
  params: [...yearParams],
  check: checkMonthQuarter,
  columns: [
    monthColumn,
    { key: 'collected', type: 'money', label: { en: 'Contributions collected', fr: 'Contributions encaissées', sw: 'Michango iliyokusanywa' } },
    { key: 'claimsValuated', type: 'money', label: { en: 'Claims valuated', fr: 'Demandes évaluées', sw: 'Madai yaliyothaminiwa' } },
    { key: 'claimsRatio', type: 'percent', label: { en: 'Claims ratio', fr: 'Ratio de sinistralité', sw: 'Uwiano wa madai' } },
    { key: 'renewalRatio', type: 'percent', label: { en: 'Renewal ratio', fr: 'Taux de renouvellement', sw: 'Uwiano wa uhuishaji' } },
    { key: 'averageClaim', type: 'money', label: { en: 'Average valuated claim', fr: 'Demande évaluée moyenne', sw: 'Wastani wa dai' } },
  ],
  async *rows(ctx, v) {
    const filter = await policyFilter(ctx, v);
    const claimScope = await scopeSql(ctx, 'Claim');
    const location = areaOf(v);
    for await (const row of queryRows(
      ctx,
      sql`select to_char(ms.d0, 'YYYY-MM') as month,
          (select coalesce(sum(premiums.amount), 0) from ${PREMIUM_FROM}
             where ${filter} and not premiums.is_photo_fee and premiums.pay_date >= ms.d0 and premiums.pay_date < ms.d1) as collected,
          cl.valuated as "claimsValuated", cl.claims,
          (select count(*) filter (where exists (select 1 from policies n where n.previous_policy_id = policies.id))::numeric / nullif(count(*), 0)
             from ${POLICY_FROM} where ${filter} and policies.expiry_date >= ms.d0 and policies.expiry_date < ms.d1) as "renewalRatio"
        from ${monthSeries(v)} ms
        left join lateral (
          select coalesce(sum(l.price_valuated), 0) as valuated, count(distinct claims.id) as claims
          from claim_lines l join claims on claims.id = l.claim_id join policies on policies.id = l.policy_id join families f on f.id = policies.family_id
          where claims.status in (8, 16) and claims.date_claimed >= ms.d0 and claims.date_claimed < ms.d1 and ${claimScope}
            and ${withinLocation(sql`f.village_id`, location)} ${when(v.productId, (id) => sql`and l.product_id = ${id}`)}
        ) cl on true
        order by ms.m`,
    )) {
      const collected = Number(row.collected ?? 0);
      const valuated = Number(row.claimsValuated ?? 0);
      const claims = Number(row.claims ?? 0);
      const out: ReportRow = {
        month: row.month,
        collected: row.collected,
        claimsValuated: row.claimsValuated,
        claimsRatio: collected ? Math.round((valuated / collected) * 10000) / 10000 : null,
        renewalRatio: row.renewalRatio === null ? null : Math.round(Number(row.renewalRatio) * 10000) / 10000,
        averageClaim: claims ? (valuated / claims).toFixed(2) : null,
      };
      yield out;
    }
  },
});

export const policyReports = [
  premiumCollection,
  paymentCategoryOverview,
  contributionsDistribution,
  productSales,
  policyRenewals,
  policyPrimaryIndicators,
  productDerivedIndicators,
];
