/**
 * The journal of long work: jobs run in the background for the user who asked, their changes are
 * pushed to that user's open event streams, finished files are kept in <data folder>/jobs for
 * `keepHours` (KENTE_JOBS_KEEP_HOURS or composition `config.reports.keepHours`, default 24) and only
 * their owner downloads them. A user has at most `KENTE_JOBS_PER_USER` (3) queued or running jobs;
 * the server runs `KENTE_JOBS_RUNNING` (2) at once, the others wait in order.
 * Jobs live in this process's memory (a restart forgets them and the sweep removes their files).
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createWriteStream, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultDataDir } from '../../db/engine.js';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';
/** A register import in the journal: which register, dry run or apply, and once done what it found. */
export interface RegisterJob {
  name: string;
  dryRun: boolean;
  /** Done: no problem in the file. */
  ok?: boolean;
  /** Done: the changes were written. */
  applied?: boolean;
  problems?: number;
}
/** What a client sees (GET /api/jobs, the `job` event). */
export interface JobView {
  id: string;
  kind: 'report' | 'import';
  title: string;
  status: JobStatus;
  /** 0..1 of the whole job, or null while its total is unknown. */
  progress: number | null;
  /** Rows done in the current phase (a report: rows written), of `total` when known. */
  rows: number;
  total: number | null;
  /** The step a job with several is at (an import: parse, check, write). */
  phase?: string;
  register?: RegisterJob;
  fileName?: string;
  error?: string;
  /** The failure's code when the work said why (an import: the direct endpoint's codes, such as MALFORMED or CONFLICT). */
  errorCode?: string;
  createdAt: string;
  finishedAt?: string;
}
interface Job extends JobView {
  userId: number;
  path: string;
  finishedMs?: number;
}

/** Progress of a job: rows done and the total when known; a job with phases gives its phase and its fraction of the whole. */
export type JobProgress = (rows: number, total: number | null, step?: { phase: string; fraction: number | null }) => void;
/** What the journal shows of a job's result besides its file (an import: what it found). */
export type JobOutcome = Pick<JobView, 'register'>;
/** The work of a job: writes its file to `out`, reports its progress, may tell its outcome before it ends. */
export type JobWork = (out: NodeJS.WritableStream, progress: JobProgress, outcome: (result: JobOutcome) => void) => Promise<void>;

/** A failure the owner is told as is (code and message), rather than "The work could not be finished". */
export class JobFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const positive = (name: string, fallback: number) => {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};
export const jobsPerUser = () => Math.floor(positive('KENTE_JOBS_PER_USER', 3));
const runningMax = () => Math.floor(positive('KENTE_JOBS_RUNNING', 2));

const jobs = new Map<string, Job>();
const events = new EventEmitter();
events.setMaxListeners(0);
const waiting: (() => void)[] = [];
let running = 0;
let keepHours = positive('KENTE_JOBS_KEEP_HOURS', 24);
let sweeper: NodeJS.Timeout | null = null;

export const jobsDir = () => join(defaultDataDir(), 'jobs');

const view = ({ userId: _u, path: _p, finishedMs: _f, ...rest }: Job): JobView => rest;

function changed(job: Job) {
  events.emit(`user:${job.userId}`, view(job));
}

/** Listens to one user's job changes; answers the function that stops listening. */
export function subscribe(userId: number, listener: (job: JobView) => void): () => void {
  events.on(`user:${userId}`, listener);
  return () => events.off(`user:${userId}`, listener);
}

