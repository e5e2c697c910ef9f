/**
 * The claim domain's reports (issue 12; OPENIMIS-RULES.md section 7): claims overview, claim history
 * of an insuree, percentage of referrals, claims primary operational indicators, and the two openIMIS
 * users asked for: processing timeliness (days from the visit to the claim, to its submission, to its
 * valuation) and first-pass rate. Every query keeps to the user's area through the `Claim` scope
 * (the claim's facility), and a region / district parameter narrows to the facilities inside it.
 * The valuation day is `processed_at` (set when the claim is valuated or processed), or the batch
 * run's day for a claim valuated by a batch run.
 */
import { type SQL, sql } from 'drizzle-orm';
import {
  areaOf,
  areaParams,
  checkMonthQuarter,
  defineReport,
  keysetRows,
  L,
  type Lang,
  monthColumn,
  monthSeries,
  NOTHING,
  optionLabel,
  optionsOf,
  P,
  type ParamValues,
  periodAreaParams,
  queryRow,
  queryRows,
  type ReportCtx,
  type ReportParam,
  scopeSql,
  when,
  withinLocation,
  yearParams,
} from '../../../platform/report.js';
import { Rights } from '../../core/rights.js';

/** The claim statuses in the console's words (mf-claim `status`, lang-fr, lang-sw). */
const STATUSES = optionsOf({
  '1': { en: 'Rejected', fr: 'Rejetée', sw: 'Limekataliwa' },
  '2': { en: 'Entered', fr: 'Saisie', sw: 'Limeingizwa' },
  '4': { en: 'Checked', fr: 'Vérifiée', sw: 'Limehakikiwa' },
  '8': { en: 'Processed', fr: 'Traitée', sw: 'Limeshughulikiwa' },
  '16': { en: 'Valuated', fr: 'Évaluée', sw: 'Limethaminishwa' },
});
const statusName = (status: unknown, lang: Lang) => optionLabel(STATUSES, status, lang);

const statusParam: ReportParam = { name: 'status', type: 'enum', options: STATUSES, label: { en: 'Status', fr: 'Statut', sw: 'Hali' } };

/** The claims a report reads: in the user's area, the location, the facility, with a line of the product. */
async function claimFilter(ctx: ReportCtx, v: ParamValues): Promise<SQL> {
  return sql`${await scopeSql(ctx, 'Claim')}
    and ${withinLocation(sql`hf.location_id`, areaOf(v))}
    ${when(v.facilityId, (id) => sql`and claims.health_facility_id = ${id}`)}
    ${when(v.productId, (id) => sql`and exists (select 1 from claim_lines pl where pl.claim_id = claims.id and pl.product_id = ${id})`)}`;
}

const VALUATED_ON = sql`coalesce(claims.processed_at, (select run_at from claim_batch_runs b where b.id = claims.batch_run_id))`;

const code = { key: 'code', type: 'text', label: { en: 'Claim code', fr: 'Code de la demande', sw: 'Msimbo wa dai' } } as const;
const facility = { key: 'facility', type: 'text', label: L.facility } as const;
const facilityCode = { key: 'facilityCode', type: 'text', label: L.facilityCode } as const;
const claimed = { key: 'claimed', type: 'money', label: { en: 'Claimed', fr: 'Réclamé', sw: 'Kilichodaiwa' } } as const;
const approved = { key: 'approved', type: 'money', label: { en: 'Approved', fr: 'Approuvé', sw: 'Kilichoidhinishwa' } } as const;
const valuated = { key: 'valuated', type: 'money', label: { en: 'Valuated', fr: 'Évalué', sw: 'Kilichothaminiwa' } } as const;
const status = { key: 'status', type: 'text', label: { en: 'Status', fr: 'Statut', sw: 'Hali' } } as const;
const visitFrom = { key: 'visitFrom', type: 'date', label: { en: 'Visit', fr: 'Visite', sw: 'Ziara' } } as const;
const claimsCount = { key: 'claims', type: 'integer', label: { en: 'Claims', fr: 'Demandes', sw: 'Madai' } } as const;

