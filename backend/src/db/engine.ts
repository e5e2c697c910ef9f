/**
 * Database engines. With DATABASE_URL: a node-postgres pool on that server.
 * Without: PGlite in a worker thread behind pglite-socket on a Unix socket in a
 * 0700 folder (no TCP port), reached through a node-postgres pool of size 1 (PGlite
 * is a single connection), watched by a supervisor that restarts a dead or stuck
 * worker. The data folder (default <repo>/.data, env KENTE_DATA_DIR) is locked
 * atomically so a second process fails with a clear message instead of corrupting it.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { lockDataDir } from './lock.js';

export { lockDataDir };

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
  /** The Unix socket the embedded worker listens on now (PGlite only; a restarted worker gets a new one). */
  readonly socketPath?: string;
  /** How many times the embedded worker was restarted after it died or stopped answering. */
  restarts(): number;
  /** Runs `fn` on one connection with no statement timeout and no watchdog (migrations, seed, bulk scripts). */
  unbounded<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string;
  dataDir?: string;
  poolSize?: number;
  /**
   * Longest a statement may run, in ms (0 = no limit, the default for scripts; the server
   * passes KENTE_STATEMENT_TIMEOUT_MS, default 15000). PostgreSQL: `statement_timeout` on
   * every connection plus a pool query timeout. PGlite ignores statement_timeout (no
   * signals in WASM): the pool's query timeout answers the request and the watchdog
   * restarts the worker, which is the only way to stop a running WASM query.
   */
  statementTimeoutMs?: number;
  /** PGlite: PostgreSQL's fsync, made real (default on; KENTE_PGLITE_FSYNC=0 turns it off). */
  fsync?: boolean;
  /** PGlite: the worker cannot be restarted (default: log and exit the process with code 70). */
  onFatal?: (error: Error) => void;
  /** PGlite: what the watchdog reports (default console.error). */
  log?: (message: string) => void;
  /** PGlite: called with each worker started (observability; tests kill one to check the restart). */
  onWorker?: (worker: Worker) => void;
}

export function defaultDataDir(): string {
  return resolve(process.env.KENTE_DATA_DIR ?? join(repoRoot, '.data'));
}

/** A folder only this user can enter, for the worker's socket: inside the data folder unless its path is too long for a socket. */
function privateSocketDir(dataDir: string): string {
  const inData = join(dataDir, 'run');
  // sun_path holds 107 bytes; node-postgres appends "/.s.PGSQL.5432".
  const dir = Buffer.byteLength(`${inData}/.s.PGSQL.65535`) < 100 ? inData : mkdtempSync(join(tmpdir(), 'kente-db-'));
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  return dir;
}

interface WorkerMessage {
  type: string;
  id?: number;
  message?: string;
}

/**
 * The PGlite worker and its watchdog: restarts the worker when it exits or stops
 * answering pings (a query running past the statement timeout, a crash in WASM),
 * at most 3 times a minute; beyond that, or when a restart fails, `onFatal`.
 */
class PgliteSupervisor {
  private worker: Worker | undefined;
  private closing = false;
  private restarting: Promise<void> | undefined;
  private paused = 0;
  private pingId = 0;
  private pending: { id: number; at: number } | undefined;
  private timer: NodeJS.Timeout | undefined;
  private recent: number[] = [];
  restarts = 0;
  /** Each worker listens on its own socket name: a terminated worker unlinks its socket file late, which would remove a successor's. */
  port = 5431;

  get socketPath(): string {
    return join(this.socketDir, `.s.PGSQL.${this.port}`);
  }

  constructor(
    private readonly pgdata: string,
    private readonly socketDir: string,
    private readonly options: {
      fsync: boolean;
      deadlineMs: number;
      log: (message: string) => void;
      onFatal: (error: Error) => void;
      onWorker?: (worker: Worker) => void;
      /** A new worker listens on `port` (the pool connects there from now on). */
      onStarted?: (port: number) => void;
    },
  ) {}

