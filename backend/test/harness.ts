/** Starts the real server in a child process and talks to it over HTTP with cookies. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const backendDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export type Engine = 'pglite' | 'postgres';
export const engines: Engine[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface RunningServer {
  url: string;
  engine: Engine;
  dataDir?: string;
  databaseUrl?: string;
  output: () => string;
  /** The server's process id. */
  pid?: number;
  /** Sends a signal to the server process. */
  signal: (signal: NodeJS.Signals) => void;
  /** Resolves with the exit code (or the signal) when the process ends. */
  exited: Promise<number | string | null>;
  stop: () => Promise<void>;
}

/** A throwaway database on the DATABASE_URL server, dropped by stop(). */
export async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = new URL(process.env.DATABASE_URL ?? '');
  const name = `kente_test_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: base.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Servers still running when the test process ends (a test that timed out before its stop()) are killed with it. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export function spawnServer(env: Record<string, string | undefined>): { child: ChildProcess; ready: Promise<string>; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: backendDir,
    env: { ...process.env, PORT: '0', NODE_ENV: 'production', KENTE_DEMO: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let log = '';
  const ready = new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), Number(process.env.KENTE_TEST_START_MS ?? 90_000));
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /console on (http:\/\/\S+?:\d+) /.exec(log);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code ?? signal}:\n${log}`));
    });
  });
  return { child, ready, output: () => log };
}

export async function startServer(engine: Engine, env: Record<string, string> = {}): Promise<RunningServer> {
  let dataDir: string | undefined;
  let database: { url: string; drop: () => Promise<void> } | undefined;
  if (engine === 'pglite') dataDir = mkdtempSync(join(tmpdir(), 'kente-test-'));
  else database = await freshPostgresDatabase();
  const { child, ready, output } = spawnServer({
    ...env,
    KENTE_DATA_DIR: dataDir ? join(dataDir, 'data') : undefined,
    DATABASE_URL: database?.url ?? '',
  });
  const exited = new Promise<number | string | null>((done) => child.once('exit', (code, signal) => done(code ?? signal)));
  const url = await ready;
  return {
    url,
    engine,
    pid: child.pid,
    signal: (signal) => child.kill(signal),
    exited,
    dataDir: dataDir ? join(dataDir, 'data') : undefined,
    databaseUrl: database?.url,
    output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      await database?.drop();
    },
  };
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  text: string;
  json: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  headers: Headers;
}

/** A browser-like client: keeps the session cookie, sends the CSRF header. */
export class Client {
  cookies = new Map<string, string>();
  constructor(readonly url: string) {}

  /** The session's cookies as a `cookie` header, for requests made with fetch (files, event streams). */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async raw(init: { body?: string; method?: string; headers?: Record<string, string>; csrf?: boolean; query?: string }): Promise<GqlResponse> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(init.headers ?? {}) };
    if (init.csrf !== false) headers['x-kente-csrf'] = '1';
    if (this.cookies.size) headers.cookie = this.cookieHeader();
    const target = `${this.url}/graphql${init.query ? `?query=${encodeURIComponent(init.query)}` : ''}`;
    const response = await fetch(target, { method: init.method ?? 'POST', headers, body: init.body });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (!value || /max-age=0/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    let json: GqlResponse['json'] = {};
    try {
      json = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: response.status, text, json, headers: response.headers };
  }

  // biome-ignore lint/suspicious/noExplicitAny: test convenience
  async gql<T = any>(query: string, variables?: Record<string, unknown>, options: { csrf?: boolean } = {}): Promise<GqlResponse<T>> {
    return (await this.raw({ body: JSON.stringify({ query, variables }), csrf: options.csrf })) as GqlResponse<T>;
  }

  async login(username: string, password: string) {
    const result = await this.gql('mutation($input: LoginInput!) { login(input: $input) { me { username rights } errors { field code message } } }', {
      input: { username, password },
    });
    return result.json.data?.login as { me: { username: string; rights: number[] } | null; errors: { code: string }[] };
  }
}

/** A job as GET /api/jobs/events pushes it (the journal's JobView). */
// biome-ignore lint/suspicious/noExplicitAny: test convenience
export type JobEvent = Record<string, any> & { id: string; status: string };

/**
 * Listens to a user's journal (GET /api/jobs/events) from now on: `until(id)` reads the `job`
 * events until that job is done or failed and answers every event seen (all jobs), then stops.
 */
export async function listenToJobs(url: string, cookie: string): Promise<{ headers: Headers; until: (id: string) => Promise<JobEvent[]> }> {
  const controller = new AbortController();
  const response = await fetch(`${url}/api/jobs/events`, { headers: { cookie }, signal: controller.signal });
  const reader = response.body?.getReader();
  if (!reader) throw new Error('no event stream');
  const seen: JobEvent[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    headers: response.headers,
    until: async (id) => {
      while (!seen.some((e) => e.id === id && (e.status === 'done' || e.status === 'failed'))) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const data = /^event: job\ndata: (.*)$/m.exec(buffer.slice(0, end));
          if (data?.[1]) seen.push(JSON.parse(data[1]));
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
        }
      }
      controller.abort();
      return seen;
    },
  };
}

/** A client signed in as `username`; a refused sign-in fails the test with its problems. */
export async function signedIn(url: string, username: string, password: string): Promise<Client> {
  const client = new Client(url);
  const { errors } = await client.login(username, password);
  if (errors.length) throw new Error(`${username} could not sign in: ${JSON.stringify(errors)}`);
  return client;
}