export const claimsOverview = defineReport({
  name: 'claims_overview',
  right: Rights.reportClaimOverview,
  title: { en: 'Claims overview', fr: 'Aperçu des demandes de remboursement', sw: 'Muhtasari wa madai' },
  params: [
    { ...P.dateFrom, label: { en: 'Visit from', fr: 'Visite du', sw: 'Ziara kuanzia' } },
    { ...P.dateTo, label: { en: 'Visit to', fr: 'Visite au', sw: 'Ziara hadi' } },
    ...areaParams,
    P.productId,
    P.facilityId,
    statusParam,
  ],
  columns: [
    code,
    facilityCode,
    facility,
    { key: 'insuranceNumber', type: 'text', label: { en: 'Insurance number', fr: 'Numéro d’assuré', sw: 'Namba ya bima' } },
    visitFrom,
    { key: 'dateClaimed', type: 'date', label: { en: 'Claimed on', fr: 'Demandé le', sw: 'Tarehe ya dai' } },
    status,
    claimed,
    approved,
    valuated,
  ],
  async *rows(ctx, v) {
    const filter = await claimFilter(ctx, v);
    const where = sql`claims.visit_from between ${v.dateFrom}::date and ${v.dateTo}::date ${when(v.status, (s) => sql`and claims.status = ${Number(s)}`)} and ${filter}`;
    for await (const row of keysetRows<{ id: number } & Record<string, string | number | null>>(async (after, limit) => {
      const result = await ctx.db.execute<{ id: number } & Record<string, string | number | null>>(sql`
        select claims.id, claims.code, hf.code as "facilityCode", hf.name as facility, i.insurance_number as "insuranceNumber",
          claims.visit_from as "visitFrom", claims.date_claimed as "dateClaimed", claims.status, claims.claimed, claims.approved, claims.valuated
        from claims join health_facilities hf on hf.id = claims.health_facility_id join insurees i on i.id = claims.insuree_id
        where ${where} ${after ? sql`and claims.id > ${after.id}` : NOTHING}
        order by claims.id limit ${limit}`);
      return result.rows;
    })) {
      yield { ...row, status: statusName(row.status, ctx.lang) };
    }
  },
  async totals(ctx, v) {
    return queryRow(
      ctx,
      sql`select count(*)::int as claims, coalesce(sum(claims.claimed), 0) as claimed, sum(claims.approved) as approved, sum(claims.valuated) as valuated
        from claims join health_facilities hf on hf.id = claims.health_facility_id
        where claims.visit_from between ${v.dateFrom}::date and ${v.dateTo}::date ${when(v.status, (s) => sql`and claims.status = ${Number(s)}`)} and ${await claimFilter(ctx, v)}`,
    );
  },
  async count(ctx, v) {
    const row = await queryRow(
      ctx,
      sql`select count(*)::int as n from claims join health_facilities hf on hf.id = claims.health_facility_id
        where claims.visit_from between ${v.dateFrom}::date and ${v.dateTo}::date ${when(v.status, (s) => sql`and claims.status = ${Number(s)}`)} and ${await claimFilter(ctx, v)}`,
    );
    return Number(row.n ?? 0);
  },
});

export const claimHistory = defineReport({
  name: 'claim_history',
  right: Rights.reportClaimHistory,
  title: { en: 'Claim history of an insuree', fr: 'Historique des demandes d’un assuré', sw: 'Historia ya madai ya mwanachama' },
  params: [
    { name: 'insuranceNumber', type: 'insuranceNumber', required: true, label: { en: 'Insurance number', fr: 'Numéro d’assuré', sw: 'Namba ya bima' } },
    { ...P.dateFrom, required: false },
    { ...P.dateTo, required: false },
  ],
  columns: [
    code,
    facility,
    visitFrom,
    { key: 'visitTo', type: 'date', label: { en: 'Visit end', fr: 'Fin de visite', sw: 'Mwisho wa ziara' } },
    status,
    claimed,
    approved,
    valuated,
    { key: 'rejectionReason', type: 'integer', label: { en: 'Rejection reason', fr: 'Motif de rejet', sw: 'Sababu ya kukataliwa' } },
  ],
  async *rows(ctx, v) {
    const where = sql`i.insurance_number = ${v.insuranceNumber} and ${await scopeSql(ctx, 'Claim')}
      ${when(v.dateFrom, (d) => sql`and claims.visit_from >= ${d}::date`)} ${when(v.dateTo, (d) => sql`and claims.visit_from <= ${d}::date`)}`;
    for await (const row of keysetRows<{ id: number; visitFrom: string } & Record<string, string | number | null>>(async (after, limit) => {
      const result = await ctx.db.execute<{ id: number; visitFrom: string } & Record<string, string | number | null>>(sql`
        select claims.id, claims.code, hf.name as facility, claims.visit_from as "visitFrom", claims.visit_to as "visitTo", claims.status, claims.claimed, claims.approved,
          claims.valuated, claims.rejection_reason as "rejectionReason"
        from claims join insurees i on i.id = claims.insuree_id join health_facilities hf on hf.id = claims.health_facility_id
        where ${where} ${after ? sql`and (claims.visit_from, claims.id) > (${after.visitFrom}::date, ${after.id})` : NOTHING}
        order by claims.visit_from, claims.id limit ${limit}`);
      return result.rows;
    })) {
      yield { ...row, status: statusName(row.status, ctx.lang) };
    }
  },
});

