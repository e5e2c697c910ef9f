/**
 * Static half of the one-port server: the shell, /composition.json (re-read on
 * every request, so an edit takes effect on reload) and the module registry
 * /modules/<name>/<version>/... Federation entries and manifests are served
 * no-cache; hashed chunks are immutable. CORS is open for /modules so a console
 * on another origin can load modules from this registry.
 * index.html (and every client-side route) is the shell's page with its boot data
 * written into the `#kente-data` block (http/boot.ts createPageData): no-cache with
 * an ETag of the whole answer, so a repeat visit costs one 304 and no other request.
 * Text is compressed with brotli when the browser accepts it (-12 % on the sign-in
 * page's scripts against gzip): files at quality 11, once per file version, in the
 * background (gzip until it is ready); the page and /boot.json at quality 9 per answer.
 */
import { createHash } from 'node:crypto';
import { type FileHandle, open, readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, createGzip, gzipSync, constants as zlibConstants } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Files whose name changes with their content: cache forever. */
const hashedName = /[-.][A-Za-z0-9_-]{8,}\.(?:js|css|woff2|png|svg)$/;
const alwaysFresh = new Set(['remoteEntry.js', 'mf-manifest.json', 'kente-manifest.json', 'index.html', 'composition.json']);

export interface StaticOptions {
  shellDir: string;
  registryDir: string;
  /** Read on every request. */
  compositionPath: () => string;
  /** Dev mode (KENTE_DEV=1): index.html tells the shell, which then honours `?kente-dev=` overrides (loopback URLs only). */
  dev?: boolean;
  /** Where read errors are reported (default console.error). */
  log?: (message: string) => void;
  /** The JSON written into index.html's `#kente-data` block for this request (null: left empty, the shell fetches). */
  pageData?: (req: IncomingMessage) => Promise<string | null>;
}

export const DEV_META = '<meta name="kente-dev" content="1">';
/** The empty data block of the shell's index.html, which the server fills. */
export const DATA_BLOCK = '<script type="application/json" id="kente-data"></script>';

const brotli = promisify(brotliCompress);
/** Files compressed with brotli (at most 4 MB each), per path: the version (size, mtime) and, once ready, the bytes. */
const brotliFiles = new Map<string, { version: string; body?: Buffer }>();
const BROTLI_MAX_BYTES = 4 * 1024 * 1024;

const accepts = (req: IncomingMessage, coding: string) => new RegExp(`\\b${coding}\\b`).test(String(req.headers['accept-encoding'] ?? ''));

/** The brotli version of a file when it is ready; otherwise starts making it (in the thread pool) and returns undefined. */
function brotliFile(file: string, info: { size: number; mtimeMs: number }): Buffer | undefined {
  const version = `${info.size}-${info.mtimeMs}`;
  const known = brotliFiles.get(file);
  if (known?.version === version) return known.body;
  if (info.size > BROTLI_MAX_BYTES) return undefined;
  const entry: { version: string; body?: Buffer } = { version };
  brotliFiles.set(file, entry);
  readFile(file)
    .then((data) =>
      brotli(data, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: data.length } }).then((body) => {
        // Only if the file did not change meanwhile (a newer version replaced the entry).
        if (data.length === info.size) entry.body = body;
      }),
    )
    .catch(() => {
      if (brotliFiles.get(file) === entry) brotliFiles.delete(file);
    });
  return undefined;
}

/** Generated answers compressed, by ETag and coding: the same page is asked for again and again. */
const compressed = new Map<string, Buffer>();

/**
 * A generated answer (the page, /boot.json) compressed as the browser accepts: brotli 9,
 * else gzip 9; sets content-encoding. The last 32 are remembered by their ETag.
 */
export function compressFor(req: IncomingMessage, body: Buffer, headers: Record<string, string>, etag: string): Buffer {
  const coding = accepts(req, 'br') ? 'br' : accepts(req, 'gzip') ? 'gzip' : null;
  if (!coding) return body;
  headers['content-encoding'] = coding;
  const key = `${etag} ${coding}`;
  let out = compressed.get(key);
  if (!out) {
    out =
      coding === 'br'
        ? brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length } })
        : gzipSync(body, { level: 9 });
    if (compressed.size >= 32) compressed.clear();
    compressed.set(key, out);
  }
  return out;
}

function serverError(res: ServerResponse) {
  if (res.headersSent) res.destroy();
  else res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end('Internal error');
}

function cacheControl(file: string): string {
  const name = file.split(sep).pop() ?? '';
  if (alwaysFresh.has(name)) return 'no-cache';
  if (hashedName.test(name) || file.includes(`${sep}assets${sep}`)) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

/** Resolves a URL path inside a root folder, refusing anything that escapes it. */
function inside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = normalize(join(root, decoded));
  return full === root || full.startsWith(root + sep) ? full : null;
}

interface SendOptions {
  extraHeaders?: Record<string, string>;
  log: (message: string) => void;
}

/**
 * Sends a file, or returns false when there is none. The file is opened before the
 * status is written, so an unreadable file answers 500; a read error later ends the
 * response; a client that goes away destroys the stream, which closes the file.
 */
