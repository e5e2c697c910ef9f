/**
 * A register file (CSV or XLSX) into a header and rows of text cells, bounded: rows, columns and
 * cell lengths are capped, a malformed file is a `FileProblem` (answered 400), never a crash.
 * Both readers work in chunks (csv-parse's stream, exceljs's streaming reader), so a big file
 * gives the event loop back between chunks instead of holding it for the whole parse.
 */
import { Readable } from 'node:stream';
import { CsvError, parse as csvParse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';

/** Data rows a file may hold (40,000 services is the expected big file). */
export const MAX_ROWS = 100_000;
export const MAX_COLUMNS = 40;
/** Longer cells are refused before any rule reads them (the longest column holds 255). */
export const MAX_CELL = 1000;
/** An XLSX whose files would unpack to more than this is refused before it is read (zip bomb). */
const MAX_XLSX_UNPACKED = 256 * 1024 * 1024;

export type Format = 'csv' | 'xlsx';

/** Lets the event loop answer other requests (timers and I/O) before going on. */
export const yieldTurn = () => new Promise<void>((done) => setImmediate(done));

/**
 * Text a spreadsheet would run as a formula when it opens a CSV (CSV injection): it starts with
 * = + - @, a tab or a carriage return, and is not a plain phone number or amount ("+255 710 118").
 * The CSV export writes it with a leading apostrophe; the import takes that apostrophe off.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text) && !/^[+-][\d\s()./-]*$/.test(text);
}

/** The words a flag cell may hold, any case: English, 1/0, French (Excel in French writes VRAI/FAUX). */
const FLAG_WORDS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['false', false],
  ['yes', true],
  ['no', false],
  ['1', true],
  ['0', false],
  ['oui', true],
  ['non', false],
  ['vrai', true],
  ['faux', false],
]);
/** The values a flag cell may hold, for messages. */
export const FLAG_VALUES = 'true or false (also yes/no, 1/0, oui/non)';

/** A flag cell (trimmed, not empty) as a boolean, or null when it is none of the words. */
export function flagValue(text: string): boolean | null {
  return FLAG_WORDS.get(text.toLowerCase()) ?? null;
}

export interface ParsedFile {
  format: Format;
  /** CSV only: the separator found on the header line. */
  separator?: ',' | ';';
  header: string[];
  /** Data rows with their row number in the file (the header is row 1). */
  rows: { row: number; cells: string[] }[];
}

/** A file the server cannot read as a register (answered 400 with this code and message). */
export class FileProblem extends Error {
  constructor(
    readonly code: 'MALFORMED' | 'TOO_MANY_ROWS' | 'TOO_MANY_COLUMNS' | 'EMPTY' | 'ENCODING',
    message: string,
  ) {
    super(message);
  }
}

const XLSX_TYPES = new Set(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/xlsx']);
const CSV_TYPES = new Set(['text/csv', 'application/csv', 'text/plain', 'application/vnd.ms-excel']);

/** Content-Type decides (CSV or XLSX); anything else is told by the bytes: a zip is an XLSX, the rest CSV. */
export function detectFormat(contentType: string | undefined, body: Buffer): Format {
  const type = String(contentType ?? '')
    .split(';')[0]
    ?.trim()
    .toLowerCase();
  if (type && XLSX_TYPES.has(type)) return 'xlsx';
  if (type && CSV_TYPES.has(type) && !isZip(body)) return 'csv';
  return isZip(body) ? 'xlsx' : 'csv';
}

const isZip = (body: Buffer) => body.length >= 4 && body.readUInt32LE(0) === 0x04034b50;

/** Rows read so far (data rows, the header not counted), told every 2,000 rows: a file's total is known only at its end. */
export type ParseProgress = (rows: number) => void;

export async function parseRegisterFile(body: Buffer, format: Format, onRows: ParseProgress = () => {}): Promise<ParsedFile> {
  const parsed = format === 'xlsx' ? await parseXlsx(body, onRows) : await parseCsv(body, onRows);
  if (!parsed.header.some((h) => h.trim())) throw new FileProblem('EMPTY', 'The file has no header row: its first row must name the columns.');
  return parsed;
}

/** The separator of the header line: the one of `,` and `;` seen most outside quotes (French Excel writes `;`). */
export function detectSeparator(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

async function parseCsv(body: Buffer, onRows: ParseProgress): Promise<ParsedFile> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new FileProblem('ENCODING', 'The file is not UTF-8 text. Save it as "CSV UTF-8" (or as an Excel workbook) and try again.');
  }
  if (text.includes('\u0000')) throw new FileProblem('MALFORMED', 'The file is not a CSV text file.');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const separator = detectSeparator(text);
  const parser = csvParse({
    delimiter: separator,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_COLUMNS * MAX_CELL,
    info: true,
  });
  const rows: string[][] = [];
  const lines: number[] = [];
  const feed = async () => {
    // 256 KB at a time: the parser works between writes and the event loop gets turns
    for (let at = 0; at < text.length; at += 256 * 1024) {
      if (!parser.write(text.slice(at, at + 256 * 1024))) await new Promise((done) => parser.once('drain', done));
      if (parser.destroyed) return;
    }
    parser.end();
  };
  const feeding = feed();
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      rows.push(record);
      lines.push(info.lines);
      // the stream hands records over in microtasks: without this the whole file is one turn of the event loop
      if (rows.length % 2000 === 0) {
        onRows(rows.length - 1);
        await yieldTurn();
      }
      if (rows.length > MAX_ROWS + 1) {
        parser.destroy();
        throw new FileProblem('TOO_MANY_ROWS', `The file has more than ${MAX_ROWS} rows. Split it into smaller files.`);
      }
    }
    await feeding;
  } catch (error) {
    parser.destroy();
    if (error instanceof FileProblem) throw error;
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new FileProblem('MALFORMED', `The CSV file cannot be read${line ? ` at line ${line}` : ''}: ${csvMessage(error.code)}`);
    }
    throw error;
  }
  const [header = [], ...data] = rows;
  checkColumns(header);
  // the row number a user sees: the line where the record ends (its first line for a one-line record)
  return { format: 'csv', separator, header, rows: data.map((cells, i) => ({ row: lines[i + 1] ?? i + 2, cells })) };
}