  async start(): Promise<void> {
    this.port++;
    const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), {
      workerData: { dataDir: this.pgdata, socketPath: this.socketPath, fsync: this.options.fsync },
    });
    this.worker = worker;
    await new Promise<void>((ready, reject) => {
      const onExit = (code: number) => reject(new Error(`PGlite worker exited with code ${code} while starting`));
      worker.once('error', reject);
      worker.once('exit', onExit);
      worker.once('message', (message: WorkerMessage) => {
        worker.off('error', reject);
        worker.off('exit', onExit);
        if (message.type === 'ready') ready();
        else reject(new Error(`PGlite failed to start in ${this.pgdata}: ${message.message ?? 'unknown error'}`));
      });
    });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'pong' && this.pending?.id === message.id) this.pending = undefined;
    });
    worker.on('error', (error) => this.options.log(`PGlite worker error: ${error.message}`));
    worker.on('exit', (code) => {
      if (this.worker === worker && !this.closing) void this.restart(`exited with code ${code}`);
    });
    this.pending = undefined;
    this.options.onStarted?.(this.port);
    this.options.onWorker?.(worker);
    if (this.options.deadlineMs > 0 && !this.timer) {
      this.timer = setInterval(() => this.tick(), Math.min(1000, this.options.deadlineMs));
      this.timer.unref();
    }
  }

  private tick() {
    if (this.closing || this.restarting || this.paused || !this.worker) return;
    if (this.pending) {
      if (Date.now() - this.pending.at > this.options.deadlineMs) void this.restart(`did not answer for ${this.options.deadlineMs} ms`);
      return;
    }
    this.pending = { id: ++this.pingId, at: Date.now() };
    this.worker.postMessage({ type: 'ping', id: this.pending.id });
  }

  restart(reason: string): Promise<void> {
    if (this.restarting || this.closing) return this.restarting ?? Promise.resolve();
    this.restarting = (async () => {
      const now = Date.now();
      this.recent = [...this.recent.filter((at) => now - at < 60_000), now];
      this.options.log(`The embedded database worker ${reason}; restarting it.`);
      const old = this.worker;
      this.worker = undefined;
      try {
        if (this.recent.length > 3) throw new Error('restarted more than 3 times in a minute');
        await old?.terminate(); // also stops a query running in WASM
        await this.start();
        this.restarts++;
      } catch (error) {
        this.options.onFatal(new Error(`The embedded database cannot be restarted: ${(error as Error).message}`));
      } finally {
        this.restarting = undefined;
      }
    })();
    return this.restarting;
  }

  pause(): () => void {
    this.paused++;
    return () => {
      this.paused--;
      this.pending = undefined;
    };
  }

  async stop(): Promise<void> {
    this.closing = true;
    if (this.timer) clearInterval(this.timer);
    await this.restarting;
    const worker = this.worker;
    if (!worker) return;
    await new Promise<void>((done) => {
      const timer = setTimeout(done, 5000);
      worker.on('message', (message: WorkerMessage) => {
        if (message.type !== 'closed') return;
        clearTimeout(timer);
        done();
      });
      worker.once('exit', () => {
        clearTimeout(timer);
        done();
      });
      worker.postMessage({ type: 'close' });
    });
    await worker.terminate();
  }
}

function defaultFatal(log: (message: string) => void) {
  return (error: Error) => {
    log(`${error.message}. Exiting so a supervisor can restart Kente.`);
    process.exit(70);
  };
}

