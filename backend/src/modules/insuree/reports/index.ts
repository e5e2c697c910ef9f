/**
 * The insuree domain's reports (issue 12; right 131215, OPENIMIS-RULES.md section 7): insurees
 * without a photo, insurees pending enrolment (their family's policy not paid yet), the family
 * overview and the enrolled families. Insurees and families keep to the user's area (`Insuree` /
 * `Family` scopes: the family's village); a region / district parameter narrows further.
 */
import { type SQL, sql } from 'drizzle-orm';
import {
  areaOf,
  areaParams,
  defineReport,
  keysetRows,
  L,
  NOTHING,
  optionLabel,
  optionsOf,
  P,
  type ParamValues,
  type ReportCtx,
  scopeSql,
  villageChain,
  when,
  withinLocation,
} from '../../../platform/report.js';
import { Rights } from '../../core/rights.js';

type Keyed = { id: number } & Record<string, string | number | null>;

const insuranceNumber = { key: 'insuranceNumber', type: 'text', label: { en: 'Insurance number', fr: 'Numéro d’assuré', sw: 'Namba ya bima' } } as const;
const lastName = { key: 'lastName', type: 'text', label: { en: 'Last name', fr: 'Nom', sw: 'Jina la ukoo' } } as const;
const otherNames = { key: 'otherNames', type: 'text', label: { en: 'Other names', fr: 'Prénoms', sw: 'Majina mengine' } } as const;
const village = { key: 'village', type: 'text', label: { en: 'Village', fr: 'Village', sw: 'Kijiji' } } as const;
const district = { key: 'district', type: 'text', label: L.district } as const;
const headNumber = {
  key: 'headNumber',
  type: 'text',
  label: { en: 'Head’s insurance number', fr: 'Numéro d’assuré du chef', sw: 'Namba ya bima ya mkuu' },
} as const;
const head = { key: 'head', type: 'text', label: { en: 'Head of family', fr: 'Chef de famille', sw: 'Mkuu wa familia' } } as const;

async function familyWhere(ctx: ReportCtx, v: ParamValues): Promise<SQL> {
  return sql`${await scopeSql(ctx, 'Family')} and ${withinLocation(sql`families.village_id`, areaOf(v))}`;
}

export const insureeMissingPhoto = defineReport({
  name: 'insuree_missing_photo',
  right: Rights.reportFamiliesInsurees,
  title: { en: 'Insurees without photo', fr: 'Assurés sans photo', sw: 'Wanachama bila picha' },
  params: [...areaParams],
  columns: [insuranceNumber, lastName, otherNames, village, district, headNumber],
  async *rows(ctx, v) {
    const where = sql`insurees.photo is null and insurees.status = 'ACTIVE' and ${await scopeSql(ctx, 'Insuree')} and ${await familyWhere(ctx, v)}`;
    yield* keysetRows<Keyed>(async (after, limit) => {
      const result = await ctx.db.execute<Keyed>(sql`
        select insurees.id, insurees.insurance_number as "insuranceNumber", insurees.last_name as "lastName", insurees.other_names as "otherNames",
          lv.name as village, ld.name as district, h.insurance_number as "headNumber"
        from insurees join families on families.id = insurees.family_id ${villageChain(sql`families.village_id`)}
          left join insurees h on h.id = families.head_insuree_id
        where ${where} ${after ? sql`and insurees.id > ${after.id}` : NOTHING}
        order by insurees.id limit ${limit}`);
      return result.rows;
    });
  },
});

/** openIMIS: insurees of families whose policy is not paid yet (Idle), enrolled in the period. */
export const insureesPendingEnrollment = defineReport({
  name: 'insurees_pending_enrollment',
  right: Rights.reportFamiliesInsurees,
  title: { en: 'Insurees pending enrolment', fr: 'Assurés en attente d’inscription', sw: 'Wanachama wanaosubiri usajili' },
  params: [
    { ...P.dateFrom, label: { en: 'Enrolled from', fr: 'Inscrits du', sw: 'Walioandikishwa kuanzia' } },
    { ...P.dateTo, label: { en: 'Enrolled to', fr: 'Inscrits au', sw: 'Walioandikishwa hadi' } },
    ...areaParams,
    P.officerId,
  ],
  columns: [
    insuranceNumber,
    lastName,
    otherNames,
    village,
    { key: 'product', type: 'text', label: L.product },
    { key: 'enrolDate', type: 'date', label: { en: 'Enrolled on', fr: 'Inscrit le', sw: 'Tarehe ya usajili' } },
    { key: 'officer', type: 'text', label: P.officerId.label },
  ],
  async *rows(ctx, v) {
    const where = sql`po.status = 1 and po.enrol_date between ${v.dateFrom}::date and ${v.dateTo}::date and insurees.status = 'ACTIVE'
      and ${await scopeSql(ctx, 'Insuree')} and ${await familyWhere(ctx, v)} ${when(v.officerId, (id) => sql`and po.officer_id = ${id}`)}`;
    yield* keysetRows<Keyed & { policyId: number }>(async (after, limit) => {
      const result = await ctx.db.execute<Keyed & { policyId: number }>(sql`
        select insurees.id, po.id as "policyId", insurees.insurance_number as "insuranceNumber", insurees.last_name as "lastName",
          insurees.other_names as "otherNames", lv.name as village, pr.code as product, po.enrol_date as "enrolDate", u.username as officer
        from insurees join families on families.id = insurees.family_id ${villageChain(sql`families.village_id`)}
          join policies po on po.family_id = families.id join products pr on pr.id = po.product_id left join users u on u.id = po.officer_id
        where ${where} ${after ? sql`and (po.id, insurees.id) > (${after.policyId}, ${after.id})` : NOTHING}
        order by po.id, insurees.id limit ${limit}`);
      return result.rows;
    });
  },
});

