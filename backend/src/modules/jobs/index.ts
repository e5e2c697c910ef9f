/**
 * jobs: the journal of long work (./journal.ts), over HTTP with the session cookie:
 *   POST /api/jobs/reports/<name>.<csv|xlsx|pdf>?<params>   (x-kente-csrf: 1) -> 202 { id } | 400 { problems } | 429
 *   POST /api/jobs/registers/<register>?dryRun=true|false    (x-kente-csrf: 1, the file as the body) -> 202 { id } | the
 *        direct import's refusals (401, 403, 400, 413, 503) | 429; the job's file is the import's JSON report
 *   GET  /api/jobs                                           -> { jobs: [JobView] } (the user's own, newest first)
 *   GET  /api/jobs/events                                    -> server-sent events `job` (every job on connect, then each change)
 *   GET  /api/jobs/<id>/file                                 -> the finished file, for its owner only (404 for anyone else)
 */
import { createReadStream } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { defineDomain, type HttpHandler } from '../../platform/domain.js';
import { LANGS, type Lang, type Text, textIn } from '../../platform/report.js';
import { REPORT_CONTENT_TYPES, type ReportFormat, writeReport } from '../../platform/reportOutput.js';
import { performImport, receiveImport, registerNamed, unknownRegister } from '../admin/http.js';
import type { ImportReport } from '../admin/registers/importer.js';
import { loadSession, readCookie, SESSION_COOKIE } from '../core/auth.js';
import { prepareRun } from '../reports/run.js';
import { activeCount, JobFailure, type JobView, jobFile, jobsOf, jobsPerUser, setKeepHours, startJob, subscribe } from './journal.js';

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}
const fail = (res: ServerResponse, status: number, code: string, message: string) => json(res, status, { errors: [{ message, extensions: { code } }] });

/** Heartbeat of an event stream (also re-checks the session: a signed-out user's stream ends). */
const HEARTBEAT_MS = 20_000;

const busy = () => ({ status: 429, code: 'BUSY', message: `You already have ${jobsPerUser()} jobs waiting or running. Wait until one ends.` });

/** An import job's title: the register and what is done with the file. */
const IMPORT_TITLES: Record<'dryRun' | 'apply', Text> = {
  dryRun: { en: '{register}: dry run', fr: '{register}\u00a0: simulation', sw: '{register}: jaribio' },
  apply: { en: '{register}: import', fr: '{register}\u00a0: importation', sw: '{register}: uingizaji' },
};
/**
 * Share of the bar each phase of an import fills: a dry run is its check (reading the file has no
 * known total), an apply mostly its writes (2.9 of 3.7 s for 40,000 services on PostgreSQL).
 */
const IMPORT_STEPS = { dryRun: { check: [0, 1] }, apply: { check: [0, 0.2], write: [0.2, 1] } } as const;

/**
 * A register import in the journal: the direct import's checks and limits (receiveImport), then
 * 202 and, in the background, its work (performImport) with the rows read, checked and written as
 * progress; the file is the JSON report; a file that cannot be read or a conflict fails the job
 * with the direct import's code and message.
 */
async function startImportJob(req: Parameters<HttpHandler>[0], res: ServerResponse, url: URL, name: string, deps: Parameters<HttpHandler>[4]) {
  const register = registerNamed(name);
  if (!register) return unknownRegister(res);
  if (req.method !== 'POST') return fail(res, 405, 'METHOD_NOT_ALLOWED', 'Use POST with the file as the body to import a register in the journal.');
  const upload = await receiveImport(req, res, url, register, deps, (user) => (activeCount(user.id) >= jobsPerUser() ? busy() : null));
  if (!upload) return;
  const { user, def, dryRun } = upload;
  try {
    setKeepHours(deps.moduleConfig('mf-reports').keepHours ?? deps.moduleConfig('reports').keepHours);
    const asked = url.searchParams.get('lang');
    const lang: Lang = LANGS.find((l) => l === asked) ?? LANGS.find((l) => l === user.language) ?? 'en';
    const title = textIn(IMPORT_TITLES[dryRun ? 'dryRun' : 'apply'], lang).replace('{register}', textIn(def.title, lang));
    const fileName = `${register}-import-${new Date().toISOString().slice(0, 10)}.json`;
    const steps: Partial<Record<string, readonly [number, number]>> = IMPORT_STEPS[dryRun ? 'dryRun' : 'apply'];
    const job = startJob(
      user.id,
      'import',
      title,
      fileName,
      async (out, progress, outcome) => {
        try {
          const answer = await performImport(upload, deps, ({ phase, rows, total }) => {
            const [from, to] = steps[phase] ?? [0, 0];
            progress(rows, total, { phase, fraction: total === null || to === 0 ? null : from + ((to - from) * rows) / Math.max(total, 1) });
          });
          if (answer.status !== 200 && answer.status !== 422) {
            const error = (answer.body as { errors: { message: string; extensions: { code: string } }[] }).errors[0];
            throw new JobFailure(error?.extensions.code ?? 'FAILED', error?.message ?? 'The import failed.');
          }
          const report = answer.body as ImportReport;
          out.end(JSON.stringify(report));
          outcome({ register: { name: register, dryRun, ok: report.ok, applied: report.applied, problems: report.counts.problems } });
        } finally {
          upload.release();
        }
      },
      { register: { name: register, dryRun } },
    );
    json(res, 202, { id: job.id });
  } catch (error) {
    upload.release();
    throw error;
  }
}

