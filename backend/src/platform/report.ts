/**
 * The report kit (issue 12). A domain declares its reports with `defineReport({...})` and lists
 * them in `defineDomain({ reports: [...] })`; the kit checks the parameters against the report's
 * schema (translated problems), checks the right (the report's own or 131200, every report) and
 * gives the report's query the user's scope. Rows are an AsyncIterable read in keyset batches
 * (`keysetRows`), so an export of 200,000 rows never holds them all; the outputs (CSV, XLSX, PDF:
 * platform/reportOutput.ts) write each row as it comes. HTTP and jobs: modules/reports, modules/jobs.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { ModuleConfig } from '../config/module-config.js';
import type { Db } from '../db/engine.js';
import type { SessionUser } from '../graphql/context.js';
import { idsInScope, type ScopeCtx, scopeWhere } from './scope.js';

/** Every report (openIMIS's 131200, "reports"). */
export const ALL_REPORTS_RIGHT = 131200;

export type Lang = 'en' | 'fr' | 'sw';
export const LANGS: readonly Lang[] = ['en', 'fr', 'sw'];
/** A text in each language (Swahili falls back to English). */
export interface Text {
  en: string;
  fr: string;
  sw?: string;
}
export const textIn = (text: Text, lang: Lang): string => (lang === 'en' ? text.en : (text[lang] ?? text.en));
/** A text in every language, no fallback: what a report offers to choose from. */
export type FullText = Required<Text>;

/** A choice of an enum parameter: the value sent, the label shown (the form, the file's parameters). */
export interface ReportOption {
  value: string;
  label: FullText;
}
/** An enum parameter's choices from a map value -> label, in the map's order. */
export const optionsOf = (labels: Readonly<Record<string, FullText>>): ReportOption[] => Object.entries(labels).map(([value, label]) => ({ value, label }));
/** The label of an enum value in `lang` (the value itself when it is not a choice). */
export function optionLabel(options: readonly ReportOption[] | undefined, value: unknown, lang: Lang): string {
  const option = options?.find((o) => o.value === String(value));
  return option ? textIn(option.label, lang) : String(value ?? '');
}

export type ReportParamType = 'date' | 'month' | 'quarter' | 'year' | 'location' | 'product' | 'facility' | 'officer' | 'enum' | 'insuranceNumber' | 'integer';
export type LocationLevel = 'region' | 'district' | 'municipality' | 'village';
const LEVEL_TYPE: Record<LocationLevel, string> = { region: 'R', district: 'D', municipality: 'M', village: 'V' };

export interface ReportParam {
  name: string;
  type: ReportParamType;
  required?: boolean;
  /** enum: the accepted values, each with its label in every language */
  options?: readonly ReportOption[];
  /** integer (and year): the range */
  min?: number;
  max?: number;
  /** location: the level the id must be at */
  level?: LocationLevel;
  label: Text;
}

export type ColumnType = 'text' | 'integer' | 'number' | 'money' | 'date' | 'percent';
export interface ReportColumn {
  key: string;
  type: ColumnType;
  label: Text;
}

/** Parsed parameter values: dates and periods as text (YYYY-MM-DD, YYYY-MM, YYYY-Qn), ids and integers as numbers. */
export type ParamValues = Record<string, string | number | undefined>;
/** A row: column key -> value (money and numbers may be numeric strings; dates YYYY-MM-DD; percent a fraction 0..1). */
export type ReportRow = Record<string, string | number | null | undefined>;

export interface ReportCtx extends ScopeCtx {
  db: Db;
  user: SessionUser;
  lang: Lang;
  moduleConfig: ModuleConfig;
}

export interface ReportDefinition<P extends ParamValues = ParamValues> {
  /** snake_case, openIMIS's name (premium_collection) */
  name: string;
  /** the report's right (1312xx); 131200 gives every report */
  right: number;
  title: Text;
  params: readonly ReportParam[];
  columns: readonly ReportColumn[];
  /** Cross rules on parsed values (dateFrom <= dateTo is the kit's own): problems to add. */
  check?: (params: P, lang: Lang) => ParamProblem[];
  /** The rows, read in keyset batches (`keysetRows`), scoped to the user's area. */
  rows: (ctx: ReportCtx, params: P) => AsyncIterable<ReportRow>;
  /** A last row of totals (keys of columns). */
  totals?: (ctx: ReportCtx, params: P) => Promise<ReportRow>;
  /** How many rows `rows` will give (the journal's progress); optional. */
  count?: (ctx: ReportCtx, params: P) => Promise<number>;
}

const REPORT_NAME = /^[a-z][a-z0-9_]{2,60}$/;

