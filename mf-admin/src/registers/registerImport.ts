/**
 * The register import's HTTP calls and the pure logic around its report (backend
 * src/modules/admin/README.md): POST /api/admin/registers/<name>?dryRun=true|false with the
 * file as the body, the session cookie and the CSRF header; a JSON report row by row. A big
 * file goes to the journal instead (POST /api/jobs/registers/<name>, the same body and
 * answers, 202 { id }): its progress comes from the journal's events, its report is the job's file.
 */
import type { Job } from '@kente/sdk/jobs';

export type RowAction = 'create' | 'update' | 'unchanged' | 'error';

export interface ReportRow {
  row: number;
  code?: string | null;
  action: RowAction;
  changes?: string[];
}

export interface ReportProblem {
  row: number;
  column: string | null;
  code: string;
  message: string;
}

export interface ImportReport {
  register: string;
  format: 'csv' | 'xlsx';
  dryRun: boolean;
  applied: boolean;
  ok: boolean;
  columns: string[];
  counts: { rows: number; create: number; update: number; unchanged: number; error: number; problems: number };
  rows: ReportRow[];
  problems: ReportProblem[];
  problemsTruncated: boolean;
}

/** What an import call gives back: a report (200, or 422 for an apply with problems) or a refusal with its code and message. */
export type ImportOutcome = { kind: 'report'; status: number; report: ImportReport } | { kind: 'refused'; status: number; code: string; message: string };

/** The export link of a register in a format. */
export function exportUrl(register: string, format: 'csv' | 'xlsx'): string {
  return `/api/admin/registers/${encodeURIComponent(register)}.${format}`;
}

/** The content type to send: the file's own, or none (the server then decides by the bytes). */
export function contentTypeOf(file: { name: string; type: string }): string {
  if (file.type) return file.type;
  const lower = file.name.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (lower.endsWith('.csv')) return 'text/csv';
  return 'application/octet-stream';
}

/** Turns the server's answer (status + parsed JSON, or null when not JSON) into an outcome. */
export function outcomeOf(status: number, body: unknown): ImportOutcome {
  if ((status === 200 || status === 422) && body && typeof body === 'object' && 'counts' in body && 'rows' in body) {
    return { kind: 'report', status, report: body as ImportReport };
  }
  const error = (body as { errors?: Array<{ message?: string; extensions?: { code?: string } }> } | null)?.errors?.[0];
  const code = error?.extensions?.code ?? (status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 503 ? 'BUSY' : status === 409 ? 'CONFLICT' : 'HTTP');
  return { kind: 'refused', status, code, message: error?.message ?? `HTTP ${status}` };
}

