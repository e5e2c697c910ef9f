/**
 * Issue 12, the report engine against the real server (both engines): the catalogue per user
 * (reportDefinitions), rights per report (401, 403, 404), bad parameters (400 with the problems,
 * translated), every report's rows and totals on the seed cross-checked against the GraphQL
 * searches (premium collection, claims overview, payment category overview...), a district user's
 * report holding only that district, a CSV and an XLSX read back with parsers, a PDF's text
 * extracted (unpdf), and the journal: a job started, its progress and end pushed over server-sent
 * events, the file downloaded by its owner and 404 for anyone else.
 */
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domains } from '../src/modules/index.js';
import { LANGS } from '../src/platform/report.js';
import { backendDir, Client, engines, listenToJobs, type RunningServer, signedIn, startServer } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: test convenience
type Any = any;

const ALL_REPORTS = [
  'claim_first_pass_rate',
  'claim_history',
  'claim_percentage_referrals',
  'claim_processing_timeliness',
  'claims_overview',
  'claims_primary_operational_indicators',
  'contributions_distribution',
  'enrolled_families',
  'insuree_family_overview',
  'insuree_missing_photo',
  'insurees_pending_enrollment',
  'payment_category_overview',
  'policy_primary_operational_indicators',
  'policy_renewals',
  'premium_collection',
  'product_derived_operational_indicators',
  'product_sales',
  'registers_status',
  'user_activity',
];
const WIDE = 'dateFrom=2000-01-01&dateTo=2099-12-31';
const YEAR = new Date().getUTCFullYear();
const cents = (value: unknown) => Math.round(Number(value) * 100);

