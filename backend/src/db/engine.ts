/**
 * Database engines. With DATABASE_URL: a node-postgres pool on that server.
 * Without: PGlite in a worker thread behind pglite-socket, reached through a
 * node-postgres pool of size 1 (PGlite is a single connection). The data folder
 * (default <repo>/.data, env KENTE_DATA_DIR) is locked with a lockfile so a second
 * process fails with a clear message instead of corrupting it.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';

export type Db = NodePgDatabase<Record<string, never>>;
/** What a transaction callback receives; it offers the same query API as Db. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

const here = dirname(fileURLToPath(import.meta.url));
export const backendRoot = resolve(here, '../..');
export const repoRoot = resolve(backendRoot, '..');
export const migrationsFolder = resolve(backendRoot, 'drizzle');

// node-postgres turns `date` into a local-midnight Date: keep the ISO string instead.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
// count(*) and bigserial come back as int8 strings; history ids are small enough for a number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

export interface Database {
  db: Db;
  pool: pg.Pool;
  engine: 'pglite' | 'postgres';
  /** Where the embedded data lives (PGlite only). */
  dataDir?: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string;
  dataDir?: string;
  poolSize?: number;
}

export function defaultDataDir(): string {
  return resolve(process.env.KENTE_DATA_DIR ?? join(repoRoot, '.data'));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes <dataDir>/kente.lock or throws a readable error if a live process holds it. */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dataDir, 'kente.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(lockFile, 'utf8').trim() === String(process.pid)) rmSync(lockFile);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockFile, 'utf8').trim());
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new Error(
          `The data folder ${dataDir} is in use by another Kente process (pid ${holder}). Stop it first, or set KENTE_DATA_DIR to another folder.`,
        );
      }
      rmSync(lockFile, { force: true }); // stale lock from a process that died
    }
  }
  throw new Error(`Could not lock ${lockFile}`);
}

async function startPglite(dataDir: string): Promise<{ port: number; stop: () => Promise<void> }> {
  const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), { workerData: { dataDir } });
  const port = await new Promise<number>((resolvePort, reject) => {
    worker.once('error', reject);
    worker.once('message', (message: { type: string; port?: number; message?: string }) => {
      if (message.type === 'ready' && message.port) resolvePort(message.port);
      else reject(new Error(`PGlite failed to start in ${dataDir}: ${message.message ?? 'unknown error'}`));
    });
  });
  const stop = async () => {
    await new Promise<void>((done) => {
      const timer = setTimeout(done, 5000);
      worker.once('message', () => {
        clearTimeout(timer);
        done();
      });
      worker.postMessage({ type: 'close' });
    });
    await worker.terminate();
  };
  return { port, stop };
}

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  // An explicit '' means "embedded", even when DATABASE_URL is set in the environment.
  const databaseUrl = options.databaseUrl !== undefined ? options.databaseUrl : process.env.DATABASE_URL;
  if (databaseUrl) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: options.poolSize ?? 10 });
    pool.on('error', (error) => console.error('postgres pool error', error.message));
    return { db: drizzle(pool), pool, engine: 'postgres', close: () => pool.end() };
  }
  const dataDir = resolve(options.dataDir ?? defaultDataDir());
  const release = lockDataDir(dataDir);
  try {
    const pglite = await startPglite(join(dataDir, 'pgdata'));
    // One connection (PGlite is single-session); never closed when idle, so no reconnect races the socket server.
    const pool = new pg.Pool({ host: '127.0.0.1', port: pglite.port, user: 'postgres', database: 'postgres', max: 1, idleTimeoutMillis: 0 });
    pool.on('error', (error) => console.error('pglite pool error', error.message));
    return {
      db: drizzle(pool),
      pool,
      engine: 'pglite',
      dataDir,
      close: async () => {
        await pool.end();
        await pglite.stop();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Applies the drizzle-kit migrations (same SQL for both engines). */
export async function migrateDatabase(database: Database): Promise<void> {
  await database.pool.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  await migrate(database.db, { migrationsFolder });
}
