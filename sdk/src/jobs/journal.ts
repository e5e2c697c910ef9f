/**
 * The journal of long work as the page sees it: the signed-in user's jobs (reports run in the
 * background, register imports), pushed by the server on `GET /api/jobs/events` (server-sent
 * events: every job on connect, then each change). One connection per page, shared by every
 * module through the `@kente/sdk/jobs` singleton (mf-reports' journal in the app bar, mf-admin's
 * registers following their import), open while something listens; it reconnects after an
 * error, waiting longer each time (at most 30 s).
 */
import { useCallback, useSyncExternalStore } from 'react';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/** A register import's job: the register, dry run or apply, and once done what it found. */
export interface RegisterJob {
  name: string;
  dryRun: boolean;
  ok?: boolean;
  applied?: boolean;
  problems?: number;
}

export interface Job {
  id: string;
  kind: 'report' | 'import' | string;
  title: string;
  status: JobStatus;
  /** 0..1 of the whole job, or null while its total is unknown. */
  progress: number | null;
  /** Rows done in the current phase, of `total` when known. */
  rows?: number | null;
  total?: number | null;
  /** The step a job with several is at (an import: `parse`, `check`, `write`). */
  phase?: string | null;
  register?: RegisterJob | null;
  fileName?: string | null;
  error?: string | null;
  /** Why it failed, when the server says (an import: the direct import's codes, MALFORMED, CONFLICT...). */
  errorCode?: string | null;
  createdAt: string;
  finishedAt?: string | null;
}

export type JobConnection = 'connecting' | 'open' | 'retrying';

export interface JobsState {
  /** Newest first. */
  jobs: Job[];
  connection: JobConnection;
  /** Jobs that finished since the user last opened the journal. */
  unseen: number;
}

/** Fired on window to open the journal (a module that started a job in the background shows it). */
export const OPEN_JOURNAL_EVENT = 'kente:journal-open';

/** Asks the journal (if the composition has one) to open. */
export function openJournal(): void {
  window.dispatchEvent(new CustomEvent(OPEN_JOURNAL_EVENT));
}

let state: JobsState = { jobs: [], connection: 'connecting', unseen: 0 };
const listeners = new Set<() => void>();
let source: EventSource | null = null;
let retryTimer: number | undefined;
let retryDelay = 1000;
let journalOpen = false;

function set(next: Partial<JobsState>) {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

export const jobFinished = (j: Pick<Job, 'status'>) => j.status === 'done' || j.status === 'failed';

/** Takes one job from the stream (or a whole list, which replaces the jobs known). */
export function receiveJobs(incoming: Job | Job[]) {
  const list = Array.isArray(incoming) ? incoming : [incoming];
  const byId = new Map((Array.isArray(incoming) ? [] : state.jobs).map((j) => [j.id, j]));
  let unseen = state.unseen;
  for (const job of list) {
    const before = state.jobs.find((j) => j.id === job.id);
    // A job seen running that ends now is news; the list sent on connect is not.
    if (!journalOpen && before && !jobFinished(before) && jobFinished(job)) unseen += 1;
    byId.set(job.id, job);
  }
  const jobs = [...byId.values()].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  set({ jobs, unseen });
}

function connect() {
  if (source || typeof EventSource === 'undefined') return;
  set({ connection: state.connection === 'retrying' ? 'retrying' : 'connecting' });
  const es = new EventSource('/api/jobs/events', { withCredentials: true });
  source = es;
  es.onopen = () => {
    retryDelay = 1000;
    set({ connection: 'open' });
  };
  es.addEventListener('job', (event) => {
    try {
      receiveJobs(JSON.parse((event as MessageEvent<string>).data) as Job | Job[]);
    } catch {
      // A malformed event is skipped; the next one carries the whole job again.
    }
  });
  es.onerror = () => {
    // The browser retries by itself while the connection is CONNECTING; once CLOSED we do.
    set({ connection: 'retrying' });
    if (es.readyState !== EventSource.CLOSED) return;
    es.close();
    source = null;
    window.clearTimeout(retryTimer);
    retryTimer = window.setTimeout(connect, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 30_000);
  };
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  connect();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      source?.close();
      source = null;
      window.clearTimeout(retryTimer);
    }
  };
}

const stayIdle = () => () => {};

/** The user's jobs, the connection's state and the finished jobs not seen yet (listening opens the stream). */
export function useJobs(): JobsState {
  return useSyncExternalStore(subscribe, () => state);
}

/** One job followed by its id (null: none, and no stream opened for it). */
export function useJob(id: string | null): Job | null {
  const snapshot = useCallback(() => (id ? (state.jobs.find((j) => j.id === id) ?? null) : null), [id]);
  return useSyncExternalStore(id ? subscribe : stayIdle, snapshot);
}

/** The journal is open (or closed): jobs finished meanwhile are seen. */
export function setJournalOpen(open: boolean) {
  journalOpen = open;
  if (open && state.unseen) set({ unseen: 0 });
}

export const activeJobs = (jobs: Job[]) => jobs.filter((j) => !jobFinished(j)).length;
