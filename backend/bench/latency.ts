/**
 * Latency through HTTP of the service picker search over 40,000 services and of
 * a paged health facility list, on PGlite and (when DATABASE_URL is set) on
 * PostgreSQL. Prints p50/p95 per scenario; exits 1 when a p95 is over budget.
 *   pnpm --filter @kente/backend bench [-- --services 40000 --facilities 1000 --requests 300 --budget 150]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from '../scripts/generate.js';
import { prepareDatabase } from '../src/app.js';
import { Client, type Engine, freshPostgresDatabase, spawnServer } from '../test/harness.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    services: { type: 'string', default: '40000' },
    facilities: { type: 'string', default: '1000' },
    requests: { type: 'string', default: '300' },
    budget: { type: 'string', default: '150' },
  },
});
const services = Number(values.services);
const facilities = Number(values.facilities);
const requests = Number(values.requests);
const budget = Number(values.budget);

const pickerTerms = [
  'GS0123',
  'GS01',
  'C00',
  'transport',
  'Kibaoni',
  'consult',
  'lab',
  'Igoma - Keta',
  'xray',
  'GS039',
  'dressing',
  'tariff 1234',
  'D0',
  'caesarean',
  'ambulance',
];
const pickerQuery = `query($search: String) { medicalServices(first: 20, filter: {search: $search}) { totalCount edges { node { id code name price } } } }`;
const facilityQuery = `query($after: String) { healthFacilities(first: 20, after: $after) { totalCount edges { cursor node { id code name level careType location { name parent { name } } } } pageInfo { hasNextPage endCursor } } }`;

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function timed(fn: () => Promise<void>, n: number): Promise<{ p50: number; p95: number; max: number }> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: samples.at(-1) ?? 0 };
}

interface Row {
  engine: Engine;
  scenario: string;
  p50: number;
  p95: number;
  max: number;
}

async function benchEngine(engine: Engine): Promise<Row[]> {
  let dataDir: string | undefined;
  let pgdb: Awaited<ReturnType<typeof freshPostgresDatabase>> | undefined;
  if (engine === 'pglite') dataDir = mkdtempSync(join(tmpdir(), 'kente-bench-'));
  else pgdb = await freshPostgresDatabase();
  const env = { KENTE_DATA_DIR: dataDir ? join(dataDir, 'data') : undefined, DATABASE_URL: pgdb?.url ?? '' };
  const started = Date.now();
  const database = await prepareDatabase({ dataDir: env.KENTE_DATA_DIR, databaseUrl: pgdb?.url ?? '', demo: true }, () => {});
  await generate(database, { services, facilities }, () => {});
  await database.close();
  console.log(`[${engine}] seeded + generated ${services} services, ${facilities} facilities in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const server = spawnServer(env);
  try {
    const url = await server.ready;
    const client = new Client(url);
    const login = await client.login('Admin', 'admin123');
    if (login.errors.length) throw new Error(`login failed: ${JSON.stringify(login.errors)}`);

    let i = 0;
    const picker = async () => {
      const result = await client.gql(pickerQuery, { search: pickerTerms[i++ % pickerTerms.length] });
      if (result.json.errors) throw new Error(JSON.stringify(result.json.errors));
    };
    let after: string | null = null;
    const facilityPage = async () => {
      const result = await client.gql(facilityQuery, { after });
      if (result.json.errors) throw new Error(JSON.stringify(result.json.errors));
      const page = result.json.data.healthFacilities;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    };
    await timed(picker, 30); // warm-up
    await timed(facilityPage, 30);
    after = null;
    const rows: Row[] = [];
    rows.push({ engine, scenario: `service picker search (${services + 108} services)`, ...(await timed(picker, requests)) });
    rows.push({ engine, scenario: `health facility list, keyset pages of 20 (${facilities + 45} facilities)`, ...(await timed(facilityPage, requests)) });
    // a few clerks at once: 5 concurrent pickers
    const concurrent = await Promise.all(
      Array.from({ length: 5 }, async (_, k) => {
        const c = new Client(url);
        c.cookies = new Map(client.cookies);
        let j = k;
        return timed(
          async () => {
            const result = await c.gql(pickerQuery, { search: pickerTerms[j++ % pickerTerms.length] });
            if (result.json.errors) throw new Error(JSON.stringify(result.json.errors));
          },
          Math.ceil(requests / 5),
        );
      }),
    );
    rows.push({
      engine,
      scenario: 'service picker search, 5 concurrent clients',
      p50: Math.max(...concurrent.map((c) => c.p50)),
      p95: Math.max(...concurrent.map((c) => c.p95)),
      max: Math.max(...concurrent.map((c) => c.max)),
    });
    return rows;
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((done) => server.child.once('exit', done));
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    await pgdb?.drop();
  }
}

const engines: Engine[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
const rows: Row[] = [];
for (const engine of engines) rows.push(...(await benchEngine(engine)));

console.log(`\nLatency through HTTP, ${requests} sequential requests per scenario (ms); budget p95 <= ${budget} ms`);
console.log(`${'engine'.padEnd(9)} ${'scenario'.padEnd(62)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'max'.padStart(7)}`);
for (const r of rows) {
  console.log(`${r.engine.padEnd(9)} ${r.scenario.padEnd(62)} ${r.p50.toFixed(1).padStart(7)} ${r.p95.toFixed(1).padStart(7)} ${r.max.toFixed(1).padStart(7)}`);
}
const over = rows.filter((r) => r.p95 > budget);
if (over.length) {
  console.error(`\nOver budget: ${over.map((r) => `${r.engine} ${r.scenario} p95 ${r.p95.toFixed(1)} ms`).join('; ')}`);
  process.exit(1);
}
process.exit(0);
