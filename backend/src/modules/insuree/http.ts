/**
 * Card sheets of a batch of reserved insurance numbers (binary, so REST rather than GraphQL):
 *   GET /api/insuree/number-batches/:id/cards.pdf  A4 sheet(s), 3 x 8 QR codes per page, the number under each
 *   GET /api/insuree/number-batches/:id/cards.zip  one PNG per number + numbers.csv (number,region,batch,createdAt)
 * Signed in with the session cookie and right 101102 (insuree add); 401 / 403 / 404 otherwise.
 * GET only, no side effects, so no CSRF header is needed (a plain download link works).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { eq } from 'drizzle-orm';
import { zipSync } from 'fflate';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import QRCode from 'qrcode';
import type { ModuleConfig } from '../../config/module-config.js';
import type { Db } from '../../db/engine.js';
import { parseId } from '../../graphql/crud.js';
import { loadSession, readCookie, SESSION_COOKIE } from '../core/auth.js';
import { Rights } from '../core/rights.js';
import { locations } from '../location/tables.js';
import { insuranceNumberBatches, reservedNumbers } from './tables.js';

export interface InsureeHttpDeps {
  db: Db;
  moduleConfig: ModuleConfig;
}

const ROUTE = /^\/api\/insuree\/number-batches\/([^/]+)\/cards\.(pdf|zip)$/;

function send(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(body);
}

export async function handleInsureeHttp(req: IncomingMessage, res: ServerResponse, url: URL, deps: InsureeHttpDeps): Promise<boolean> {
  const match = ROUTE.exec(url.pathname);
  if (!match) {
    send(res, 404, 'Not found');
    return true;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    send(res, 405, 'Use GET.');
    return true;
  }
  const user = await loadSession(deps.db, readCookie(req.headers.cookie ?? null, SESSION_COOKIE));
  if (!user) {
    send(res, 401, 'You are not signed in, or your session has expired.');
    return true;
  }
  if (!user.rights.has(Rights.insureeAdd)) {
    send(res, 403, `You do not have the right to do this (right ${Rights.insureeAdd}).`);
    return true;
  }
  const id = parseId(match[1]);
  const [batch] = id ? await deps.db.select().from(insuranceNumberBatches).where(eq(insuranceNumberBatches.id, id)) : [];
  if (!batch) {
    send(res, 404, 'Batch not found.');
    return true;
  }
  const [region] = await deps.db.select({ name: locations.name, code: locations.code }).from(locations).where(eq(locations.id, batch.regionId));
  const numbers = (
    await deps.db
      .select({ number: reservedNumbers.number })
      .from(reservedNumbers)
      .where(eq(reservedNumbers.batchId, batch.id))
      .orderBy(reservedNumbers.position)
  ).map((r) => r.number);
  const name = `insurance-numbers-${batch.id}`;
  const kind = match[2] as 'pdf' | 'zip';
  const body =
    kind === 'pdf'
      ? await cardSheetPdf(numbers, `Batch ${batch.id} - ${region?.name ?? ''} - ${batch.createdAt.toISOString().slice(0, 10)}`)
      : await cardZip(numbers, { region: region?.name ?? '', batch: batch.id, createdAt: batch.createdAt.toISOString() });
  res.writeHead(200, {
    'content-type': kind === 'pdf' ? 'application/pdf' : 'application/zip',
    'content-disposition': `attachment; filename="${name}.${kind}"`,
    'content-length': String(body.length),
    'cache-control': 'private, no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : Buffer.from(body));
  return true;
}

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
      for (let y = 0; y < size; y++) {
        // runs of dark modules in a row become one rectangle
        let x = 0;
        while (x < size) {
          if (!qr.modules.get(y, x)) {
            x++;
            continue;
          }
          let end = x;
          while (end < size && qr.modules.get(y, end)) end++;
          page.drawRectangle({ x: x0 + x * module, y: yTop - (y + 1) * module, width: (end - x) * module, height: module, color: rgb(0, 0, 0) });
          x = end;
        }
      }
      const textSize = 10;
      const textWidth = font.widthOfTextAtSize(number, textSize);
      page.drawText(number, { x: cellX + (cellW - textWidth) / 2, y: cellTop - 2 * MM - qrSize - 4 * MM, size: textSize, font });
    });
    if (!numbers.length) break;
  }
  return pdf.save();
}

const csvCell = (value: string | number) => (/[",\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));

/** One PNG per number (<number>.png) and numbers.csv. PNGs are already compressed: stored, not deflated. */
export async function cardZip(numbers: string[], meta: { region: string; batch: number; createdAt: string }): Promise<Uint8Array> {
  const files: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {};
  const csv = ['number,region,batch,createdAt', ...numbers.map((n) => [n, meta.region, meta.batch, meta.createdAt].map(csvCell).join(','))].join('\n');
  files['numbers.csv'] = new TextEncoder().encode(`${csv}\n`);
  for (const number of numbers) {
    const png = await QRCode.toBuffer(number, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 8 });
    files[`${number}.png`] = [new Uint8Array(png), { level: 0 }];
  }
  return zipSync(files);
}
