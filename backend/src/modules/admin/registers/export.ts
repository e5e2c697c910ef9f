/**
 * A register as CSV or XLSX, streamed: pages of 2,000 rows in code order (keyset), each written
 * to the response as it comes, so 40,000 services never sit in one string. The columns are the
 * ones the import reads: an export re-imports as all unchanged.
 */
import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { type ScopeCtx, scopeWhere } from '../../../platform/scope.js';
import type { ColumnDef, RegisterDef } from './definitions.js';
import { type Format, looksLikeFormula } from './parse.js';

const PAGE = 2000;

export const CONTENT_TYPES: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A price (numeric(18,2) prints "12.50") as a number when the number holds that exact amount, else as text. */
function amount(value: string): number | string {
  const n = Number(value);
  return Number.isFinite(n) && n.toFixed(2) === value ? n : value;
}

function cell(column: ColumnDef, value: unknown, format: Format): string | number | boolean | null {
  if (value == null) return format === 'csv' ? '' : null;
  if (column.kind === 'int') return Number(value);
  // a flag: "true" / "false" in a CSV, a boolean cell (Excel's TRUE / FALSE) in a workbook
  if (column.kind === 'boolean') return format === 'xlsx' ? Boolean(value) : String(Boolean(value));
  if (column.kind === 'decimal') return format === 'xlsx' ? amount(String(value)) : String(value);
  const text = String(value);
  return format === 'csv' && looksLikeFormula(text) ? `'${text}` : text;
}

export async function exportRegister(ctx: ScopeCtx, def: RegisterDef, format: Format, res: ServerResponse): Promise<void> {
  const scope = def.scope ? await scopeWhere(ctx, def.scope) : undefined;
  // the first page before the status: a database error still answers 500, not a cut file
  let page = await def.page(ctx.db, null, PAGE, scope);
  const date = new Date().toISOString().slice(0, 10);
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[format],
    'content-disposition': `attachment; filename="${def.name}-${date}.${format}"`,
    'cache-control': 'private, no-store',
  });
  let closed = false;
  res.once('close', () => {
    closed = true;
  });
  const headers = def.columns.map((c) => c.header);
  const rowOf = (row: Record<string, unknown>) => def.columns.map((c) => cell(c, row[c.field], format));

  if (format === 'csv') {
    const csv = stringify({ bom: true, header: true, columns: headers, record_delimiter: 'windows' });
    csv.pipe(res);
    while (page.length && !closed) {
      for (const row of page) if (!csv.write(rowOf(row))) await once(csv, 'drain');
      page = page.length < PAGE ? [] : await def.page(ctx.db, String(page[page.length - 1]?.code), PAGE, scope);
    }
    csv.end();
    await finished(res).catch(() => {});
    return;
  }

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(def.name);
  sheet.addRow(headers).commit();
  while (page.length && !closed) {
    for (const row of page) sheet.addRow(rowOf(row)).commit();
    page = page.length < PAGE ? [] : await def.page(ctx.db, String(page[page.length - 1]?.code), PAGE, scope);
  }
  sheet.commit();
  await workbook.commit();
}
