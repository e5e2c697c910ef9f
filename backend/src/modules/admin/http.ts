/**
 * Register import and export (REST: a file in, a file out):
 *   POST /api/admin/registers/<register>?dryRun=true|false   CSV or XLSX body (20 MB at most) -> JSON report
 *   GET  /api/admin/registers/<register>.csv | .xlsx          the register, streamed
 * <register> = locations | facilities | services | items | diagnoses. Session cookie; the POST also
 * needs the CSRF header (`x-kente-csrf: 1`), as any non-JSON body does on /graphql. Rights and
 * limits in ./README.md. Errors answer `{ errors: [{ message, extensions: { code } }] }` as /graphql does.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpHandler } from '../../platform/domain.js';
import { readBody } from '../../platform/http.js';
import { loadSession, readCookie, SESSION_COOKIE } from '../core/auth.js';
import { missingExportRight, missingImportRight, REGISTER_NAMES, type RegisterName, registers } from './registers/definitions.js';
import { CONTENT_TYPES, exportRegister } from './registers/export.js';
import { ImportConflict, importRegister } from './registers/importer.js';
import { detectFormat, FileProblem, parseRegisterFile } from './registers/parse.js';

const ROUTE = /^\/registers\/([a-z]{1,20})(?:\.(csv|xlsx))?$/;
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
  const name = match?.[1] as RegisterName | undefined;
  if (!match || !name || !REGISTER_NAMES.includes(name)) {
    fail(res, 404, 'NOT_FOUND', `Unknown register. The registers are ${REGISTER_NAMES.join(', ')}.`);
    return;
  }
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

async function importFile(req: IncomingMessage, res: ServerResponse, url: URL, name: RegisterName, deps: Parameters<HttpHandler>[4]): Promise<void> {
  if (!req.headers['x-kente-csrf']) return refuse(req, res, 403, 'CSRF', 'Add the header "x-kente-csrf: 1" to send a file.');
  const user = await loadSession(deps.db, readCookie(req.headers.cookie ?? null, SESSION_COOKIE));
  if (!user) return refuse(req, res, 401, 'UNAUTHENTICATED', 'You are not signed in, or your session has expired.');
  const def = registers[name];
  const missing = missingImportRight(user.rights, def);
  if (missing !== null) return refuse(req, res, 403, 'FORBIDDEN', `You do not have the right to do this (right ${missing}).`, { right: missing });
  const dryRunParam = url.searchParams.get('dryRun') ?? 'true';
  if (!['true', 'false'].includes(dryRunParam)) return refuse(req, res, 400, 'BAD_REQUEST', 'dryRun must be true (check only) or false (apply).');
  const tooLarge = `The file is larger than ${Math.round(MAX_REGISTER_BYTES / 1024 / 1024)} MB. Split it into smaller files.`;
  if (Number(req.headers['content-length'] ?? 0) > MAX_REGISTER_BYTES) return refuse(req, res, 413, 'PAYLOAD_TOO_LARGE', tooLarge);
  if (importsRunning >= MAX_IMPORTS) {
    res.setHeader('retry-after', '5');
    return refuse(req, res, 503, 'BUSY', 'Other imports are running. Try again in a few seconds.');
  }
  importsRunning++;
  try {
    const body = await readBody(req, MAX_REGISTER_BYTES);
    if (body === null) return refuse(req, res, 413, 'PAYLOAD_TOO_LARGE', tooLarge);
    if (!body.length) return fail(res, 400, 'EMPTY', 'The request has no file: send the CSV or XLSX file as the body.');
    const parseStarted = performance.now();
    let file: Awaited<ReturnType<typeof parseRegisterFile>>;
    try {
      file = await parseRegisterFile(body, detectFormat(req.headers['content-type'], body));
    } catch (error) {
      if (error instanceof FileProblem) return fail(res, 400, error.code, error.message);
      throw error;
    }
    const dryRun = dryRunParam === 'true';
    const report = await importRegister({ db: deps.db, user, moduleConfig: deps.moduleConfig }, def, file, {
      dryRun,
      parseMs: Math.round(performance.now() - parseStarted),
    });
    json(res, report.ok || dryRun ? 200 : 422, report);
  } catch (error) {
    if (error instanceof ImportConflict)
      return fail(
        res,
        409,
        'CONFLICT',
        'Someone changed this register while the file was being applied; nothing was written. Check the file again and apply it.',
      );
    throw error;
  } finally {
    importsRunning--;
  }
}
