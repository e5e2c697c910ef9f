/**
 * Sign-in, sign-out, cookies, password change and the CSRF guard; sign-in throttling (growing delays per user and per address, counted before the password check)
 * and session lifetimes, on servers configured with short delays and lifetimes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, type RunningServer, startServer } from './harness.js';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
// long enough that a burst of parallel requests ends well within the first delay on a busy machine
const DELAY = 2500;

/** A client behind a trusted proxy, so each test has its own address. */
class From extends Client {
  constructor(
    url: string,
    readonly address: string,
  ) {
    super(url);
  }
  override raw(init: Parameters<Client['raw']>[0]) {
    return super.raw({ ...init, headers: { ...(init.headers ?? {}), 'x-forwarded-for': this.address } });
  }
}

describe.each(engines)('sign-in and throttle on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;
  beforeAll(async () => {
    server = await startServer(engine, {
      KENTE_TRUST_PROXY: '1',
      KENTE_LOGIN_USER_LIMIT: '5',
      KENTE_LOGIN_IP_LIMIT: '8',
      KENTE_LOGIN_DELAY_MS: String(DELAY),
      KENTE_LOGIN_MAX_DELAY_MS: String(DELAY * 4),
    });
    admin = new Client(server.url);
    expect((await admin.login('Admin', 'admin123')).errors).toEqual([]);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  }, 30_000);

  it('signs in with an httpOnly SameSite=Lax cookie, answers me, signs out', async () => {
    const client = new Client(server.url);
    const anonymous = await client.gql('{ me { username } }');
    expect(anonymous.json.data?.me).toBeNull();

    const response = await client.raw({
      body: JSON.stringify({ query: 'mutation { login(input: {username: "claimadmin", password: "claimadmin123"}) { me { username } errors { code } } }' }),
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('kente_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);

    const me = await client.gql('{ me { id username names language rights healthFacility { id code name } } }');
    expect(me.json.errors).toBeUndefined();
    expect(me.json.data.me.username).toBe('claimadmin');
    expect(me.json.data.me.names).toBe('Joseph Mwangi');
    expect(me.json.data.me.language).toBe('en');
    expect(me.json.data.me.rights).toContain(111001);
    expect(me.json.data.me.rights).not.toContain(121701);
    expect(me.json.data.me.healthFacility.code).toMatch(/^HF/);

    const stolen = new Map(client.cookies);
    const logout = await client.gql('mutation { logout { ok errors { code } } }');
    expect(logout.json.data.logout.ok).toBe(true);
    expect((await client.gql('{ me { username } }')).json.data.me).toBeNull();
    // the old cookie is dead on the server too
    const replay = new Client(server.url);
    replay.cookies = stolen;
    expect((await replay.gql('{ me { username } }')).json.data.me).toBeNull();
  });

  it('rejects a wrong password with INVALID_CREDENTIALS and no cookie', async () => {
    const client = new Client(server.url);
    const result = await client.login('clerk', 'wrong-password');
    expect(result.me).toBeNull();
    expect(result.errors[0]?.code).toBe('INVALID_CREDENTIALS');
    expect(client.cookies.size).toBe(0);
    const unknown = await client.login('nobody-here', 'whatever');
    expect(unknown.errors[0]?.code).toBe('INVALID_CREDENTIALS');
  });

  it('changes a password and ends the other sessions', async () => {
    const first = new Client(server.url);
    const second = new Client(server.url);
    await first.login('enrolment', 'enrolment123');
    await second.login('enrolment', 'enrolment123');
    const short = await first.gql('mutation { changePassword(input: {oldPassword: "enrolment123", newPassword: "short"}) { ok errors { field code } } }');
    expect(short.json.data.changePassword.errors[0]).toMatchObject({ field: 'newPassword', code: 'INVALID' });
    const wrong = await first.gql('mutation { changePassword(input: {oldPassword: "nope-nope", newPassword: "a-new-password"}) { ok errors { field code } } }');
    expect(wrong.json.data.changePassword.ok).toBe(false);
    const changed = await first.gql('mutation { changePassword(input: {oldPassword: "enrolment123", newPassword: "a-new-password"}) { ok errors { code } } }');
    expect(changed.json.data.changePassword).toEqual({ ok: true, errors: [] });
    expect((await first.gql('{ me { username } }')).json.data.me.username).toBe('enrolment');
    expect((await second.gql('{ me { username } }')).json.data.me).toBeNull();
    expect((await new Client(server.url).login('enrolment', 'a-new-password')).errors).toEqual([]);
  });

  it('20 parallel guesses: only 5 reach the password check, the rest wait; the owner gets in after the delay', async () => {
    const attacker = new From(server.url, '10.0.0.1');
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => attacker.login('medical', `guess-${i}`)));
    const codes = results.map((r) => r.errors[0]?.code);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(15);
    const owner = new From(server.url, '10.0.0.2');
    const early = await owner.login('medical', 'medical123');
    expect(early.me).toBeNull();
    expect(early.errors[0]).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/Try again in \d+ seconds/) });
    await sleep(DELAY + 200);
    expect((await owner.login('medical', 'medical123')).me?.username).toBe('medical');
  });

  it('delays grow with each failure but never lock the owner out', async () => {
    const attacker = new From(server.url, '10.0.1.1');
    for (let i = 0; i < 5; i++) expect((await attacker.login('accountant', `bad-${i}`)).errors[0]?.code).toBe('INVALID_CREDENTIALS');
    expect((await attacker.login('accountant', 'bad-5')).errors[0]?.code).toBe('RATE_LIMITED');
    await sleep(DELAY + 100);
    expect((await attacker.login('accountant', 'bad-6')).errors[0]?.code).toBe('INVALID_CREDENTIALS'); // now 6 failures: 2 x DELAY
    const owner = new From(server.url, '10.0.1.2');
    await sleep(DELAY + 100);
    expect((await owner.login('accountant', 'accountant123')).errors[0]?.code).toBe('RATE_LIMITED');
    await sleep(DELAY + 200);
    expect((await owner.login('accountant', 'accountant123')).errors).toEqual([]);
    // a success starts the count again
    expect((await attacker.login('accountant', 'bad-7')).errors[0]?.code).toBe('INVALID_CREDENTIALS');
  });

  it('an address failing on many names waits too, without blocking other addresses', async () => {
    const noisy = new From(server.url, '10.0.2.1');
    for (let i = 0; i < 8; i++) expect((await noisy.login(`nobody-${i}`, 'x')).errors[0]?.code).toBe('INVALID_CREDENTIALS');
    expect((await noisy.login('manager', 'manager123')).errors[0]?.code).toBe('RATE_LIMITED');
    expect((await new From(server.url, '10.0.2.2').login('manager', 'manager123')).errors).toEqual([]);
    await sleep(DELAY + 200);
    expect((await noisy.login('manager', 'manager123')).errors).toEqual([]);
  });

  it('changePassword limits guesses of the old password the same way', async () => {
    const user = new From(server.url, '10.0.3.1');
    expect((await user.login('receptionist', 'receptionist123')).errors).toEqual([]);
    const change = (oldPassword: string) =>
      user.gql('mutation($input: ChangePasswordInput!) { changePassword(input: $input) { ok errors { field code message } } }', {
        input: { oldPassword, newPassword: 'receptionist-new-1' },
      });
    const guesses = await Promise.all(Array.from({ length: 8 }, (_, i) => change(`guess-${i}`)));
    const codes = guesses.map((g) => g.json.data.changePassword.errors[0]?.code);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(3);
    expect((await change('receptionist123')).json.data.changePassword.errors[0]).toMatchObject({ field: 'oldPassword', code: 'RATE_LIMITED' });
    await sleep(DELAY + 200);
    expect((await change('receptionist123')).json.data.changePassword).toEqual({ ok: true, errors: [] });
  });
});

