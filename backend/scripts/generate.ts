/**
 * Adds scale to a database:
 *   `pnpm --filter @kente/backend generate -- --services 40000 [--facilities 1000] [--insurees 1000000] [--claims 200000]`.
 * --insurees N adds about N insurees in about N/4 families (1-7 members, 4 on average) spread over the
 * villages, with valid insurance numbers (9 digits, mod 7 check digit computed in SQL; the
 * composition's mf-insuree.insuranceNumber format when run through the CLI).
 * Uses the same database as the server (DATABASE_URL, else the PGlite folder
 * KENTE_DATA_DIR / <repo>/.data, which must not be in use by a running server).
 * Rows are built in SQL with generate_series; rerunning is safe (existing codes are kept).
 * With --insurees, each new family also gets a policy (see generatePolicies).
 * --claims N adds about N claims with 1-6 lines on the facilities and insurees there (see generateClaims).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type InsuranceNumberConfig, insuranceNumberConfig } from '@kente/contract-insuree';
import { sql } from 'drizzle-orm';
import { prepareDatabase } from '../src/app.js';
import { createModuleConfig } from '../src/config/module-config.js';
import { type Database, repoRoot } from '../src/db/engine.js';
import { FEMALE_NAMES, LAST_NAMES, MALE_NAMES, PROFESSIONS } from '../src/modules/insuree/seed.js';

export interface GenerateOptions {
  services?: number;
  facilities?: number;
  /** About this many insurees, in families of 1-7 (4 on average). */
  insurees?: number;
  /** Insurance number format (default 9 digits, mod 7). */
  numberConfig?: InsuranceNumberConfig;
  /** A policy for each generated family (default true with insurees). */
  policies?: boolean;
  /** About this many claims, 1-6 lines each, on the facilities and insurees there. */
  claims?: number;
}