export const claimPercentageReferrals = defineReport({
  name: 'claim_percentage_referrals',
  right: Rights.reportPercentageReferrals,
  title: { en: 'Percentage of referrals', fr: 'Pourcentage de références', sw: 'Asilimia ya rufaa' },
  params: [...periodAreaParams],
  columns: [
    facilityCode,
    facility,
    claimsCount,
    { key: 'referrals', type: 'integer', label: { en: 'Referrals', fr: 'Références', sw: 'Rufaa' } },
    { key: 'emergencies', type: 'integer', label: { en: 'Emergencies', fr: 'Urgences', sw: 'Dharura' } },
    { key: 'referralRate', type: 'percent', label: { en: 'Referral rate', fr: 'Taux de références', sw: 'Kiwango cha rufaa' } },
  ],
  async *rows(ctx, v) {
    yield* queryRows(
      ctx,
      sql`select hf.code as "facilityCode", hf.name as facility, count(*)::int as claims,
          count(*) filter (where claims.visit_type = 'R')::int as referrals, count(*) filter (where claims.visit_type = 'E')::int as emergencies,
          round(count(*) filter (where claims.visit_type = 'R')::numeric / count(*), 4) as "referralRate"
        from claims join health_facilities hf on hf.id = claims.health_facility_id
        where claims.visit_from between ${v.dateFrom}::date and ${v.dateTo}::date and ${await claimFilter(ctx, v)}
        group by hf.id, hf.code, hf.name order by hf.code`,
    );
  },
  async totals(ctx, v) {
    return queryRow(
      ctx,
      sql`select count(*)::int as claims, count(*) filter (where claims.visit_type = 'R')::int as referrals,
          count(*) filter (where claims.visit_type = 'E')::int as emergencies,
          round(count(*) filter (where claims.visit_type = 'R')::numeric / nullif(count(*), 0), 4) as "referralRate"
        from claims join health_facilities hf on hf.id = claims.health_facility_id
        where claims.visit_from between ${v.dateFrom}::date and ${v.dateTo}::date and ${await claimFilter(ctx, v)}`,
    );
  },
});

export const claimsPrimaryIndicators = defineReport({
  name: 'claims_primary_operational_indicators',
  right: Rights.reportPrimaryIndicatorsClaims,
  title: { en: 'Claims primary operational indicators', fr: 'Indicateurs opérationnels primaires des demandes', sw: 'Viashiria vya msingi vya madai' },
  params: [...yearParams, P.facilityId],
  check: checkMonthQuarter,
  columns: [
    monthColumn,
    { key: 'received', type: 'integer', label: { en: 'Claims received', fr: 'Demandes reçues', sw: 'Madai yaliyopokelewa' } },
    { key: 'processed', type: 'integer', label: { en: 'Claims processed or valuated', fr: 'Demandes traitées ou évaluées', sw: 'Madai yaliyoshughulikiwa' } },
    { key: 'rejected', type: 'integer', label: { en: 'Claims rejected', fr: 'Demandes rejetées', sw: 'Madai yaliyokataliwa' } },
    claimed,
    valuated,
  ],
  async *rows(ctx, v) {
    yield* queryRows(
      ctx,
      sql`select to_char(ms.d0, 'YYYY-MM') as month, count(claims.id)::int as received,
          count(claims.id) filter (where claims.status in (8, 16))::int as processed, count(claims.id) filter (where claims.status = 1)::int as rejected,
          coalesce(sum(claims.claimed), 0) as claimed, coalesce(sum(claims.valuated), 0) as valuated
        from ${monthSeries(v)} ms
        left join (claims join health_facilities hf on hf.id = claims.health_facility_id)
          on claims.date_claimed >= ms.d0 and claims.date_claimed < ms.d1 and ${await claimFilter(ctx, v)}
        group by ms.m, ms.d0 order by ms.m`,
    );
  },
});

const days = (key: string, en: string, fr: string, sw: string) =>
  [
    { key: `${key}Avg`, type: 'number', label: { en: `${en}: average days`, fr: `${fr}, jours en moyenne`, sw: `${sw}: wastani wa siku` } },
    { key: `${key}Median`, type: 'number', label: { en: `${en}: median`, fr: `${fr}, médiane`, sw: `${sw}: wastani wa kati` } },
    { key: `${key}P90`, type: 'number', label: { en: `${en}: 90th percentile`, fr: `${fr}, 90e centile`, sw: `${sw}: asilimia 90` } },
  ] as const;

const facilityParams = [...periodAreaParams, P.facilityId] as const;

