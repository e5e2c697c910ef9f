/**
 * What the benches on a generated database share (claim search, reports, dashboard): a database with
 * the demo data and scale from scripts/generate.ts on PGlite (a temporary folder) or PostgreSQL when
 * DATABASE_URL is set (a fresh database next to the one named, dropped after); the real server on
 * it; signed-in clients; percentiles of sequential timings; a process's resident memory.
 *
 * KENTE_BENCH_KEEP=<folder> (PGlite only) keeps the generated folder for the next run: generated
 * when it holds fewer claims than asked, reused as it is otherwise (to iterate on a query without
 * waiting for the generator; the figures to publish come from a fresh folder).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type GenerateOptions, generate } from '../scripts/generate.js';
import { prepareDatabase } from '../src/app.js';
import type { Database } from '../src/db/engine.js';
import { Client, freshPostgresDatabase, spawnServer } from '../test/harness.js';

export const postgres = Boolean(process.env.DATABASE_URL);
export const engine = postgres ? 'PostgreSQL' : 'PGlite';

export interface GeneratedDatabase {
  /** Open on the generated data, to sample ids for the scenarios; close it before the server starts (PGlite is one connection). */
  database: Database;
  /** The server's environment for this database. */
  env: Record<string, string>;
  claims: number;
  setupSeconds: number;
  /** Closes the database if open, then removes the folder or drops the database (a kept folder stays). */
  dispose: () => Promise<void>;
}

/** The demo data and `options`' scale (scripts/generate.ts), on the engine DATABASE_URL chooses. */
export async function generatedDatabase(options: GenerateOptions, log: (message: string) => void = (m) => console.log(`  ${m}`)): Promise<GeneratedDatabase> {
  const started = performance.now();
  const kept = !postgres && process.env.KENTE_BENCH_KEEP ? resolve(process.env.KENTE_BENCH_KEEP) : null;
  if (kept) mkdirSync(kept, { recursive: true });
  const dir = postgres ? null : (kept ?? mkdtempSync(join(tmpdir(), 'kente-bench-')));
  const fresh = postgres ? await freshPostgresDatabase() : null;
  const env: Record<string, string> = fresh ? { DATABASE_URL: fresh.url } : { DATABASE_URL: '', KENTE_DATA_DIR: dir ?? '', KENTE_PGLITE_FSYNC: '0' };
  let database: Database | null = null;
  const dispose = async () => {
    await database?.close().catch(() => {});
    database = null;
    if (dir && !kept) rmSync(dir, { recursive: true, force: true });
    await fresh?.drop();
  };
  try {
    const open = await prepareDatabase({ databaseUrl: fresh?.url ?? '', dataDir: dir ?? undefined, demo: true }, () => {});
    database = open;
    const count = async () => Number((await open.pool.query<{ n: number }>('select count(*)::int as n from claims')).rows[0]?.n ?? 0);
    if (kept && (await count()) >= Math.max(1, options.claims ?? 0)) log(`reusing ${kept} (KENTE_BENCH_KEEP)`);
    else await generate(open, options, log);
    const claims = await count();
    const setupSeconds = (performance.now() - started) / 1000;
    return {
      database: open,
      env,
      claims,
      setupSeconds,
      dispose,
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}

export interface BenchServer {
  url: string;
  pid: number | undefined;
  /** A client signed in as `username` (fails the bench when the sign-in fails). */
  signIn: (username: string, password: string) => Promise<Client>;
  stop: () => Promise<void>;
}

/** The real server (a child process, as in the tests) on `env`. */
export async function startBenchServer(env: Record<string, string>): Promise<BenchServer> {
  const server = spawnServer(env);
  const url = await server.ready;
  return {
    url,
    pid: server.child.pid,
    signIn: async (username, password) => {
      const client = new Client(url);
      const login = await client.login(username, password);
      if (login.errors.length) throw new Error(`${username}: ${JSON.stringify(login.errors)}`);
      return client;
    },
    stop: async () => {
      if (server.child.exitCode !== null) return;
      const exited = new Promise((done) => server.child.once('exit', done));
      server.child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The p-th percentile of sorted samples (nearest rank). */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

export interface Timing {
  p50: number;
  p95: number;
  max: number;
  /** Every measured duration, sorted (ms). */
  samples: number[];
}

/** `runs` sequential calls of `run(i)` after `warmup` unmeasured ones: p50, p95, max in ms. */
export async function timeRuns(runs: number, run: (i: number) => Promise<unknown>, warmup = 5): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await run(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run(i);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), max: samples.at(-1) ?? 0, samples };
}

/**
 * `timeRuns` for many scenarios taken in turns: a round calls each scenario once, `warmup` rounds are
 * not measured. On a shared machine a few busy seconds then cost every scenario a sample, not one
 * scenario its p95.
 */
export async function timeRounds<K>(scenarios: readonly (readonly [K, (i: number) => Promise<unknown>])[], runs: number, warmup = 2): Promise<Map<K, Timing>> {
  const samples = scenarios.map((): number[] => []);
  for (let round = 0; round < warmup + runs; round++) {
    for (const [index, [, run]] of scenarios.entries()) {
      const started = performance.now();
      await run(round);
      if (round >= warmup) samples[index]?.push(performance.now() - started);
    }
  }
  return new Map(
    scenarios.map(([key], index) => {
      const sorted = (samples[index] ?? []).sort((a, b) => a - b);
      return [key, { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? 0, samples: sorted }];
    }),
  );
}

/** Resident memory of a process in MB (Linux /proc), or NaN elsewhere. */
export function rssMb(pid: number | undefined): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** The machine's load average (1, 5, 15 minutes), printed with the figures: the benches run on shared machines. */
export const loadAverage = (): string =>
  `load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(', ')}`;

/** The command line's options after pnpm's `--`. */
export const benchArgv = () => process.argv.slice(2).filter((arg) => arg !== '--');
