/**
 * Register import and export of 40,000 medical services through the real HTTP server (demo data,
 * a fresh database): PGlite, or PostgreSQL when DATABASE_URL is set (a fresh database next to it,
 * dropped after).
 *   pnpm --filter @kente/backend bench:registers [-- --services 40000] [--budget-scale 1]
 * Phases: dry run of a CSV of new services (with the `active` column: one in 50 inactive); apply it;
 * apply it again (all unchanged); apply it with every price changed (40,000 updates); export CSV and
 * XLSX; dry run of the XLSX export. Prints the
 * seconds of each, the server's peak RSS during it (PGlite runs inside the server process, so its
 * memory counts) and the slowest answer of a static file fetched every 50 ms meanwhile (how long
 * the event loop was held). Exits 1 over a budget: dry run 10 s (20 s from XLSX, which exceljs parses
 * 2-3 times slower than CSV), apply 20 s (60 s on PGlite), export 10 s; `--budget-scale` multiplies
 * them (0.01 checks that a run over budget exits 1).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client, freshPostgresDatabase, spawnServer } from '../test/harness.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { services: { type: 'string', default: '40000' }, 'budget-scale': { type: 'string', default: '1' } },
});
const count = Number(values.services);
const scale = Number(values['budget-scale']);
if (!(count > 0) || !(scale > 0)) throw new Error('--services and --budget-scale must be positive numbers');
const postgres = Boolean(process.env.DATABASE_URL);
/** Seconds. PGlite (PostgreSQL compiled to WASM, in the server process) writes about 2-3 times slower. */
const BUDGET_S = { dryRun: 10 * scale, apply: (postgres ? 20 : 60) * scale, export: 10 * scale, xlsxDryRun: 20 * scale };

const dir = postgres ? null : mkdtempSync(join(tmpdir(), 'kente-registers-bench-'));
const fresh = postgres ? await freshPostgresDatabase() : null;
const env = fresh ? { DATABASE_URL: fresh.url } : { DATABASE_URL: '', KENTE_DATA_DIR: join(dir ?? '', 'data') };

const rssMb = (pid: number) => {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
};

function servicesCsv(priceOffset: number): string {
  const lines = ['code,name,type,category,level,price,care_type,patient_category,frequency,active'];
  const categories = ['S', 'D', 'A', 'H', 'C', 'O'];
  for (let i = 1; i <= count; i++) {
    const code = `B${String(i).padStart(6, '0')}`;
    lines.push(
      `${code},Imported service ${i} (${categories[i % 6]}),${i % 3 ? 'C' : 'P'},${categories[i % 6]},S,${(100 + (i % 997) + priceOffset).toFixed(2)},${['I', 'O', 'B'][i % 3]},${i % 7 ? 15 : 6},${i % 5 ? '' : 30},${i % 50 ? 'true' : 'false'}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

let failed = false;
const server = spawnServer({ ...env, KENTE_DEMO: '1' });
try {
  const url = await server.ready;
  const pid = server.child.pid ?? 0;
  const admin = new Client(url);
  await admin.login('Admin', 'admin123');
  const cookie = [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`${postgres ? 'PostgreSQL' : 'PGlite'}: ${count} services; server idle RSS ${rssMb(pid).toFixed(0)} MB; load average ${load}`);
  console.log(`budgets: dry run ${BUDGET_S.dryRun} s, apply ${BUDGET_S.apply} s, export ${BUDGET_S.export} s, XLSX dry run ${BUDGET_S.xlsxDryRun} s`);

  /** Runs `work`, sampling the server's RSS and a static request's latency every 50 ms. */
  const measure = async <T>(name: string, budget: number | null, work: () => Promise<T>): Promise<T> => {
    let peak = rssMb(pid);
    let slowest = 0;
    let running = true;
    const sampler = (async () => {
      while (running) {
        peak = Math.max(peak, rssMb(pid));
        const t = performance.now();
        await fetch(`${url}/favicon.svg`)
          .then((r) => r.arrayBuffer())
          .catch((error: Error) => console.error(`static request failed: ${error.message} ${String(error.cause)}`));
        slowest = Math.max(slowest, performance.now() - t);
        await new Promise((done) => setTimeout(done, 50));
      }
    })();
    const started = performance.now();
    const result = await work();
    const seconds = (performance.now() - started) / 1000;
    running = false;
    await sampler;
    const over = budget !== null && seconds > budget;
    failed ||= over;
    console.log(
      `${name.padEnd(44)} ${seconds.toFixed(2).padStart(6)} s  peak RSS ${peak.toFixed(0).padStart(5)} MB  slowest static answer ${slowest.toFixed(0).padStart(5)} ms${over ? `  OVER BUDGET (${budget} s)` : ''}`,
    );
    return result;
  };
  const upload = async (body: string | Uint8Array<ArrayBuffer>, dryRun: boolean, type = 'text/csv') => {
    const response = await fetch(`${url}/api/admin/registers/services?dryRun=${dryRun}`, {
      method: 'POST',
      headers: { cookie, 'x-kente-csrf': '1', 'content-type': type },
      body,
    });
    const report = await response.json();
    if (response.status !== 200 || !report.ok) throw new Error(`import answered ${response.status}: ${JSON.stringify(report).slice(0, 500)}`);
    return report as { counts: Record<string, number>; timing: Record<string, number> };
  };
  const line = (r: { counts: Record<string, number>; timing: Record<string, number> }) =>
    `    ${JSON.stringify(r.counts)} server: parse ${r.timing.parseMs} ms, check ${r.timing.checkMs} ms, write ${r.timing.writeMs} ms`;
  const download = async (format: 'csv' | 'xlsx') => {
    const response = await fetch(`${url}/api/admin/registers/services.${format}`, { headers: { cookie } });
    if (response.status !== 200) throw new Error(`export answered ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };

  const csv = servicesCsv(0);
  console.log(`file: ${(csv.length / 1024 / 1024).toFixed(1)} MB CSV`);
  console.log(line(await measure(`dry run (${count.toLocaleString('en')} creates)`, BUDGET_S.dryRun, () => upload(csv, true))));
  console.log(line(await measure(`apply (${count.toLocaleString('en')} creates)`, BUDGET_S.apply, () => upload(csv, false))));
  console.log(line(await measure('apply the same file again (all unchanged)', BUDGET_S.apply, () => upload(csv, false))));
  console.log(line(await measure('apply with every price changed (updates)', BUDGET_S.apply, () => upload(servicesCsv(1), false))));
  const exportedCsv = await measure('export CSV', BUDGET_S.export, () => download('csv'));
  console.log(`    ${(exportedCsv.length / 1024 / 1024).toFixed(1)} MB`);
  const exportedXlsx = await measure('export XLSX', BUDGET_S.export, () => download('xlsx'));
  console.log(`    ${(exportedXlsx.length / 1024 / 1024).toFixed(1)} MB`);
  console.log(
    line(
      await measure('dry run of the XLSX export (all unchanged)', BUDGET_S.xlsxDryRun, () =>
        upload(exportedXlsx, true, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
      ),
    ),
  );
} catch (error) {
  failed = true;
  console.error(error);
  console.error(server.output().slice(-2000));
} finally {
  server.child.kill('SIGTERM');
  await new Promise((done) => server.child.once('exit', done));
  if (dir) rmSync(dir, { recursive: true, force: true });
  await fresh?.drop();
}
process.exit(failed ? 1 : 0);
