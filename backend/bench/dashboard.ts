/**
 * The dashboard's queries at scale, through HTTP, as the console sends them: a database with the demo
 * data, generated insurees (their families' policies and contributions) and claims (bench/scale.ts:
 * PGlite, or PostgreSQL when DATABASE_URL is set).
 *   pnpm --filter @kente/backend bench:dashboard [-- --claims 200000 --insurees 100000 --runs 40 --budget 150 --detail]
 * Queries: the eight cards' documents (mf-policy/src/dashboard/dashboardQueries.ts, mf-claim/src/dashboard/
 * dashboardQueries.ts: one request per card) and the filter bar's products (mf-reports). Filters: the
 * page's default period (the last 12 months), last year, the last complete quarter, last year with a
 * region, with a product, and the quarter with both. Users: the manager (the report rights of the
 * cards) and Admin (131200, every report). `runs` sequential requests per query, filter and user, taken
 * in rounds (one request of each per round, after 2 warm-up rounds: a busy neighbour on the machine
 * then costs every scenario a sample, not one its p95): p50 / p95 / max in ms, pooled over the
 * filters, with the worst filter's p95 (every filter's with --detail). Then the page as the browser loads it: the eight cards at once, time until
 * the last answer (printed, not gated: on PGlite they queue on its one connection).
 * Exits 1 when a query's p95 under any filter is over the budget: 150 ms, the backend's latency
 * budget for a request (bench/latency.ts, claimSearch.ts, insuree.ts; backend README, Benchmark).
 */
import { parseArgs } from 'node:util';
import {
  type BenchServer,
  benchArgv,
  engine,
  generatedDatabase,
  loadAverage,
  percentile,
  startBenchServer,
  type Timing,
  timeRounds,
  timeRuns,
} from './scale.js';

const { values } = parseArgs({
  args: benchArgv(),
  options: {
    claims: { type: 'string', default: '200000' },
    insurees: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '40' },
    budget: { type: 'string', default: '150' },
    detail: { type: 'boolean', default: false },
  },
});
const runs = Math.max(20, Number(values.runs));
const budget = Number(values.budget);

const card = (domain: 'policyDashboard' | 'claimDashboard', fields: string) => `query($filter: DashboardFilter!) { ${domain}(filter: $filter) { ${fields} } }`;
/** The console's documents (same selections; the card's own operation names are left out). */
const CARDS: [string, string][] = [
  ['enrolments', card('policyDashboard', 'enrolments { month newPolicies renewals }')],
  ['coverage', card('policyDashboard', 'coverage { date activePolicies insurees covered rate }')],
  ['contributions', card('policyDashboard', 'contributions { month collected expected }')],
  ['claims by status', card('claimDashboard', 'byStatus { status claims claimed }')],
  ['claim amounts', card('claimDashboard', 'amounts { month claims claimed valuated }')],
  ['rejections', card('claimDashboard', 'rejections { reason lines claims }')],
  ['top diagnoses', card('claimDashboard', 'topDiagnoses { diagnosisId code name claims }')],
  ['timeliness', card('claimDashboard', 'timeliness { step claims averageDays }')],
];
const PRODUCTS_NAME = 'products (filter bar)';
const PRODUCTS = 'query DashboardProducts { products(first: 100) { edges { node { id code name } } } }';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const now = new Date();
const year = now.getUTCFullYear() - 1;
const quarterStart = new Date(Date.UTC(now.getUTCFullYear(), Math.floor(now.getUTCMonth() / 3) * 3 - 3, 1));
const quarterEnd = new Date(Date.UTC(quarterStart.getUTCFullYear(), quarterStart.getUTCMonth() + 3, 0));
const last12 = { dateFrom: iso(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1))), dateTo: iso(now) };
const lastYear = { dateFrom: `${year}-01-01`, dateTo: `${year}-12-31` };
const quarter = { dateFrom: iso(quarterStart), dateTo: iso(quarterEnd) };

