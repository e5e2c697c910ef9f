/**
 * Register import and export (REST: a file in, a file out):
 *   POST /api/admin/registers/<register>?dryRun=true|false   CSV or XLSX body (20 MB at most) -> JSON report
 *   GET  /api/admin/registers/<register>.csv | .xlsx          the register, streamed
 * <register> = locations | facilities | services | items | diagnoses. Session cookie; the POST also
 * needs the CSRF header (`x-kente-csrf: 1`), as any non-JSON body does on /graphql. Rights and
 * limits in ./README.md. Errors answer `{ errors: [{ message, extensions: { code } }] }` as /graphql does.
 * The journal's import (POST /api/jobs/registers/<register>, ../jobs/index.ts) goes through the same
 * `receiveImport` and `performImport`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SessionUser } from '../../graphql/context.js';
import type { HttpDeps, HttpHandler } from '../../platform/domain.js';
import { readBody } from '../../platform/http.js';
import { loadSession, readCookie, SESSION_COOKIE } from '../core/auth.js';
import { missingExportRight, missingImportRight, REGISTER_NAMES, type RegisterDef, type RegisterName, registers } from './registers/definitions.js';
import { CONTENT_TYPES, exportRegister } from './registers/export.js';
import { ImportConflict, type ImportProgressListener, importRegister } from './registers/importer.js';
import { detectFormat, FileProblem, parseRegisterFile } from './registers/parse.js';

const ROUTE = /^\/registers\/([a-z]{1,20})(?:\.(csv|xlsx))?$/;
/** The register of a path, or null for a name that is none. */
export const registerNamed = (name: string | undefined): RegisterName | null => (REGISTER_NAMES.includes(name as RegisterName) ? (name as RegisterName) : null);
/** 404 for a register name that is none. */
export const unknownRegister = (res: ServerResponse) => fail(res, 404, 'NOT_FOUND', `Unknown register. The registers are ${REGISTER_NAMES.join(', ')}.`);
/** The largest register file (KENTE_REGISTER_MAX_BYTES to change). */
export const MAX_REGISTER_BYTES = Number(process.env.KENTE_REGISTER_MAX_BYTES ?? 20 * 1024 * 1024);
/** Imports at once per server: each holds its file and report in memory (a third waits: 503 and Retry-After). */
const MAX_IMPORTS = 2;
let importsRunning = 0;

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const payload = Buffer.from(JSON.stringify(body));
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': String(payload.length), ...headers })
    .end(payload);
}

function fail(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  json(res, status, { errors: [{ message, extensions: { code, ...extensions } }] }, headers);
}

/**
 * A refusal before the body is read. The upload is read and dropped so the client, still sending,
 * gets the answer (a browser cut off mid-upload reports a network error instead); a body announced
 * far over the limit is not worth reading: the connection closes after the answer.
 */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string, extensions: Record<string, unknown> = {}) {
  const announced = Number(req.headers['content-length'] ?? 0);
  if (announced > 2 * MAX_REGISTER_BYTES) fail(res, status, code, message, extensions, { connection: 'close' });
  else {
    req.resume();
    fail(res, status, code, message, extensions);
  }
}

export const handleAdminHttp: HttpHandler = async (req, res, url, rest, deps) => {
  const match = ROUTE.exec(rest);
  const name = registerNamed(match?.[1]);
  if (!match || !name) return unknownRegister(res);
  const format = match[2] as 'csv' | 'xlsx' | undefined;
  if (format ? req.method !== 'GET' && req.method !== 'HEAD' : req.method !== 'POST') {
    res.setHeader('allow', format ? 'GET, HEAD' : 'POST');
    refuse(req, res, 405, 'METHOD_NOT_ALLOWED', format ? 'Use GET to export a register.' : 'Use POST with the file as the body to import a register.');
    return;
  }
  if (!format) return importFile(req, res, url, name, deps);

  const user = await loadSession(deps.db, readCookie(req.headers.cookie ?? null, SESSION_COOKIE));
  if (!user) return fail(res, 401, 'UNAUTHENTICATED', 'You are not signed in, or your session has expired.');
  const def = registers[name];
  const missing = missingExportRight(user.rights, def);
  if (missing !== null) return fail(res, 403, 'FORBIDDEN', `You do not have the right to do this (right ${missing}).`, { right: missing });
  if (req.method === 'HEAD') {
    res.writeHead(200, { 'content-type': CONTENT_TYPES[format], 'cache-control': 'private, no-store' }).end();
    return;
  }
  await exportRegister({ db: deps.db, user }, def, format, res);
};

/** An answer as status and JSON body (a report, or `{ errors }` as /graphql has them). */
export interface ImportAnswer {
  status: number;
  body: unknown;
}
const problem = (status: number, code: string, message: string): ImportAnswer => ({ status, body: { errors: [{ message, extensions: { code } }] } });

