/**
 * Issue 12: a 200,000-row export never holds every row. The real writers (platform/reportOutput.ts)
 * are fed a report whose rows are generated one at a time (as keyset batches come from the
 * database) and write to a slow consumer; the heap is sampled as rows go out and must stay within a
 * bound far below what the rows (or the file) would take at once. Also: the kit's keyset reader asks
 * for the next batch only after the previous one was consumed.
 */
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { defineReport, keysetRows, type ReportCtx, type ReportRow } from '../src/platform/report.js';
import { writeReport } from '../src/platform/reportOutput.js';

const ROWS = 200_000;

const row = (i: number): ReportRow => ({
  code: `CL${String(i).padStart(7, '0')}`,
  facility: `Facility number ${i % 1000} of the generated scheme, a long enough name`,
  visit: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
  claimed: ((i % 100000) / 7).toFixed(2),
  lines: i % 9,
  rate: (i % 100) / 100,
});

const synthetic = (n: number) =>
  defineReport({
    name: 'big_synthetic',
    right: 131213,
    title: { en: 'Big', fr: 'Gros' },
    params: [],
    columns: [
      { key: 'code', type: 'text', label: { en: 'Code', fr: 'Code' } },
      { key: 'facility', type: 'text', label: { en: 'Facility', fr: 'Formation' } },
      { key: 'visit', type: 'date', label: { en: 'Visit', fr: 'Visite' } },
      { key: 'claimed', type: 'money', label: { en: 'Claimed', fr: 'Réclamé' } },
      { key: 'lines', type: 'integer', label: { en: 'Lines', fr: 'Lignes' } },
      { key: 'rate', type: 'percent', label: { en: 'Rate', fr: 'Taux' } },
    ],
    async *rows() {
      for (let i = 0; i < n; i++) yield row(i);
    },
  });
const big = synthetic(ROWS);

const ctx = { lang: 'en' } as ReportCtx; // the synthetic report reads nothing from the context

/** A consumer that reads slower than the writer produces (so back-pressure matters) and keeps only a byte count. */
function slowSink(): { sink: Writable; bytes: () => number; head: () => Buffer } {
  let bytes = 0;
  let head = Buffer.alloc(0);
  let calls = 0;
  const sink = new Writable({
    highWaterMark: 64 * 1024,
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (head.length < 4096) head = Buffer.concat([head, chunk]).subarray(0, 4096);
      if (++calls % 50 === 0) setTimeout(done, 1);
      else done();
    },
  });
  return { sink, bytes: () => bytes, head: () => head };
}

async function measure(format: 'csv' | 'xlsx', report = big) {
  const { sink, bytes, head } = slowSink();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const rows = await writeReport(format, ctx, report, {}, sink, {
    schemeName: 'Scheme',
    currency: 'TZS',
    shownParams: [],
    onRows: () => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    },
  });
  return { rows, bytes: bytes(), growthMb: (peak - baseline) / 1024 / 1024, head: head() };
}

describe('report outputs stream with bounded memory', () => {
  it(`CSV of ${ROWS.toLocaleString('en')} rows`, async () => {
    const { rows, bytes, growthMb, head } = await measure('csv');
    expect(rows).toBe(ROWS);
    expect(head.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    // the file is about 20 MB; its rows in memory at once would take several times that
    expect(bytes).toBeGreaterThan(19 * 1024 * 1024);
    expect(growthMb).toBeLessThan(48);
  }, 180_000);

  it(`XLSX of ${(ROWS / 2).toLocaleString('en')} rows`, async () => {
    const { rows, bytes, growthMb } = await measure('xlsx', synthetic(ROWS / 2));
    expect(rows).toBe(ROWS / 2);
    expect(bytes).toBeGreaterThan(3 * 1024 * 1024);
    expect(growthMb).toBeLessThan(64);
  }, 300_000);

  it('an XLSX has typed cells and the totals-free row count', async () => {
    const small = synthetic(3);
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _e, done) {
        chunks.push(chunk);
        done();
      },
    });
    await writeReport('xlsx', ctx, small, {}, sink, { schemeName: 'Scheme', currency: 'TZS', shownParams: [['From', '2026-01-01']] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Code', 'Facility', 'Visit', 'Claimed (TZS)', 'Lines', 'Rate']);
    expect(sheet?.getRow(3).getCell(3).value).toEqual(new Date(Date.UTC(2026, 1, 2)));
    expect(sheet?.getRow(3).getCell(4).value).toBe(0.14);
    expect(sheet?.getRow(3).getCell(6).numFmt).toBe('0.0%');
    expect(sheet?.rowCount).toBe(4);
  });

  it('keysetRows asks for the next batch only when the previous one is consumed, and stops at a short batch', async () => {
    const asked: (number | null)[] = [];
    const source = keysetRows<{ id: number } & ReportRow>(async (after, limit) => {
      asked.push(after?.id ?? null);
      const start = (after?.id ?? 0) + 1;
      const end = Math.min(start + limit - 1, 2500);
      return Array.from({ length: Math.max(0, end - start + 1) }, (_, i) => ({ id: start + i }));
    });
    const iterator = source[Symbol.asyncIterator]();
    await iterator.next();
    expect(asked).toEqual([null]);
    let n = 1;
    while (!(await iterator.next()).done) n++;
    expect(n).toBe(2500);
    expect(asked).toEqual([null, 1000, 2000]);
  });
});
