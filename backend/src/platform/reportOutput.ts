/**
 * A report's rows written as CSV (csv-stringify, UTF-8 with a BOM), XLSX (exceljs' streaming
 * WorkbookWriter: numbers as numbers, dates as dates, money and percent formatted) or PDF (pdfkit:
 * A4 landscape, the scheme's name, the title, the parameters, page numbers, the user's language and
 * the composition's currency; Helvetica, one of PDF's standard fonts, so no font file is read or
 * fetched, and its WinAnsi encoding covers French and Swahili). Each row is written as it comes from
 * the report's keyset batches and the writer waits for the output to drain: memory stays bounded.
 */
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { type Lang, type ParamValues, type ReportColumn, type ReportCtx, type ReportDefinition, textIn } from './report.js';

export type ReportFormat = 'csv' | 'xlsx' | 'pdf';
export const REPORT_FORMATS: readonly ReportFormat[] = ['csv', 'xlsx', 'pdf'];
export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export interface OutputOptions {
  schemeName: string;
  currency: string;
  /** parameter label -> value as shown (the PDF's header, the XLSX's second sheet) */
  shownParams: [string, string][];
  /** called every 500 rows and at the end (the journal's progress) */
  onRows?: (rows: number) => void;
  /** true once the client went away: stop reading */
  stopped?: () => boolean;
}

const TOTAL: Record<Lang, string> = { en: 'Total', fr: 'Total', sw: 'Jumla' };
const PAGE: Record<Lang, string> = { en: 'Page', fr: 'Page', sw: 'Ukurasa' };
const PRINTED: Record<Lang, string> = { en: 'Printed', fr: 'Imprimé le', sw: 'Imechapishwa' };

/** A CSV text cell starting like a formula is prefixed with ' so a spreadsheet does not run it. */
const FORMULA_START = /^[=+\-@\t\r]/;

function num(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Resolves when `stream` drains or `out` closes (the client went away), leaving no listener behind. */
function drainOrClose(stream: Writable, out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      out.off('close', done);
      resolve();
    };
    stream.once('drain', done);
    out.once('close', done);
  });
}

/** Waits when the output holds more than its buffer (the client reads slower than we query). */
async function drained(out: Writable): Promise<void> {
  if (out.writableNeedDrain && !out.destroyed) await drainOrClose(out, out);
}

async function* withTotals(ctx: ReportCtx, report: ReportDefinition, values: ParamValues, opts: OutputOptions) {
  let n = 0;
  for await (const row of report.rows(ctx, values)) {
    if (opts.stopped?.()) return;
    n++;
    if (n % 500 === 0) opts.onRows?.(n);
    yield { row, total: false };
  }
  opts.onRows?.(n);
  if (report.totals) yield { row: await report.totals(ctx, values), total: true };
}

/** Writes the report to `out` in the format; answers the number of rows (totals not counted). */
export async function writeReport(
  format: ReportFormat,
  ctx: ReportCtx,
  report: ReportDefinition,
  values: ParamValues,
  out: Writable,
  opts: OutputOptions,
): Promise<number> {
  if (format === 'csv') return writeCsv(ctx, report, values, out, opts);
  if (format === 'xlsx') return writeXlsx(ctx, report, values, out, opts);
  return writePdf(ctx, report, values, out, opts);
}

const label = (c: ReportColumn, lang: Lang, currency: string) => textIn(c.label, lang) + (c.type === 'money' ? ` (${currency})` : '');
/** The totals row says "Total" in its first column (whatever that column's type). */
const totalLabelKey = (report: ReportDefinition) => report.columns[0]?.key ?? '';

async function writeCsv(ctx: ReportCtx, report: ReportDefinition, values: ParamValues, out: Writable, opts: OutputOptions): Promise<number> {
  const csv = stringify({ bom: true, header: true, columns: report.columns.map((c) => label(c, ctx.lang, opts.currency)), record_delimiter: 'windows' });
  csv.pipe(out);
  let rows = 0;
  const totalKey = totalLabelKey(report);
  for await (const { row, total } of withTotals(ctx, report, values, opts)) {
    if (!total) rows++;
    const record = report.columns.map((c) => {
      const v = total && c.key === totalKey ? TOTAL[ctx.lang] : row[c.key];
      if (v === null || v === undefined) return '';
      if (c.type === 'text') {
        const text = String(v);
        return FORMULA_START.test(text) ? `'${text}` : text;
      }
      return String(v);
    });
    if (!csv.write(record)) await drainOrClose(csv, out);
    if (out.destroyed) break;
  }
  csv.end();
  await finished(out).catch(() => {});
  return rows;
}

const NUMFMT: Partial<Record<ReportColumn['type'], string>> = { money: '#,##0.00', number: '#,##0.##', date: 'yyyy-mm-dd', percent: '0.0%', integer: '0' };

function xlsxCell(c: ReportColumn, v: unknown): string | number | Date | null {
  if (v === null || v === undefined || v === '') return null;
  if (c.type === 'text') return String(v);
  if (c.type === 'date') {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(v));
    return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : String(v);
  }
  return num(v);
}

