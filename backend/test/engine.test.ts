/**
 * The embedded engine in this process (real PGlite worker, real node-postgres pool):
 * the watchdog restarts a killed or stuck worker, the statement timeout answers with a
 * user-facing error, the data-folder lock is atomic, the socket is private.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../src/app.js';
import { type Database, lockDataDir, migrateDatabase, openDatabase } from '../src/db/engine.js';
import { backendDir } from './harness.js';

const until = async (check: () => boolean | Promise<boolean>, ms: number) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((done) => setTimeout(done, 50));
  }
  return false;
};

describe('embedded database worker', () => {
  let dir: string;
  let database: Database;
  let worker: Worker | undefined;
  const logs: string[] = [];
  const fatal: Error[] = [];
  let server: Server;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kente-engine-'));
    database = await openDatabase({
      dataDir: join(dir, 'data'),
      databaseUrl: '',
      statementTimeoutMs: 500,
      log: (message) => logs.push(message),
      onFatal: (error) => fatal.push(error),
      onWorker: (started) => {
        worker = started;
      },
    });
    await migrateDatabase(database);
    const backend = createBackend(database, { log: (message) => logs.push(message) });
    server = createServer((req, res) => void backend.handle(req, res));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
  });

  afterAll(async () => {
    server?.close();
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const graphql = async (query: string) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string; requestId?: string } }[] };
  };

  it('listens on a Unix socket in a 0700 folder, not on TCP', () => {
    expect(database.socketPath).toMatch(/\.s\.PGSQL\.5432$/);
    const socketDir = (database.socketPath as string).replace(/\/\.s\.PGSQL\.5432$/, '');
    expect(statSync(socketDir).mode & 0o777).toBe(0o700);
    expect(statSync(database.socketPath as string).isSocket()).toBe(true);
    expect(statSync(database.socketPath as string).mode & 0o777).toBe(0o600);
  });

  it('runs with fsync on, through fsync (Emscripten ignores fdatasync)', async () => {
    const { rows } = await database.pool.query("select current_setting('fsync') as fsync, current_setting('wal_sync_method') as method");
    expect(rows[0]).toEqual({ fsync: 'on', method: 'fsync' });
  });

  it('refuses another user on the socket', async () => {
    if (process.getuid?.() !== 0) return; // needs root to act as another user
    const code = await new Promise<number | null>((done) => {
      const child = spawn(
        process.execPath,
        [
          '-e',
          `require('net').connect(${JSON.stringify(database.socketPath)}).on('connect',()=>process.exit(0)).on('error',e=>{console.log(e.code);process.exit(3)})`,
        ],
        { uid: 65534, gid: 65534, stdio: 'pipe' },
      );
      child.on('exit', done);
    });
    expect(code).toBe(3);
    // the owner can connect
    await new Promise<void>((done, reject) =>
      connect(database.socketPath as string)
        .on('connect', function (this: import('node:net').Socket) {
          this.destroy();
          done();
        })
        .on('error', reject),
    );
  });

  it('cuts a statement past the timeout with a user-facing error and restarts the stuck worker', async () => {
    const restarts = database.restarts();
    const slow = database.pool.query('select pg_sleep(20)').catch((error: Error) => error);
    await new Promise((done) => setTimeout(done, 50));
    const started = Date.now();
    // login reads the database in its resolver; it waits behind the stuck statement
    const cut = await graphql('mutation { login(input: {username: "nobody", password: "wrong-password"}) { errors { code } } }');
    // cut by the pool's timeout (TIMEOUT) or by the worker's restart (UNAVAILABLE): a user-facing error either way
    expect(['TIMEOUT', 'UNAVAILABLE'], logs.join('\n')).toContain(cut.errors?.[0]?.extensions?.code);
    expect(cut.errors?.[0]?.extensions?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(cut.errors?.[0]?.message).toMatch(/took too long|restarting/);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(String(await slow)).toMatch(/timeout/i);
    expect(await until(() => database.restarts() > restarts, 10_000)).toBe(true);
    expect((await database.pool.query('select 1 as one')).rows[0].one).toBe(1);
    const after = await graphql('mutation { login(input: {username: "nobody", password: "wrong-password"}) { errors { code } } }');
    expect(after.errors).toBeUndefined();
    expect(logs.some((line) => /did not answer/.test(line))).toBe(true);
    expect(fatal).toEqual([]);
  });

  it('restarts a worker that dies, and keeps the data', async () => {
    await database.pool.query('create table if not exists kept (v text)');
    await database.pool.query("insert into kept values ('before the crash')");
    const restarts = database.restarts();
    await worker?.terminate();
    expect(await until(() => database.restarts() > restarts, 20_000)).toBe(true);
    // the pool's old connection is gone; the next query gets a new one on the new worker
    let rows: { v: string }[] = [];
    await until(async () => {
      try {
        rows = (await database.pool.query('select v from kept')).rows;
        return true;
      } catch {
        return false;
      }
    }, 10_000);
    expect(rows).toEqual([{ v: 'before the crash' }]);
    expect(fatal).toEqual([]);
  });

  it('gives up (onFatal) when the worker keeps dying', async () => {
    for (let i = 0; i < 4 && !fatal.length; i++) {
      const restarts = database.restarts();
      await worker?.terminate();
      await until(() => database.restarts() > restarts || fatal.length > 0, 20_000);
    }
    expect(fatal[0]?.message).toMatch(/cannot be restarted/);
  });
});

describe('data-folder lock', () => {
  it('is taken by exactly one of several processes racing for a stale lock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kente-lock-'));
    try {
      writeFileSync(join(dir, 'kente.lock'), '999999'); // a pid that is not running
      const script = `import { lockDataDir } from './src/db/engine.ts';
        try { lockDataDir(${JSON.stringify(dir)}); console.log('LOCKED'); setTimeout(() => {}, 1500); }
        catch (e) { console.log(/in use/.test(e.message) ? 'IN_USE' : 'ERROR ' + e.message); }`;
      const runs = await Promise.all(
        Array.from(
          { length: 5 },
          () =>
            new Promise<string>((done) => {
              const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
                cwd: backendDir,
                stdio: ['ignore', 'pipe', 'pipe'],
              });
              let out = '';
              child.stdout.on('data', (chunk) => {
                out += chunk;
              });
              child.on('exit', () => done(out.trim()));
            }),
        ),
      );
      expect(runs.filter((out) => out === 'LOCKED')).toHaveLength(1);
      expect(runs.filter((out) => out === 'IN_USE')).toHaveLength(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a second open in the same process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kente-lock-'));
    try {
      const release = lockDataDir(dir);
      expect(() => lockDataDir(dir)).toThrow(/already open in this process/);
      release();
      lockDataDir(dir)();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
