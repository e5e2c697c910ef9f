/**
 * GET /boot.json: composition.json together with the manifests of the modules and
 * packs it names, in one response, so the shell's first screen pays one round trip
 * for them instead of two in a row (composition, then every manifest). On a 300 ms
 * link that is the difference between the sign-in page and a blank one.
 *
 *   { "composition": "<composition.json as text>", "manifests": { "<baseUrl>": <kente-manifest.json> } }
 *
 * The composition is passed as text so the shell reports a broken file exactly as
 * when it fetches it itself. Only manifests this server holds in its registry are
 * included (entries without a `url`); anything missing, unreadable or elsewhere is
 * left out and the shell fetches it itself, with the same error reporting as before.
 * Re-read on every request (an implementer's edit applies on reload); an ETag lets a
 * repeat visit revalidate with a 304 and no body.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BOOT_PATH = '/boot.json';

export interface BootOptions {
  /** Path of composition.json, resolved per request. */
  compositionPath: () => string;
  /** The module registry folder (<repo>/registry/modules). */
  registryDir: string;
}

export interface BootPayload {
  composition: string;
  manifests: Record<string, unknown>;
}

const safeSegment = (value: unknown): value is string => typeof value === 'string' && /^[a-z0-9][a-z0-9._-]*$/i.test(value) && !value.includes('..');

/** The entries whose manifest this server serves: /modules/<name>/<version>/. */
function registryEntries(compositionText: string): Array<{ name: string; version: string }> {
  let data: unknown;
  try {
    data = JSON.parse(compositionText);
  } catch {
    return [];
  }
  if (!data || typeof data !== 'object') return [];
  const { modules, packs } = data as { modules?: unknown; packs?: unknown };
  const entries: Array<{ name: string; version: string }> = [];
  for (const list of [modules, packs]) {
    if (!Array.isArray(list)) continue;
    for (const entry of list as Array<{ name?: unknown; version?: unknown; url?: unknown }>) {
      if (!entry || entry.url !== undefined || !safeSegment(entry.name) || !safeSegment(entry.version)) continue;
      entries.push({ name: entry.name, version: entry.version });
    }
  }
  return entries;
}

/** Reads composition.json and the manifests it names; throws when composition.json is unreadable. */
export async function readBoot(options: BootOptions): Promise<BootPayload> {
  const composition = await readFile(options.compositionPath(), 'utf8');
  const read = await Promise.all(
    registryEntries(composition).map(async ({ name, version }): Promise<[string, unknown] | null> => {
      try {
        const text = await readFile(join(options.registryDir, name, version, 'kente-manifest.json'), 'utf8');
        return [`/modules/${name}/${version}/`, JSON.parse(text)];
      } catch {
        // Left for the shell to fetch and report (404, invalid JSON) as it always has.
        return null;
      }
    }),
  );
  // In the composition's order, whatever order the reads finished in: the same files give the same ETag.
  return { composition, manifests: Object.fromEntries(read.filter((entry) => entry !== null)) };
}

/** Answers GET/HEAD /boot.json; returns false for any other request. */
export function createBootHandler(options: BootOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || new URL(req.url ?? '/', 'http://local').pathname !== BOOT_PATH) return false;
    let body: Buffer;
    try {
      body = Buffer.from(JSON.stringify(await readBoot(options)));
    } catch (error) {
      res
        .writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' })
        .end(`composition file unreadable: ${(error as Error).message}`);
      return true;
    }
    const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache', etag, vary: 'accept-encoding' };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return true;
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const payload = gzip ? gzipSync(body, { level: 9 }) : body;
    if (gzip) headers['content-encoding'] = 'gzip';
    headers['content-length'] = String(payload.length);
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : payload);
    return true;
  };
}
