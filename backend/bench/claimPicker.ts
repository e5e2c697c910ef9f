/**
 * The claim form's service picker over 40,000 services on one facility's price list, through HTTP
 * as the demo claim administrator (their hospital's list), on PGlite, or PostgreSQL when
 * DATABASE_URL is set (a fresh database next to it, dropped after).
 *   pnpm --filter @kente/backend bench:claim-picker [-- --services 40000 --requests 200]
 * Scenarios (page of 20): code prefix (1, 3, 5 characters), name fragment, no search, the second
 * page of a prefix; then save and submit of a 20-line claim. Prints p50 / p95 / max in ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { prepareDatabase } from '../src/app.js';
import { Client, freshPostgresDatabase, spawnServer } from '../test/harness.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { services: { type: 'string', default: '40000' }, requests: { type: 'string', default: '200' } },
});
const count = Number(values.services);
const requests = Number(values.requests);
const postgres = Boolean(process.env.DATABASE_URL);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

const dir = postgres ? null : mkdtempSync(join(tmpdir(), 'kente-claim-bench-'));
const fresh = postgres ? await freshPostgresDatabase() : null;
const env = fresh ? { DATABASE_URL: fresh.url } : { DATABASE_URL: '', KENTE_DATA_DIR: dir ?? '' };
try {
  const database = await prepareDatabase({ databaseUrl: fresh?.url ?? '', dataDir: dir ?? undefined, demo: true }, () => {});
  const started = performance.now();
  await database.unbounded(async (db) => {
    await db.execute(sql`insert into medical_services (code, name, type, category, level, price, care_type)
      select 'X' || lpad(g::text, 6, '0'),
             (array['Ambulance transport','Taxi transport','Motorbike transport','Boat transport'])[1 + g % 4] || ' zone ' || g,
             'C', 'O', 'S', 1000 + g % 500, 'B'
      from generate_series(1, ${count}) g`);
    await db.execute(sql`insert into price_list_services (price_list_id, service_id)
      select hf.service_price_list_id, s.id from medical_services s, health_facilities hf, users u
      where s.code like 'X%' and u.username = 'claimadmin' and hf.id = u.health_facility_id`);
    await db.execute(sql`analyze`);
  });
  console.log(`${postgres ? 'PostgreSQL' : 'PGlite'}: ${count} services on the hospital's list in ${Math.round(performance.now() - started)} ms`);
  await database.close();

  const server = spawnServer(env);
  const url = await server.ready;
  const client = new Client(url);
  await client.login('claimadmin', 'claimadmin123');
  const facility = (await client.gql('{ me { healthFacility { id } } }')).json.data.me.healthFacility.id;
  const query = `query($f: ID!, $s: String, $a: String) { claimServicePicker(healthFacilityId: $f, search: $s, first: 20, after: $a) { edges { node { id code name price } } pageInfo { hasNextPage endCursor } } }`;
  const pick = async (search: string | null, after?: string) => {
    const r = await client.gql(query, { f: facility, s: search, a: after });
    if (r.json.errors) throw new Error(JSON.stringify(r.json.errors));
    return r.json.data.claimServicePicker;
  };
  const secondPage = (await pick('X01')).pageInfo.endCursor as string;
  const scenarios: [string, (i: number) => Promise<unknown>][] = [
    ['code prefix "X"', () => pick('X')],
    ['code prefix "X01" (3 chars)', (i) => pick(`X0${i % 4}`)],
    ['code prefix "X0123" (5 chars)', (i) => pick(`X0${String(1000 + (i % 3000)).slice(0, 3)}`)],
    ['name fragment "boat trans"', () => pick('boat trans')],
    ['name fragment "zone 3999"', (i) => pick(`zone ${3000 + (i % 999)}`)],
    ['no search', () => pick(null)],
    ['second page of "X01"', () => pick('X01', secondPage)],
  ];
  for (const [name, run] of scenarios) {
    for (let i = 0; i < 5; i++) await run(i);
    const samples: number[] = [];
    for (let i = 0; i < requests; i++) {
      const t = performance.now();
      await run(i);
      samples.push(performance.now() - t);
    }
    samples.sort((a, b) => a - b);
    console.log(
      `${name.padEnd(34)} p50 ${percentile(samples, 50).toFixed(1)} ms  p95 ${percentile(samples, 95).toFixed(1)} ms  max ${(samples.at(-1) ?? 0).toFixed(1)} ms`,
    );
  }
  // save and submit a 20-line claim (services of the list: the checks run in full, lines end rejected 3 as no product covers them)
  const insured = (await client.gql('{ claims(filter: { status: 4 }, first: 1) { edges { node { insuranceNumber } } } }')).json.data.claims.edges[0].node
    .insuranceNumber;
  const diagnosis = (await client.gql('{ diagnoses(first: 1) { edges { node { id } } } }')).json.data.diagnoses.edges[0].node.id;
  const options = (await pick('X02')).edges.map((e: { node: { id: string } }) => e.node.id) as string[];
  const day = new Date().toISOString().slice(0, 10);
  const saveAndSubmit = async (i: number) => {
    const lines = options.map((serviceId, n) => ({ kind: 'S', serviceId, quantity: String(1 + (n % 3)) }));
    const made = await client.gql('mutation($i: CreateClaimInput!) { createClaim(input: $i) { claim { id } errors { code } } }', {
      i: { code: `B${i}`, healthFacilityId: facility, insuranceNumber: insured, visitFrom: day, dateClaimed: day, diagnosisId: diagnosis, lines },
    });
    const id = made.json.data?.createClaim?.claim?.id;
    if (!id) throw new Error(JSON.stringify(made.json));
    const out = await client.gql('mutation($i: SubmitClaimsInput!) { submitClaims(input: $i) { submissions { claim { status } } errors { code } } }', {
      i: { ids: [id] },
    });
    if (out.json.data?.submitClaims?.errors?.length) throw new Error(JSON.stringify(out.json));
  };
  const claimSamples: number[] = [];
  for (let i = 0; i < Math.min(requests, 100); i++) {
    const t = performance.now();
    await saveAndSubmit(i);
    claimSamples.push(performance.now() - t);
  }
  claimSamples.sort((a, b) => a - b);
  console.log(
    `${'save + submit, 20 lines'.padEnd(34)} p50 ${percentile(claimSamples, 50).toFixed(1)} ms  p95 ${percentile(claimSamples, 95).toFixed(1)} ms  max ${(claimSamples.at(-1) ?? 0).toFixed(1)} ms`,
  );
  server.child.kill('SIGTERM');
  await new Promise((done) => server.child.once('exit', done));
} finally {
  if (dir) rmSync(dir, { recursive: true, force: true });
  await fresh?.drop();
}