const handleJobsHttp: HttpHandler = async (req, res, url, rest, deps) => {
  const reportPath = /^\/reports(\/.+)$/.exec(rest)?.[1];
  if (reportPath) {
    if (req.method !== 'POST') return fail(res, 405, 'METHOD_NOT_ALLOWED', 'Use POST to start a report in the journal.');
    if (!req.headers['x-kente-csrf']) return fail(res, 403, 'CSRF', 'Add the header "x-kente-csrf: 1" to start a job.');
    const run = await prepareRun(req, url, reportPath, deps);
    if (!('ctx' in run)) return json(res, run.status, run.body);
    if (activeCount(run.ctx.user.id) >= jobsPerUser()) return fail(res, 429, 'BUSY', busy().message);
    setKeepHours(deps.moduleConfig('mf-reports').keepHours ?? deps.moduleConfig('reports').keepHours);
    const { ctx, report, values, options, format } = run;
    const job = startJob(ctx.user.id, 'report', textIn(report.title, ctx.lang), run.fileName, async (out, progress) => {
      const total = report.count ? await report.count(ctx, values) : null;
      await writeReport(format, ctx, report, values, out as never, { ...options, onRows: (rows) => progress(rows, total) });
    });
    return json(res, 202, { id: job.id });
  }
  const registerName = /^\/registers\/([a-z]{1,20})$/.exec(rest)?.[1];
  if (registerName) return startImportJob(req, res, url, registerName, deps);
  if (req.method !== 'GET') return fail(res, 405, 'METHOD_NOT_ALLOWED', 'Use GET.');
  const token = readCookie(req.headers.cookie ?? null, SESSION_COOKIE);
  const user = await loadSession(deps.db, token);
  if (!user) return fail(res, 401, 'UNAUTHENTICATED', 'You are not signed in, or your session has expired.');
  if (rest === '/' || rest === '') return json(res, 200, { jobs: jobsOf(user.id) });
  if (rest === '/events') {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    });
    const send = (job: JobView) => res.write(`event: job\ndata: ${JSON.stringify(job)}\n\n`);
    res.write('retry: 3000\n\n');
    for (const job of jobsOf(user.id).reverse()) send(job);
    const stop = subscribe(user.id, send);
    const beat = setInterval(() => {
      void loadSession(deps.db, token)
        .then((still) => {
          if (still) res.write(': keep-alive\n\n');
          else res.end();
        })
        .catch(() => res.end());
    }, HEARTBEAT_MS);
    res.once('close', () => {
      clearInterval(beat);
      stop();
    });
    return;
  }
  const id = /^\/([0-9a-f-]{36})\/file$/.exec(rest)?.[1];
  const file = id ? jobFile(user.id, id) : null;
  if (!file) return fail(res, 404, 'NOT_FOUND', 'No such file: it was never yours, it is not finished, or it was removed.');
  const format = /\.([a-z]+)$/.exec(file.fileName)?.[1];
  res.writeHead(200, {
    'content-type': format === 'json' ? 'application/json; charset=utf-8' : (REPORT_CONTENT_TYPES[format as ReportFormat] ?? 'application/octet-stream'),
    'content-disposition': `attachment; filename="${file.fileName}"`,
    'cache-control': 'private, no-store',
  });
  createReadStream(file.path)
    .on('error', () => res.destroy())
    .pipe(res);
};

export const jobsDomain = defineDomain({
  name: 'jobs',
  version: '1.0.0',
  typeDefs: '',
  resolvers: {},
  http: handleJobsHttp,
});
