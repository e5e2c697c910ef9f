/**
 * A register file checked row by row and, when asked and clean, applied in one transaction:
 * every existing row read in one query, references resolved in one query per kind, the domain's
 * own field rules per row, then multi-row inserts and `UPDATE ... FROM (VALUES ...)` (each row at
 * the version checked) in chunks, with the kit's history rows and version bumps. Never a
 * statement per row.
 */
import { hasNul } from '@kente/contract-core';
import { getTableColumns, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../../../db/engine.js';
import { ErrorCodes, pgErrorCode, type UserError } from '../../../graphql/errors.js';
import { writeHistoryMany } from '../../../graphql/history.js';
import { arrayParam } from '../../../platform/rows.js';
import { idsInScope, type ScopeCtx, userArea } from '../../../platform/scope.js';
import type { ServiceCtx } from '../../../platform/service.js';
import { parentProblem } from '../../location/service.js';
import { locations } from '../../location/tables.js';
import { districtProblem, priceListProblem } from '../../medical/service/rules.js';
import { priceLists } from '../../medical/tables.js';
import type { ColumnDef, RegisterDef, RegisterName } from './definitions.js';
import { headerKey } from './definitions.js';
import { FLAG_VALUES, type Format, flagValue, looksLikeFormula, MAX_CELL, type ParsedFile, yieldTurn } from './parse.js';

/** Problems listed in a report (they are all counted). */
export const MAX_PROBLEMS = 2000;
/** Rows per insert or update statement (each column is one array parameter). */
const CHUNK = 5000;

export interface Problem {
  /** Row number in the file (the header is row 1). */
  row: number;
  /** The column's header, or null for the whole row. */
  column: string | null;
  code: string;
  message: string;
}
export type Action = 'create' | 'update' | 'unchanged' | 'error';
export interface RowReport {
  row: number;
  code: string;
  action: Action;
  /** update: the columns whose value changes. */
  changes?: string[];
}
export interface ImportReport {
  register: RegisterName;
  format: Format;
  separator?: string;
  dryRun: boolean;
  /** true when the changes were written (apply without problems). */
  applied: boolean;
  ok: boolean;
  /** The file's columns this register read, in file order. */
  columns: string[];
  counts: { rows: number; create: number; update: number; unchanged: number; error: number; problems: number };
  timing: { parseMs: number; checkMs: number; writeMs: number; totalMs: number };
  rows: RowReport[];
  problems: Problem[];
  problemsTruncated: boolean;
}

/**
 * Where an import is: reading the file (its total known only at the end), checking its rows,
 * writing them (creates and updates; their history goes with each chunk).
 */
export type ImportPhase = 'parse' | 'check' | 'write';
export interface ImportProgress {
  phase: ImportPhase;
  rows: number;
  total: number | null;
}
/** Told at each phase's start and end, every 2,000 rows checked and every chunk written: cheap enough for 40,000 rows. */
export type ImportProgressListener = (progress: ImportProgress) => void;

/** Another transaction wrote the same code between the check and the write: nothing was written, the client retries. */
export class ImportConflict extends Error {}

/** A location not yet in the database: the parent of another row of the same file. */
interface NewRef {
  newCode: string;
}
const isNewRef = (v: unknown): v is NewRef => typeof v === 'object' && v !== null && 'newCode' in v;

type Row = Record<string, unknown> & { id: number; version: number };

interface Line {
  row: number;
  code: string;
  /** Given fields: trimmed text, whole numbers, null (an empty nullable cell); references as the code or name in the cell. */
  input: Record<string, unknown>;
  /** What is written: the input with references resolved (an id, or a NewRef). */
  values: Record<string, unknown>;
  existing?: Row;
  problems: Problem[];
  action: Action;
  changes: string[];
}

const ms = (from: number) => Math.round(performance.now() - from);

/** A text[] parameter (one parameter, whatever the number of values). */
const textArray = (values: readonly string[]) => arrayParam(values, 'text');

/** A positive amount as PostgreSQL's numeric(18,2) prints it: "12.5" and "12.50" are one price. */
function normDecimal(value: unknown): string | null {
  if (value == null) return null;
  const [whole = '', fraction = ''] = String(value).split('.');
  return `${whole.replace(/^0+(?=\d)/, '')}.${fraction.padEnd(2, '0')}`;
}

function normalized(column: ColumnDef, value: unknown): unknown {
  if (value == null) return null;
  if (isNewRef(value)) return `new:${value.newCode}`;
  if (column.kind === 'decimal') return normDecimal(value);
  if (column.kind === 'boolean') return value === true || value === 'true';
  if (column.kind === 'int' || column.ref) return Number(value);
  return String(value);
}

/** The apostrophe the CSV export puts before text that looks like a formula (parse.ts), taken off. */
const unguarded = (value: string) => (value.startsWith("'") && looksLikeFormula(value.slice(1)) ? value.slice(1) : value);

export async function importRegister(
  ctx: ServiceCtx,
  def: RegisterDef,
  file: ParsedFile,
  options: { dryRun: boolean; parseMs: number; onProgress?: ImportProgressListener },
): Promise<ImportReport> {
  const started = performance.now();
  const tell = options.onProgress ?? (() => {});
  const report: ImportReport = {
    register: def.name,
    format: file.format,
    ...(file.separator ? { separator: file.separator } : {}),
    dryRun: options.dryRun,
    applied: false,
    ok: false,
    columns: [],
    counts: { rows: file.rows.length, create: 0, update: 0, unchanged: 0, error: 0, problems: 0 },
    timing: { parseMs: options.parseMs, checkMs: 0, writeMs: 0, totalMs: 0 },
    rows: [],
    problems: [],
    problemsTruncated: false,
  };
  const finish = (problems: Problem[]) => {
    report.counts.problems = problems.length;
    report.problems = problems.slice(0, MAX_PROBLEMS);
    report.problemsTruncated = problems.length > MAX_PROBLEMS;
    report.ok = problems.length === 0;
    report.timing.totalMs = options.parseMs + ms(started);
    return report;
  };

  // 1. The header: every column known, none twice, the required ones there.
  const byKey = new Map(def.columns.map((c) => [headerKey(c.header), c]));
  const mapped: (ColumnDef | null)[] = [];
  const headerProblems: Problem[] = [];
  const seen = new Set<ColumnDef>();
  for (const [i, raw] of file.header.entries()) {
    const column = byKey.get(headerKey(raw)) ?? null;
    mapped.push(column);
    if (!raw.trim()) {
      if (file.rows.some((r) => (r.cells[i] ?? '').trim() !== ''))
        headerProblems.push({ row: 1, column: null, code: 'UNKNOWN_COLUMN', message: `Column ${i + 1} has values but no name in the header.` });
      continue;
    }
    if (!column) {
      headerProblems.push({
        row: 1,
        column: raw.trim(),
        code: 'UNKNOWN_COLUMN',
        message: `Unknown column "${raw.trim()}". The ${def.name} register has the columns ${def.columns.map((c) => c.header).join(', ')}.`,
      });
    } else if (seen.has(column)) {
      headerProblems.push({ row: 1, column: column.header, code: ErrorCodes.duplicate, message: `The column "${column.header}" is in the header twice.` });
    } else seen.add(column);
  }
  for (const column of def.columns) {
    if (column.required && !seen.has(column))
      headerProblems.push({
        row: 1,
        column: column.header,
        code: 'MISSING_COLUMN',
        message: `The file has no "${column.header}" column, which this register needs.`,
      });
  }
  report.columns = mapped.filter((c): c is ColumnDef => c !== null).map((c) => c.header);
  if (headerProblems.length) {
    report.counts.error = file.rows.length;
    return finish(headerProblems);
  }

  // 2. Cells into the domain's input: text trimmed, whole numbers, an empty cell null (nullable) or not given.
  const lines: Line[] = file.rows.map(({ row, cells }) => {
    const line: Line = { row, code: '', input: {}, values: {}, problems: [], action: 'error', changes: [] };
    for (const [i, raw] of cells.entries()) {
      const column = mapped[i];
      if (!column) {
        if (i >= mapped.length && raw.trim() !== '')
          line.problems.push({ row, column: null, code: ErrorCodes.invalid, message: 'This row has more cells than the header has columns.' });
        continue;
      }
      const problem = (code: string, message: string) => line.problems.push({ row, column: column.header, code, message });
      if (raw.length > MAX_CELL) {
        problem(ErrorCodes.tooLong, `The cell is longer than ${MAX_CELL} characters.`);
        continue;
      }
      if (hasNul(raw)) {
        problem(ErrorCodes.invalidFormat, 'The cell holds a NUL character.');
        continue;
      }
      let value = unguarded(raw.trim());
      if (value === '') {
        if (column.nullable) line.input[column.field] = null;
        continue;
      }
      if (column.kind === 'int') {
        if (!/^[+-]?\d{1,9}$/.test(value)) {
          problem(ErrorCodes.invalid, `${column.header} must be a whole number.`);
          continue;
        }
        line.input[column.field] = Number(value);
        continue;
      }
      if (column.kind === 'boolean') {
        const flag = flagValue(value);
        if (flag === null) problem(ErrorCodes.invalid, `${column.header} must be ${FLAG_VALUES}, not "${value.slice(0, 20)}".`);
        else line.input[column.field] = flag;
        continue;
      }
      // a decimal comma (French Excel): "12,50" is 12.50; no thousands separators
      if (column.kind === 'decimal' && /^\d+,\d{1,2}$/.test(value)) value = value.replace(',', '.');
      line.input[column.field] = value;
    }
    line.code = typeof line.input.code === 'string' ? line.input.code : '';
    return line;
  });

  // 3. A code twice in the file: every row after the first is refused.
  const firstRow = new Map<string, number>();
  for (const line of lines) {
    if (!line.code) continue;
    const first = firstRow.get(line.code);
    if (first === undefined) firstRow.set(line.code, line.row);
    else
      line.problems.push({
        row: line.row,
        column: 'code',
        code: ErrorCodes.duplicate,
        message: `The code ${line.code} is already on row ${first} of this file.`,
      });
  }

  // Checked outside the transaction (PGlite has one connection: a long transaction stops every
  // other request); the write then holds what was checked: an update applies only to the version
  // read (updates in writeRows), a create only to a code still free (the unique index), else
  // nothing is written and the client is told to check again (409).
  const checkStarted = performance.now();
  try {
    tell({ phase: 'check', rows: 0, total: lines.length });
    await planRows(ctx, def, lines, (rows) => tell({ phase: 'check', rows, total: lines.length }));
    tell({ phase: 'check', rows: lines.length, total: lines.length });
    report.timing.checkMs = ms(checkStarted);
    if (!options.dryRun && !lines.some((l) => l.problems.length)) {
      const writeStarted = performance.now();
      const total = lines.filter((l) => l.action === 'create' || l.action === 'update').length;
      tell({ phase: 'write', rows: 0, total });
      await ctx.db.transaction((tx) => writeRows(ctx, tx, def, lines, (rows) => tell({ phase: 'write', rows, total })));
      report.timing.writeMs = ms(writeStarted);
      report.applied = true;
    }
  } catch (error) {
    const code = pgErrorCode(error);
    if (code === '23505' || code === '23503' || code === '40001' || code === '40P01') throw new ImportConflict();
    throw error;
  }

  const problems = [...headerProblems];
  for (const line of lines) {
    if (line.problems.length) line.action = 'error';
    problems.push(...line.problems);
    report.counts[line.action]++;
    report.rows.push({ row: line.row, code: line.code, action: line.action, ...(line.action === 'update' ? { changes: line.changes } : {}) });
  }
  return finish(problems);
}

/** Existing rows, the domain's rules, references, rights and scope: each line's action and problems. */
async function planRows(ctx: ServiceCtx, def: RegisterDef, lines: Line[], checked: (rows: number) => void): Promise<void> {
  const q = ctx.db;
  const codes = [...new Set(lines.map((l) => l.code).filter(Boolean))];
  const rows = codes.length
    ? ((await q
        .select()
        .from(def.table as PgTable)
        .where(sql`${def.table.code} = any(${textArray(codes)})`)) as Row[])
    : [];
  const existing = new Map(rows.map((row) => [String(row.code), row]));
  const columnOf = new Map(def.columns.map((c) => [c.field, c]));
  const fileLines = new Map(lines.filter((l) => l.code).map((l) => [l.code, l]));

  // references: one query per kind for the whole file
  const refColumns = def.columns.filter((c) => c.ref);
  const refValues = (kinds: string[]) => [
    ...new Set(
      lines
        .flatMap((l) => refColumns.filter((c) => kinds.includes(c.ref ?? '')).map((c) => l.input[c.field]))
        .filter((v): v is string => typeof v === 'string'),
    ),
  ];
  const locationCodes = refValues(['parentLocation', 'district']);
  const listNames = refValues(['servicePriceList', 'itemPriceList']);
  const locationRows = locationCodes.length
    ? await q
        .select({ id: locations.id, code: locations.code, type: locations.type })
        .from(locations)
        .where(sql`${locations.code} = any(${textArray(locationCodes)})`)
    : [];
  const locationByCode = new Map(locationRows.map((l) => [l.code, l]));
  const listRows = listNames.length
    ? await q
        .select({ id: priceLists.id, name: priceLists.name, kind: priceLists.kind })
        .from(priceLists)
        .where(sql`${priceLists.name} = any(${textArray(listNames)})`)
    : [];

  const user = ctx.user;
  const rights = user?.rights ?? new Set<number>();
  for (const [index, line] of lines.entries()) {
    // a turn for other requests every 2,000 rows
    if (index % 2000 === 1999) {
      checked(index + 1);
      await yieldTurn();
    }
    const row = existing.get(line.code);
    if (row) line.existing = row;
    const creating = !row;
    const errors: UserError[] = [];
    def.check(line.input, errors, creating);
    const blame = (error: UserError) =>
      line.problems.push({ row: line.row, column: columnOf.get(error.field ?? '')?.header ?? null, code: error.code, message: error.message });
    errors.forEach(blame);
    if (def.name === 'locations' && row && line.input.type !== undefined && line.input.type !== row.type) {
      line.problems.push({
        row: line.row,
        column: 'type',
        code: ErrorCodes.invalid,
        message: `The type of an existing location cannot change (${line.code} is ${String(row.type)}).`,
      });
    }

    // values: the given fields, references resolved
    for (const [field, value] of Object.entries(line.input)) {
      const column = columnOf.get(field);
      if (!column?.ref) line.values[field] = value;
    }
    for (const column of refColumns) {
      const value = line.input[column.field];
      if (value === undefined && !creating) continue;
      const notFound = (what: string) =>
        line.problems.push({ row: line.row, column: column.header, code: ErrorCodes.notFound, message: `${what} "${String(value)}" does not exist.` });
      if (column.ref === 'parentLocation') {
        const type = String(row?.type ?? line.input.type ?? '');
        if (value == null) {
          const problem = parentProblem(type, { given: false });
          if (problem) blame(problem);
          line.values[column.field] = null;
          continue;
        }
        const code = String(value);
        const known = locationByCode.get(code);
        const inFile = fileLines.get(code);
        const parentType = known?.type ?? (inFile ? String(inFile.existing?.type ?? inFile.input.type ?? '') : null);
        if (parentType === null) {
          notFound('The location with the code');
          continue;
        }
        const problem = parentProblem(type, { given: true, type: parentType });
        if (problem) blame(problem);
        line.values[column.field] = known ? known.id : { newCode: code };
      } else if (column.ref === 'district') {
        const known = value == null ? undefined : locationByCode.get(String(value));
        if (value != null && !known) {
          notFound('The location with the code');
          continue;
        }
        const problem = districtProblem(known?.type ?? null);
        if (problem) blame(problem);
        line.values[column.field] = known?.id ?? null;
      } else {
        if (value == null) {
          line.values[column.field] = null;
          continue;
        }
        const kind = column.ref === 'servicePriceList' ? 'S' : 'I';
        const named = listRows.filter((l) => l.name === value);
        const list = named.find((l) => l.kind === kind);
        if (!named.length) notFound('The price list named');
        else if (!list) {
          const problem = priceListProblem(named[0]?.kind ?? null, kind, column.field);
          if (problem) blame(problem);
        } else line.values[column.field] = list.id;
      }
    }
    if (line.problems.length) continue;

    // the action: create, or the columns whose value changes
    if (creating) line.action = 'create';
    else {
      line.changes = def.columns
        .filter((c) => c.field in line.values && normalized(c, line.values[c.field]) !== normalized(c, row[c.field]))
        .map((c) => c.header);
      line.action = line.changes.length ? 'update' : 'unchanged';
    }
    if (line.action === 'create' && !rights.has(def.rights.add))
      line.problems.push({
        row: line.row,
        column: null,
        code: ErrorCodes.forbidden,
        message: `You do not have the right to add a ${def.label.toLowerCase()} (right ${def.rights.add}).`,
      });
    if (line.action === 'update' && !rights.has(def.rights.edit))
      line.problems.push({
        row: line.row,
        column: null,
        code: ErrorCodes.forbidden,
        message: `You do not have the right to change a ${def.label.toLowerCase()} (right ${def.rights.edit}).`,
      });
  }
  await checkScope(ctx, def, lines);
}

/**
 * A user bound to an area changes only what is inside it, as the mutations' guards say: a location
 * (and its new parent) in the area, a new region for national users only; a facility and its
 * district in the area, its price lists among those they see. Unchanged rows are not checked:
 * an export of what they see (the region above their district) re-imports cleanly.
 */
async function checkScope(ctx: ScopeCtx, def: RegisterDef, lines: Line[]): Promise<void> {
  if (!def.scope || (await userArea(ctx)) === null) return;
  const changing = lines.filter((l) => !l.problems.length && (l.action === 'create' || l.action === 'update'));
  const needs: { line: Line; entity: string; id: number; mode: 'area' | 'visible' }[] = [];
  const outside = (line: Line, message: string) => line.problems.push({ row: line.row, column: null, code: ErrorCodes.forbidden, message });
  for (const line of changing) {
    if (line.existing) needs.push({ line, entity: def.scope, id: line.existing.id, mode: 'area' });
    if (def.name === 'locations') {
      const parentId = line.values.parentId;
      if (line.action === 'create' && line.input.type === 'R') outside(line, 'Only a national user can add a region: it is outside your area.');
      if (typeof parentId === 'number' && (line.action === 'create' || line.changes.includes('parent_code')))
        needs.push({ line, entity: 'Location', id: parentId, mode: 'area' });
    } else {
      const locationId = line.values.locationId ?? line.existing?.locationId;
      if (typeof locationId === 'number') needs.push({ line, entity: 'Location', id: locationId, mode: 'area' });
      for (const field of ['servicePriceListId', 'itemPriceListId']) {
        const id = line.values[field];
        if (typeof id === 'number') needs.push({ line, entity: 'PriceList', id, mode: 'visible' });
      }
    }
  }
  const inside = new Map<string, Set<number>>();
  for (const key of new Set(needs.map((n) => `${n.entity}:${n.mode}`))) {
    const [entity = '', mode] = key.split(':');
    const ids = [...new Set(needs.filter((n) => n.entity === entity && n.mode === mode).map((n) => n.id))];
    inside.set(key, await idsInScope(ctx, entity, ids, mode as 'area' | 'visible'));
  }
  for (const need of needs) {
    if (inside.get(`${need.entity}:${need.mode}`)?.has(need.id)) continue;
    if (need.line.problems.some((p) => p.code === ErrorCodes.forbidden)) continue;
    outside(need.line, need.entity === 'PriceList' ? 'This price list is outside your area.' : 'This record is outside your area.');
  }
}

/**
 * Inserts (in stages: a location's parent first), then updates, each chunk with its history rows,
 * all in `tx`, `CHUNK` rows a statement; `wrote` is told the rows written after each chunk.
 */
async function writeRows(ctx: ServiceCtx, tx: Tx, def: RegisterDef, lines: Line[], wrote: (rows: number) => void): Promise<void> {
  const columns = getTableColumns(def.table as PgTable) as Record<string, PgColumn>;
  const column = (key: string) => columns[key] as PgColumn;
  const keyOf = new Map(Object.entries(columns).map(([key, c]) => [c.name, key]));
  // raw rows (column names) back to the table's property names, as the mutations' history has them
  const asRow = (raw: Record<string, unknown>) => Object.fromEntries(Object.entries(raw).map(([name, value]) => [keyOf.get(name) ?? name, value])) as Row;
  const idByCode = new Map<string, number>();
  for (const line of lines) if (line.existing) idByCode.set(line.code, line.existing.id);
  const resolved = (value: unknown) => (isNewRef(value) ? (idByCode.get(value.newCode) ?? null) : value);
  type Entry = { entityId: number; action: 'CREATE' | 'UPDATE'; before: Row | null; after: Row };
  let written = 0;
  const chunkDone = async (history: Entry[]) => {
    await writeHistoryMany(tx, ctx, def.entityType, history);
    written += history.length;
    wrote(written);
  };

  // creates: by stage, then by the set of columns given (a column a row leaves out takes its default)
  const creates = lines.filter((l) => l.action === 'create');
  const groups = new Map<string, Line[]>();
  for (const line of creates) {
    const key = `${String(def.stage?.(line.input) ?? 0).padStart(3, '0')}:${Object.keys(line.values).sort().join(',')}`;
    const group = groups.get(key);
    if (group) group.push(line);
    else groups.set(key, [line]);
  }
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key) ?? [];
    const fields = Object.keys(group[0]?.values ?? {});
    for (let at = 0; at < group.length; at += CHUNK) {
      const chunk = group.slice(at, at + CHUNK);
      const arrays = fields.map((f) =>
        arrayParam(
          chunk.map((l) => resolved(l.values[f])),
          column(f).getSQLType(),
        ),
      );
      const result = await tx.execute<Record<string, unknown>>(sql`
        insert into ${def.table} (${sql.join(
          fields.map((f) => sql.identifier(column(f).name)),
          sql`, `,
        )})
        select * from unnest(${sql.join(arrays, sql`, `)}) returning *`);
      const history: Entry[] = [];
      for (const raw of result.rows) {
        const row = asRow(raw);
        idByCode.set(String(row.code), row.id);
        history.push({ entityId: row.id, action: 'CREATE', before: null, after: row });
      }
      await chunkDone(history);
    }
  }

  // every update sets the same columns (the file's): a field a row leaves empty keeps its value;
  // each applies only to the version that was checked
  const updates = lines.filter((l) => l.action === 'update');
  const fields = def.columns.map((c) => c.field).filter((f) => updates.some((l) => f in l.values));
  const names = fields.map((f) => sql.identifier(column(f).name));
  for (let at = 0; at < updates.length; at += CHUNK) {
    const chunk = updates.slice(at, at + CHUNK);
    const existing = chunk.map((l) => l.existing as Row);
    const arrays = fields.map((f) =>
      arrayParam(
        chunk.map((l, i) => (f in l.values ? resolved(l.values[f]) : existing[i]?.[f])),
        column(f).getSQLType(),
      ),
    );
    const result = await tx.execute<Record<string, unknown>>(sql`
      update ${def.table} as t set ${sql.join(
        names.map((n) => sql`${n} = v.${n}`),
        sql`, `,
      )}, "version" = t."version" + 1, "updated_at" = now()
      from unnest(${arrayParam(
        existing.map((r) => r.id),
        'int',
      )}, ${arrayParam(
        existing.map((r) => r.version),
        'int',
      )}, ${sql.join(arrays, sql`, `)}) as v("id", "version", ${sql.join(names, sql`, `)})
      where t."id" = v."id" and t."version" = v."version" returning t.*`);
    // a row changed (or deleted) since it was checked: roll everything back
    if (result.rows.length !== chunk.length) throw new ImportConflict();
    const before = new Map(existing.map((r) => [r.id, r]));
    const history: Entry[] = [];
    for (const raw of result.rows) {
      const row = asRow(raw);
      history.push({ entityId: row.id, action: 'UPDATE', before: before.get(row.id) ?? null, after: row });
    }
    await chunkDone(history);
  }
}
