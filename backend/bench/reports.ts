/**
 * The claims overview report over many claims, through HTTP (GET /api/reports/claims_overview.<ext>):
 * a database with the demo data and N generated claims (scripts/generate.ts --claims), on PGlite (a
 * temporary folder) or PostgreSQL when DATABASE_URL is set (a fresh database next to the one named,
 * dropped after).
 *   pnpm --filter @kente/backend bench:reports [-- --claims 200000 --insurees 20000 --formats xlsx,csv]
 * For each format: seconds until the last byte, bytes, rows, and the server's peak resident memory
 * while it ran (VmRSS of the server process sampled every 50 ms, PGlite's worker included) next to
 * its resident memory before. Figures are for the closing note: none is recorded here.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from '../scripts/generate.js';
import { prepareDatabase } from '../src/app.js';
import { Client, freshPostgresDatabase, spawnServer } from '../test/harness.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    claims: { type: 'string', default: '200000' },
    insurees: { type: 'string', default: '20000' },
    formats: { type: 'string', default: 'xlsx,csv' },
  },
});
const postgres = Boolean(process.env.DATABASE_URL);
const engine = postgres ? 'PostgreSQL' : 'PGlite';
const formats = values.formats.split(',').filter((f) => ['csv', 'xlsx', 'pdf'].includes(f));

/** Resident memory of a process in MB (Linux /proc), or NaN elsewhere. */
function rssMb(pid: number | undefined): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

const dir = postgres ? null : mkdtempSync(join(tmpdir(), 'kente-reports-'));
const fresh = postgres ? await freshPostgresDatabase() : null;
const env = fresh ? { DATABASE_URL: fresh.url } : { DATABASE_URL: '', KENTE_DATA_DIR: dir ?? '', KENTE_PGLITE_FSYNC: '0' };
try {
  const started = performance.now();
  const database = await prepareDatabase({ databaseUrl: fresh?.url ?? '', dataDir: dir ?? undefined, demo: true }, () => {});
  await generate(database, { insurees: Number(values.insurees), claims: Number(values.claims) }, (m) => console.log(`  ${m}`));
  const [count] = (await database.pool.query<{ n: number }>('select count(*)::int as n from claims')).rows;
  await database.close();
  console.log(`${engine}: ${count?.n.toLocaleString('en')} claims, set up in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const server = spawnServer({ ...env, KENTE_STATEMENT_TIMEOUT_MS: '120000' });
  try {
    const url = await server.ready;
    const admin = new Client(url);
    const login = await admin.login('Admin', 'admin123');
    if (login.errors.length) throw new Error(`Admin: ${JSON.stringify(login.errors)}`);
    const cookie = [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    for (const format of formats) {
      const before = rssMb(server.child.pid);
      let peak = before;
      const sampler = setInterval(() => {
        peak = Math.max(peak, rssMb(server.child.pid));
      }, 50);
      const t0 = performance.now();
      const response = await fetch(`${url}/api/reports/claims_overview.${format}?dateFrom=2000-01-01&dateTo=2099-12-31`, { headers: { cookie } });
      if (response.status !== 200) throw new Error(`${format}: HTTP ${response.status} ${await response.text()}`);
      let bytes = 0;
      let lines = 0;
      const reader = response.body?.getReader();
      for (;;) {
        const chunk = await reader?.read();
        if (!chunk || chunk.done) break;
        bytes += chunk.value.length;
        if (format === 'csv') for (const b of chunk.value) if (b === 10) lines++;
      }
      const seconds = (performance.now() - t0) / 1000;
      clearInterval(sampler);
      console.log(
        `  claims_overview.${format}: ${seconds.toFixed(1)} s, ${(bytes / 1024 / 1024).toFixed(1)} MB${format === 'csv' ? `, ${lines - 2} rows` : ''}, server RSS ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB`,
      );
    }
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((done) => server.child.once('exit', done));
  }
} finally {
  if (dir) rmSync(dir, { recursive: true, force: true });
  await fresh?.drop();
}
