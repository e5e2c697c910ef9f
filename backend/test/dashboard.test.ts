/**
 * The dashboard's queries on the real server (both engines): `policyDashboard` and `claimDashboard`
 * answer the seed's figures, checked against the same records read one by one through the lists
 * (policies, contributions, claims and their lines); a location and a product narrow them; a district
 * manager's figures are their district's and another district is refused; the report rights (or
 * 131200) are needed; a bad period or id is refused.
 */
import { addDays, parseMoney, toDecimal } from '@kente/contract-policy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, type RunningServer, startServer } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: test convenience
type Any = any;

const ERR = 'errors { field code message }';
const today = new Date().toISOString().slice(0, 10);
const from = addDays(today, -400);
const period = { dateFrom: from, dateTo: today };
const POLICY = `query($f: DashboardFilter!) { policyDashboard(filter: $f) {
  enrolments { month newPolicies renewals } coverage { date activePolicies insurees covered rate } contributions { month collected expected } } }`;
const CLAIM = `query($f: DashboardFilter!) { claimDashboard(filter: $f) {
  byStatus { status claims claimed } amounts { month claims claimed valuated } rejections { reason lines claims }
  topDiagnoses { diagnosisId code name claims } timeliness { step claims averageDays } } }`;
const money = (values: (string | null | undefined)[]) => toDecimal(values.reduce((s, v) => s + parseMoney(v ?? '0'), 0n));
const countBy = <T>(rows: T[], key: (row: T) => string | number) => {
  const out = new Map<string | number, T[]>();
  for (const row of rows) out.set(key(row), [...(out.get(key(row)) ?? []), row]);
  return out;
};
const dayOf = (stamp: string) => stamp.slice(0, 10);
const daysBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
const average = (values: number[]) => (values.length ? Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10 : null);

