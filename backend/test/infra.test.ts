/**
 * The server as a process (real HTTP, both engines): standard GraphQL clients and the
 * CSRF rule, security headers, no TCP door to the embedded database, SIGTERM during a
 * mutation, the statement timeout, a production start and HOST.
 */
import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, type RunningServer, spawnServer, startServer } from './harness.js';

/** TCP ports a process listens on (Linux /proc): inodes of its socket fds matched against /proc/net/tcp{,6}. */
function listeningTcpPorts(pid: number): number[] {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (match?.[1]) inodes.add(match[1]);
    } catch {
      /* closed meanwhile */
    }
  }
  const ports: number[] = [];
  for (const table of ['tcp', 'tcp6']) {
    for (const line of readFileSync(`/proc/${pid}/net/${table}`, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 10 || cols[3] !== '0A') continue; // 0A = LISTEN
      if (inodes.has(cols[9] as string)) ports.push(Number.parseInt((cols[1] as string).split(':')[1] as string, 16));
    }
  }
  return ports;
}

/** Starting a server of its own takes 10-40 s on a loaded 2-core machine. */
const SERVER_TEST_MS = 240_000;

const mutationSlow = 'mutation($input: ReserveInsuranceNumbersInput!) { reserveInsuranceNumbers(input: $input) { batch { id count } errors { code } } }';