describe.each(engines)('session lifetimes on %s', (engine) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(engine, {
      KENTE_SESSION_HOURS: String(1.5 / 3600),
      KENTE_SESSION_MAX_HOURS: String(4 / 3600),
      KENTE_SESSIONS_PER_USER: '3',
    });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  }, 30_000);

  const me = async (client: Client) => (await client.gql('{ me { username } }')).json.data?.me?.username ?? null;

  it('a session unused for the idle time ends', async () => {
    const client = new Client(server.url);
    await client.login('manager', 'manager123');
    expect(await me(client)).toBe('manager');
    await sleep(2000);
    expect(await me(client)).toBeNull();
  });

  it('a session in constant use still ends at its absolute lifetime', async () => {
    const client = new Client(server.url);
    await client.login('manager', 'manager123');
    const start = Date.now();
    while (Date.now() - start < 3200) {
      expect(await me(client)).toBe('manager'); // the idle time (1.5 s) slides with use
      await sleep(400);
    }
    await sleep(Math.max(0, 4300 - (Date.now() - start)));
    expect(await me(client)).toBeNull();
  });

  it('signing in again drops the oldest sessions beyond the cap', async () => {
    const clients = [new Client(server.url), new Client(server.url), new Client(server.url), new Client(server.url)];
    for (const client of clients) {
      expect((await client.login('schemeadmin', 'schemeadmin123')).errors).toEqual([]);
      await sleep(20); // distinct creation times
    }
    expect(await Promise.all(clients.map(me))).toEqual([null, 'schemeadmin', 'schemeadmin', 'schemeadmin']);
  });
});