/** A refusal an endpoint adds once the user is known, before the file is read (the journal's per-user limit). */
export type ImportAdmission = (user: SessionUser) => { status: number; code: string; message: string } | null;

/** An import the server took in: who, which register, the file. It holds one of the server's import slots until `release()`. */
export interface ReceivedImport {
  user: SessionUser;
  def: RegisterDef;
  dryRun: boolean;
  body: Buffer;
  contentType: string | undefined;
  release: () => void;
}

/**
 * What every import request goes through before its file is checked, shared by the direct import
 * and the journal's (POST /api/jobs/registers/<register>): the CSRF header, the session, the
 * import rights, `dryRun`, the announced size, `admit` (the caller's own refusal), the server's
 * import slots, then the body (20 MB at most, not empty). A refusal is answered here (null).
 */
export async function receiveImport(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  name: RegisterName,
  deps: HttpDeps,
  admit: ImportAdmission = () => null,
): Promise<ReceivedImport | null> {
  const no = (status: number, code: string, message: string, extensions: Record<string, unknown> = {}) => {
    refuse(req, res, status, code, message, extensions);
    return null;
  };
  if (!req.headers['x-kente-csrf']) return no(403, 'CSRF', 'Add the header "x-kente-csrf: 1" to send a file.');
  const user = await loadSession(deps.db, readCookie(req.headers.cookie ?? null, SESSION_COOKIE));
  if (!user) return no(401, 'UNAUTHENTICATED', 'You are not signed in, or your session has expired.');
  const def = registers[name];
  const missing = missingImportRight(user.rights, def);
  if (missing !== null) return no(403, 'FORBIDDEN', `You do not have the right to do this (right ${missing}).`, { right: missing });
  const dryRunParam = url.searchParams.get('dryRun') ?? 'true';
  if (!['true', 'false'].includes(dryRunParam)) return no(400, 'BAD_REQUEST', 'dryRun must be true (check only) or false (apply).');
  const tooLarge = `The file is larger than ${Math.round(MAX_REGISTER_BYTES / 1024 / 1024)} MB. Split it into smaller files.`;
  if (Number(req.headers['content-length'] ?? 0) > MAX_REGISTER_BYTES) return no(413, 'PAYLOAD_TOO_LARGE', tooLarge);
  const refused = admit(user);
  if (refused) return no(refused.status, refused.code, refused.message);
  if (importsRunning >= MAX_IMPORTS) {
    res.setHeader('retry-after', '5');
    return no(503, 'BUSY', 'Other imports are running. Try again in a few seconds.');
  }
  importsRunning++;
  let released = false;
  const release = () => {
    if (!released) importsRunning--;
    released = true;
  };
  try {
    const body = await readBody(req, MAX_REGISTER_BYTES);
    if (body === null) {
      release();
      return no(413, 'PAYLOAD_TOO_LARGE', tooLarge);
    }
    if (!body.length) {
      release();
      fail(res, 400, 'EMPTY', 'The request has no file: send the CSV or XLSX file as the body.');
      return null;
    }
    return { user, def, dryRun: dryRunParam === 'true', body, contentType: req.headers['content-type'], release };
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * Parses and checks (and, not a dry run, applies) a received file: the report (200, or 422 for an
 * apply with problems), 400 for a file that cannot be read, 409 when a row changed meanwhile.
 * `onProgress` hears the rows read, checked and written. Does not release the import slot.
 */
export async function performImport(upload: ReceivedImport, deps: HttpDeps, onProgress: ImportProgressListener = () => {}): Promise<ImportAnswer> {
  const parseStarted = performance.now();
  let file: Awaited<ReturnType<typeof parseRegisterFile>>;
  try {
    onProgress({ phase: 'parse', rows: 0, total: null });
    file = await parseRegisterFile(upload.body, detectFormat(upload.contentType, upload.body), (rows) => onProgress({ phase: 'parse', rows, total: null }));
  } catch (error) {
    if (error instanceof FileProblem) return problem(400, error.code, error.message);
    throw error;
  }
  try {
    const report = await importRegister({ db: deps.db, user: upload.user, moduleConfig: deps.moduleConfig }, upload.def, file, {
      dryRun: upload.dryRun,
      parseMs: Math.round(performance.now() - parseStarted),
      onProgress,
    });
    return { status: report.ok || upload.dryRun ? 200 : 422, body: report };
  } catch (error) {
    if (error instanceof ImportConflict)
      return problem(
        409,
        'CONFLICT',
        'Someone changed this register while the file was being applied; nothing was written. Check the file again and apply it.',
      );
    throw error;
  }
}

async function importFile(req: IncomingMessage, res: ServerResponse, url: URL, name: RegisterName, deps: HttpDeps): Promise<void> {
  const upload = await receiveImport(req, res, url, name, deps);
  if (!upload) return;
  try {
    const answer = await performImport(upload, deps);
    json(res, answer.status, answer.body);
  } finally {
    upload.release();
  }
}