/** Sends a file for a dry run or an apply. A network failure is a refusal with code NETWORK. */
export async function importRegister(register: string, file: File, dryRun: boolean, fetchImpl: typeof fetch = fetch): Promise<ImportOutcome> {
  let response: Response;
  try {
    response = await fetchImpl(`/api/admin/registers/${encodeURIComponent(register)}?dryRun=${dryRun}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': contentTypeOf(file), 'x-kente-csrf': '1' },
      body: file,
    });
  } catch (error) {
    return { kind: 'refused', status: 0, code: 'NETWORK', message: String(error) };
  }
  const body: unknown = await response.json().catch(() => null);
  return outcomeOf(response.status, body);
}

/**
 * Files from this size (bytes) run as a job in the journal, with their progress: 1 MB is about
 * 17,000 services, which the server checks in about a second and writes in 2 to 7 (backend
 * admin README's figures); below, the direct call answers in about a second or two. The
 * composition may change it (`config["mf-admin"].registers.jobFromBytes`; 0 = every file).
 */
export const JOB_FROM_BYTES = 1024 * 1024;

/** Whether a file of this size runs as a job (a bad threshold falls back to the default). */
export function runsAsJob(size: number, threshold: unknown): boolean {
  const from = typeof threshold === 'number' && Number.isFinite(threshold) && threshold >= 0 ? threshold : JOB_FROM_BYTES;
  return size >= from;
}

/** A job the server accepted, or why not (the direct import's refusals; TOO_MANY_JOBS for the journal's per-user limit). */
export type JobStart = { kind: 'job'; id: string } | Extract<ImportOutcome, { kind: 'refused' }>;

/**
 * Sends a file to the journal (XMLHttpRequest, for the upload's progress: most of the wait for
 * a big file on a slow link). `lang` names the job in the user's language.
 */
export function startImportJob(
  register: string,
  file: File,
  dryRun: boolean,
  lang: string,
  onUpload: (sent: number, total: number) => void,
): Promise<JobStart> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/jobs/registers/${encodeURIComponent(register)}?dryRun=${dryRun}&lang=${encodeURIComponent(lang)}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', contentTypeOf(file));
    xhr.setRequestHeader('x-kente-csrf', '1');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onUpload(event.loaded, event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: the status says enough
      }
      const id = (body as { id?: unknown } | null)?.id;
      if (xhr.status === 202 && typeof id === 'string') return resolve({ kind: 'job', id });
      const outcome = outcomeOf(xhr.status, body);
      if (outcome.kind === 'refused') resolve(xhr.status === 429 ? { ...outcome, code: 'TOO_MANY_JOBS' } : outcome);
      else resolve({ kind: 'refused', status: xhr.status, code: 'HTTP', message: `HTTP ${xhr.status}` });
    };
    xhr.onerror = () => resolve({ kind: 'refused', status: 0, code: 'NETWORK', message: 'The server cannot be reached.' });
    xhr.send(file);
  });
}

/**
 * A finished import job as the direct call's outcome: its report (the job's JSON file; 422 for an
 * apply with problems, as the direct call answers) or its failure with the direct call's code.
 */
export async function jobOutcome(job: Pick<Job, 'id' | 'status' | 'error' | 'errorCode'>, fetchImpl: typeof fetch = fetch): Promise<ImportOutcome> {
  if (job.status !== 'done') return { kind: 'refused', status: 0, code: job.errorCode ?? 'JOB_FAILED', message: job.error ?? '' };
  try {
    const response = await fetchImpl(`/api/jobs/${encodeURIComponent(job.id)}/file`, { credentials: 'same-origin' });
    const body = (await response.json().catch(() => null)) as ImportReport | null;
    if (!response.ok || !body) return { kind: 'refused', status: response.status, code: 'JOB_REPORT', message: `HTTP ${response.status}` };
    return outcomeOf(body.ok || body.dryRun ? 200 : 422, body);
  } catch (error) {
    return { kind: 'refused', status: 0, code: 'NETWORK', message: String(error) };
  }
}

export interface ReportLine extends ReportRow {
  problems: ReportProblem[];
}

const ORDER: Record<RowAction, number> = { error: 0, create: 1, update: 2, unchanged: 3 };

/**
 * The report's rows with their problems, errors first, then creates, updates and unchanged
 * rows, each in file order. Problems on a row the report does not list (a header problem on
 * row 1) get a line of their own.
 */
export function reportLines(report: Pick<ImportReport, 'rows' | 'problems'>): ReportLine[] {
  const byRow = new Map<number, ReportProblem[]>();
  for (const problem of report.problems) {
    const list = byRow.get(problem.row);
    if (list) list.push(problem);
    else byRow.set(problem.row, [problem]);
  }
  const lines: ReportLine[] = report.rows.map((row) => ({ ...row, problems: byRow.get(row.row) ?? [] }));
  const listed = new Set(report.rows.map((row) => row.row));
  for (const [row, problems] of byRow) if (!listed.has(row)) lines.push({ row, code: null, action: 'error', problems });
  return lines.sort((a, b) => ORDER[a.action] - ORDER[b.action] || a.row - b.row);
}

/** Apply is allowed after a dry run without problems, of this very file. */
export function canApply(state: { file: File | null; checked: { file: File; report: ImportReport } | null }): boolean {
  const { file, checked } = state;
  return !!file && !!checked && checked.file === file && checked.report.dryRun && checked.report.ok && checked.report.counts.problems === 0;
}