/** Checks a report once at startup (a mistake fails the boot, not a request). */
export function defineReport<P extends ParamValues>(report: ReportDefinition<P>): ReportDefinition {
  if (!REPORT_NAME.test(report.name)) throw new Error(`report name "${report.name}" must be snake_case`);
  if (report.right !== ALL_REPORTS_RIGHT && (report.right < 131201 || report.right > 131299))
    throw new Error(`report ${report.name}: right ${report.right} is not a report right`);
  const names = new Set<string>();
  for (const p of report.params) {
    if (names.has(p.name) || p.name === 'lang') throw new Error(`report ${report.name}: parameter ${p.name} twice or reserved`);
    names.add(p.name);
    if (p.type === 'enum' && !p.options?.length) throw new Error(`report ${report.name}: enum ${p.name} without options`);
    const values = new Set<string>();
    for (const option of p.options ?? []) {
      if (values.has(option.value)) throw new Error(`report ${report.name}: enum ${p.name} offers ${option.value} twice`);
      values.add(option.value);
      const missing = LANGS.filter((lang) => !option.label[lang]?.trim());
      if (missing.length) throw new Error(`report ${report.name}: enum ${p.name} option ${option.value} has no label in ${missing.join(', ')}`);
    }
  }
  if (!report.columns.length) throw new Error(`report ${report.name}: no columns`);
  return report as unknown as ReportDefinition; // P narrows ParamValues: the kit only hands it values parsed from `params`
}

const registry = new Map<string, ReportDefinition & { domain: string }>();

/** Called with the schema: every domain's reports (a name twice is a startup error). */
export function registerReports(domains: readonly { name: string; reports?: readonly ReportDefinition[] }[]): void {
  registry.clear();
  for (const domain of domains) {
    for (const report of domain.reports ?? []) {
      if (registry.has(report.name)) throw new Error(`report ${report.name} declared twice (domain ${domain.name})`);
      registry.set(report.name, { ...report, domain: domain.name });
    }
  }
}

export function findReport(name: string) {
  return registry.get(name);
}
export function allReports() {
  return [...registry.values()];
}
export function mayRun(user: SessionUser, report: ReportDefinition): boolean {
  return user.rights.has(ALL_REPORTS_RIGHT) || user.rights.has(report.right);
}

// ---------------------------------------------------------------- parameters

export type ProblemCode = 'REQUIRED' | 'INVALID' | 'OUT_OF_RANGE' | 'NOT_FOUND' | 'UNKNOWN';
export interface ParamProblem {
  param: string;
  code: ProblemCode;
  message: string;
}

const ID_FORMAT: Text = { en: 'an identifier', fr: 'un identifiant', sw: 'kitambulisho' };
const FORMATS: Record<string, Text> = {
  date: { en: 'a date YYYY-MM-DD', fr: 'une date AAAA-MM-JJ', sw: 'tarehe YYYY-MM-DD' },
  month: { en: 'a month YYYY-MM', fr: 'un mois AAAA-MM', sw: 'mwezi YYYY-MM' },
  quarter: { en: 'a quarter YYYY-Qn', fr: 'un trimestre AAAA-Tn (AAAA-Qn)', sw: 'robo mwaka YYYY-Qn' },
  year: { en: 'a year YYYY', fr: 'une année AAAA', sw: 'mwaka YYYY' },
  id: ID_FORMAT,
  integer: { en: 'a whole number', fr: 'un nombre entier', sw: 'namba kamili' },
  enum: { en: 'one of {options}', fr: 'l’une des valeurs {options}', sw: 'mojawapo ya {options}' },
  insuranceNumber: { en: 'an insurance number (digits)', fr: 'un numéro d’assuré (chiffres)', sw: 'namba ya bima (tarakimu)' },
};

const MESSAGES: Record<ProblemCode | 'BEFORE', Text> = {
  REQUIRED: { en: 'Enter {param}.', fr: 'Indiquez {param}.', sw: 'Weka {param}.' },
  INVALID: {
    en: '{param} is not valid, expected {format}.',
    fr: '{param} n’est pas valide, attendu {format}.',
    sw: '{param} si sahihi, inatarajiwa {format}.',
  },
  OUT_OF_RANGE: {
    en: '{param} must be between {min} and {max}.',
    fr: '{param} doit être entre {min} et {max}.',
    sw: '{param} lazima iwe kati ya {min} na {max}.',
  },
  BEFORE: { en: '{param} must not be before {other}.', fr: '{param} ne doit pas précéder {other}.', sw: '{param} isiwe kabla ya {other}.' },
  NOT_FOUND: {
    en: '{param} names nothing in your area.',
    fr: '{param} ne désigne rien dans votre zone.',
    sw: '{param} haionyeshi chochote katika eneo lako.',
  },
  UNKNOWN: { en: '{param} is not a parameter of this report.', fr: '{param} n’est pas un paramètre de ce rapport.', sw: '{param} si kigezo cha ripoti hii.' },
};

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