export function jobsOf(userId: number): JobView[] {
  return [...jobs.values()]
    .filter((j) => j.userId === userId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map(view);
}

/** A finished job's file for its owner; null for anyone else, an unknown id or an unfinished job. */
export function jobFile(userId: number, id: string): { path: string; fileName: string } | null {
  const job = jobs.get(id);
  if (!job || job.userId !== userId || job.status !== 'done' || !job.fileName) return null;
  return { path: job.path, fileName: job.fileName };
}

export function activeCount(userId: number): number {
  let n = 0;
  for (const j of jobs.values()) if (j.userId === userId && (j.status === 'queued' || j.status === 'running')) n++;
  return n;
}

/** Keeps files this long after a job ends (composition config may set it per request). */
export function setKeepHours(hours: unknown) {
  if (typeof hours === 'number' && Number.isFinite(hours) && hours > 0 && !process.env.KENTE_JOBS_KEEP_HOURS) keepHours = hours;
}

/** Removes jobs (and files) finished more than keepHours ago, and files no job knows that old. */
export function sweep(now = Date.now()) {
  const limit = keepHours * 3600_000;
  for (const job of jobs.values()) {
    if (job.finishedMs !== undefined && now - job.finishedMs > limit) {
      jobs.delete(job.id);
      rmSync(job.path, { force: true });
      rmSync(`${job.path}.part`, { force: true });
    }
  }
  let names: string[] = [];
  try {
    names = readdirSync(jobsDir());
  } catch {
    return;
  }
  const known = new Set([...jobs.values()].flatMap((j) => [j.path, `${j.path}.part`]));
  for (const name of names) {
    const path = join(jobsDir(), name);
    try {
      if (!known.has(path) && now - statSync(path).mtimeMs > limit) rmSync(path, { force: true });
    } catch {
      /* removed meanwhile */
    }
  }
}

function startSweeper() {
  if (sweeper) return;
  sweep();
  sweeper = setInterval(() => sweep(), Math.min(600_000, (keepHours * 3600_000) / 4)).unref();
}

/** Queues a job; it starts when fewer than KENTE_JOBS_RUNNING run. Answers its view (status queued). */
export function startJob(
  userId: number,
  kind: JobView['kind'],
  title: string,
  fileName: string,
  work: JobWork,
  extra: Pick<JobView, 'register'> = {},
): JobView {
  startSweeper();
  mkdirSync(jobsDir(), { recursive: true, mode: 0o700 });
  const id = randomUUID();
  const extension = /\.([a-z]{2,5})$/.exec(fileName)?.[1] ?? 'bin';
  const job: Job = {
    id,
    userId,
    kind,
    title,
    status: 'queued',
    progress: 0,
    rows: 0,
    total: null,
    ...extra,
    createdAt: new Date().toISOString(),
    path: join(jobsDir(), `${id}.${extension}`),
  };
  jobs.set(id, job);
  changed(job);
  const begin = () => {
    running++;
    void run(job, fileName, work).finally(() => {
      running--;
      waiting.shift()?.();
    });
  };
  if (running < runningMax()) begin();
  else waiting.push(begin);
  return view(job);
}

async function run(job: Job, fileName: string, work: JobWork) {
  job.status = 'running';
  changed(job);
  let last = 0;
  const part = `${job.path}.part`;
  const out = createWriteStream(part, { mode: 0o600 });
  const closed = new Promise<void>((resolve, reject) => {
    out.once('close', resolve);
    out.once('error', reject);
  });
  // awaited below once the work is done; a failure meanwhile must not be an unhandled rejection
  closed.catch(() => {});
  try {
    let result: JobOutcome = {};
    await work(
      out,
      (rows, total, step) => {
        job.rows = rows;
        job.total = total;
        const fraction = step ? step.fraction : total ? rows / total : null;
        job.progress = fraction === null ? null : Math.min(0.99, fraction);
        const newPhase = step?.phase !== job.phase;
        job.phase = step?.phase;
        // at most one event per 200 ms, and each new phase at once
        const now = Date.now();
        if (now - last > 200 || newPhase) {
          last = now;
          changed(job);
        }
      },
      (told) => {
        result = told;
      },
    );
    if (!out.writableEnded) out.end();
    await closed;
    await rename(part, job.path);
    if (result.register) job.register = result.register;
    job.status = 'done';
    job.progress = 1;
    job.fileName = fileName;
  } catch (error) {
    out.destroy();
    await closed.catch(() => {});
    rmSync(part, { force: true });
    job.status = 'failed';
    if (error instanceof JobFailure) {
      job.error = error.message;
      job.errorCode = error.code;
    } else {
      job.error = 'The work could not be finished.';
      console.error(`job ${job.id} failed: ${error instanceof Error ? error.name : 'error'}`);
    }
  }
  job.finishedMs = Date.now();
  job.finishedAt = new Date(job.finishedMs).toISOString();
  changed(job);
}