/** The family types in the console's words (mf-insuree `codes`, lang-fr, lang-sw). */
const FAMILY_TYPES = optionsOf({
  H: { en: 'Household', fr: 'Ménage', sw: 'Kaya' },
  P: { en: 'Polygamous family', fr: 'Famille polygame', sw: 'Familia ya mitala' },
  O: { en: 'Orphans', fr: 'Orphelins', sw: 'Yatima' },
  C: { en: 'Council', fr: 'Conseil', sw: 'Halmashauri' },
  T: { en: 'Other', fr: 'Autre', sw: 'Nyingine' },
});

export const insureeFamilyOverview = defineReport({
  name: 'insuree_family_overview',
  right: Rights.reportFamiliesInsurees,
  title: { en: 'Family overview', fr: 'Aperçu des familles', sw: 'Muhtasari wa familia' },
  params: [
    ...areaParams,
    { name: 'familyType', type: 'enum', options: FAMILY_TYPES, label: { en: 'Family type', fr: 'Type de famille', sw: 'Aina ya familia' } },
  ],
  columns: [
    headNumber,
    head,
    village,
    district,
    { key: 'familyType', type: 'text', label: { en: 'Family type', fr: 'Type de famille', sw: 'Aina ya familia' } },
    { key: 'poor', type: 'text', label: { en: 'Poverty status', fr: 'Pauvreté', sw: 'Hali ya umaskini' } },
    { key: 'members', type: 'integer', label: { en: 'Members', fr: 'Membres', sw: 'Wanachama' } },
    { key: 'activePolicies', type: 'integer', label: { en: 'Active policies', fr: 'Polices actives', sw: 'Sera hai' } },
  ],
  async *rows(ctx, v) {
    const where = sql`${await familyWhere(ctx, v)} ${when(v.familyType, (t) => sql`and families.family_type = ${t}`)}`;
    const yes = { en: 'Yes', fr: 'Oui', sw: 'Ndiyo' }[ctx.lang];
    for await (const row of keysetRows<Keyed>(async (after, limit) => {
      const result = await ctx.db.execute<Keyed>(sql`
        select families.id, h.insurance_number as "headNumber", h.other_names || ' ' || h.last_name as head, lv.name as village, ld.name as district,
          families.family_type as "familyType", case when families.poverty_status then 1 else 0 end as poor,
          (select count(*)::int from insurees m where m.family_id = families.id) as members,
          (select count(*)::int from policies po where po.family_id = families.id and po.status = 2) as "activePolicies"
        from families ${villageChain(sql`families.village_id`)} left join insurees h on h.id = families.head_insuree_id
        where ${where} ${after ? sql`and families.id > ${after.id}` : NOTHING}
        order by families.id limit ${limit}`);
      return result.rows;
    })) {
      yield { ...row, familyType: optionLabel(FAMILY_TYPES, row.familyType, ctx.lang), poor: row.poor ? yes : '' };
    }
  },
});

export const enrolledFamilies = defineReport({
  name: 'enrolled_families',
  right: Rights.reportFamiliesInsurees,
  title: { en: 'Enrolled families', fr: 'Familles inscrites', sw: 'Familia zilizoandikishwa' },
  params: [
    { ...P.dateFrom, label: { en: 'Enrolled from', fr: 'Inscrites du', sw: 'Zilizoandikishwa kuanzia' } },
    { ...P.dateTo, label: { en: 'Enrolled to', fr: 'Inscrites au', sw: 'Zilizoandikishwa hadi' } },
    ...areaParams,
    P.productId,
    P.officerId,
  ],
  columns: [
    headNumber,
    head,
    village,
    { key: 'product', type: 'text', label: L.product },
    { key: 'enrolDate', type: 'date', label: { en: 'Enrolled on', fr: 'Inscrite le', sw: 'Tarehe ya usajili' } },
    { key: 'stage', type: 'text', label: { en: 'New or renewal', fr: 'Nouvelle ou renouvellement', sw: 'Mpya au uhuishaji' } },
    { key: 'members', type: 'integer', label: { en: 'Members', fr: 'Membres', sw: 'Wanachama' } },
    { key: 'value', type: 'money', label: { en: 'Policy value', fr: 'Valeur de la police', sw: 'Thamani ya sera' } },
    { key: 'paid', type: 'money', label: { en: 'Paid', fr: 'Payé', sw: 'Kilicholipwa' } },
  ],
  async *rows(ctx, v) {
    const where = sql`po.enrol_date between ${v.dateFrom}::date and ${v.dateTo}::date and ${await familyWhere(ctx, v)}
      ${when(v.productId, (id) => sql`and po.product_id = ${id}`)} ${when(v.officerId, (id) => sql`and po.officer_id = ${id}`)}`;
    yield* keysetRows<Keyed>(async (after, limit) => {
      const result = await ctx.db.execute<Keyed>(sql`
        select po.id, h.insurance_number as "headNumber", h.other_names || ' ' || h.last_name as head, lv.name as village, pr.code as product,
          po.enrol_date as "enrolDate", po.stage, (select count(*)::int from insurees m where m.family_id = families.id) as members, po.value, po.paid
        from policies po join families on families.id = po.family_id ${villageChain(sql`families.village_id`)}
          join products pr on pr.id = po.product_id left join insurees h on h.id = families.head_insuree_id
        where ${where} ${after ? sql`and po.id > ${after.id}` : NOTHING}
        order by po.id limit ${limit}`);
      return result.rows;
    });
  },
});

export const insureeReports = [insureeMissingPhoto, insureesPendingEnrollment, insureeFamilyOverview, enrolledFamilies];
