/**
 * The signed-in user's jobs (reports run in the background, register imports), pushed
 * by the server on `GET /api/jobs/events` (server-sent events): the current list on
 * connect, then every change. One connection per page, shared by the header button and
 * its panel; it reconnects after an error, waiting longer each time (at most 30 s).
 */
import { useSyncExternalStore } from 'react';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface Job {
  id: string;
  kind: 'report' | 'import' | string;
  title: string;
  status: JobStatus;
  /** 0..1, or null when the total is not known. */
  progress: number | null;
  rows?: number | null;
  fileName?: string | null;
  error?: string | null;
  createdAt: string;
  finishedAt?: string | null;
}

export type Connection = 'connecting' | 'open' | 'retrying';

interface State {
  jobs: Job[];
  connection: Connection;
  /** Jobs that finished since the user last opened the journal. */
  unseen: number;
}

let state: State = { jobs: [], connection: 'connecting', unseen: 0 };
const listeners = new Set<() => void>();
let source: EventSource | null = null;
let retryTimer: number | undefined;
let retryDelay = 1000;
let panelOpen = false;

function set(next: Partial<State>) {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

const finished = (j: Job) => j.status === 'done' || j.status === 'failed';

/** Takes one job (or the whole list) from the stream, newest first. */
export function receive(incoming: Job | Job[]) {
  const list = Array.isArray(incoming) ? incoming : [incoming];
  const byId = new Map((Array.isArray(incoming) ? [] : state.jobs).map((j) => [j.id, j]));
  let unseen = state.unseen;
  for (const job of list) {
    const before = state.jobs.find((j) => j.id === job.id);
    // A job seen running that ends now is news; the list sent on connect is not.
    if (!panelOpen && before && !finished(before) && finished(job)) unseen += 1;
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
      receive(JSON.parse((event as MessageEvent<string>).data) as Job | Job[]);
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

export function useJobs(): State {
  return useSyncExternalStore(subscribe, () => state);
}

/** The panel is open: finished jobs are seen. */
export function setPanelOpen(open: boolean) {
  panelOpen = open;
  if (open && state.unseen) set({ unseen: 0 });
}

export const activeJobs = (jobs: Job[]) => jobs.filter((j) => !finished(j)).length;
