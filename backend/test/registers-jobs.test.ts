/**
 * Register imports in the journal (POST /api/jobs/registers/<register>?dryRun=): the same checks,
 * limits and report as the direct import (POST /api/admin/registers/<register>), run in the
 * background with its rows read, checked and written pushed over GET /api/jobs/events, the report
 * kept as the job's JSON file for its owner only, a file that cannot be read failing the job with
 * the direct import's code and message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, engines, type JobEvent, listenToJobs, type RunningServer, signedIn, startServer } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: test convenience
type Any = any;

const HEADER = 'code,name,type,price,care_type';
/** Enough rows for three write chunks (5,000 a statement) and several progress events. */
const ROWS = 15_000;

function servicesCsv(prefix: string, rows: number, price = '100'): string {
  const lines = [HEADER];
  for (let i = 1; i <= rows; i++) lines.push(`${prefix}${String(i).padStart(5, '0')},Job service ${prefix} ${i},P,${price},O`);
  return `${lines.join('\r\n')}\r\n`;
}

/** A report without its timings (they differ between two runs of the same file). */
const untimed = ({ timing: _t, ...report }: Any) => report;

describe.each(engines)('register imports in the journal on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;

  const client = (username: string, password: string) => signedIn(server.url, username, password);
  const cookie = (c: Client) => c.cookieHeader();
  const headersOf = (c: Client | null, type: string, csrf: boolean) => ({
    'content-type': type,
    ...(csrf ? { 'x-kente-csrf': '1' } : {}),
    ...(c ? { cookie: cookie(c) } : {}),
  });
  const direct = async (c: Client, register: string, body: string, dryRun: boolean) => {
    const response = await fetch(`${server.url}/api/admin/registers/${register}?dryRun=${dryRun}`, {
      method: 'POST',
      headers: headersOf(c, 'text/csv', true),
      body,
    });
    return { status: response.status, json: (await response.json()) as Any };
  };
  const startJob = async (
    c: Client | null,
    register: string,
    body: string | Uint8Array<ArrayBuffer>,
    options: { dryRun?: boolean | string; csrf?: boolean } = {},
  ) => {
    const response = await fetch(`${server.url}/api/jobs/registers/${register}?dryRun=${options.dryRun ?? true}`, {
      method: 'POST',
      headers: headersOf(c, 'text/csv', options.csrf !== false),
      body,
    });
    return { status: response.status, json: (await response.json()) as Any };
  };
  /** Starts a job, follows it to its end over the event stream: its events and its last state. */
  const runJob = async (c: Client, register: string, body: string | Uint8Array<ArrayBuffer>, dryRun: boolean) => {
    const events = await listenToJobs(server.url, cookie(c));
    const started = await startJob(c, register, body, { dryRun });
    expect(started.status).toBe(202);
    const id = started.json.id as string;
    const mine = (await events.until(id)).filter((e) => e.id === id);
    return { id, events: mine, final: mine.at(-1) as JobEvent };
  };
  const fileOf = (c: Client | null, id: string) => fetch(`${server.url}/api/jobs/${id}/file`, { headers: c ? { cookie: cookie(c) } : {} });
  const jobsOf = async (c: Client) => ((await (await fetch(`${server.url}/api/jobs`, { headers: { cookie: cookie(c) } })).json()) as Any).jobs as JobEvent[];

  beforeAll(async () => {
    server = await startServer(engine, { KENTE_PGLITE_FSYNC: '0' });
    admin = await client('Admin', 'admin123');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('a dry run and an apply in the journal give the direct import report; progress is pushed phase by phase with growing counts', async () => {
    const file = servicesCsv('JB', ROWS);
    const expected = await direct(admin, 'services', file, true);
    expect(expected.status).toBe(200);
    expect(expected.json.counts).toMatchObject({ rows: ROWS, create: ROWS, problems: 0 });

    // the dry run: the job's file is the direct dry run's report
    const check = await runJob(admin, 'services', file, true);
    expect(check.final).toMatchObject({
      kind: 'import',
      status: 'done',
      progress: 1,
      title: 'Medical services: dry run',
      fileName: expect.stringMatching(/^services-import-\d{4}-\d{2}-\d{2}\.json$/),
      register: { name: 'services', dryRun: true, ok: true, applied: false, problems: 0 },
    });
    const checkFile = await fileOf(admin, check.id);
    expect(checkFile.status).toBe(200);
    expect(checkFile.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(checkFile.headers.get('content-disposition')).toBe(`attachment; filename="${check.final.fileName}"`);
    expect(untimed(await checkFile.json())).toEqual(untimed(expected.json));

    // the apply: rows read (no total yet), checked, then written, each phase's counts growing, the bar never going back
    const apply = await runJob(admin, 'services', file, false);
    expect(apply.final).toMatchObject({ status: 'done', title: 'Medical services: import', register: { dryRun: false, ok: true, applied: true, problems: 0 } });
    const running = apply.events.filter((e) => e.status === 'running' && e.phase);
    const phases = [...new Set(running.map((e) => e.phase))];
    expect(phases).toEqual(['parse', 'check', 'write']);
    for (const phase of phases) {
      const rows = running.filter((e) => e.phase === phase).map((e) => e.rows);
      expect(rows).toEqual([...rows].sort((a, b) => a - b));
    }
    expect(running.filter((e) => e.phase === 'parse').every((e) => e.total === null && e.progress === null)).toBe(true);
    expect(running.filter((e) => e.phase !== 'parse').every((e) => e.total === ROWS)).toBe(true);
    const written = running.filter((e) => e.phase === 'write').map((e) => e.rows);
    expect(new Set(written).size).toBeGreaterThanOrEqual(2);
    expect(Math.max(...written)).toBeGreaterThanOrEqual(5000);
    const bar = running.map((e) => e.progress).filter((p): p is number => p !== null);
    expect(bar).toEqual([...bar].sort((a, b) => a - b));
    expect(bar.every((p) => p >= 0 && p < 1)).toBe(true);

    const applied = (await (await fileOf(admin, apply.id)).json()) as Any;
    expect(applied).toMatchObject({ dryRun: false, applied: true, ok: true, counts: { rows: ROWS, create: ROWS, error: 0 } });
    // written as the direct apply writes: the same file again is all unchanged, directly and in the journal
    const again = await direct(admin, 'services', file, true);
    expect(again.json.counts).toMatchObject({ rows: ROWS, unchanged: ROWS, create: 0, update: 0 });
    const found = await admin.gql('{ medicalServices(filter: { search: "JB15000" }, first: 1) { edges { node { code name price version } } } }');
    expect(found.json.data.medicalServices.edges[0].node).toMatchObject({ code: 'JB15000', name: 'Job service JB 15000', version: 1 });
    const twice = await runJob(admin, 'services', file, false);
    expect(twice.final.register).toMatchObject({ ok: true, applied: true });
    expect(((await (await fileOf(admin, twice.id)).json()) as Any).counts).toMatchObject({ unchanged: ROWS, create: 0, update: 0 });
  });

  it('an apply with problems is done with its report and writes nothing; a file that cannot be read fails with the direct import problem', async () => {
    const bad = `${HEADER}\r\nJX00001,Fine,P,10,O\r\nJX00002,Bad type,X,10,O\r\n`;
    const job = await runJob(admin, 'services', bad, false);
    expect(job.final).toMatchObject({ status: 'done', register: { dryRun: false, ok: false, applied: false, problems: 1 } });
    const report = (await (await fileOf(admin, job.id)).json()) as Any;
    expect(report).toMatchObject({ applied: false, ok: false, counts: { rows: 2, create: 1, error: 1 } });
    expect(report.problems).toEqual([expect.objectContaining({ row: 3, column: 'type', code: 'INVALID' })]);
    expect((await direct(admin, 'services', bad, true)).json.rows[0]).toMatchObject({ code: 'JX00001', action: 'create' });

    const unreadable: [string, string | Uint8Array<ArrayBuffer>][] = [
      ['MALFORMED', `${HEADER}\r\nJX00003,"never closed,P,10,O\r\n`],
      ['ENCODING', new Uint8Array(Buffer.from(`${HEADER}\r\nJX00004,Caf\xe9,P,10,O\r\n`, 'latin1'))],
      ['EMPTY', '\r\n\r\n'],
    ];
    for (const [code, body] of unreadable) {
      const answer = await fetch(`${server.url}/api/admin/registers/services?dryRun=true`, {
        method: 'POST',
        headers: headersOf(admin, 'text/csv', true),
        body,
      });
      expect(answer.status).toBe(400);
      const error = ((await answer.json()) as Any).errors[0];
      expect(error.extensions.code).toBe(code);
      const failed = await runJob(admin, 'services', body, true);
      expect(failed.final).toMatchObject({ status: 'failed', errorCode: code, error: error.message });
      expect(failed.final.fileName).toBeUndefined();
      expect((await fileOf(admin, failed.id)).status).toBe(404);
    }
    // no file at all: refused before any job, as the direct import refuses it
    const none = await startJob(admin, 'services', '');
    expect(none.status).toBe(400);
    expect(none.json.errors[0].extensions.code).toBe('EMPTY');
  });

  it('rights, CSRF and the request are checked before any job starts; only the owner downloads the report', async () => {
    const file = `${HEADER}\r\nJR00001,Rights,P,10,O\r\n`;
    const enrolment = await client('enrolment', 'enrolment123');
    const before = (await jobsOf(enrolment)).length;
    const refused = await startJob(enrolment, 'services', file);
    expect(refused.status).toBe(403);
    expect(refused.json.errors[0].extensions).toEqual({ code: 'FORBIDDEN', right: 131010 });
    expect((await startJob(enrolment, 'locations', file)).json.errors[0].extensions).toEqual({ code: 'FORBIDDEN', right: 131006 });
    expect(await jobsOf(enrolment)).toHaveLength(before);
    expect((await startJob(null, 'services', file)).status).toBe(401);
    expect((await startJob(admin, 'services', file, { csrf: false })).json.errors[0].extensions.code).toBe('CSRF');
    expect((await startJob(admin, 'services', file, { dryRun: 'maybe' })).json.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect((await startJob(admin, 'nothing', file)).status).toBe(404);
    expect((await fetch(`${server.url}/api/jobs/registers/services`, { headers: { cookie: cookie(admin) } })).status).toBe(405);

    const job = await runJob(admin, 'services', file, true);
    expect(job.final.status).toBe('done');
    // the scheme administrator may import services too, yet not read the Admin's report
    const schemeAdmin = await client('schemeadmin', 'schemeadmin123');
    expect((await fileOf(schemeAdmin, job.id)).status).toBe(404);
    expect((await jobsOf(schemeAdmin)).some((j) => j.id === job.id)).toBe(false);
    expect((await fileOf(null, job.id)).status).toBe(401);
    expect((await fileOf(admin, job.id)).status).toBe(200);
  });
});