export const claimProcessingTimeliness = defineReport({
  name: 'claim_processing_timeliness',
  right: Rights.reportClaimOverview,
  title: { en: 'Claim processing timeliness', fr: 'Délais de traitement des demandes', sw: 'Muda wa kushughulikia madai' },
  params: [...facilityParams],
  columns: [
    facilityCode,
    facility,
    claimsCount,
    ...days('toClaim', 'Visit to claim', 'Visite à demande', 'Ziara hadi dai'),
    ...days('toSubmission', 'Visit to submission', 'Visite à soumission', 'Ziara hadi kuwasilishwa'),
    ...days('toValuation', 'Visit to valuation', 'Visite à évaluation', 'Ziara hadi kuthaminiwa'),
  ],
  async *rows(ctx, v) {
    yield* queryRows(
      ctx,
      timelinessQuery(
        sql`hf.code as "facilityCode", hf.name as facility,`,
        sql`group by hf.id, hf.code, hf.name order by hf.code`,
        await claimFilter(ctx, v),
        v,
      ),
    );
  },
  async totals(ctx, v) {
    return queryRow(ctx, timelinessQuery(NOTHING, NOTHING, await claimFilter(ctx, v), v));
  },
});

function timelinessQuery(select: SQL, group: SQL, filter: SQL, v: ParamValues): SQL {
  const stats = (name: string, expr: SQL) => sql`
    round(avg(${expr})::numeric, 1) as ${sql.identifier(`${name}Avg`)},
    percentile_cont(0.5) within group (order by ${expr}) as ${sql.identifier(`${name}Median`)},
    percentile_cont(0.9) within group (order by ${expr}) as ${sql.identifier(`${name}P90`)}`;
  return sql`select ${select} count(*)::int as claims,
      ${stats('toClaim', sql`(claims.date_claimed - claims.visit_from)`)},
      ${stats('toSubmission', sql`(claims.submitted_at::date - claims.visit_from)`)},
      ${stats('toValuation', sql`(case when claims.status in (8, 16) then ${VALUATED_ON}::date - claims.visit_from end)`)}
    from claims join health_facilities hf on hf.id = claims.health_facility_id
    where claims.visit_from between ${v.dateFrom}::date and ${v.dateTo}::date and ${filter}
    ${group}`;
}

/**
 * First-pass rate: of the claims decided (valuated, processed or rejected), those valuated or
 * processed with no line rejected, no quantity or price changed by review, and not restored from
 * a rejected claim.
 */
export const claimFirstPassRate = defineReport({
  name: 'claim_first_pass_rate',
  right: Rights.reportClaimOverview,
  title: { en: 'Claims first-pass rate', fr: 'Taux d’acceptation au premier passage', sw: 'Kiwango cha kupita mara ya kwanza' },
  params: [...facilityParams],
  columns: [
    facilityCode,
    facility,
    { key: 'decided', type: 'integer', label: { en: 'Claims decided', fr: 'Demandes tranchées', sw: 'Madai yaliyoamuliwa' } },
    { key: 'valuated', type: 'integer', label: { en: 'Valuated or processed', fr: 'Évaluées ou traitées', sw: 'Yaliyothaminiwa' } },
    { key: 'firstPass', type: 'integer', label: { en: 'First pass', fr: 'Premier passage', sw: 'Mara ya kwanza' } },
    { key: 'firstPassRate', type: 'percent', label: { en: 'First-pass rate', fr: 'Taux au premier passage', sw: 'Kiwango' } },
  ],
  async *rows(ctx, v) {
    yield* queryRows(
      ctx,
      firstPassQuery(
        sql`hf.code as "facilityCode", hf.name as facility,`,
        sql`group by hf.id, hf.code, hf.name order by hf.code`,
        await claimFilter(ctx, v),
        v,
      ),
    );
  },
  async totals(ctx, v) {
    return queryRow(ctx, firstPassQuery(NOTHING, NOTHING, await claimFilter(ctx, v), v));
  },
});

function firstPassQuery(select: SQL, group: SQL, filter: SQL, v: ParamValues): SQL {
  const clean = sql`(claims.status in (8, 16) and claims.restored_from_id is null and not exists (
      select 1 from claim_lines l where l.claim_id = claims.id and (l.status = 2
        or (l.quantity_approved is not null and l.quantity_approved <> l.quantity)
        or (l.price_approved is not null and l.price_approved <> l.price_asked))))`;
  return sql`select ${select} count(*)::int as decided, count(*) filter (where claims.status in (8, 16))::int as valuated,
      count(*) filter (where ${clean})::int as "firstPass",
      round(count(*) filter (where ${clean})::numeric / nullif(count(*), 0), 4) as "firstPassRate"
    from claims join health_facilities hf on hf.id = claims.health_facility_id
    where claims.status in (1, 8, 16) and claims.visit_from between ${v.dateFrom}::date and ${v.dateTo}::date and ${filter}
    ${group}`;
}

export const claimReports = [claimsOverview, claimHistory, claimPercentageReferrals, claimsPrimaryIndicators, claimProcessingTimeliness, claimFirstPassRate];