async function writeXlsx(ctx: ReportCtx, report: ReportDefinition, values: ParamValues, out: Writable, opts: OutputOptions): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = opts.schemeName;
  const sheet = workbook.addWorksheet(
    textIn(report.title, ctx.lang)
      .slice(0, 31)
      .replace(/[\\/*?:[\]]/g, ' '),
  );
  sheet.columns = report.columns.map((c) => ({
    key: c.key,
    width: c.type === 'text' ? 28 : 16,
    style: NUMFMT[c.type] ? { numFmt: NUMFMT[c.type] } : {},
  }));
  const header = sheet.addRow(report.columns.map((c) => label(c, ctx.lang, opts.currency)));
  header.font = { bold: true };
  header.commit();
  let rows = 0;
  const totalKey = totalLabelKey(report);
  for await (const { row, total } of withTotals(ctx, report, values, opts)) {
    if (!total) rows++;
    const line = sheet.addRow(report.columns.map((c) => (total && c.key === totalKey ? TOTAL[ctx.lang] : xlsxCell(c, row[c.key]))));
    if (total) line.font = { bold: true };
    line.commit();
    await drained(out);
    if (out.destroyed) break;
  }
  sheet.commit();
  const about = workbook.addWorksheet('Parameters');
  about.addRow([opts.schemeName]).commit();
  about.addRow([textIn(report.title, ctx.lang)]).commit();
  for (const [name, value] of opts.shownParams) about.addRow([name, value]).commit();
  about.commit();
  await workbook.commit();
  return rows;
}

/** Helvetica's WinAnsi encoding has no narrow no-break space (French thousands): a no-break space instead. */
const pdfText = (text: string) =>
  text
    .replace(/[\u202f\u2009]/g, '\u00a0')
    .replace(/[^\u0020-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g, '?');

function formatters(lang: Lang, currency: string) {
  const locale = lang === 'sw' ? 'sw-TZ' : lang === 'fr' ? 'fr-FR' : 'en-GB';
  let digits = 2;
  try {
    digits = new Intl.NumberFormat(locale, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    /* an unknown currency code: two decimals */
  }
  const money = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
  return (c: ReportColumn, v: unknown): string => {
    if (v === null || v === undefined || v === '') return '';
    if (c.type === 'text') return String(v);
    if (c.type === 'date') {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(v));
      return m ? date.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))) : String(v);
    }
    const n = num(v);
    if (n === null) return String(v);
    return (c.type === 'money' ? money : c.type === 'percent' ? percent : c.type === 'integer' ? integer : number).format(n);
  };
}

/** Column widths in the PDF, relative. */
const WEIGHT: Record<ReportColumn['type'], number> = { text: 2, money: 1.6, number: 1.1, date: 1.2, integer: 1, percent: 1 };

async function writePdf(ctx: ReportCtx, report: ReportDefinition, values: ParamValues, out: Writable, opts: OutputOptions): Promise<number> {
  const { lang } = ctx;
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 36,
    bufferPages: false,
    lang,
    info: { Title: textIn(report.title, lang), Author: opts.schemeName },
  });
  doc.pipe(out);
  const format = formatters(lang, opts.currency);
  const left = 36;
  const width = doc.page.width - 72;
  const bottom = doc.page.height - 48;
  const weights = report.columns.map((c) => WEIGHT[c.type]);
  const unit = width / weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => w * unit);
  const printed = `${PRINTED[lang]} ${new Intl.DateTimeFormat(lang === 'sw' ? 'sw-TZ' : lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date())}`;
  let page = 0;
  let y = 0;

  const cells = (texts: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
    let x = left;
    texts.forEach((text, i) => {
      const c = report.columns[i];
      const w = widths[i] ?? unit;
      doc.text(pdfText(text), x + 2, y, { width: w - 4, height: 10, lineBreak: false, ellipsis: true, align: c && c.type !== 'text' ? 'right' : 'left' });
      x += w;
    });
    y += 13;
  };
  const startPage = () => {
    if (page > 0) doc.addPage();
    page++;
    y = 36;
    doc.font('Helvetica-Bold').fontSize(12).text(pdfText(opts.schemeName), left, y, { width, lineBreak: false });
    y += 16;
    doc
      .font('Helvetica-Bold')
      .fontSize(14)
      .text(pdfText(textIn(report.title, lang)), left, y, { width, lineBreak: false });
    y += 18;
    if (page === 1 && opts.shownParams.length) {
      doc.font('Helvetica').fontSize(9);
      const line = opts.shownParams.map(([k, v]) => `${k}${lang === 'fr' ? '\u00a0:' : ':'} ${v}`).join('   ');
      doc.text(pdfText(line), left, y, { width });
      y = doc.y + 6;
    }
    // the footer sits in the bottom margin: without this pdfkit would start a new page for it
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8);
    doc.text(pdfText(`${PAGE[lang]} ${page}  ·  ${printed}  ·  ${opts.currency}`), left, doc.page.height - 30, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = margin;
    doc
      .moveTo(left, y - 2)
      .lineTo(left + width, y - 2)
      .stroke();
    cells(
      report.columns.map((c) => label(c, lang, opts.currency)),
      true,
    );
    doc
      .moveTo(left, y - 3)
      .lineTo(left + width, y - 3)
      .stroke();
  };
  startPage();
  let rows = 0;
  const totalKey = totalLabelKey(report);
  for await (const { row, total } of withTotals(ctx, report, values, opts)) {
    if (!total) rows++;
    if (y > bottom) startPage();
    cells(
      report.columns.map((c) => (total && c.key === totalKey ? TOTAL[lang] : format(c, row[c.key]))),
      total,
    );
    await drained(out);
    if (out.destroyed) break;
  }
  if (rows === 0) {
    doc.font('Helvetica-Oblique').fontSize(9).text(pdfText(NO_ROWS[lang]), left, y);
  }
  doc.end();
  await finished(out).catch(() => {});
  return rows;
}

const NO_ROWS: Record<Lang, string> = { en: 'No rows for these parameters.', fr: 'Aucune ligne pour ces paramètres.', sw: 'Hakuna safu kwa vigezo hivi.' };