describe.each(engines)('dashboard on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;
  let manager: Client;

  const q = async (client: Client, query: string, variables?: Record<string, unknown>) => {
    const r = await client.gql(query, variables);
    expect(r.json.errors).toBeUndefined();
    return r.json.data;
  };
  /** Every node of a list, page after page. */
  const all = async (client: Client, field: string, filter: Record<string, unknown>, fields: string) => {
    const out: Any[] = [];
    let after: string | null = null;
    for (;;) {
      const data: Any = await q(
        client,
        `query($f: ${field === 'claims' ? 'ClaimFilter' : field === 'premiums' ? 'PremiumFilter' : 'PolicyFilter'}, $a: String) {
          ${field}(filter: $f, first: ${field === 'claims' ? 20 : 100}, after: $a) { edges { node { ${fields} } } pageInfo { hasNextPage endCursor } } }`,
        { f: filter, a: after },
      );
      out.push(...data[field].edges.map((e: Any) => e.node));
      if (!data[field].pageInfo.hasNextPage) return out;
      after = data[field].pageInfo.endCursor;
    }
  };
  const policyFigures = async (client: Client, f: Record<string, unknown>) => (await q(client, POLICY, { f })).policyDashboard;
  const claimFigures = async (client: Client, f: Record<string, unknown>) => (await q(client, CLAIM, { f })).claimDashboard;

  beforeAll(async () => {
    server = await startServer(engine);
    admin = new Client(server.url);
    expect((await admin.login('Admin', 'admin123')).errors).toEqual([]);
    manager = new Client(server.url);
    expect((await manager.login('manager', 'manager123')).errors).toEqual([]);
  }, 180_000);
  afterAll(async () => server?.stop());

  it('enrolments and contributions: every month of the period, the policies and contributions of the seed', async () => {
    const figures = await policyFigures(manager, period);
    const enrolled = await all(admin, 'policies', { enrolDateFrom: from, enrolDateTo: today }, 'id enrolDate stage value productId');
    expect(enrolled.length).toBeGreaterThan(50);
    const months = figures.enrolments.map((m: Any) => m.month);
    expect(months[0]).toBe(from.slice(0, 7));
    expect(months.at(-1)).toBe(today.slice(0, 7));
    expect(months.length).toBeGreaterThanOrEqual(13);
    const byMonth = countBy(enrolled, (p) => p.enrolDate.slice(0, 7));
    for (const m of figures.enrolments) {
      const mine = byMonth.get(m.month) ?? [];
      expect([m.month, m.newPolicies, m.renewals]).toEqual([m.month, mine.filter((p) => p.stage === 'N').length, mine.filter((p) => p.stage === 'R').length]);
    }
    const paid = (await all(admin, 'premiums', { payDateFrom: from, payDateTo: today }, 'amount payDate isPhotoFee')).filter((p) => !p.isPhotoFee);
    expect(paid.length).toBeGreaterThan(50);
    const paidBy = countBy(paid, (p) => p.payDate.slice(0, 7));
    for (const m of figures.contributions) {
      expect([m.month, parseMoney(m.collected)]).toEqual([m.month, parseMoney(money((paidBy.get(m.month) ?? []).map((p) => p.amount)))]);
      expect([m.month, parseMoney(m.expected)]).toEqual([m.month, parseMoney(money((byMonth.get(m.month) ?? []).map((p) => p.value)))]);
    }
    // one product: only its policies
    const product = enrolled[0].productId;
    const one = await policyFigures(manager, { ...period, productId: product });
    const total = (f: Any) => f.enrolments.reduce((n: number, m: Any) => n + m.newPolicies + m.renewals, 0);
    expect(total(one)).toBe(enrolled.filter((p) => p.productId === product).length);
    expect(total(one)).toBeLessThan(total(figures));
  });

  it('coverage: the policies in force today and the insurees their families hold', async () => {
    const { coverage } = await policyFigures(manager, period);
    const policies = await all(admin, 'policies', {}, 'id status startDate effectiveDate expiryDate familyId');
    const inForce = policies.filter((p) => p.status === 2 && (p.effectiveDate ?? p.startDate) <= today && p.startDate <= today && p.expiryDate >= today);
    expect(coverage.date).toBe(today);
    expect(coverage.activePolicies).toBe(inForce.length);
    expect(coverage.insurees).toBeGreaterThan(1000);
    expect(coverage.covered).toBeGreaterThan(0);
    expect(coverage.covered).toBeLessThanOrEqual(coverage.insurees);
    expect(coverage.rate).toBeCloseTo(coverage.covered / coverage.insurees, 4);
    // a period that ended: the figures of its last day
    const past = await policyFigures(manager, { dateFrom: '2020-01-01', dateTo: '2020-12-31' });
    expect(past.coverage).toMatchObject({ date: '2020-12-31', activePolicies: 0, covered: 0 });
    expect(past.enrolments.every((m: Any) => m.newPolicies === 0 && m.renewals === 0)).toBe(true);
  });

  it('claims: by status, amounts per month, rejection reasons, top diagnoses and timeliness of the seed', async () => {
    const claims = await all(
      admin,
      'claims',
      { visitFrom: from },
      'id status visitFrom visitTo dateClaimed claimed valuated submittedAt processedAt diagnosis { id code } lines { status rejectionReason }',
    );
    expect(claims.length).toBeGreaterThan(10);
    const figures = await claimFigures(manager, period);
    const statuses = countBy(claims, (c) => c.status);
    expect(figures.byStatus).toEqual(
      [...statuses.keys()]
        .sort((a, b) => Number(a) - Number(b))
        .map((status) => {
          const mine = statuses.get(status) ?? [];
          return { status, claims: mine.length, claimed: expect.any(String) };
        }),
    );
    for (const row of figures.byStatus) expect(parseMoney(row.claimed)).toBe(parseMoney(money((statuses.get(row.status) ?? []).map((c) => c.claimed))));
    const months = countBy(claims, (c) => c.visitFrom.slice(0, 7));
    expect(figures.amounts.at(-1).month).toBe(today.slice(0, 7));
    for (const m of figures.amounts) {
      const mine = months.get(m.month) ?? [];
      expect([m.month, m.claims, parseMoney(m.claimed), parseMoney(m.valuated)]).toEqual([
        m.month,
        mine.length,
        parseMoney(money(mine.map((c) => c.claimed))),
        parseMoney(money(mine.map((c) => c.valuated))),
      ]);
    }
    const rejected = claims.flatMap((c) => c.lines.filter((l: Any) => l.status === 2).map((l: Any) => ({ claim: c.id, reason: l.rejectionReason ?? 0 })));
    expect(rejected.length).toBeGreaterThan(2);
    const reasons = countBy(rejected, (l) => l.reason);
    expect(figures.rejections.length).toBe(reasons.size);
    for (const r of figures.rejections) {
      const mine = reasons.get(r.reason) ?? [];
      expect(r).toEqual({ reason: r.reason, lines: mine.length, claims: new Set(mine.map((l) => l.claim)).size });
    }
    expect(figures.rejections.map((r: Any) => r.lines)).toEqual([...figures.rejections.map((r: Any) => r.lines)].sort((a, b) => b - a));
    const diagnoses = countBy(claims, (c) => c.diagnosis.code);
    expect(figures.topDiagnoses[0]).toMatchObject({ code: expect.any(String), claims: Math.max(...[...diagnoses.values()].map((d) => d.length)) });
    for (const d of figures.topDiagnoses) expect(d.claims).toBe(diagnoses.get(d.code)?.length);
    const end = (c: Any) => c.visitTo ?? c.visitFrom;
    const submitted = claims.filter((c) => c.submittedAt);
    const valuated = claims.filter((c) => c.processedAt);
    expect(valuated.length).toBeGreaterThan(0);
    expect(figures.timeliness).toEqual([
      { step: 'CLAIM', claims: claims.length, averageDays: average(claims.map((c) => daysBetween(end(c), c.dateClaimed))) },
      {
        step: 'SUBMISSION',
        claims: submitted.length,
        averageDays: average(submitted.map((c) => daysBetween(end(c), dayOf(new Date(c.submittedAt).toISOString())))),
      },
      {
        step: 'VALUATION',
        claims: valuated.length,
        averageDays: average(valuated.map((c) => daysBetween(end(c), dayOf(new Date(c.processedAt).toISOString())))),
      },
    ]);
    // a period long past has no claims
    const past = await claimFigures(manager, { dateFrom: '2020-01-01', dateTo: '2020-03-31' });
    expect(past).toMatchObject({ byStatus: [], rejections: [], topDiagnoses: [] });
    expect(past.amounts.map((m: Any) => [m.month, m.claims])).toEqual([
      ['2020-01', 0],
      ['2020-02', 0],
      ['2020-03', 0],
    ]);
  });

  it('a district manager sees their district’s figures only; another district is refused', async () => {
    const districts = (await q(admin, '{ locations(filter: { type: "D" }, first: 50) { edges { node { id code } } } }')).locations.edges.map(
      (e: Any) => e.node.id,
    );
    const hospital = (await q(admin, '{ healthFacilities(filter: { search: "HFH001" }) { edges { node { locationId } } } }')).healthFacilities.edges[0].node;
    const here: string = hospital.locationId;
    expect(districts).toContain(here);
    const away = districts.find((d: string) => d !== here);
    const role = (await q(admin, '{ roles(first: 50) { edges { node { id name } } } }')).roles.edges.find((e: Any) => e.node.name === 'Manager').node.id;
    const username = `dash${engine}`;
    const made = await q(admin, `mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } ${ERR} } }`, {
      i: { username, password: 'District-dashboard-1', otherNames: 'Dee', lastName: 'Board', roleIds: [role], locationIds: [here] },
    });
    expect(made.createUser.errors).toEqual([]);
    const district = new Client(server.url);
    expect((await district.login(username, 'District-dashboard-1')).errors).toEqual([]);
    // the district user's whole area = the national user's figures for that district, fewer than the nation's
    const mine = await policyFigures(district, period);
    const there = await policyFigures(manager, { ...period, locationId: here });
    expect(mine).toEqual(there);
    const nation = await policyFigures(manager, period);
    expect(mine.coverage.insurees).toBeGreaterThan(0);
    expect(mine.coverage.insurees).toBeLessThan(nation.coverage.insurees);
    const enrolledThere = await all(admin, 'policies', { enrolDateFrom: from, enrolDateTo: today, locationId: here }, 'id');
    expect(mine.enrolments.reduce((n: number, m: Any) => n + m.newPolicies + m.renewals, 0)).toBe(enrolledThere.length);
    const claimsMine = await claimFigures(district, period);
    expect(claimsMine).toEqual(await claimFigures(manager, { ...period, locationId: here }));
    const count = (f: Any) => f.byStatus.reduce((n: number, s: Any) => n + s.claims, 0);
    expect(count(claimsMine)).toBeGreaterThan(0);
    // the seed's claims are all in the hospital's district: none in another one
    expect(count(claimsMine)).toBe(count(await claimFigures(manager, period)));
    expect(count(await claimFigures(manager, { ...period, locationId: away }))).toBe(0);
    for (const query of [POLICY, CLAIM]) {
      const refused = await district.gql(query, { f: { ...period, locationId: away } });
      expect(refused.json.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'locationId' });
    }
  });

  it('needs a report right; the period and ids are bounded', async () => {
    // the medical officer holds no report right; the scheme administrator only 131209 (registers)
    for (const [username, password] of [
      ['medical', 'medical123'],
      ['schemeadmin', 'schemeadmin123'],
    ]) {
      const who = new Client(server.url);
      expect((await who.login(username as string, password as string)).errors).toEqual([]);
      for (const query of [POLICY, CLAIM]) expect((await who.gql(query, { f: period })).json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // the accountant (every report right) reads both
    const accountant = new Client(server.url);
    expect((await accountant.login('accountant', 'accountant123')).errors).toEqual([]);
    expect((await accountant.gql(CLAIM, { f: period })).json.errors).toBeUndefined();
    const bad = async (f: Record<string, unknown>) => (await manager.gql(POLICY, { f })).json.errors?.[0]?.extensions;
    expect(await bad({ dateFrom: today, dateTo: from })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dateTo', reason: 'OUT_OF_RANGE' });
    expect(await bad({ dateFrom: '2019-01-01', dateTo: '2024-06-30' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dateTo', reason: 'OUT_OF_RANGE' });
    expect(await bad({ ...period, locationId: 'x' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'locationId', reason: 'INVALID' });
    expect(await bad({ dateFrom: '2024-13-45', dateTo: today })).toMatchObject({ code: 'BAD_USER_INPUT' });
    // five years exactly is allowed
    expect((await manager.gql(CLAIM, { f: { dateFrom: '2020-01-01', dateTo: '2024-12-31' } })).json.errors).toBeUndefined();
  });
});
