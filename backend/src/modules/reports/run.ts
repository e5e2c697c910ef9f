/**
 * What a report request needs before a byte is written, shared by the download
 * (GET /api/reports/<name>.<ext>) and the journal (POST /api/jobs/reports/<name>.<ext>):
 * the report and format from the path, the session, the right, the language and the
 * parameters checked. Answers either a refusal (status + JSON body) or a ready run.
 */
import type { IncomingMessage } from 'node:http';
import { sql } from 'drizzle-orm';
import type { HttpDeps } from '../../platform/domain.js';
import {
  findReport,
  LANGS,
  type Lang,
  mayRun,
  optionLabel,
  type ParamValues,
  parseParams,
  type ReportCtx,
  type ReportDefinition,
  type ReportParam,
  textIn,
} from '../../platform/report.js';
import { type OutputOptions, REPORT_FORMATS, type ReportFormat } from '../../platform/reportOutput.js';
import { loadSession, readCookie, SESSION_COOKIE } from '../core/auth.js';

export interface Refusal {
  status: number;
  body: unknown;
}
export interface ReadyRun {
  ctx: ReportCtx;
  report: ReportDefinition;
  format: ReportFormat;
  values: ParamValues;
  options: OutputOptions;
  fileName: string;
}

const PATH = /^\/([a-z][a-z0-9_]{2,60})\.([a-z]{3,4})$/;

export const refusal = (status: number, code: string, message: string, extra: Record<string, unknown> = {}): Refusal => ({
  status,
  body: { errors: [{ message, extensions: { code, ...extra } }] },
});

/** Scheme name and currency from composition.json `config.shell`. */
export function shellConfig(deps: HttpDeps): { schemeName: string; currency: string } {
  const shell = deps.moduleConfig('shell');
  const schemeName = typeof shell.schemeName === 'string' && shell.schemeName ? shell.schemeName : 'Kente';
  const currency = typeof shell.currency === 'string' && /^[A-Z]{3}$/.test(shell.currency) ? shell.currency : 'USD';
  return { schemeName, currency };
}

export async function prepareRun(req: IncomingMessage, url: URL, path: string, deps: HttpDeps): Promise<Refusal | ReadyRun> {
  const match = PATH.exec(path);
  const report = match?.[1] ? findReport(match[1]) : undefined;
  const format = match?.[2] as ReportFormat | undefined;
  if (!report || !format || !REPORT_FORMATS.includes(format)) return refusal(404, 'NOT_FOUND', 'Unknown report or format (csv, xlsx or pdf).');
  const user = await loadSession(deps.db, readCookie(req.headers.cookie ?? null, SESSION_COOKIE));
  if (!user) return refusal(401, 'UNAUTHENTICATED', 'You are not signed in, or your session has expired.');
  if (!mayRun(user, report)) return refusal(403, 'FORBIDDEN', `You do not have the right to do this (right ${report.right}).`, { right: report.right });
  const asked = url.searchParams.get('lang');
  const lang: Lang = LANGS.find((l) => l === asked) ?? LANGS.find((l) => l === user.language) ?? 'en';
  const ctx: ReportCtx = { db: deps.db, user, lang, moduleConfig: deps.moduleConfig };
  const { values, problems } = await parseParams(ctx, report, url.searchParams);
  if (problems.length) return { status: 400, body: { problems } };
  const { schemeName, currency } = shellConfig(deps);
  const shownParams: [string, string][] = [];
  for (const p of report.params) {
    const value = values[p.name];
    if (value === undefined) continue;
    shownParams.push([textIn(p.label, lang), await shownValue(ctx, p, value)]);
  }
  const date = new Date().toISOString().slice(0, 10);
  return { ctx, report, format, values, options: { schemeName, currency, shownParams }, fileName: `${report.name}-${date}.${format}` };
}

/** An id parameter shown by its code and name (the PDF's header), an enum by its label, others as given. */
async function shownValue(ctx: ReportCtx, param: ReportParam, value: string | number): Promise<string> {
  const type: string = param.type;
  if (type === 'enum') return optionLabel(param.options, value, ctx.lang);
  const table = { location: 'locations', product: 'products', facility: 'health_facilities' }[type];
  if (table) {
    const result = await ctx.db.execute<{ code: string; name: string }>(sql`select code, name from ${sql.raw(table)} where id = ${Number(value)}`);
    const row = result.rows[0];
    return row ? `${row.code} ${row.name}` : String(value);
  }
  if (type === 'officer') {
    const result = await ctx.db.execute<{ name: string }>(
      sql`select username || ' (' || other_names || ' ' || last_name || ')' as name from users where id = ${Number(value)}`,
    );
    return result.rows[0]?.name ?? String(value);
  }
  return String(value);
}
