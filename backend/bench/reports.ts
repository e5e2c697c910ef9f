/**
 * The claims overview report over many claims, through HTTP (GET /api/reports/claims_overview.<ext>):
 * a database with the demo data and N generated claims (bench/scale.ts: PGlite, or PostgreSQL when
 * DATABASE_URL is set).
 *   pnpm --filter @kente/backend bench:reports [-- --claims 200000 --insurees 20000 --formats xlsx,csv --heap 128]
 * Each format is exported twice: the claims of the last tenth of the visit dates (about N/10 rows),
 * then all of them. For each: seconds until the last byte, bytes, rows, and the server's resident
 * memory (VmRSS of the server process sampled every 50 ms, PGlite's worker included) before and at
 * its peak. The server runs with its V8 old space capped (--max-old-space-size=<heap> MB, default
 * 128): garbage is then collected as it comes, so the growth measures what the export holds, not
 * what the collector has not reclaimed yet (uncapped, the growth followed the rows: +9 MB for 20,000,
 * +80-140 MB for 200,000, all of it garbage); an export that held its rows fails here (one query for
 * all 200,000 rows crashed the capped server).
 * Budgets (exit 1 over any), with room for this shared 2-core machine (measured about 3x below):
 *   XLSX  45 s per 200,000 rows, CSV 20 s per 200,000 rows (pro rata, at least 5 s)
 *   memory: peak RSS at most 96 MB above the RSS before the export, whatever the rows
 * PDF (--formats pdf) is printed without a budget.
 */
import { parseArgs } from 'node:util';
import { benchArgv, engine, generatedDatabase, loadAverage, rssMb, startBenchServer } from './scale.js';

const { values } = parseArgs({
  args: benchArgv(),
  options: {
    claims: { type: 'string', default: '200000' },
    insurees: { type: 'string', default: '20000' },
    formats: { type: 'string', default: 'xlsx,csv' },
    heap: { type: 'string', default: '128' },
  },
});
const formats = values.formats.split(',').filter((f) => ['csv', 'xlsx', 'pdf'].includes(f));
const heapMb = Number(values.heap);
/** Seconds allowed per 200,000 rows. */
const SECONDS_BUDGET: Record<string, number> = { xlsx: 45, csv: 20 };
const GROWTH_BUDGET_MB = 96;

const scale = await generatedDatabase({ insurees: Number(values.insurees), claims: Number(values.claims) });
let exitCode = 0;
try {
  // the whole visit range, and its last tenth
  const [range] = (
    await scale.database.pool.query<{ first: string; last: string; tenth: string }>(
      `select min(visit_from)::text as first, max(visit_from)::text as last,
         (max(visit_from) - (max(visit_from) - min(visit_from)) / 10)::text as tenth
       from claims where code like 'G%'`,
    )
  ).rows;
  if (!range) throw new Error('no generated claims');
  const periods = [
    { dateFrom: range.tenth, dateTo: range.last },
    { dateFrom: '2000-01-01', dateTo: '2099-12-31' },
  ];
  const rowsOf = new Map<string, number>();
  for (const p of periods) {
    const [row] = (
      await scale.database.pool.query<{ n: number }>('select count(*)::int as n from claims where visit_from between $1 and $2', [p.dateFrom, p.dateTo])
    ).rows;
    rowsOf.set(p.dateFrom, row?.n ?? 0);
  }
  await scale.database.close();
  console.log(`${engine}: ${scale.claims.toLocaleString('en')} claims, set up in ${scale.setupSeconds.toFixed(1)} s`);

  const server = await startBenchServer({
    ...scale.env,
    KENTE_STATEMENT_TIMEOUT_MS: '120000',
    ...(heapMb > 0 ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${heapMb}`.trim() } : {}),
  });
  try {
    const admin = await server.signIn('Admin', 'admin123');
    const cookie = [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    console.log(
      `claims_overview through HTTP on ${engine}, server heap ${heapMb > 0 ? `capped at ${heapMb} MB` : 'not capped'} (${loadAverage()}); budgets: XLSX ${SECONDS_BUDGET.xlsx} s and CSV ${SECONDS_BUDGET.csv} s per 200,000 rows, peak RSS <= ${GROWTH_BUDGET_MB} MB above the RSS before`,
    );
    for (const format of formats) {
      for (const period of periods) {
        const rows = rowsOf.get(period.dateFrom) ?? 0;
        const before = rssMb(server.pid);
        let peak = before;
        const sampler = setInterval(() => {
          peak = Math.max(peak, rssMb(server.pid));
        }, 50);
        const started = performance.now();
        const response = await fetch(`${server.url}/api/reports/claims_overview.${format}?${new URLSearchParams(period)}`, { headers: { cookie } });
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
        const seconds = (performance.now() - started) / 1000;
        clearInterval(sampler);
        peak = Math.max(peak, rssMb(server.pid));
        // CSV: a header line and a totals line besides the rows
        if (format === 'csv' && lines - 2 !== rows) throw new Error(`csv: ${lines - 2} rows, expected ${rows}`);
        const perRows = SECONDS_BUDGET[format];
        const secondsBudget = perRows === undefined ? undefined : Math.max(5, (perRows * rows) / 200_000);
        const over = [
          ...(secondsBudget !== undefined && seconds > secondsBudget ? [`over ${secondsBudget.toFixed(1)} s`] : []),
          ...(peak - before > GROWTH_BUDGET_MB ? [`memory over +${GROWTH_BUDGET_MB} MB`] : []),
        ];
        if (over.length) exitCode = 1;
        console.log(
          `  claims_overview.${format.padEnd(4)} ${rows.toLocaleString('en').padStart(8)} rows: ${seconds.toFixed(1).padStart(5)} s${secondsBudget === undefined ? '' : ` (budget ${secondsBudget.toFixed(1)} s)`}, ${(bytes / 1024 / 1024).toFixed(1)} MB, server RSS ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB (+${(peak - before).toFixed(0)} MB)${over.length ? `  OVER BUDGET: ${over.join(', ')}` : ''}`,
        );
      }
    }
    console.log(exitCode ? 'OVER BUDGET' : `within budget (${loadAverage()})`);
  } finally {
    await server.stop();
  }
} finally {
  await scale.dispose();
}
process.exit(exitCode);
