/**
 * Routes under /api/<domain>/ come from the domain's `http` handler; app.ts calls
 * `handleDomainHttp` once for every /api/ path.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Domain, HttpDeps } from './domain.js';

/** Answers /api/<domain>/...; false for any other path (and for a domain without routes: 404). */
export async function handleDomainHttp(domains: readonly Domain[], req: IncomingMessage, res: ServerResponse, url: URL, deps: HttpDeps): Promise<boolean> {
  const match = /^\/api\/([a-z][a-z0-9-]*)(\/.*)?$/.exec(url.pathname);
  if (!match) return false;
  const domain = domains.find((d) => d.name === match[1]);
  if (!domain?.http) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end('Not found');
    return true;
  }
  await domain.http(req, res, url, match[2] ?? '/', deps);
  return true;
}

/** Reads the request body, or null when it is larger than the limit. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}