describe.each(engines)('server on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;

  beforeAll(async () => {
    server = await startServer(engine);
    admin = new Client(server.url);
    expect((await admin.login('Admin', 'admin123')).errors).toEqual([]);
  });
  afterAll(async () => {
    await server?.stop();
  });

  const post = (body: string, headers: Record<string, string>, cookie = true) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { ...headers, ...(cookie ? { cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}) },
      body,
    });

  describe('standard GraphQL clients', () => {
    it('answers a plain JSON POST with the session cookie and no custom header', async () => {
      const response = await post(JSON.stringify({ query: '{ me { username } }' }), { 'content-type': 'application/json' });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { me: { username: 'Admin' } } });
    });

    it('answers a GET query and refuses a GET mutation (nothing created)', async () => {
      const get = (query: string) =>
        fetch(`${server.url}/graphql?query=${encodeURIComponent(query)}`, { headers: { cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
      const query = await get('{ me { username } }');
      expect(query.status).toBe(200);
      expect(await query.json()).toEqual({ data: { me: { username: 'Admin' } } });
      const mutation = await get('mutation { createLocation(input: {code: "GETM1", name: "Get Mutation", type: "R"}) { location { id } } }');
      expect(mutation.status).toBeGreaterThanOrEqual(400);
      const count = await admin.gql('{ locations(filter: {search: "GETM1"}) { totalCount } }');
      expect(count.json.data.locations.totalCount).toBe(0);
    });

    it.each([
      ['text/plain', (query: string) => JSON.stringify({ query })],
      ['application/x-www-form-urlencoded', (query: string) => `query=${encodeURIComponent(query)}`],
      [
        'multipart/form-data; boundary=x',
        (query: string) => `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query })}\r\n--x--\r\n`,
      ],
    ])('refuses a %s POST without the CSRF header (nothing created)', async (type, body) => {
      const response = await post(body('mutation { createLocation(input: {code: "FORM1", name: "Form Post", type: "R"}) { location { id } } }'), {
        'content-type': type,
      });
      expect(response.status).toBe(403);
      expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('CSRF');
      const count = await admin.gql('{ locations(filter: {search: "FORM1"}) { totalCount } }');
      expect(count.json.data.locations.totalCount).toBe(0);
    });

    it('does not echo a foreign origin with credentials', async () => {
      const evil = 'https://evil.example';
      const response = await post(JSON.stringify({ query: '{ me { username } }' }), { 'content-type': 'application/json', origin: evil });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      const preflight = await fetch(`${server.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: evil, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  it('sends the security headers on every kind of response', async () => {
    for (const [path, init] of [
      ['/', {}],
      ['/composition.json', {}],
      ['/nothing-here.js', {}],
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }],
      ['/graphql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }],
    ] as const) {
      const response = await fetch(`${server.url}${path}`, init as RequestInit);
      const csp = response.headers.get('content-security-policy') ?? '';
      // The default composition names no other origin; the shell page's inline script is allowed by its hash only.
      expect(csp, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')*(;|$)/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('same-origin');
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it.runIf(engine === 'pglite')('has no TCP door to the embedded database: the HTTP port is the only one', async () => {
    const pid = server.pid as number;
    const port = Number(new URL(server.url).port);
    expect(listeningTcpPorts(pid)).toEqual([port]);
    const runDir = `${server.dataDir}/run`;
    expect(statSync(runDir).mode & 0o777).toBe(0o700);
  });

  it(
    'lets a mutation in flight finish on SIGTERM, then exits 0',
    async () => {
      const own = await startServer(engine);
      try {
        const client = new Client(own.url);
        await client.login('Admin', 'admin123');
        const region = (await client.gql('{ locations(filter: {type: "R"}, first: 1) { edges { node { id } } } }')).json.data.locations.edges[0].node.id;
        let locker: pg.Client | undefined;
        if (engine === 'postgres') {
          // Hold the table the mutation writes, so it is surely in flight when SIGTERM arrives.
          locker = new pg.Client({ connectionString: own.databaseUrl });
          await locker.connect();
          await locker.query('BEGIN');
          await locker.query('LOCK TABLE reserved_numbers IN ACCESS EXCLUSIVE MODE');
        }
        const pending = client.gql(mutationSlow, { input: { regionId: region, count: 1000 } });
        await new Promise((done) => setTimeout(done, engine === 'postgres' ? 300 : 30));
        own.signal('SIGTERM');
        await new Promise((done) => setTimeout(done, 200));
        // no new connections once stopping
        const port = Number(new URL(own.url).port);
        const refused = await new Promise<string>((done) => {
          const socket = connect(port, '127.0.0.1');
          socket.on('connect', () => {
            socket.destroy();
            done('connected');
          });
          socket.on('error', (error: NodeJS.ErrnoException) => done(error.code ?? 'error'));
        });
        expect(refused).toBe('ECONNREFUSED');
        await locker?.query('COMMIT');
        await locker?.end();
        const done = await pending;
        expect(done.status).toBe(200);
        expect(done.json.data.reserveInsuranceNumbers).toMatchObject({ batch: { count: 1000 }, errors: [] });
        expect(await own.exited).toBe(0);
        if (engine === 'postgres') expect(own.output()).toMatch(/1 request\(s\) in flight/);
      } finally {
        await own.stop();
      }
    },
    SERVER_TEST_MS,
  );

  it.runIf(engine === 'postgres')(
    'cuts a statement at the statement timeout with a user-facing error',
    async () => {
      const own = await startServer(engine, { KENTE_STATEMENT_TIMEOUT_MS: '800' });
      const locker = new pg.Client({ connectionString: own.databaseUrl });
      try {
        const client = new Client(own.url);
        await client.login('Admin', 'admin123');
        await locker.connect();
        await locker.query('BEGIN');
        await locker.query('LOCK TABLE locations IN ACCESS EXCLUSIVE MODE');
        const started = Date.now();
        const cut = await client.gql('{ locations { totalCount } }');
        expect(Date.now() - started).toBeLessThan(4000);
        expect(cut.json.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
        expect(cut.json.errors?.[0]?.message).toMatch(/took too long/);
        await locker.query('COMMIT');
        expect((await client.gql('{ locations { totalCount } }')).json.data.locations.totalCount).toBeGreaterThan(0);
        expect(own.output()).toMatch(/TIMEOUT at locations: sqlstate=57014/);
      } finally {
        await locker.end().catch(() => {});
        await own.stop();
      }
    },
    SERVER_TEST_MS,
  );

  it('logs an unexpected error with its request id, never the SQL parameters', async () => {
    const marker = 'PERSONALDATA'.repeat(30); // longer than any varchar(100) column
    const result = await admin.gql('mutation($input: CreateLocationInput!) { createLocation(input: $input) { location { id } errors { code } } }', {
      input: { code: 'LOGT1', name: marker, type: 'R' },
    });
    const masked = result.json.errors?.[0];
    if (masked) {
      expect(masked.message).toBe('Unexpected error.');
      const id = (masked.extensions as { requestId?: string }).requestId as string;
      expect(result.headers.get('x-request-id')).toBe(id);
      expect(server.output()).toContain(`[${id}] INTERNAL_SERVER_ERROR`);
    } else {
      expect(result.json.data.createLocation.errors.length).toBeGreaterThan(0); // refused as a user error: fine too
    }
    expect(server.output()).not.toContain('PERSONALDATA');
  });

  describe('production start', () => {
    it(
      'creates exactly one administrator, with a one-time password to change, and no demo data',
      async () => {
        const prod = await startServer(engine, { KENTE_DEMO: '' });
        try {
          const password = /one-time password (\S+) /.exec(prod.output())?.[1] as string;
          expect(password).toBeTruthy();
          const client = new Client(prod.url);
          expect((await client.login('Admin', 'admin123')).errors[0]?.code).toBe('INVALID_CREDENTIALS');
          const login = await client.login('Admin', password);
          expect(login.errors).toEqual([]);
          expect(login.me?.rights.length).toBeGreaterThan(100);
          const counts = await client.gql(
            '{ me { mustChangePassword } users(exactCount: true) { totalCount } locations(exactCount: true) { totalCount } healthFacilities { totalCount } insurees { totalCount } }',
          );
          expect(counts.json.errors).toBeUndefined();
          expect(counts.json.data).toMatchObject({
            me: { mustChangePassword: true },
            users: { totalCount: 1 },
            locations: { totalCount: 0 },
            healthFacilities: { totalCount: 0 },
            insurees: { totalCount: 0 },
          });
          expect((await client.login('enrolment', 'enrolment123')).errors[0]?.code).toBe('INVALID_CREDENTIALS');
          const changed = await client.gql('mutation($input: ChangePasswordInput!) { changePassword(input: $input) { ok } }', {
            input: { oldPassword: password, newPassword: 'a-strong-new-password' },
          });
          expect(changed.json.data.changePassword.ok).toBe(true);
          expect((await client.gql('{ me { mustChangePassword } }')).json.data.me.mustChangePassword).toBe(false);
        } finally {
          await prod.stop();
        }
      },
      SERVER_TEST_MS,
    );

    it.runIf(engine === 'pglite')(
      'takes the password from KENTE_ADMIN_PASSWORD and prints none',
      async () => {
        const prod = await startServer(engine, { KENTE_DEMO: '0', KENTE_ADMIN_PASSWORD: 'from-the-environment' });
        try {
          expect(prod.output()).not.toMatch(/one-time password/);
          expect(prod.output()).not.toContain('from-the-environment');
          const login = await new Client(prod.url).login('Admin', 'from-the-environment');
          expect(login.errors).toEqual([]);
        } finally {
          await prod.stop();
        }
      },
      SERVER_TEST_MS,
    );
  });

  it('listens on 127.0.0.1 by default', () => {
    expect(server.output()).toMatch(/listening on 127\.0\.0\.1;/);
  });

  it.runIf(engine === 'pglite')(
    'listens on HOST only',
    async () => {
      const own = await startServer(engine, { HOST: '127.0.0.2' });
      try {
        expect(own.url).toMatch(/^http:\/\/127\.0\.0\.2:\d+$/);
        expect((await fetch(`${own.url}/graphql?query=%7B__typename%7D`)).status).toBe(200);
        await expect(fetch(own.url.replace('127.0.0.2', '127.0.0.1'))).rejects.toThrow();
      } finally {
        await own.stop();
      }
    },
    SERVER_TEST_MS,
  );
});

describe('a database that cannot be opened', () => {
  it('makes the server exit 1 with a clear message instead of hanging', async () => {
    const { child, ready, output } = spawnServer({ DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' });
    await expect(ready).rejects.toThrow(/exited with 1/);
    expect(output()).toMatch(/could not open its database/);
    expect(child.exitCode).toBe(1);
  });
});
