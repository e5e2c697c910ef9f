/**
 * The claim search at scale through HTTP: a database with the demo data, 20,000 generated insurees
 * (with their families' policies) and 200,000 generated claims (scripts/generate.ts --claims), on
 * PGlite (a temporary folder), or PostgreSQL when DATABASE_URL is set (a fresh database next to the
 * one named, dropped after): bench/scale.ts.
 *   pnpm --filter @kente/backend bench:claim-search [-- --claims 200000 --insurees 20000 --runs 40 --budget 150]
 * Scenarios (page of 20 with totalCount, the fields of the console's claim list): the claim
 * administrator's facility list newest first, its next page, its Checked claims and a visit month at
 * the facility; as Admin (national) by status, insurance number, code, visit date range, claimed
 * amount range; the medical officer's review candidates (Checked, review Idle) nationally and their
 * next page. p50 / p95 / max in ms over `runs` sequential requests after 5 warm-up ones; exits 1
 * when a p95 is over the budget (the project's search budget, 150 ms).
 */
import { parseArgs } from 'node:util';
import { addDays } from '@kente/contract-policy';
import type { QueryResultRow } from 'pg';
import type { Client } from '../test/harness.js';
import { benchArgv, engine, generatedDatabase, loadAverage, startBenchServer, type Timing, timeRuns } from './scale.js';

const { values } = parseArgs({
  args: benchArgv(),
  options: {
    claims: { type: 'string', default: '200000' },
    insurees: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '40' },
    budget: { type: 'string', default: '150' },
  },
});
const target = Number(values.claims);
const runs = Math.max(30, Number(values.runs));
const budget = Number(values.budget);

// the console's claim list (mf-claim ClaimRow) with its counts
const ROW =
  'id code status claimed approved visitFrom visitTo dateClaimed insuranceNumber rejectionReason insuree { id lastName otherNames } healthFacility { id code name }';
const SEARCH = `query($f: ClaimFilter, $o: ClaimOrder, $a: String) { claims(filter: $f, orderBy: $o, first: 20, after: $a) {
  totalCount totalCountCapped pageInfo { hasNextPage endCursor } edges { node { ${ROW} } } } }`;

const scale = await generatedDatabase({ insurees: Number(values.insurees), claims: target });
let exitCode = 0;
try {
  const { database } = scale;
  const sample = async <T extends QueryResultRow>(text: string, params: unknown[] = []) => (await database.pool.query<T>(text, params)).rows;
  const [counts] = await sample<{ claims: number; facility: number; mine: number }>(
    `select (select count(*) from claims)::int as claims, u.health_facility_id as facility,
       (select count(*) from claims where health_facility_id = u.health_facility_id)::int as mine
     from users u where u.username = 'claimadmin'`,
  );
  if (!counts) throw new Error('no claim administrator');
  const numbers = (
    await sample<{ n: string }>('select i.insurance_number as n from claims c join insurees i on i.id = c.insuree_id order by hashint4(c.id) limit 100')
  ).map((r) => r.n);
  const codes = (await sample<{ code: string }>("select code from claims where code like 'G%' order by hashint4(id) limit 100")).map((r) => r.code);
  await database.close();
  console.log(
    `${engine}: ${counts.claims.toLocaleString('en')} claims (${counts.mine.toLocaleString('en')} at the claim administrator's facility), set up in ${scale.setupSeconds.toFixed(1)} s`,
  );

  const server = await startBenchServer(scale.env);
  try {
    const [admin, claimadmin, medical] = [
      await server.signIn('Admin', 'admin123'),
      await server.signIn('claimadmin', 'claimadmin123'),
      await server.signIn('medical', 'medical123'),
    ];
    const search = async (client: Client, filter: Record<string, unknown>, orderBy: string | null = null, after: string | null = null) => {
      const r = await client.gql(SEARCH, { f: filter, o: orderBy, a: after });
      if (r.json.errors) throw new Error(JSON.stringify(r.json.errors));
      return r.json.data.claims as { totalCount: number; pageInfo: { endCursor: string | null }; edges: unknown[] };
    };
    const today = new Date().toISOString().slice(0, 10);
    const window = (i: number, days: number) => {
      const to = addDays(today, -((i * 37) % 700));
      return { visitFrom: addDays(to, -days), visitTo: to };
    };
    const amount = (i: number) => 1000 + ((i * 7919) % 200) * 1000;
    const facility = String(counts.facility);
    const mine = await search(claimadmin, { healthFacilityId: facility }, 'NEWEST_FIRST');
    const candidates = await search(medical, { status: 4, reviewStatus: 1 });
    if (!mine.pageInfo.endCursor || !candidates.pageInfo.endCursor) throw new Error('no claims to page through');
    const scenarios: [string, (i: number) => Promise<unknown>][] = [
      ['claimadmin  facility list, newest first', () => search(claimadmin, { healthFacilityId: facility }, 'NEWEST_FIRST')],
      ['claimadmin  facility list, next page', () => search(claimadmin, { healthFacilityId: facility }, 'NEWEST_FIRST', mine.pageInfo.endCursor)],
      ['claimadmin  facility, status Checked, newest first', () => search(claimadmin, { healthFacilityId: facility, status: 4 }, 'NEWEST_FIRST')],
      ['claimadmin  facility, visits of 30 days', (i) => search(claimadmin, { healthFacilityId: facility, ...window(i, 30) }, 'NEWEST_FIRST')],
      ['Admin       by status (each of 1, 2, 4, 8, 16)', (i) => search(admin, { status: [1, 2, 4, 8, 16][i % 5] }, 'NEWEST_FIRST')],
      ['Admin       by insurance number', (i) => search(admin, { insuranceNumber: numbers[i % numbers.length] }, 'NEWEST_FIRST')],
      ['Admin       by code', (i) => search(admin, { code: codes[i % codes.length] })],
      ['Admin       visits of 7 days', (i) => search(admin, window(i, 7))],
      ['Admin       visits of 90 days, Valuated', (i) => search(admin, { ...window(i, 90), status: 16 })],
      ['Admin       claimed between x and x + 500', (i) => search(admin, { claimedMin: String(amount(i)), claimedMax: String(amount(i) + 500) })],
      ['Admin       claimed above 400,000', () => search(admin, { claimedMin: '400000' })],
      ['medical     review candidates (Checked, Idle)', () => search(medical, { status: 4, reviewStatus: 1 })],
      ['medical     review candidates, next page', () => search(medical, { status: 4, reviewStatus: 1 }, null, candidates.pageInfo.endCursor)],
    ];
    const rows: ({ name: string } & Timing)[] = [];
    for (const [name, run] of scenarios) rows.push({ name, ...(await timeRuns(runs, run)) });
    console.log(
      `\nClaim search through HTTP on ${engine}, ${counts.claims.toLocaleString('en')} claims, ${runs} sequential requests a scenario (ms); budget p95 <= ${budget} ms; ${loadAverage()}`,
    );
    console.log(`${'scenario'.padEnd(54)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'max'.padStart(7)}`);
    for (const r of rows) console.log(`${r.name.padEnd(54)} ${r.p50.toFixed(1).padStart(7)} ${r.p95.toFixed(1).padStart(7)} ${r.max.toFixed(1).padStart(7)}`);
    const over = rows.filter((r) => r.p95 > budget);
    if (over.length) {
      console.error(`\nOver budget: ${over.map((r) => `${r.name.trim()} p95 ${r.p95.toFixed(1)} ms`).join('; ')}`);
      exitCode = 1;
    }
  } finally {
    await server.stop();
  }
} finally {
  await scale.dispose();
}
process.exit(exitCode);