/** Runs `fn` on one pooled connection with the timeouts lifted. */
async function withoutTimeouts<T>(pool: pg.Pool, engine: 'pglite' | 'postgres', fn: (db: Db) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // node-postgres reads query_timeout from the client's parameters on every query.
  const params = (client as unknown as { connectionParameters: { query_timeout?: number | false } }).connectionParameters;
  const saved = params.query_timeout;
  params.query_timeout = false;
  try {
    if (engine === 'postgres') await client.query('SET statement_timeout = 0; SET idle_in_transaction_session_timeout = 0');
    return await fn(drizzle(client) as unknown as Db);
  } finally {
    params.query_timeout = saved;
    if (engine === 'postgres') await client.query('RESET statement_timeout; RESET idle_in_transaction_session_timeout').catch(() => {});
    client.release();
  }
}

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  // An explicit '' means "embedded", even when DATABASE_URL is set in the environment.
  const databaseUrl = options.databaseUrl !== undefined ? options.databaseUrl : process.env.DATABASE_URL;
  const timeout = Math.max(0, options.statementTimeoutMs ?? 0);
  const log = options.log ?? ((message: string) => console.error(message));
  if (databaseUrl) {
    const pool = new pg.Pool({
      connectionString: databaseUrl,
      max: options.poolSize ?? 10,
      ...(timeout
        ? {
            statement_timeout: timeout,
            // A safety net if the server does not answer; the server cuts the statement first.
            query_timeout: timeout + 2000,
            idle_in_transaction_session_timeout: timeout * 2,
            connectionTimeoutMillis: timeout + 5000,
          }
        : {}),
    });
    pool.on('error', (error) => log(`postgres pool error: ${error.message}`));
    // A connection the server ends while it is checked out (idle-in-transaction timeout, admin
    // shutdown) emits 'error' on the client; without a listener that would crash the process.
    pool.on('connect', (client) => client.on('error', (error: Error & { code?: string }) => log(`postgres connection lost: ${error.code ?? error.message}`)));
    return {
      db: drizzle(pool),
      pool,
      engine: 'postgres',
      restarts: () => 0,
      unbounded: (fn) => withoutTimeouts(pool, 'postgres', fn),
      close: () => pool.end(),
    };
  }
  const dataDir = resolve(options.dataDir ?? defaultDataDir());
  const release = lockDataDir(dataDir);
  try {
    const socketDir = privateSocketDir(dataDir);
    let pool: pg.Pool | undefined;
    const supervisor = new PgliteSupervisor(join(dataDir, 'pgdata'), socketDir, {
      fsync: options.fsync ?? process.env.KENTE_PGLITE_FSYNC !== '0',
      deadlineMs: timeout ? timeout + 2000 : 0,
      log,
      onFatal: options.onFatal ?? defaultFatal(log),
      onWorker: options.onWorker,
      onStarted: (port) => {
        // node-postgres builds each new client from pool.options: new connections go to the new socket.
        if (pool) (pool as unknown as { options: { port: number } }).options.port = port;
      },
    });
    await supervisor.start();
    // One connection (PGlite is single-session); never closed when idle, so no reconnect races the socket server.
    pool = new pg.Pool({
      host: socketDir,
      port: supervisor.port,
      user: 'postgres',
      database: 'postgres',
      max: 1,
      idleTimeoutMillis: 0,
      ...(timeout ? { query_timeout: timeout, connectionTimeoutMillis: timeout + 5000 } : {}),
    });
    pool.on('error', (error) => log(`pglite pool error: ${error.message}`));
    pool.on('connect', (client) => client.on('error', (error: Error & { code?: string }) => log(`pglite connection lost: ${error.code ?? error.message}`)));
    return {
      db: drizzle(pool),
      pool,
      engine: 'pglite',
      dataDir,
      get socketPath() {
        return supervisor.socketPath;
      },
      restarts: () => supervisor.restarts,
      unbounded: async (fn) => {
        const resume = supervisor.pause();
        try {
          return await withoutTimeouts(pool, 'pglite', fn);
        } finally {
          resume();
        }
      },
      close: async () => {
        await pool.end();
        await supervisor.stop();
        if (!socketDir.startsWith(dataDir)) rmSync(socketDir, { recursive: true, force: true });
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
  await database.unbounded(async (db) => {
    await db.execute(sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await migrate(db, { migrationsFolder });
  });
}