describe.each(engines)('reports on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;
  let manager: Client;
  let district: Client;
  let districtName: string;

  const client = (username: string, password: string) => signedIn(server.url, username, password);
  const cookie = (c: Client) => c.cookieHeader();
  const get = (c: Client | null, path: string) => fetch(`${server.url}${path}`, { headers: c ? { cookie: cookie(c) } : {} });
  const csv = async (c: Client, query: string): Promise<{ header: string[]; rows: string[][]; text: string }> => {
    const response = await get(c, `/api/reports/${query}`);
    expect(response.status, await response.clone().text()).toBe(200);
    const text = await response.text();
    const records: string[][] = parse(text, { bom: true });
    return { header: records[0] ?? [], rows: records.slice(1), text };
  };
  /** Every node of a GraphQL connection, paging through. */
  const all = async (c: Client, field: string, filter: Record<string, unknown>, select: string): Promise<Any[]> => {
    const out: Any[] = [];
    let after: string | null = null;
    for (;;) {
      const r: Any = await c.gql(
        `query($f: ${field === 'premiums' ? 'PremiumFilter' : 'ClaimFilter'}, $a: String) { ${field}(filter: $f, first: 40, after: $a) { edges { node { ${select} } } pageInfo { hasNextPage endCursor } } }`,
        { f: filter, a: after },
      );
      expect(r.json.errors).toBeUndefined();
      const page: Any = r.json.data[field];
      out.push(...page.edges.map((e: Any) => e.node));
      if (!page.pageInfo.hasNextPage) return out;
      after = page.pageInfo.endCursor;
    }
  };

  beforeAll(async () => {
    // the project's composition: scheme name and currency (TZS) for the files
    server = await startServer(engine, { KENTE_JOBS_PER_USER: '2', KENTE_PGLITE_FSYNC: '0', COMPOSITION: join(backendDir, '..', 'composition.json') });
    admin = await client('Admin', 'admin123');
    manager = await client('manager', 'manager123');
    const enrolment = await client('enrolment', 'enrolment123');
    const me = await enrolment.gql('{ me { locationIds } }');
    const districtId = me.json.data.me.locationIds[0];
    districtName = (await admin.gql('query($id: ID!) { location(id: $id) { name } }', { id: districtId })).json.data.location.name;
    const roles = await admin.gql('{ roles(first: 50) { edges { node { id name } } } }');
    const managerRole = roles.json.data.roles.edges.find((e: Any) => e.node.name === 'Manager').node.id;
    const created = await admin.gql('mutation($input: CreateUserInput!) { createUser(input: $input) { errors { code message } } }', {
      input: {
        username: 'districtmanager',
        otherNames: 'Dana',
        lastName: 'District',
        password: 'district123',
        roleIds: [managerRole],
        locationIds: [districtId],
      },
    });
    expect(created.json.data.createUser.errors).toEqual([]);
    district = await client('districtmanager', 'district123');
  }, 400_000);
  afterAll(() => server?.stop());

  it('reportDefinitions lists the reports the user may run, with their parameters and columns', async () => {
    const q = '{ reportDefinitions { name right domain title params { name type required options level } columns { key type } } }';
    const mine = (await manager.gql(q)).json.data.reportDefinitions as Any[];
    expect(mine.map((r) => r.name).sort()).toEqual(ALL_REPORTS);
    const premium = mine.find((r) => r.name === 'premium_collection');
    expect(premium).toMatchObject({ right: 131204, domain: 'policy', title: 'Premium collection' });
    expect(premium.params.find((p: Any) => p.name === 'dateFrom')).toMatchObject({ type: 'date', required: true });
    expect(premium.params.find((p: Any) => p.name === 'districtId')).toMatchObject({ type: 'location', level: 'district', required: false });
    expect(premium.params.find((p: Any) => p.name === 'payType').options).toEqual(['B', 'C', 'M', 'F']);
    expect(premium.columns.find((c: Any) => c.key === 'amount').type).toBe('money');
    const fr = (await manager.gql('{ reportDefinitions(lang: "fr") { name title } }')).json.data.reportDefinitions as Any[];
    expect(fr.find((r) => r.name === 'premium_collection').title).toBe('Collecte des contributions');
    // the scheme administrator holds only 131209; the receptionist no report right
    const scheme = await client('schemeadmin', 'schemeadmin123');
    expect(((await scheme.gql(q)).json.data.reportDefinitions as Any[]).map((r) => r.name)).toEqual(['registers_status']);
    const receptionist = await client('receptionist', 'receptionist123');
    expect((await receptionist.gql(q)).json.data.reportDefinitions).toEqual([]);
    expect((await new Client(server.url).gql(q)).json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('every enum option of every report has a label in English, French and Swahili, served in the asked language', async () => {
    const declared = domains.flatMap((d) => d.reports ?? []).flatMap((r) => r.params.filter((p) => p.type === 'enum').map((p) => ({ report: r.name, p })));
    expect(declared.map((e) => `${e.report}.${e.p.name}`).sort()).toEqual([
      'claims_overview.status',
      'insuree_family_overview.familyType',
      'premium_collection.payType',
      'user_activity.action',
      'user_activity.entityType',
    ]);
    const lacking = declared.flatMap(({ report, p }) =>
      (p.options ?? []).flatMap((o) => LANGS.filter((lang) => !o.label[lang]?.trim()).map((lang) => `${report}.${p.name}.${o.value} (${lang})`)),
    );
    expect(lacking).toEqual([]);
    for (const lang of LANGS) {
      const served = (await admin.gql(`{ reportDefinitions(lang: "${lang}") { name params { name options choices { value label } } } }`)).json.data
        .reportDefinitions as Any[];
      for (const { report, p } of declared) {
        const param = served.find((r) => r.name === report)?.params.find((x: Any) => x.name === p.name);
        expect(
          param.choices.map((c: Any) => c.value),
          `${report}.${p.name}`,
        ).toEqual(param.options);
        expect(
          param.choices.map((c: Any) => c.label),
          `${report}.${p.name} in ${lang}`,
        ).toEqual((p.options ?? []).map((o) => o.label[lang]));
      }
    }
    const fr = (await manager.gql('{ reportDefinitions(lang: "fr") { name params { name choices { value label } } } }')).json.data.reportDefinitions as Any[];
    const premium = fr.find((r) => r.name === 'premium_collection').params;
    expect(premium.find((p: Any) => p.name === 'payType').choices).toEqual([
      { value: 'B', label: 'Virement bancaire' },
      { value: 'C', label: 'Espèces' },
      { value: 'M', label: 'Paiement mobile' },
      { value: 'F', label: 'Financement' },
    ]);
    expect(premium.find((p: Any) => p.name === 'dateFrom').choices).toBeNull();
  });

  it('checks the right of every report, the session and the name', async () => {
    const receptionist = await client('receptionist', 'receptionist123');
    for (const name of ALL_REPORTS) {
      const response = await get(receptionist, `/api/reports/${name}.csv?${WIDE}`);
      expect(response.status, name).toBe(403);
      expect((await response.json()).errors[0].extensions.code).toBe('FORBIDDEN');
    }
    const scheme = await client('schemeadmin', 'schemeadmin123');
    expect((await get(scheme, `/api/reports/premium_collection.csv?${WIDE}`)).status).toBe(403);
    expect((await get(scheme, '/api/reports/registers_status.csv')).status).toBe(200);
    expect((await get(null, `/api/reports/premium_collection.csv?${WIDE}`)).status).toBe(401);
    expect((await get(manager, '/api/reports/no_such_report.csv')).status).toBe(404);
    expect((await get(manager, `/api/reports/premium_collection.doc?${WIDE}`)).status).toBe(404);
  });

  it('answers 400 with every problem, translated', async () => {
    const problems = async (query: string, lang = 'en') => {
      const response = await get(manager, `/api/reports/premium_collection.csv?${query}&lang=${lang}`);
      expect(response.status).toBe(400);
      return (await response.json()).problems as { param: string; code: string; message: string }[];
    };
    expect(await problems('')).toEqual([
      { param: 'dateFrom', code: 'REQUIRED', message: 'Enter From.' },
      { param: 'dateTo', code: 'REQUIRED', message: 'Enter To.' },
    ]);
    const mixed = await problems('dateFrom=2026-02-30&dateTo=2026-13-01&payType=Z&productId=999999&regionId=abc&color=red');
    expect(mixed.map((p) => [p.param, p.code])).toEqual([
      ['color', 'UNKNOWN'],
      ['dateFrom', 'INVALID'],
      ['dateTo', 'INVALID'],
      ['regionId', 'INVALID'],
      ['productId', 'NOT_FOUND'],
      ['payType', 'INVALID'],
    ]);
    expect(mixed.find((p) => p.param === 'payType')?.message).toBe('Payment type is not valid, expected one of B, C, M, F.');
    expect(await problems('dateFrom=2026-05-01&dateTo=2026-04-30', 'fr')).toEqual([
      { param: 'dateTo', code: 'OUT_OF_RANGE', message: 'Au ne doit pas précéder Du.' },
    ]);
    // a district given as the region: the level is checked
    const districts = await admin.gql('{ locations(filter: { type: "D" }, first: 1) { edges { node { id } } } }');
    const districtId = districts.json.data.locations.edges[0].node.id;
    expect((await problems(`${WIDE}&regionId=${districtId}`)).map((p) => p.code)).toEqual(['NOT_FOUND']);
    // a year out of range, a month not in the quarter
    const bad = await get(manager, '/api/reports/claims_primary_operational_indicators.csv?year=1800');
    expect((await bad.json()).problems[0]).toMatchObject({ param: 'year', code: 'OUT_OF_RANGE' });
    const quarter = await get(manager, `/api/reports/claims_primary_operational_indicators.csv?year=${YEAR}&month=5&quarter=1`);
    expect((await quarter.json()).problems[0]).toMatchObject({ param: 'month', code: 'OUT_OF_RANGE' });
  });

  it('premium collection: every contribution of the period, its total equal to the contributions search', async () => {
    const premiums = await all(admin, 'premiums', {}, 'id amount payDate payType receipt');
    expect(premiums.length).toBeGreaterThan(10);
    const { header, rows } = await csv(manager, `premium_collection.csv?${WIDE}`);
    expect(header).toEqual(['Paid on', 'Receipt', 'Payment type', 'Region', 'District', 'Product', 'Head’s insurance number', 'Amount (TZS)']);
    const body = rows.slice(0, -1);
    const total = rows.at(-1) ?? [];
    expect(body).toHaveLength(premiums.length);
    const sum = premiums.reduce((s, p) => s + cents(p.amount), 0);
    expect(total[0]).toBe('Total');
    expect(cents(total[7])).toBe(sum);
    expect(body.reduce((s, r) => s + cents(r[7]), 0)).toBe(sum);
    // in pay-date order, as the receipts of the search
    expect(body.map((r) => r[0])).toEqual([...body.map((r) => r[0])].sort());
    expect(new Set(body.map((r) => r[1]))).toEqual(new Set(premiums.map((p) => p.receipt)));
    // one pay type, one month
    const cash = premiums.filter((p) => p.payType === 'C');
    const cashRows = (await csv(manager, `premium_collection.csv?${WIDE}&payType=C`)).rows.slice(0, -1);
    expect(cashRows).toHaveLength(cash.length);
    expect(cashRows.every((r) => r[2] === 'Cash')).toBe(true);
    const swahili = (await csv(manager, `premium_collection.csv?${WIDE}&payType=C&lang=sw`)).rows.slice(0, -1);
    expect(swahili.every((r) => r[2] === 'Fedha taslimu')).toBe(true);
    // payment category overview: the same contributions split by pay type
    const category = (await csv(manager, `payment_category_overview.csv?${WIDE}`)).rows;
    const categoryTotal = category.at(-1) ?? [];
    expect(Number(categoryTotal[2])).toBe(premiums.length);
    expect(cents(categoryTotal[4])).toBe(cash.reduce((s, p) => s + cents(p.amount), 0));
    expect(cents(categoryTotal[8])).toBe(sum);
  });

  it('claims overview: every claim of the period with its status, totals equal to the claims search', async () => {
    const claims = await all(admin, 'claims', {}, 'id code status claimed visitFrom');
    expect(claims.length).toBeGreaterThan(5);
    const { header, rows } = await csv(manager, `claims_overview.csv?${WIDE}`);
    expect(header[0]).toBe('Claim code');
    const body = rows.slice(0, -1);
    expect(new Set(body.map((r) => r[0]))).toEqual(new Set(claims.map((c) => c.code)));
    expect(cents(rows.at(-1)?.[7])).toBe(claims.reduce((s, c) => s + cents(c.claimed), 0));
    const rejected = claims.filter((c) => c.status === 1);
    expect(rejected.length).toBeGreaterThan(0);
    const onlyRejected = (await csv(manager, `claims_overview.csv?${WIDE}&status=1`)).rows.slice(0, -1);
    expect(onlyRejected.map((r) => r[0]).sort()).toEqual(rejected.map((c) => c.code).sort());
    expect(onlyRejected.every((r) => r[6] === 'Rejected')).toBe(true);
    const fr = (await csv(manager, `claims_overview.csv?${WIDE}&status=1&lang=fr`)).rows;
    expect(fr[0]?.[6]).toBe('Rejetée');

    // claims primary indicators: received per month of this year = the claims claimed that month
    const indicators = (await csv(manager, `claims_primary_operational_indicators.csv?year=${YEAR}`)).rows;
    expect(indicators).toHaveLength(12);
    const full = await all(admin, 'claims', {}, 'dateClaimed status');
    for (const row of indicators) {
      const month = row[0] ?? '';
      const inMonth = full.filter((c) => String(c.dateClaimed).startsWith(month));
      expect(Number(row[1]), month).toBe(inMonth.length);
      expect(Number(row[3]), month).toBe(inMonth.filter((c) => c.status === 1).length);
    }
    // referrals: per facility, the claims of the facility add up to all claims
    const referrals = (await csv(manager, `claim_percentage_referrals.csv?${WIDE}`)).rows;
    expect(Number(referrals.at(-1)?.[2])).toBe(claims.length);
  });

  it('claim history, timeliness and first-pass rate follow the claims', async () => {
    const claims = await all(admin, 'claims', {}, 'code status visitFrom dateClaimed insuree { insuranceNumber } healthFacility { code }');
    const number = claims[0].insuree.insuranceNumber;
    const history = (await csv(manager, `claim_history.csv?insuranceNumber=${number}`)).rows;
    expect(history.map((r) => r[0]).sort()).toEqual(
      claims
        .filter((c) => c.insuree.insuranceNumber === number)
        .map((c) => c.code)
        .sort(),
    );
    expect((await get(manager, '/api/reports/claim_history.csv?insuranceNumber=12ab')).status).toBe(400);

    const timeliness = (await csv(manager, `claim_processing_timeliness.csv?${WIDE}`)).rows;
    const total = timeliness.at(-1) ?? [];
    expect(Number(total[2])).toBe(claims.length);
    const days = claims.map((c) => (Date.parse(c.dateClaimed) - Date.parse(c.visitFrom)) / 86_400_000);
    const mean = days.reduce((a, b) => a + b, 0) / days.length;
    expect(Number(total[3])).toBeCloseTo(mean, 1);
    for (const row of timeliness.slice(0, -1)) {
      const own = claims.filter((c) => c.healthFacility.code === row[0]);
      expect(Number(row[2]), row[0]).toBe(own.length);
    }

    const firstPass = (await csv(manager, `claim_first_pass_rate.csv?${WIDE}`)).rows.at(-1) ?? [];
    const decided = claims.filter((c) => [1, 8, 16].includes(c.status));
    expect(Number(firstPass[2])).toBe(decided.length);
    expect(Number(firstPass[3])).toBe(claims.filter((c) => [8, 16].includes(c.status)).length);
    expect(Number(firstPass[4])).toBeLessThanOrEqual(Number(firstPass[3]));
  });

  it('every other report runs on the seed and answers its columns', async () => {
    const queries: Record<string, string> = {
      policy_renewals: WIDE,
      policy_primary_operational_indicators: `year=${YEAR}&quarter=2`,
      product_sales: WIDE,
      contributions_distribution: `year=${YEAR}`,
      product_derived_operational_indicators: `year=${YEAR}&month=1`,
      insuree_missing_photo: '',
      insurees_pending_enrollment: WIDE,
      insuree_family_overview: '',
      enrolled_families: WIDE,
      user_activity: WIDE,
      registers_status: '',
    };
    const defs = (await manager.gql('{ reportDefinitions { name columns { key } } }')).json.data.reportDefinitions as Any[];
    for (const [name, query] of Object.entries(queries)) {
      const { header, rows } = await csv(manager, `${name}.csv?${query}`);
      expect(header, name).toHaveLength(defs.find((d) => d.name === name).columns.length);
      expect(rows.length, name).toBeGreaterThan(0);
    }
    // the family overview: one row per family of the seed (300), members add up to the insurees
    const families = (await csv(manager, 'insuree_family_overview.csv')).rows;
    expect(families).toHaveLength(300);
    expect(families.reduce((s, r) => s + Number(r[6]), 0)).toBe(1215);
    expect((await csv(manager, `policy_primary_operational_indicators.csv?year=${YEAR}&quarter=2`)).rows.map((r) => r[0])).toEqual([
      `${YEAR}-04`,
      `${YEAR}-05`,
      `${YEAR}-06`,
    ]);
    // product sales: the policies enrolled add up to the policies of the seed
    const policies = await admin.gql('{ policies(first: 1, exactCount: true) { totalCount } }');
    expect(Number((await csv(manager, `product_sales.csv?${WIDE}`)).rows.at(-1)?.[4])).toBe(policies.json.data.policies.totalCount);
    // registers status: the five registers with their counts
    const registers = (await csv(manager, 'registers_status.csv')).rows;
    expect(registers.map((r) => r[0])).toEqual(['locations', 'facilities', 'services', 'items', 'diagnoses']);
    const facilities = await admin.gql('{ healthFacilities(first: 1, exactCount: true) { totalCount } }');
    expect(Number(registers[1]?.[1])).toBe(facilities.json.data.healthFacilities.totalCount);
    // user activity: the district manager's creation by Admin is in it
    const activity = (await csv(manager, `user_activity.csv?${WIDE}&entityType=User&action=CREATE`)).rows;
    expect(activity.some((r) => r[2] === 'Admin')).toBe(true);
    expect(activity.every((r) => r[3] === 'User' && r[5] === 'Created')).toBe(true);
  });

  it("a district user's report holds only that district", async () => {
    const national = (await csv(manager, `premium_collection.csv?${WIDE}`)).rows.slice(0, -1);
    const mine = (await csv(district, `premium_collection.csv?${WIDE}`)).rows.slice(0, -1);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(national.length);
    expect(mine.every((r) => r[4] === districtName)).toBe(true);
    expect(mine).toEqual(national.filter((r) => r[4] === districtName));
    const searched = await all(district, 'premiums', {}, 'id');
    expect(mine).toHaveLength(searched.length);
    // claims: only the facilities of the district; families: only its villages
    const claims = (await csv(district, `claims_overview.csv?${WIDE}`)).rows.slice(0, -1);
    expect(claims).toHaveLength((await all(district, 'claims', {}, 'id')).length);
    const families = (await csv(district, 'insuree_family_overview.csv')).rows;
    expect(families.length).toBeLessThan(300);
    expect(families.every((r) => r[3] === districtName)).toBe(true);
    // a location outside the area is refused
    const regions = await admin.gql('{ locations(filter: { type: "D" }, first: 100) { edges { node { id name } } } }');
    const other = regions.json.data.locations.edges.find((e: Any) => e.node.name !== districtName).node.id;
    const refused = await get(district, `/api/reports/premium_collection.csv?${WIDE}&districtId=${other}`);
    expect(refused.status).toBe(400);
    expect((await refused.json()).problems[0]).toMatchObject({ param: 'districtId', code: 'NOT_FOUND' });
  });

  it('CSV has a BOM and the user’s language; XLSX has typed cells; PDF carries the scheme, title, parameters and pages', async () => {
    const response = await get(manager, `/api/reports/premium_collection.csv?${WIDE}&lang=fr`);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="premium_collection-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Payé le,Reçu,Type de paiement,Région');

    const x = await get(manager, `/api/reports/premium_collection.xlsx?${WIDE}`);
    expect(x.status).toBe(200);
    expect(x.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await x.arrayBuffer());
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getRow(1).getCell(1).value).toBe('Paid on');
    expect(sheet.getRow(2).getCell(1).value).toBeInstanceOf(Date);
    expect(typeof sheet.getRow(2).getCell(8).value).toBe('number');
    expect(sheet.getRow(2).getCell(8).numFmt).toBe('#,##0.00');
    const premiums = await all(admin, 'premiums', {}, 'amount');
    expect(sheet.rowCount).toBe(premiums.length + 2);
    const last = sheet.getRow(premiums.length + 2);
    expect(last.getCell(1).value).toBe('Total');
    expect(Math.round(Number(last.getCell(8).value) * 100)).toBe(premiums.reduce((s, p) => s + cents(p.amount), 0));
    expect(workbook.getWorksheet('Parameters')?.getRow(1).getCell(1).value).toBe('Community Health Fund (demo)');

    const pdf = await get(manager, `/api/reports/premium_collection.pdf?${WIDE}&payType=C&lang=fr`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const document = await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer()));
    const { text, totalPages } = await extractText(document, { mergePages: true });
    expect(totalPages).toBeGreaterThanOrEqual(1);
    expect(text).toContain('Community Health Fund (demo)');
    expect(text).toContain('Collecte des contributions');
    expect(text).toMatch(/Type de paiement\s*:\s*Espèces/);
    expect(text).toMatch(/Du\s*:\s*2000-01-01/);
    expect(text).toContain('Page 1');
    expect(text).toContain('Montant (TZS)');
    expect(text).toContain('Total');
    // French number format: a decimal comma
    expect(text).toMatch(/\d,\d\d/);
  });

  it('journal: a job runs in the background, its progress is pushed, only its owner downloads the file', async () => {
    const post = (c: Client | null, path: string, csrf = true) =>
      fetch(`${server.url}/api/jobs/reports/${path}`, {
        method: 'POST',
        headers: { ...(c ? { cookie: cookie(c) } : {}), ...(csrf ? { 'x-kente-csrf': '1' } : {}) },
      });
    expect((await post(manager, `claims_overview.csv?${WIDE}`, false)).status).toBe(403);
    expect((await post(null, `claims_overview.csv?${WIDE}`)).status).toBe(401);
    const bad = await post(manager, 'claims_overview.csv?dateFrom=2026-01-01');
    expect(bad.status).toBe(400);
    expect((await bad.json()).problems[0]).toMatchObject({ param: 'dateTo', code: 'REQUIRED' });

    // listen first, then start
    const events = await listenToJobs(server.url, cookie(manager));
    expect(events.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const started = await post(manager, `claims_overview.xlsx?${WIDE}`);
    expect(started.status).toBe(202);
    const { id } = (await started.json()) as { id: string };
    const seen: Any[] = await events.until(id);
    const mine = seen.filter((e) => e.id === id);
    expect(mine[0]).toMatchObject({ kind: 'report', title: 'Claims overview' });
    expect(mine.map((e) => e.status)).toContain('running');
    const final = mine.at(-1);
    expect(final).toMatchObject({ status: 'done', progress: 1, fileName: expect.stringMatching(/^claims_overview-.*\.xlsx$/) });
    expect(final.rows).toBeGreaterThan(0);

    const listed = await (await get(manager, '/api/jobs')).json();
    expect(listed.jobs.find((j: Any) => j.id === id)).toMatchObject({ status: 'done' });
    expect((await (await get(admin, '/api/jobs')).json()).jobs.some((j: Any) => j.id === id)).toBe(false);

    const file = await get(manager, `/api/jobs/${id}/file`);
    expect(file.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await file.arrayBuffer());
    expect(workbook.worksheets[0]?.rowCount).toBe(final.rows + 2);
    expect((await get(admin, `/api/jobs/${id}/file`)).status).toBe(404);
    expect((await get(null, `/api/jobs/${id}/file`)).status).toBe(401);

    // the per-user limit: two queued or running at most (KENTE_JOBS_PER_USER=2 here)
    const statuses = await Promise.all([1, 2, 3].map(() => post(district, `premium_collection.pdf?${WIDE}`)));
    expect(statuses.map((s) => s.status).sort()).toEqual([202, 202, 429]);
  });
});