export function problem(param: ReportParam | string, code: ProblemCode | 'BEFORE', lang: Lang, values: Record<string, string | number> = {}): ParamProblem {
  const name = typeof param === 'string' ? param : param.name;
  const label = typeof param === 'string' ? param : textIn(param.label, lang);
  return { param: name, code: code === 'BEFORE' ? 'OUT_OF_RANGE' : code, message: fill(textIn(MESSAGES[code], lang), { param: label, ...values }) };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const isDate = (v: string): boolean => {
  const m = DATE.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) && Number(m[1]) >= 1900;
};
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^\d{4}$/;
const ID = /^[1-9]\d{0,9}$/;
const INTEGER = /^-?\d{1,9}$/;

/** The entity whose scope an id parameter must be in. */
const ID_ENTITY: Partial<Record<ReportParamType, string>> = { location: 'Location', product: 'Product', facility: 'HealthFacility', officer: 'User' };

/**
 * Parses and checks the query string against the report's parameters: unknown names, required ones,
 * formats, ranges, ids in the user's area (location at its level), then dateFrom <= dateTo (any
 * params named xFrom / xTo of the same type) and the report's own cross rules.
 */
export async function parseParams(
  ctx: ReportCtx,
  report: ReportDefinition,
  query: URLSearchParams,
): Promise<{ values: ParamValues; problems: ParamProblem[] }> {
  const { lang } = ctx;
  const problems: ParamProblem[] = [];
  const values: ParamValues = {};
  const known = new Map(report.params.map((p) => [p.name, p]));
  for (const key of new Set(query.keys())) if (key !== 'lang' && !known.has(key)) problems.push(problem(key.slice(0, 40), 'UNKNOWN', lang));
  for (const p of report.params) {
    const raw = (query.get(p.name) ?? '').trim();
    if (!raw) {
      if (p.required) problems.push(problem(p, 'REQUIRED', lang));
      continue;
    }
    const invalid = (format: string) =>
      problems.push(
        problem(p, 'INVALID', lang, {
          format: fill(textIn(FORMATS[format] ?? ID_FORMAT, lang), { options: (p.options ?? []).map((o) => o.value).join(', ') }),
        }),
      );
    if (raw.length > 50) {
      invalid(p.type in FORMATS ? p.type : 'id');
      continue;
    }
    switch (p.type) {
      case 'date':
        if (isDate(raw)) values[p.name] = raw;
        else invalid('date');
        break;
      case 'month':
        if (MONTH.test(raw) && Number(raw.slice(0, 4)) >= 1900) values[p.name] = raw;
        else invalid('month');
        break;
      case 'quarter':
        if (QUARTER.test(raw) && Number(raw.slice(0, 4)) >= 1900) values[p.name] = raw;
        else invalid('quarter');
        break;
      case 'year':
      case 'integer': {
        if (!(p.type === 'year' ? YEAR : INTEGER).test(raw)) {
          invalid(p.type);
          break;
        }
        const n = Number(raw);
        const min = p.min ?? (p.type === 'year' ? 1900 : -1e9);
        const max = p.max ?? (p.type === 'year' ? 2200 : 1e9);
        if (n < min || n > max) problems.push(problem(p, 'OUT_OF_RANGE', lang, { min, max }));
        else values[p.name] = n;
        break;
      }
      case 'enum':
        if (p.options?.some((o) => o.value === raw)) values[p.name] = raw;
        else invalid('enum');
        break;
      case 'insuranceNumber':
        if (/^\d{1,20}$/.test(raw)) values[p.name] = raw;
        else invalid('insuranceNumber');
        break;
      default: {
        if (!ID.test(raw)) {
          invalid('id');
          break;
        }
        const id = Number(raw);
        if (id > 2147483647 || !(await idExists(ctx, p, id))) problems.push(problem(p, 'NOT_FOUND', lang));
        else values[p.name] = id;
      }
    }
  }
  for (const p of report.params) {
    const match = /^(.*)From$/.exec(p.name);
    const to = match && known.get(`${match[1]}To`);
    const a = values[p.name];
    const b = to && values[to.name];
    if (to && to.type === p.type && a !== undefined && b !== undefined && String(b) < String(a)) {
      problems.push(problem(to, 'BEFORE', lang, { other: textIn(p.label, lang) }));
    }
  }
  if (!problems.length && report.check) problems.push(...report.check(values, lang));
  return { values, problems };
}