const scale = await generatedDatabase({ insurees: Number(values.insurees), claims: Number(values.claims) });
let exitCode = 0;
try {
  // the region with the most claims, the product on the most claim lines
  const [region] = (
    await scale.database.pool.query<{ id: number; code: string; claims: number }>(
      `select r.id, r.code, count(*)::int as claims from claims c join health_facilities hf on hf.id = c.health_facility_id
         join locations d on d.id = hf.location_id join locations r on r.id = d.parent_id and r.type = 'R'
       group by r.id, r.code order by count(*) desc limit 1`,
    )
  ).rows;
  const [product] = (
    await scale.database.pool.query<{ id: number; code: string }>(
      'select p.id, p.code from claim_lines l join products p on p.id = l.product_id group by p.id, p.code order by count(*) desc limit 1',
    )
  ).rows;
  const [counts] = (
    await scale.database.pool.query<{ insurees: number; policies: number; premiums: number }>(
      'select (select count(*) from insurees)::int as insurees, (select count(*) from policies)::int as policies, (select count(*) from premiums)::int as premiums',
    )
  ).rows;
  if (!region || !product || !counts) throw new Error('no region with claims or no product on claim lines');
  await scale.database.close();
  const filters: [string, Record<string, string>][] = [
    ['last 12 months', last12],
    [`year ${year}`, lastYear],
    [`quarter ${quarter.dateFrom.slice(0, 7)}`, quarter],
    [`year + region ${region.code}`, { ...lastYear, locationId: String(region.id) }],
    [`year + product ${product.code}`, { ...lastYear, productId: String(product.id) }],
    ['quarter + region + product', { ...quarter, locationId: String(region.id), productId: String(product.id) }],
  ];
  console.log(
    `${engine}: ${scale.claims.toLocaleString('en')} claims, ${counts.insurees.toLocaleString('en')} insurees, ${counts.policies.toLocaleString('en')} policies, ${counts.premiums.toLocaleString('en')} contributions; set up in ${scale.setupSeconds.toFixed(1)} s`,
  );

  const server: BenchServer = await startBenchServer(scale.env);
  try {
    console.log(`measuring (${loadAverage()})`);
    const admin = await server.signIn('Admin', 'admin123');
    const users = [
      { name: 'manager', client: await server.signIn('manager', 'manager123') },
      { name: 'Admin', client: admin },
    ];
    const ask = async (client: (typeof users)[number]['client'], query: string, filter?: Record<string, string>) => {
      const r = await client.gql(query, filter ? { filter } : undefined);
      if (r.status !== 200 || r.json.errors) throw new Error(`${r.status} ${JSON.stringify(r.json.errors ?? r.text)}`);
      return r.json.data;
    };
    // each filter names claims (the bench measures aggregates, not empty answers)
    for (const [filterName, filter] of filters) {
      const data = await ask(admin, card('claimDashboard', 'byStatus { claims }'), filter);
      const claims = (data?.claimDashboard?.byStatus ?? []).reduce((sum: number, s: { claims: number }) => sum + s.claims, 0);
      if (!claims) throw new Error(`no claims under the filter ${filterName}`);
      console.log(`  ${filterName}: ${claims.toLocaleString('en')} claims`);
    }
    type Row = { query: string; user: string; filter: string; timing: Timing };
    type Key = Omit<Row, 'timing'>;
    const scenarios: [Key, () => Promise<void>][] = [];
    for (const user of users) {
      for (const [filterName, filter] of filters) {
        for (const [query, document] of CARDS) scenarios.push([{ query, user: user.name, filter: filterName }, () => ask(user.client, document, filter)]);
      }
      // the filter bar's products do not depend on the filter
      scenarios.push([{ query: PRODUCTS_NAME, user: user.name, filter: '-' }, () => ask(user.client, PRODUCTS)]);
    }
    const timings = await timeRounds(scenarios, runs, 2);
    const rows: Row[] = [...timings].map(([key, timing]) => ({ ...key, timing }));
    const pooled = (query: string, user: string) => {
      const mine = rows.filter((r) => r.query === query && r.user === user);
      const all = mine.flatMap((r) => r.timing.samples).sort((a, b) => a - b);
      const worst = mine.reduce((w, r) => (r.timing.p95 > (w?.timing.p95 ?? -1) ? r : w), mine[0]);
      return { p50: percentile(all, 50), p95: percentile(all, 95), worst };
    };
    const f = (n: number) => n.toFixed(1).padStart(7);
    console.log(
      `\nDashboard queries through HTTP on ${engine}, ${runs} sequential requests per query, filter and user in rounds (ms, pooled over the ${filters.length} filters); budget p95 <= ${budget} ms under every filter; ${loadAverage()}`,
    );
    console.log(`${'query'.padEnd(22)} ${'user'.padEnd(8)} ${'p50'.padStart(7)} ${'p95'.padStart(7)}  worst filter (its p95)`);
    for (const query of [...CARDS.map(([name]) => name), PRODUCTS_NAME]) {
      for (const user of users) {
        const p = pooled(query, user.name);
        console.log(`${query.padEnd(22)} ${user.name.padEnd(8)} ${f(p.p50)} ${f(p.p95)}  ${p.worst?.filter ?? ''} (${p.worst?.timing.p95.toFixed(1) ?? '-'})`);
      }
    }
    if (values.detail) {
      console.log(`\n${'query'.padEnd(22)} ${'user'.padEnd(8)} ${'filter'.padEnd(28)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'max'.padStart(7)}`);
      for (const r of rows)
        console.log(`${r.query.padEnd(22)} ${r.user.padEnd(8)} ${r.filter.padEnd(28)} ${f(r.timing.p50)} ${f(r.timing.p95)} ${f(r.timing.max)}`);
    }

    // the page: the eight cards' requests at once, as the browser sends them
    console.log(`\nThe dashboard page: the 8 cards at once, until the last answer (ms; not gated); ${loadAverage()}`);
    for (const user of users) {
      for (const [filterName, filter] of filters.slice(0, 3)) {
        const timing = await timeRuns(Math.min(runs, 20), () => Promise.all(CARDS.map(([, document]) => ask(user.client, document, filter))), 2);
        console.log(`${'8 cards'.padEnd(22)} ${user.name.padEnd(8)} ${filterName.padEnd(28)} p50 ${f(timing.p50)} p95 ${f(timing.p95)}`);
      }
    }

    const over = rows.filter((r) => r.timing.p95 > budget);
    if (over.length) {
      console.error(`\nOver budget: ${over.map((r) => `${r.query} (${r.user}, ${r.filter}) p95 ${r.timing.p95.toFixed(1)} ms`).join('; ')}`);
      exitCode = 1;
    } else console.log(`\nwithin budget (every query's p95 <= ${budget} ms under every filter)`);
  } finally {
    await server.stop();
  }
} finally {
  await scale.dispose();
}
process.exit(exitCode);