async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, options: SendOptions): Promise<boolean> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(file);
  } catch {
    return false;
  }
  if (!info.isFile()) return false;
  const type = types[extname(file)] ?? 'application/octet-stream';
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = { 'content-type': type, 'cache-control': cacheControl(file), etag, vary: 'accept-encoding', ...options.extraHeaders };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return true;
  }
  if (req.method === 'HEAD') {
    res.writeHead(200, { ...headers, 'content-length': String(info.size) }).end();
    return true;
  }
  const compressible = /^(text\/|application\/json|image\/svg)/.test(type) && info.size > 1024;
  const br = compressible && accepts(req, 'br') ? brotliFile(file, info) : undefined;
  if (br) {
    res.writeHead(200, { ...headers, 'content-encoding': 'br', 'content-length': String(br.length) }).end(br);
    return true;
  }
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    options.log(`static: cannot open ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    serverError(res);
    return true;
  }
  try {
    // The first block is read before the status line, so a file that cannot be read answers 500.
    const first = Buffer.alloc(Math.min(info.size, 64 * 1024));
    const { bytesRead } = await handle.read(first, 0, first.length, 0);
    const gzip = compressible && accepts(req, 'gzip');
    if (gzip) headers['content-encoding'] = 'gzip';
    else headers['content-length'] = String(info.size);
    res.writeHead(200, headers);
    const head = Readable.from([first.subarray(0, bytesRead)]);
    const rest = bytesRead < info.size ? [handle.createReadStream({ start: bytesRead, autoClose: false })] : [];
    const body = Readable.from(
      (async function* () {
        for (const part of [head, ...rest]) yield* part;
      })(),
    );
    await (gzip ? pipeline(body, createGzip({ level: 6 }), res) : pipeline(body, res));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A client that disconnects is not an error worth logging; the pipeline already closed the file.
    if (code !== 'ERR_STREAM_PREMATURE_CLOSE') options.log(`static: error sending ${file}: ${code ?? (error as Error).message}`);
    serverError(res);
  } finally {
    await handle.close().catch(() => {});
  }
  return true;
}

/**
 * The shell's page: index.html with the dev marker (dev mode) and this request's
 * boot data. Its ETag covers the whole answer; it varies with the session cookie,
 * whose presence decides whether the page says "signed out" itself.
 */
async function sendPage(req: IncomingMessage, res: ServerResponse, file: string, options: { dev: boolean; pageData?: StaticOptions['pageData'] }) {
  let html = (await readFile(file, 'utf8')).replace('<head>', options.dev ? `<head>${DEV_META}` : '<head>');
  const data = options.pageData ? await options.pageData(req) : null;
  if (data) html = html.replace(DATA_BLOCK, () => DATA_BLOCK.replace('></', `>${data}</`));
  const body = Buffer.from(html);
  const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
  const headers: Record<string, string> = { 'content-type': types['.html'] as string, 'cache-control': 'no-cache', etag, vary: 'accept-encoding, cookie' };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return;
  }
  const payload = compressFor(req, body, headers, etag);
  headers['content-length'] = String(payload.length);
  res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : payload);
}

function notFound(res: ServerResponse, headers: Record<string, string> = {}) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache', ...headers }).end('Not found');
}

/** Returns a handler that serves what it owns and answers false for anything else. */
export function createStaticHandler(options: StaticOptions) {
  const shellDir = resolve(options.shellDir);
  const registryDir = resolve(options.registryDir);
  const log = options.log ?? ((message: string) => console.error(message));
  const indexHtml = join(shellDir, 'index.html');
  const page = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    try {
      await sendPage(req, res, indexHtml, { dev: options.dev === true, pageData: options.pageData });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return false;
      log(`static: cannot send ${indexHtml}: ${code ?? (error as Error).message}`);
      serverError(res);
    }
    return true;
  };
  const send = (req: IncomingMessage, res: ServerResponse, file: string, extraHeaders?: Record<string, string>) =>
    file === indexHtml ? page(req, res) : sendFile(req, res, file, { extraHeaders, log });
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = new URL(req.url ?? '/', 'http://local').pathname;
    if (path === '/composition.json') {
      try {
        const text = await readFile(options.compositionPath(), 'utf8');
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' }).end(req.method === 'HEAD' ? undefined : text);
      } catch (error) {
        res
          .writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' })
          .end(`composition file unreadable: ${(error as Error).message}`);
      }
      return true;
    }
    if (path.startsWith('/modules/')) {
      const cors = { 'access-control-allow-origin': '*' };
      const file = inside(registryDir, path.slice('/modules/'.length));
      if (!file || !(await send(req, res, file, cors))) notFound(res, cors);
      return true;
    }
    const file = inside(shellDir, path === '/' ? '/index.html' : path);
    if (file && (await send(req, res, file))) return true;
    if (path.startsWith('/assets/') || extname(path)) {
      notFound(res);
      return true;
    }
    // Client-side routes: the shell decides what to show, including its not-found page.
    return page(req, res);
  };
}