async function idExists(ctx: ReportCtx, p: ReportParam, id: number): Promise<boolean> {
  const entity = ID_ENTITY[p.type];
  if (!entity) return false;
  if (p.type === 'location' && p.level) {
    const found = await ctx.db.execute(sql`select 1 from locations where id = ${id} and type = ${LEVEL_TYPE[p.level]}`);
    if (!found.rows.length) return false;
  }
  return (await idsInScope(ctx, entity, [id])).has(id) && (await exists(ctx, entity, id));
}

const TABLE_OF: Record<string, SQL> = {
  Location: sql`locations`,
  Product: sql`products`,
  HealthFacility: sql`health_facilities`,
  User: sql`users`,
};
async function exists(ctx: ReportCtx, entity: string, id: number): Promise<boolean> {
  const table = TABLE_OF[entity];
  if (!table) return false;
  const found = await ctx.db.execute(sql`select 1 from ${table} where id = ${id}`);
  return found.rows.length > 0;
}

// ---------------------------------------------------------------- helpers for report queries

/** The scope condition of an entity for the report's user (undefined = national); `sql\`true\`` when national, to AND it in. */
export async function scopeSql(ctx: ReportCtx, entity: string): Promise<SQL> {
  return (await scopeWhere(ctx, entity)) ?? sql`true`;
}

/** `column` is the location or one below it (any level); true when no location is given. */
export function withinLocation(column: SQL, locationId: number | string | undefined): SQL {
  if (locationId === undefined) return sql`true`;
  return sql`${column} in (with recursive t(id) as (select ${Number(locationId)}::int union select l.id from locations l join t on l.parent_id = t.id) select id from t)`;
}

/** The most precise of the location params given (village > municipality > district > region). */
export function mostPrecise(values: ParamValues, ...names: string[]): number | undefined {
  for (const name of [...names].reverse()) if (values[name] !== undefined) return Number(values[name]);
  return undefined;
}

