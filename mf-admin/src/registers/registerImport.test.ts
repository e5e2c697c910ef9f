import { describe, expect, it } from 'vitest';
import {
  canApply,
  contentTypeOf,
  exportUrl,
  type ImportReport,
  importRegister,
  JOB_FROM_BYTES,
  jobOutcome,
  outcomeOf,
  reportLines,
  runsAsJob,
} from './registerImport.js';

function report(over: Partial<ImportReport> = {}): ImportReport {
  return {
    register: 'services',
    format: 'csv',
    dryRun: true,
    applied: false,
    ok: true,
    columns: ['code'],
    counts: { rows: 0, create: 0, update: 0, unchanged: 0, error: 0, problems: 0 },
    rows: [],
    problems: [],
    problemsTruncated: false,
    ...over,
  };
}

describe('reportLines', () => {
  it('puts errors first with their problems, then creates, updates and unchanged rows in file order', () => {
    const lines = reportLines({
      rows: [
        { row: 2, code: 'A', action: 'unchanged' },
        { row: 3, code: 'B', action: 'update', changes: ['price'] },
        { row: 4, code: 'C', action: 'create' },
        { row: 5, code: 'D', action: 'error' },
        { row: 6, code: 'E', action: 'create' },
      ],
      problems: [
        { row: 5, column: 'type', code: 'INVALID', message: 'Type must be one of P, C.' },
        { row: 5, column: 'price', code: 'REQUIRED', message: 'Price is required.' },
      ],
    });
    expect(lines.map((l) => l.row)).toEqual([5, 4, 6, 3, 2]);
    expect(lines[0]?.problems.map((p) => p.column)).toEqual(['type', 'price']);
    expect(lines[1]?.problems).toEqual([]);
  });

  it('gives a header problem (a row the report does not list) a line of its own, first', () => {
    const lines = reportLines({
      rows: [{ row: 2, code: 'A', action: 'create' }],
      problems: [{ row: 1, column: 'colour', code: 'UNKNOWN_COLUMN', message: 'x' }],
    });
    expect(lines[0]).toMatchObject({ row: 1, action: 'error', problems: [{ code: 'UNKNOWN_COLUMN' }] });
  });
});

describe('canApply', () => {
  const file = new File(['code\n'], 'a.csv', { type: 'text/csv' });
  it('needs a clean dry run of the same file', () => {
    expect(canApply({ file, checked: { file, report: report() } })).toBe(true);
    expect(canApply({ file: null, checked: null })).toBe(false);
    expect(canApply({ file, checked: null })).toBe(false);
    expect(canApply({ file, checked: { file, report: report({ ok: false, counts: { ...report().counts, error: 1, problems: 1 } }) } })).toBe(false);
    expect(canApply({ file, checked: { file: new File(['code\n'], 'a.csv'), report: report() } })).toBe(false);
    expect(canApply({ file, checked: { file, report: report({ dryRun: false, applied: true }) } })).toBe(false);
  });
});

describe('outcomeOf', () => {
  it('reads a report on 200 and on 422', () => {
    expect(outcomeOf(200, report())).toMatchObject({ kind: 'report', status: 200 });
    expect(outcomeOf(422, report({ ok: false }))).toMatchObject({ kind: 'report', status: 422 });
  });
  it("reads the server's refusal with its code and message", () => {
    expect(outcomeOf(400, { errors: [{ message: 'Save it as CSV UTF-8.', extensions: { code: 'ENCODING' } }] })).toEqual({
      kind: 'refused',
      status: 400,
      code: 'ENCODING',
      message: 'Save it as CSV UTF-8.',
    });
    expect(outcomeOf(413, null)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(outcomeOf(502, null)).toMatchObject({ code: 'HTTP', message: 'HTTP 502' });
  });
});

describe('importRegister', () => {
  it('posts the file with the CSRF header and dryRun in the query', async () => {
    const calls: Array<[string, RequestInit | undefined]> = [];
    const fake = (async (url: string, init?: RequestInit) => {
      calls.push([url, init]);
      return new Response(JSON.stringify(report()), { status: 200 });
    }) as typeof fetch;
    const file = new File(['code\n'], 'a.csv', { type: 'text/csv' });
    const outcome = await importRegister('services', file, true, fake);
    expect(outcome.kind).toBe('report');
    expect(calls[0]?.[0]).toBe('/api/admin/registers/services?dryRun=true');
    expect(calls[0]?.[1]).toMatchObject({ method: 'POST', headers: { 'content-type': 'text/csv', 'x-kente-csrf': '1' }, body: file });
  });
  it('turns a network failure into a refusal', async () => {
    const fake = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await importRegister('items', new File([''], 'b.csv'), false, fake)).toMatchObject({ kind: 'refused', code: 'NETWORK' });
  });
});

describe('big files in the journal', () => {
  it('runs a file as a job from the threshold the composition sets (1 MB by default, 0 = every file)', () => {
    expect(runsAsJob(JOB_FROM_BYTES - 1, undefined)).toBe(false);
    expect(runsAsJob(JOB_FROM_BYTES, undefined)).toBe(true);
    expect(runsAsJob(200, 100)).toBe(true);
    expect(runsAsJob(1, 0)).toBe(true);
    expect(runsAsJob(99, 100)).toBe(false);
    expect(runsAsJob(JOB_FROM_BYTES, -5)).toBe(true);
    expect(runsAsJob(10, 'small')).toBe(false);
  });
  it("takes a finished job's report from its file, as the direct call's answer (422 for an apply with problems)", async () => {
    const urls: string[] = [];
    const serve = (body: ImportReport) =>
      (async (url: string) => {
        urls.push(url);
        return new Response(JSON.stringify(body), { status: 200 });
      }) as typeof fetch;
    expect(await jobOutcome({ id: 'a-b', status: 'done' }, serve(report()))).toMatchObject({ kind: 'report', status: 200 });
    expect(urls).toEqual(['/api/jobs/a-b/file']);
    const bad = report({ dryRun: false, ok: false });
    expect(await jobOutcome({ id: 'c', status: 'done' }, serve(bad))).toEqual({ kind: 'report', status: 422, report: bad });
    const gone = (async () => new Response('{"errors":[]}', { status: 404 })) as typeof fetch;
    expect(await jobOutcome({ id: 'd', status: 'done' }, gone)).toMatchObject({ kind: 'refused', code: 'JOB_REPORT', status: 404 });
  });
  it("turns a failed job into the direct call's refusal (its code and message), or a generic one", async () => {
    expect(await jobOutcome({ id: 'e', status: 'failed', errorCode: 'MALFORMED', error: 'A quoted cell is never closed.' })).toEqual({
      kind: 'refused',
      status: 0,
      code: 'MALFORMED',
      message: 'A quoted cell is never closed.',
    });
    expect(await jobOutcome({ id: 'f', status: 'failed', error: 'The work could not be finished.' })).toMatchObject({ code: 'JOB_FAILED' });
  });
});

describe('links and types', () => {
  it('builds export links and picks a content type', () => {
    expect(exportUrl('services', 'xlsx')).toBe('/api/admin/registers/services.xlsx');
    expect(contentTypeOf({ name: 'x.XLSX', type: '' })).toMatch(/spreadsheetml/);
    expect(contentTypeOf({ name: 'x.csv', type: '' })).toBe('text/csv');
    expect(contentTypeOf({ name: 'x.txt', type: 'text/plain' })).toBe('text/plain');
  });
});