/** A text[] literal passed as one parameter (drizzle would spread a JS array into a list). */
const pgArray = (list: readonly string[]) => `{${list.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;

/**
 * Families and insurees built in SQL. Numbers: body = 2 followed by zeros + a running
 * sequence (the demo seed uses bodies 1000xxxx), check digit = body mod 7; a rerun
 * continues after the insurees already there, and a number that is taken is skipped.
 */
async function generateInsurees(db: Database['db'], target: number, config: InsuranceNumberConfig, log: (message: string) => void) {
  const started = Date.now();
  const familyCount = Math.max(1, Math.round(target / 4));
  const bodyLength = config.checkDigit === 'mod7' ? config.length - 1 : config.length;
  const base = `2${'0'.repeat(bodyLength - 1)}`;
  const before = await db.execute<{ f: number; n: number }>(
    sql`select coalesce((select max(id) from families), 0)::int as f, (select count(*) from insurees)::int as n`,
  );
  const maxFamily = Number(before.rows[0]?.f ?? 0);
  const offset = Number(before.rows[0]?.n ?? 0);
  await db.execute(sql`
    insert into families (village_id, poverty_status, family_type, address)
    select v.ids[1 + i % array_length(v.ids, 1)], i % 5 = 0, (array['H','H','H','H','P','O','T'])[1 + i % 7],
      case when i % 3 = 0 then 'Plot ' || (1 + i % 500) end
    from generate_series(1, ${familyCount}::int) as i
    cross join (select array_agg(id order by id) as ids from locations where type = 'V') v`);
  const numberExpr =
    config.checkDigit === 'mod7'
      ? sql`((${base}::numeric + m.seq)::text || (((${base}::numeric + m.seq) % 7)::int)::text)`
      : sql`((${base}::numeric + m.seq)::text)`;
  await db.execute(sql`
    with f as (
      select id, village_id, row_number() over (order by id) as k from families where id > ${maxFamily}::int
    ), m as (
      select f.id as family_id, f.village_id, f.k, j, ${offset}::bigint + row_number() over (order by f.k, j) as seq
      from f cross join lateral generate_series(0, ((f.k * 7919) % 7)::int) as j
    ), hf as (select array_agg(id order by id) as ids from health_facilities)
    insert into insurees (family_id, insurance_number, last_name, other_names, gender, birth_date, marital_status, relationship,
      phone, profession, current_village_id, health_facility_id, card_issued, status)
    select m.family_id,
      ${numberExpr},
      case when m.j = 1 and m.seq % 2 = 0 then (${pgArray(LAST_NAMES)}::text[])[1 + (m.seq * 13) % ${LAST_NAMES.length}]
        else (${pgArray(LAST_NAMES)}::text[])[1 + abs(hashint4(m.k::int)) % ${LAST_NAMES.length}] end,
      case when (m.seq + m.j) % 2 = 0 then (${pgArray(MALE_NAMES)}::text[])[1 + (m.seq * 7) % ${MALE_NAMES.length}]
        else (${pgArray(FEMALE_NAMES)}::text[])[1 + (m.seq * 7) % ${FEMALE_NAMES.length}] end
        || case when m.seq % 4 = 0 then ' ' || (${pgArray(FEMALE_NAMES)}::text[])[1 + (m.seq * 3) % ${FEMALE_NAMES.length}] else '' end,
      case when (m.seq + m.j) % 2 = 0 then 'M' else 'F' end,
      case when m.j <= 1 then date '1945-01-01' + ((m.seq * 7919) % 18000)::int else date '1990-01-01' + ((m.seq * 7919) % 12000)::int end,
      case when m.j <= 1 then 'M' else 'S' end,
      case when m.j = 0 then null when m.j = 1 then 'SP'
        when (m.seq + m.j) % 2 = 0 then (array['SO','SO','BR','GC','SO','OT'])[1 + m.seq % 6]
        else (array['DA','DA','SI','GC','DA','OT'])[1 + m.seq % 6] end,
      case when m.j <= 1 and m.seq % 3 = 0 then '+255 7' || lpad((m.seq % 100000000)::text, 8, '0') end,
      case when m.j <= 1 then (${pgArray(PROFESSIONS)}::text[])[1 + m.seq % ${PROFESSIONS.length}] end,
      m.village_id,
      hf.ids[1 + m.k % greatest(array_length(hf.ids, 1), 1)],
      m.seq % 10 <> 0,
      case when m.seq % 97 = 0 then 'INACTIVE' else 'ACTIVE' end
    from m cross join hf
    on conflict (insurance_number) do nothing`);
  await db.execute(sql`
    update families f set head_insuree_id = i.id
    from insurees i where i.family_id = f.id and i.relationship is null and f.id > ${maxFamily}::int`);
  // VACUUM flushes the GIN pending lists and ANALYZE gives the planner the new shape.
  await db.execute(sql`vacuum analyze families`);
  await db.execute(sql`vacuum analyze insurees`);
  const after = await db.execute<{ n: number; f: number }>(sql`select (select count(*) from insurees)::int as n, (select count(*) from families)::int as f`);
  log(
    `insurees: ${Number(after.rows[0]?.n) - offset} generated in ${familyCount} families in ${Date.now() - started} ms (now ${after.rows[0]?.n} insurees, ${after.rows[0]?.f} families)`,
  );
  return maxFamily;
}

/**
 * One policy for each family above `afterFamily`, on the demo products: FAM01 (lump sum 60,000 up to
 * 6 members, registration 2,000 a member, "other" members 8,000 / 5,000 on top) for families of up to
 * 6, IND01 (12,000 an adult, 6,000 a child, general assembly 500 a member) for larger ones. The value is
 * computed here in SQL with those two products' rules, not by the contract (too slow for a million
 * rows); bench:insurees checks a sample against `policyValues`. Enrolled 0-700 days ago, a year long
 * (no cycles, no administration period), so about half have passed their expiry and read Expired;
 * of the others 7 in 10 are Active, 2 Idle, 1 Suspended. Contributions: Active, Suspended and
 * expired policies paid in full in cash on their enrolment day; every other Idle one half paid.
 */
async function generatePolicies(db: Database['db'], afterFamily: number, log: (message: string) => void) {
  const started = Date.now();
  const products = await db.execute<{ fam: number | null; ind: number | null }>(
    sql`select (select id from products where code = 'FAM01') as fam, (select id from products where code = 'IND01') as ind`,
  );
  const fam = products.rows[0]?.fam;
  const ind = products.rows[0]?.ind;
  if (!fam || !ind) {
    log('policies: the demo products FAM01 and IND01 are missing, none generated');
    return;
  }
  await db.execute(sql`
    with f as (
      select id, current_date - ((id * 37) % 700) as enrol from families where id > ${afterFamily}::int
    ), c as (
      select f.id, f.enrol,
        count(*) filter (where i.relationship is distinct from 'OT' and i.birth_date <= (f.enrol - interval '18 years')::date) as a,
        count(*) filter (where i.relationship is distinct from 'OT' and i.birth_date > (f.enrol - interval '18 years')::date) as ch,
        count(*) filter (where i.relationship = 'OT' and i.birth_date <= (f.enrol - interval '18 years')::date) as oa,
        count(*) filter (where i.relationship = 'OT' and i.birth_date > (f.enrol - interval '18 years')::date) as oc,
        count(*) as n
      from f join insurees i on i.family_id = f.id
      group by f.id, f.enrol
    ), p as (
      select c.*, case when c.n <= 6 then ${fam}::int else ${ind}::int end as product_id,
        case when c.n <= 6 then 60000 + 8000 * c.oa + 5000 * c.oc + 2000 * c.n
          else 12000 * (c.a + c.oa) + 6000 * (c.ch + c.oc) + 500 * c.n end as value,
        (c.enrol + interval '12 months' - interval '1 day')::date as expiry
      from c
    )
    insert into policies (family_id, product_id, stage, status, value, enrol_date, start_date, effective_date, expiry_date)
    select p.id, p.product_id, 'N',
      case when p.expiry < current_date or p.id % 10 < 7 then 2 when p.id % 10 < 9 then 1 else 4 end,
      p.value, p.enrol, p.enrol,
      case when p.expiry < current_date or p.id % 10 < 7 or p.id % 10 = 9 then p.enrol end,
      p.expiry
    from p`);
  await db.execute(sql`
    insert into premiums (policy_id, amount, receipt, pay_date, pay_type)
    select p.id, case when p.status = 1 then round(p.value / 2, 2) else p.value end, 'G' || p.id, p.enrol_date, 'C'
    from policies p where p.family_id > ${afterFamily}::int and (p.status <> 1 or p.id % 2 = 0)`);
  await db.execute(sql`vacuum analyze policies`);
  await db.execute(sql`vacuum analyze premiums`);
  const after = await db.execute<{ n: number; c: number }>(sql`select (select count(*) from policies)::int as n, (select count(*) from premiums)::int as c`);
  log(`policies: generated for the new families in ${Date.now() - started} ms (now ${after.rows[0]?.n} policies, ${after.rows[0]?.c} contributions)`);
}

/**
 * About `target` claims, codes G0000001... (unique per facility, and overall: a rerun inserts only
 * the codes not there yet), on every health facility and insuree there, visits in the last two
 * years, each with 1-6 lines (services and items of the catalogue at their catalogue price, which
 * is also the line's list price). Statuses by a hash of the claim: 45 % Valuated, 25 % Checked
 * (review Idle, some Selected or Not selected, feedback Selected on a few), 10 % Rejected (reasons
 * 21, 3, 10, 6, 5, 1: every line rejected with it), 10 % Entered, 5 % Processed (origin R, not
 * remunerated), 5 % Valuated after a delivered review. Amounts agree: claimed = Σ quantity × price
 * asked; approved, valuated, remunerated = Σ of the passed lines (no deductible, no ceiling). The
 * passed lines (Checked, Processed, Valuated) name the policy of the insuree's family in force on
 * the visit day and its product, as submission would (none when the family has none then). Not
 * generated: `claim_ded_rem` (eligibility and valuation read the demo's claims only).
 * One statement: the lines and their sums are derived from the claim's number before the claim is
 * inserted, so no claim row is written twice (an update of the sums afterwards rewrote the 200,000
 * rows and their ten indexes: a quarter of the time).
 */
async function generateClaims(db: Database['db'], target: number, log: (message: string) => void) {
  const started = Date.now();
  const before = await db.execute<{ n: number }>(sql`select (select count(*) from claims)::int as n`);
  // h1 picks the facility, insuree and dates, h2 the status, h3 the lines
  await db.execute(sql`
    with hf as (select array_agg(id order by id) as ids from health_facilities),
    ins as (select array_agg(id order by id) as ids from insurees),
    dx as (select array_agg(id order by id) as ids from (select id from diagnoses order by id limit 400) d),
    sv as (select array_agg(id order by code) as ids, array_agg(price order by code) as prices from (select id, code, price from medical_services order by code limit 200) s),
    it as (select array_agg(id order by code) as ids, array_agg(price order by code) as prices from (select id, code, price from medical_items order by code limit 200) i),
    r as (
      select g, hashint4(g) & 2147483647 as h1, (hashint4(g + 1000003) & 2147483647) % 100 as h2, (hashint4(g + 2000003) & 2147483647) % 1000000 as h3,
        current_date - (hashint4(g + 7) & 2147483647) % 730 as visit
      from generate_series(1, ${target}::int) as g
    ), g as (
      select r.*, ins.ids[1 + (r.h1 / 7) % array_length(ins.ids, 1)] as insuree_id,
        case when r.h2 < 45 then 16 when r.h2 < 70 then 4 when r.h2 < 80 then 1 when r.h2 < 90 then 2 when r.h2 < 95 then 8 else 16 end as status,
        case when r.h2 >= 95 then 8 when r.h2 between 45 and 69 and r.h2 % 8 = 0 then 4 when r.h2 between 45 and 69 and r.h2 % 8 = 1 then 2 else 1 end as review_status,
        case when r.h2 between 70 and 79 then (array[21, 3, 10, 6, 5, 1])[1 + r.h1 % 6] end as rejection_reason
      from r cross join ins
    ), l as (
      select g.g, g.status, g.review_status, g.rejection_reason, n, (g.h3 + n * 7919) % 200 as pick, case when (g.h3 + n) % 3 = 0 then 'I' else 'S' end as kind,
        (1 + (g.h3 / (n + 1)) % (case when (g.h3 + n) % 3 = 0 then 10 else 2 end))::numeric(18,2) as qty
      from g cross join lateral generate_series(1, 1 + g.h3 % 6) as n
    ), p as (
      select l.*, case when l.kind = 'S' then sv.ids[1 + l.pick % array_length(sv.ids, 1)] end as service_id,
        case when l.kind = 'I' then it.ids[1 + l.pick % array_length(it.ids, 1)] end as item_id,
        case when l.kind = 'S' then sv.prices[1 + l.pick % array_length(sv.prices, 1)] else it.prices[1 + l.pick % array_length(it.prices, 1)] end as price
      from l cross join sv cross join it
    ), t as (
      select p.g, sum(round(p.qty * p.price, 2)) as claimed from p group by p.g
    ), c as (
      insert into claims (code, health_facility_id, insuree_id, visit_from, visit_to, date_claimed, visit_type, diagnosis_id,
        status, review_status, feedback_status, rejection_reason, category, claimed, approved, valuated, remunerated, submitted_at, processed_at)
      select 'G' || lpad(g.g::text, 7, '0'),
        hf.ids[1 + g.h1 % array_length(hf.ids, 1)],
        g.insuree_id,
        g.visit,
        case when g.h1 % 5 = 0 then least(g.visit + (1 + g.h1 % 4), current_date) end,
        least(g.visit + 4 + g.h1 % 3, current_date),
        (array['O','O','O','E','R'])[1 + g.h1 % 5],
        dx.ids[1 + g.h1 % array_length(dx.ids, 1)],
        g.status, g.review_status,
        case when g.h2 between 45 and 69 and g.h2 % 8 = 2 then 4 else 1 end,
        g.rejection_reason,
        case when g.h2 < 70 or g.h2 >= 90 then (array['C','O','V','S','D','A','H'])[1 + g.h1 % 7] end,
        t.claimed,
        case when g.status in (4, 8, 16) then t.claimed when g.status = 1 then 0 end,
        case when g.status in (8, 16) then t.claimed end,
        case when g.status = 16 then t.claimed end,
        case when g.h2 < 80 or g.h2 >= 90 then (least(g.visit + 4 + g.h1 % 3, current_date) + interval '9 hours') end,
        case when g.h2 < 45 or g.h2 >= 90 then (least(g.visit + 4 + g.h1 % 3, current_date) + interval '30 hours') end
      from g join t on t.g = g.g cross join hf cross join dx
      on conflict (health_facility_id, code) do nothing
      returning id, code, insuree_id, visit_from, status
    ), cc as (
      select c.id, substr(c.code, 2)::int as g, cover.policy_id, cover.product_id
      from c left join lateral (
        select po.id as policy_id, po.product_id from insurees i join policies po on po.family_id = i.family_id
        where i.id = c.insuree_id and c.visit_from between po.start_date and po.expiry_date
        order by po.id desc limit 1
      ) cover on c.status in (4, 8, 16)
    )
    insert into claim_lines (claim_id, line_no, kind, service_id, item_id, quantity, price_asked, price_list, quantity_approved, price_approved, status,
      rejection_reason, price_adjusted, price_valuated, remunerated, price_origin, justification, policy_id, product_id)
    select cc.id, p.n, p.kind, p.service_id, p.item_id, p.qty, p.price, p.price,
      case when p.status in (4, 8, 16) then p.qty end,
      case when p.status in (4, 8, 16) then p.price end,
      case when p.status = 2 then null when p.status = 1 then 2 else 1 end,
      case when p.status = 1 then p.rejection_reason end,
      case when p.status in (8, 16) then p.price end,
      case when p.status in (8, 16) then round(p.qty * p.price, 2) end,
      case when p.status = 16 then round(p.qty * p.price, 2) end,
      case when p.status = 8 then 'R' when p.status = 16 then 'P' end,
      case when p.review_status = 8 then 'Checked by the medical officer' end,
      cc.policy_id, cc.product_id
    from cc join p on p.g = cc.g`);
  const inserted = Date.now() - started;
  await db.execute(sql`vacuum analyze claims`);
  await db.execute(sql`vacuum analyze claim_lines`);
  const after = await db.execute<{ n: number; l: number }>(sql`select (select count(*) from claims)::int as n, (select count(*) from claim_lines)::int as l`);
  log(
    `claims: ${Number(after.rows[0]?.n) - Number(before.rows[0]?.n ?? 0)} generated in ${Date.now() - started} ms (claims and lines ${inserted} ms, vacuum analyze ${Date.now() - started - inserted} ms; now ${after.rows[0]?.n} claims, ${after.rows[0]?.l} lines)`,
  );
}

export async function generate(database: Database, options: GenerateOptions, log: (message: string) => void = console.log): Promise<void> {
  const { db } = database;
  if (options.services) {
    const started = Date.now();
    // Shaped like a country's imported tariff: mostly transport and procedure tariffs between places.
    await db.execute(sql`
      insert into medical_services (code, name, type, category, level, price, care_type)
      select 'GS' || lpad(i::text, 6, '0'),
        (array['Transport','Ambulance transfer','Consultation','Laboratory test','Imaging','Minor procedure','Dressing','Physiotherapy','Dental procedure','Eye procedure','Surgical procedure','Hospital day'])[1 + i % 12]
          || ' ' || (array['Kibaoni','Majengo','Mlimani','Sokoni','Mbuyuni','Mtoni','Igogo','Nyasaka','Bugarika','Isamilo','Kati','Siby','Koula','Falan','Dzodze','Penyi','Afife','Denu','Aflao','Keta','Mwanga','Usangi','Kifaru','Nyakato','Igoma','Kourouba','Bamboula','Kpeve','Akatsi','Anloga'])[1 + (i / 12) % 30]
          || ' - ' || (array['Mwanga','Usangi','Kifaru','Nyakato','Buhongwa','Igoma','Kourouba','Sikasso','Bamboula','Kpeve','Akatsi','Keta','Lembeni','Jipe','Kisesa','Bujora','Niena','Fakola','Dioila','Banco','Adaklu','Abutia','Wute','Gefia','Woe','Tegbi'])[1 + (i / 360) % 26]
          || ' tariff ' || i,
        case when i % 7 = 0 then 'P' else 'C' end,
        (array['S','D','A','H','C','O'])[1 + i % 6],
        (array['S','V','D','H'])[1 + i % 4],
        (500 + (i * 7919) % 50000)::numeric(18,2),
        (array['I','O','B'])[1 + i % 3]
      from generate_series(1, ${options.services}::int) as i
      on conflict (code) do nothing`);
    // VACUUM also flushes the GIN pending list: without it the planner shuns the trigram index.
    await db.execute(sql`vacuum analyze medical_services`);
    log(`medical services: up to ${options.services} generated rows in ${Date.now() - started} ms`);
  }
  if (options.facilities) {
    const started = Date.now();
    await db.execute(sql`
      insert into health_facilities (code, name, level, legal_form, care_type, location_id)
      select 'GF' || lpad(i::text, 6, '0'),
        (array['Kibaoni','Majengo','Mlimani','Sokoni','Mbuyuni','Mtoni','Igogo','Nyasaka','Siby','Koula','Dzodze','Penyi'])[1 + i % 12] || ' '
          || (array['Dispensary','Health Centre','Hospital'])[1 + i % 3] || ' ' || i,
        (array['D','C','H'])[1 + i % 3],
        (array['G','C','P','D'])[1 + i % 4],
        (array['O','B','I'])[1 + i % 3],
        d.id
      from generate_series(1, ${options.facilities}::int) as i
      cross join lateral (select id from locations where type = 'D' order by id offset (i % (select count(*) from locations where type = 'D')) limit 1) d
      on conflict (code) do nothing`);
    await db.execute(sql`vacuum analyze health_facilities`);
    log(`health facilities: up to ${options.facilities} generated rows in ${Date.now() - started} ms`);
  }
  if (options.insurees) {
    const afterFamily = await generateInsurees(db, options.insurees, options.numberConfig ?? insuranceNumberConfig(), log);
    if (options.policies !== false) await generatePolicies(db, afterFamily, log);
  }
  if (options.claims) await generateClaims(db, options.claims, log);
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '');
if (isMain) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: { services: { type: 'string' }, facilities: { type: 'string' }, insurees: { type: 'string' }, claims: { type: 'string' } },
  });
  const invokedFrom = process.env.INIT_CWD ?? process.cwd();
  const moduleConfig = createModuleConfig({
    compositionPath: () => resolve(invokedFrom, process.env.COMPOSITION ?? 'composition.json'),
    registryDir: resolve(repoRoot, 'registry/modules'),
  });
  const dataDir = process.env.KENTE_DATA_DIR ? resolve(process.env.INIT_CWD ?? process.cwd(), process.env.KENTE_DATA_DIR) : undefined;
  const database = await prepareDatabase({ dataDir, demo: true }); // scale data builds on the demo locations
  try {
    await generate(database, {
      services: Number(values.services ?? 0),
      facilities: Number(values.facilities ?? 0),
      insurees: Number(values.insurees ?? 0),
      claims: Number(values.claims ?? 0),
      numberConfig: insuranceNumberConfig(moduleConfig('mf-insuree').insuranceNumber),
    });
  } finally {
    await database.close();
  }
}