/** A period param as [first day, day after the last] ('2026-Q2' -> ['2026-04-01', '2026-07-01']). */
export function periodRange(value: string | number): [string, string] {
  const v = String(value);
  const pad = (n: number) => String(n).padStart(2, '0');
  const year = Number(v.slice(0, 4));
  if (YEAR.test(v)) return [`${year}-01-01`, `${year + 1}-01-01`];
  const q = QUARTER.exec(v);
  if (q) {
    const first = (Number(q[2]) - 1) * 3 + 1;
    return [`${year}-${pad(first)}-01`, first === 10 ? `${year + 1}-01-01` : `${year}-${pad(first + 3)}-01`];
  }
  const month = Number(v.slice(5, 7));
  return [`${year}-${pad(month)}-01`, month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`];
}

/** Rows per batch of a keyset read. */
export const BATCH = 1000;

/**
 * Reads rows in keyset batches: `fetch(after)` answers the next `BATCH` rows after the last one
 * (null = from the start), in key order; stops at a short batch. Only one batch is held at a time.
 */
export async function* keysetRows<R extends ReportRow>(fetch: (after: R | null, limit: number) => Promise<R[]>): AsyncIterable<R> {
  let after: R | null = null;
  for (;;) {
    const batch: R[] = await fetch(after, BATCH);
    yield* batch;
    if (batch.length < BATCH) return;
    after = batch[batch.length - 1] ?? null;
  }
}

/** A query of bounded size (an aggregate: a row per facility, per month...) as rows. */
export async function* queryRows(ctx: ReportCtx, query: SQL): AsyncIterable<ReportRow> {
  const result = await ctx.db.execute<ReportRow>(query);
  yield* result.rows;
}

/** The first row of a query (totals). */
export async function queryRow(ctx: ReportCtx, query: SQL): Promise<ReportRow> {
  const result = await ctx.db.execute<ReportRow>(query);
  return result.rows[0] ?? {};
}

/** Common parameter declarations. */
export const P = {
  dateFrom: { name: 'dateFrom', type: 'date', required: true, label: { en: 'From', fr: 'Du', sw: 'Kuanzia' } },
  dateTo: { name: 'dateTo', type: 'date', required: true, label: { en: 'To', fr: 'Au', sw: 'Hadi' } },
  regionId: { name: 'regionId', type: 'location', level: 'region', label: { en: 'Region', fr: 'Région', sw: 'Mkoa' } },
  districtId: { name: 'districtId', type: 'location', level: 'district', label: { en: 'District', fr: 'District', sw: 'Wilaya' } },
  productId: { name: 'productId', type: 'product', label: { en: 'Product', fr: 'Produit', sw: 'Bidhaa' } },
  facilityId: { name: 'facilityId', type: 'facility', label: { en: 'Health facility', fr: 'Formation sanitaire', sw: 'Kituo cha afya' } },
  officerId: { name: 'officerId', type: 'officer', label: { en: 'Enrolment officer', fr: 'Agent d’inscription', sw: 'Afisa uandikishaji' } },
  year: { name: 'year', type: 'year', required: true, label: { en: 'Year', fr: 'Année', sw: 'Mwaka' } },
  month: { name: 'month', type: 'integer', min: 1, max: 12, label: { en: 'Month', fr: 'Mois', sw: 'Mwezi' } },
  quarter: { name: 'quarter', type: 'integer', min: 1, max: 4, label: { en: 'Quarter', fr: 'Trimestre', sw: 'Robo mwaka' } },
} satisfies Record<string, ReportParam>;

/** Where: a region, or a district (the more precise one given wins: `areaOf`). Most reports take it. */
export const areaParams = [P.regionId, P.districtId] as const;
/** When and where: a period of dates and the area. */
export const periodAreaParams = [P.dateFrom, P.dateTo, ...areaParams] as const;
/** The location `areaParams` name: the district when given, else the region, else none. */
export const areaOf = (values: ParamValues): number | undefined => mostPrecise(values, 'regionId', 'districtId');

/** Common column labels. */
export const L = {
  region: { en: 'Region', fr: 'Région', sw: 'Mkoa' },
  district: { en: 'District', fr: 'District', sw: 'Wilaya' },
  product: { en: 'Product', fr: 'Produit', sw: 'Bidhaa' },
  facility: { en: 'Health facility', fr: 'Formation sanitaire', sw: 'Kituo cha afya' },
  facilityCode: { en: 'Facility code', fr: 'Code de la formation', sw: 'Msimbo wa kituo' },
  amount: { en: 'Amount', fr: 'Montant', sw: 'Kiasi' },
  count: { en: 'Count', fr: 'Nombre', sw: 'Idadi' },
  month: { en: 'Month', fr: 'Mois', sw: 'Mwezi' },
} satisfies Record<string, Text>;

/**
 * Joins a village column to its municipality, district and region (aliases lv, lm, ld, lr), for
 * reports that name them: `from families f ${villageChain(sql`f.village_id`)}`.
 */
export function villageChain(villageColumn: SQL): SQL {
  return sql`join locations lv on lv.id = ${villageColumn} join locations lm on lm.id = lv.parent_id join locations ld on ld.id = lm.parent_id join locations lr on lr.id = ld.parent_id`;
}

/** Nothing (a keyset condition's first batch, an absent optional filter). */
export const NOTHING = sql``;

/** `condition` when the value is given, else nothing: `${when(values.productId, (id) => sql`and po.product_id = ${id}`)}`. */
export function when<V extends string | number>(value: V | undefined, condition: (value: V) => SQL): SQL {
  return value === undefined ? NOTHING : condition(value);
}

/** The months of a year a report covers: all twelve, or the month, or the quarter's three. */
export function monthsOf(v: ParamValues): [number, number] {
  if (v.month !== undefined) return [Number(v.month), Number(v.month)];
  if (v.quarter !== undefined) return [(Number(v.quarter) - 1) * 3 + 1, Number(v.quarter) * 3];
  return [1, 12];
}
export const monthColumn = { key: 'month', type: 'text', label: L.month } as const satisfies ReportColumn;
/** Months of the year as rows: m (1-12), first day `d0`, day after the last `d1`. */
export function monthSeries(v: ParamValues): SQL {
  const [first, last] = monthsOf(v);
  const [start] = periodRange(Number(v.year));
  return sql`(select m, (${start}::date + make_interval(months => m - 1))::date as d0, (${start}::date + make_interval(months => m))::date as d1
    from generate_series(${first}::int, ${last}::int) m)`;
}
export const yearParams = [P.year, ...areaParams, P.productId, P.month, P.quarter] as const;
export const checkMonthQuarter = (v: ParamValues, lang: Lang) =>
  v.month !== undefined && v.quarter !== undefined && Math.ceil(Number(v.month) / 3) !== Number(v.quarter)
    ? [
        {
          param: 'month',
          code: 'OUT_OF_RANGE' as const,
          message: textIn(
            { en: 'The month is not in the quarter.', fr: 'Le mois n’est pas dans le trimestre.', sw: 'Mwezi hauko katika robo mwaka hiyo.' },
            lang,
          ),
        },
      ]
    : [];
