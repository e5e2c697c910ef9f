/**
 * Card sheets of a batch of reserved insurance numbers (binary, so REST rather than GraphQL):
 *   GET /api/insuree/number-batches/:id.:signature/cards.pdf  A4 sheet(s), 3 x 8 QR codes per page, the number under each
 *   GET /api/insuree/number-batches/:id.:signature/cards.zip  one PNG per number + numbers.csv (number,region,batch,createdAt)
 * Signed in with the session cookie, right 101102 (insuree add) and the batch's region in the user's
 * area; 401 / 403 / 404 otherwise.
 * GET only, no side effects, so no CSRF header is needed (a plain download link works).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { crc32, deflateSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { zipSync } from 'fflate';
import { fill, PDFDocument, popGraphicsState, pushGraphicsState, rectangle, rgb, StandardFonts, setFillingGrayscaleColor } from 'pdf-lib';
import QRCode from 'qrcode';
import type { HttpHandler } from '../../platform/domain.js';
import { loadInScope } from '../../platform/scope.js';
import { loadSession, readCookie, SESSION_COOKIE } from '../core/auth.js';
import { Rights } from '../core/rights.js';
import { locations } from '../location/tables.js';
import { insuranceNumberBatches, reservedNumbers } from './tables.js';

const ROUTE = /^\/number-batches\/(\d{1,9})\.([A-Za-z0-9_-]{22})\/cards\.(pdf|zip)$/;

/**
 * Download URLs carry a signature of the batch id, so ids cannot be walked; the key lives in
 * the process (KENTE_URL_SECRET to share it between processes): links from before a restart
 * are refreshed by reloading the page that shows them.
 */
const secret = process.env.KENTE_URL_SECRET || randomBytes(32).toString('hex');
const signature = (id: number) => createHmac('sha256', secret).update(`insurance-number-batch:${id}`).digest('base64url').slice(0, 22);

/** The download path of a batch's card sheet. */
export function batchUrl(id: number, kind: 'pdf' | 'zip'): string {
  return `/api/insuree/number-batches/${id}.${signature(id)}/cards.${kind}`;
}

function send(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(body);
}

export const handleInsureeHttp: HttpHandler = async (req, res, _url, rest, deps) => {
  const match = ROUTE.exec(rest);
  const id = match ? Number(match[1]) : 0;
  const given = Buffer.from(match?.[2] ?? '');
  const expected = Buffer.from(signature(id));
  if (!match || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    send(res, 404, 'Not found');
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    send(res, 405, 'Use GET.');
    return;
  }
  const user = await loadSession(deps.db, readCookie(req.headers.cookie ?? null, SESSION_COOKIE));
  if (!user) {
    send(res, 401, 'You are not signed in, or your session has expired.');
    return;
  }
  if (!user.rights.has(Rights.insureeAdd)) {
    send(res, 403, `You do not have the right to do this (right ${Rights.insureeAdd}).`);
    return;
  }
  // Only users whose area covers the batch's region download it (a national user any batch).
  const batch = await loadInScope(
    { db: deps.db, user },
    'InsuranceNumberBatch',
    async (batchId) => (await deps.db.select().from(insuranceNumberBatches).where(eq(insuranceNumberBatches.id, batchId)))[0] ?? null,
    id,
  );
  if (!batch) {
    send(res, 404, 'Batch not found.');
    return;
  }
  const kind = match[3] as 'pdf' | 'zip';
  const headers = {
    'content-type': kind === 'pdf' ? 'application/pdf' : 'application/zip',
    'content-disposition': `attachment; filename="insurance-numbers-${batch.id}.${kind}"`,
    'cache-control': 'private, no-store',
  };
  // HEAD answers from the batch row: building a sheet costs seconds of CPU.
  if (req.method === 'HEAD') {
    res.writeHead(200, headers).end();
    return;
  }
  const [region] = await deps.db.select({ name: locations.name, code: locations.code }).from(locations).where(eq(locations.id, batch.regionId));
  const numbers = (
    await deps.db
      .select({ number: reservedNumbers.number })
      .from(reservedNumbers)
      .where(eq(reservedNumbers.batchId, batch.id))
      .orderBy(reservedNumbers.position)
  ).map((r) => r.number);
  const body =
    kind === 'pdf'
      ? await cardSheetPdf(numbers, `Batch ${batch.id} - ${region?.name ?? ''} - ${batch.createdAt.toISOString().slice(0, 10)}`)
      : await cardZip(numbers, { region: region?.name ?? '', batch: batch.id, createdAt: batch.createdAt.toISOString() });
  res.writeHead(200, { ...headers, 'content-length': String(body.length) }).end(Buffer.from(body));
};