function csvMessage(code: string): string {
  if (code === 'CSV_QUOTE_NOT_CLOSED') return 'a quoted cell is never closed.';
  if (code === 'CSV_MAX_RECORD_SIZE') return `a row is longer than ${MAX_COLUMNS * MAX_CELL} characters.`;
  if (code === 'CSV_INVALID_CLOSING_QUOTE' || code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE')
    return 'a quote is misplaced (write "" for a quote inside a quoted cell).';
  return 'it is not a valid CSV file.';
}

function checkColumns(header: string[]) {
  if (header.length > MAX_COLUMNS) throw new FileProblem('TOO_MANY_COLUMNS', `The file has ${header.length} columns; a register has at most ${MAX_COLUMNS}.`);
}

async function parseXlsx(body: Buffer, onRows: ParseProgress): Promise<ParsedFile> {
  // The zip's directory first: a broken zip or one that unpacks to gigabytes is refused unread.
  let unpacked = 0;
  let workbook = false;
  try {
    unzipSync(body, {
      filter: (file) => {
        unpacked += file.originalSize;
        if (file.name === 'xl/workbook.xml') workbook = true;
        return false;
      },
    });
  } catch {
    throw new FileProblem('MALFORMED', 'The file is not a valid Excel workbook (.xlsx).');
  }
  if (!workbook) throw new FileProblem('MALFORMED', 'The file is a zip archive but not an Excel workbook (.xlsx).');
  if (unpacked > MAX_XLSX_UNPACKED) throw new FileProblem('MALFORMED', 'The workbook is too large once unpacked. Save the register as CSV, or split it.');

  const rows: { row: number; cells: string[] }[] = [];
  let header: string[] | null = null;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(body), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
      entries: 'ignore',
    });
    // the first worksheet only: a register is one table
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = Array.isArray(row.values) ? row.values.slice(1) : [];
        if (values.length > MAX_COLUMNS) checkColumns(values.map(String));
        const cells = Array.from(values, cellText);
        if (!header) {
          header = cells;
          continue;
        }
        if (cells.every((c) => c.trim() === '')) continue;
        rows.push({ row: row.number, cells });
        if (rows.length % 2000 === 0) {
          onRows(rows.length);
          await yieldTurn();
        }
        if (rows.length > MAX_ROWS) throw new FileProblem('TOO_MANY_ROWS', `The file has more than ${MAX_ROWS} rows. Split it into smaller files.`);
      }
      break;
    }
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem('MALFORMED', 'The Excel workbook cannot be read: it is damaged or not an .xlsx file.');
  }
  return { format: 'xlsx', header: header ?? [], rows };
}

/** An Excel cell as the text a CSV would hold: numbers as written, dates as YYYY-MM-DD, a formula's result. */
function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return '';
}
