/**
 * jobs: the journal of long work (./journal.ts), over HTTP with the session cookie:
 *   POST /api/jobs/reports/<name>.<csv|xlsx|pdf>?<params>   (x-kente-csrf: 1) -> 202 { id } | 400 { problems } | 429
 *   GET  /api/jobs                                           -> { jobs: [JobView] } (the user's own, newest first)
 *   GET  /api/jobs/events                                    -> server-sent events `job` (every job on connect, then each change)
 *   GET  /api/jobs/<id>/file                                 -> the finished file, for its owner only (404 for anyone else)
 */
import { createReadStream } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { defineDomain, type HttpHandler } from '../../platform/domain.js';
import { textIn } from '../../platform/report.js';
import { REPORT_CONTENT_TYPES, type ReportFormat, writeReport } from '../../platform/reportOutput.js';
import { loadSession, readCookie, SESSION_COOKIE } from '../core/auth.js';
import { prepareRun } from '../reports/run.js';
import { activeCount, type JobView, jobFile, jobsOf, jobsPerUser, setKeepHours, startJob, subscribe } from './journal.js';

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}
const fail = (res: ServerResponse, status: number, code: string, message: string) => json(res, status, { errors: [{ message, extensions: { code } }] });

/** Heartbeat of an event stream (also re-checks the session: a signed-out user's stream ends). */
const HEARTBEAT_MS = 20_000;

const handleJobsHttp: HttpHandler = async (req, res, url, rest, deps) => {
  const reportPath = /^\/reports(\/.+)$/.exec(rest)?.[1];
  if (reportPath) {
    if (req.method !== 'POST') return fail(res, 405, 'METHOD_NOT_ALLOWED', 'Use POST to start a report in the journal.');
    if (!req.headers['x-kente-csrf']) return fail(res, 403, 'CSRF', 'Add the header "x-kente-csrf: 1" to start a job.');
    const run = await prepareRun(req, url, reportPath, deps);
    if (!('ctx' in run)) return json(res, run.status, run.body);
    if (activeCount(run.ctx.user.id) >= jobsPerUser())
      return fail(res, 429, 'BUSY', `You already have ${jobsPerUser()} jobs waiting or running. Wait until one ends.`);
    setKeepHours(deps.moduleConfig('mf-reports').keepHours ?? deps.moduleConfig('reports').keepHours);
    const { ctx, report, values, options, format } = run;
    const job = startJob(ctx.user.id, 'report', textIn(report.title, ctx.lang), run.fileName, async (out, progress) => {
      const total = report.count ? await report.count(ctx, values) : null;
      await writeReport(format, ctx, report, values, out as never, { ...options, onRows: (rows) => progress(rows, total) });
    });
    return json(res, 202, { id: job.id });
  }
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
  const format = /\.([a-z]+)$/.exec(file.fileName)?.[1] as ReportFormat;
  res.writeHead(200, {
    'content-type': REPORT_CONTENT_TYPES[format] ?? 'application/octet-stream',
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