/** PDF points per millimetre. */
const MM = 72 / 25.4;
/** A4 pages, 3 columns x 8 rows; each QR code drawn as vector squares (crisp at any printer resolution). */
export async function cardSheetPdf(numbers: string[], title: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Insurance numbers: ${title}`);
  pdf.setCreator('Kente');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const [width, height] = [210 * MM, 297 * MM];
  const cols = 3;
  const rows = 8;
  const margin = 10 * MM;
  const cellW = (width - 2 * margin) / cols;
  const cellH = (height - 2 * margin - 6 * MM) / rows;
  const qrSize = cellH - 9 * MM;
  const perPage = cols * rows;
  for (let start = 0; start < numbers.length || start === 0; start += perPage) {
    const page = pdf.addPage([width, height]);
    page.drawText(`${title}  (page ${start / perPage + 1} of ${Math.max(1, Math.ceil(numbers.length / perPage))})`, {
      x: margin,
      y: height - margin,
      size: 8,
      font,
      color: rgb(0.3, 0.3, 0.3),
    });
    numbers.slice(start, start + perPage).forEach((number, i) => {
      const col = i % cols;
      const row = Math.floor(i / cols);
      const cellX = margin + col * cellW;
      const cellTop = height - margin - 6 * MM - row * cellH;
      const qr = QRCode.create(number, { errorCorrectionLevel: 'M' });
      const size = qr.modules.size;
      const quiet = 2;
      const module = qrSize / (size + 2 * quiet);
      const x0 = cellX + (cellW - qrSize) / 2 + quiet * module;
      const yTop = cellTop - 2 * MM - quiet * module;
      // raw operators, one fill per code: runs of dark modules in a row become one rectangle
      const ops = [pushGraphicsState(), setFillingGrayscaleColor(0)];
      for (let y = 0; y < size; y++) {
        let x = 0;
        while (x < size) {
          if (!qr.modules.get(y, x)) {
            x++;
            continue;
          }
          let end = x;
          while (end < size && qr.modules.get(y, end)) end++;
          ops.push(rectangle(x0 + x * module, yTop - (y + 1) * module, (end - x) * module, module));
          x = end;
        }
      }
      ops.push(fill(), popGraphicsState());
      page.pushOperators(...ops);
      const textSize = 10;
      const textWidth = font.widthOfTextAtSize(number, textSize);
      page.drawText(number, { x: cellX + (cellW - textWidth) / 2, y: cellTop - 2 * MM - qrSize - 4 * MM, size: textSize, font });
    });
    if (!numbers.length) break;
    await yieldToLoop();
  }
  return pdf.save();
}

const csvCell = (value: string | number) => (/[",\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));

/** Lets other requests run between chunks of CPU work (a 1000-number sheet takes about a second). */
const yieldToLoop = () => new Promise<void>((done) => setImmediate(done));

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * The QR code of `text` as a 1-bit grayscale PNG (black modules of `scale` pixels, a quiet zone
 * of 4 modules). Written directly: about 30 times faster than the qrcode package's PNG encoder.
 */
export function qrPng(text: string, scale = 8, quiet = 4): Buffer {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const modules = qr.modules.size;
  const side = (modules + 2 * quiet) * scale;
  const rowBytes = Math.ceil(side / 8);
  const raw = Buffer.alloc((rowBytes + 1) * side, 0);
  for (let py = 0; py < side; py++) {
    const offset = py * (rowBytes + 1);
    raw[offset] = 0; // filter: none
    const my = Math.floor(py / scale) - quiet;
    for (let px = 0; px < side; px++) {
      const mx = Math.floor(px / scale) - quiet;
      const dark = my >= 0 && my < modules && mx >= 0 && mx < modules && qr.modules.get(my, mx);
      // 1 = white in grayscale
      if (!dark) raw[offset + 1 + (px >> 3)] = (raw[offset + 1 + (px >> 3)] ?? 0) | (0x80 >> (px & 7));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // grayscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** One PNG per number (<number>.png) and numbers.csv. PNGs are already compressed: stored, not deflated. */
export async function cardZip(numbers: string[], meta: { region: string; batch: number; createdAt: string }): Promise<Uint8Array> {
  const files: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {};
  const csv = ['number,region,batch,createdAt', ...numbers.map((n) => [n, meta.region, meta.batch, meta.createdAt].map(csvCell).join(','))].join('\n');
  files['numbers.csv'] = new TextEncoder().encode(`${csv}\n`);
  for (const [i, number] of numbers.entries()) {
    files[`${number}.png`] = [new Uint8Array(qrPng(number)), { level: 0 }];
    if (i % 50 === 49) await yieldToLoop();
  }
  return zipSync(files);
}
