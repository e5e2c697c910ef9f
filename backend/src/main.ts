/**
 * The one-port Kente server: /graphql (the backend), the shell, composition.json
 * and the module registry. HOST (default 127.0.0.1; 0.0.0.0 in a container or
 * behind a proxy), PORT (default 4000; 0 = any free port), COMPOSITION (default
 * ./composition.json, read on every request), DATABASE_URL (PostgreSQL; without
 * it the embedded PGlite in KENTE_DATA_DIR, default <repo>/.data), KENTE_DEMO=1
 * (demo users and data on an empty database; without it one administrator),
 * KENTE_DEV=1 (dev mode: `?kente-dev=` overrides from loopback URLs), KENTE_ADDONS (backend
 * add-ons to load: comma-separated ES module files, relative to where the command was typed),
 * KENTE_STATEMENT_TIMEOUT_MS (default 15000), KENTE_SHUTDOWN_MS (default 10000).
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGE_COOKIE } from '@kente/sdk/contract';
import { createBackend, prepareDatabase } from './app.js';
import { createModuleConfig } from './config/module-config.js';
import { createBootHandler, createPageData } from './http/boot.js';
import { createSecurityHeaders } from './http/security.js';
import { createStaticHandler } from './http/static.js';
import { readCookie, SESSION_COOKIE } from './modules/core/auth.js';
import { addDomains, domains } from './modules/index.js';
import { addonFiles, loadAddons } from './platform/addons.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST || '127.0.0.1';
const dev = process.env.KENTE_DEV === '1';
const statementTimeoutMs = Number(process.env.KENTE_STATEMENT_TIMEOUT_MS ?? 15_000);
const shutdownMs = Number(process.env.KENTE_SHUTDOWN_MS ?? 10_000);
// pnpm runs scripts inside the package folder; INIT_CWD is where the user typed the command.
const invokedFrom = process.env.INIT_CWD ?? process.cwd();
const compositionPath = () => resolve(invokedFrom, process.env.COMPOSITION ?? 'composition.json');

const registryDir = resolve(repoRoot, 'registry/modules');
const shellDir = resolve(repoRoot, 'shell/dist');
const serveStatic = createStaticHandler({
  shellDir,
  registryDir,
  compositionPath,
  dev,
  // index.html carries the boot data (and "signed out" for a visitor without a session cookie).
  pageData: createPageData({
    compositionPath,
    registryDir,
    backendDomains: domains,
    hasSession: (req) => readCookie(req.headers.cookie ?? null, SESSION_COOKIE) !== null,
    // A language code needs no decoding; anything else is not one (boot.ts checks).
    language: (req) => readCookie(req.headers.cookie ?? null, LANGUAGE_COOKIE),
  }),
});
const securityHeaders = createSecurityHeaders({ compositionPath, registryDir, shellIndexPath: resolve(shellDir, 'index.html'), dev });

let addons: Awaited<ReturnType<typeof loadAddons>>;
try {
  addons = await loadAddons(addonFiles(process.env.KENTE_ADDONS, invokedFrom));
  addDomains(addons.map((addon) => addon.domain));
} catch (error) {
  console.error(`Kente could not load its add-ons: ${(error as Error).message}`);
  process.exit(1);
}

let database: Awaited<ReturnType<typeof prepareDatabase>>;
try {
  database = await prepareDatabase({
    addons,
    dataDir: process.env.KENTE_DATA_DIR ? resolve(invokedFrom, process.env.KENTE_DATA_DIR) : undefined,
    statementTimeoutMs,
  });
} catch (error) {
  console.error(`Kente could not open its database: ${(error as Error).message}`);
  process.exit(1);
}
const serveBoot = createBootHandler({ compositionPath, registryDir, backendDomains: domains });
const backend = createBackend(database, { moduleConfig: createModuleConfig({ compositionPath, registryDir }) });

let inFlight = 0;
let drained: (() => void) | undefined;
const server = createServer((req, res) => {
  inFlight++;
  res.once('close', () => {
    inFlight--;
    if (inFlight === 0) drained?.();
  });
  const requestId = randomUUID();
  res.setHeader('x-request-id', requestId);
  for (const [name, value] of Object.entries(securityHeaders())) res.setHeader(name, value);
  if (stopping) res.setHeader('connection', 'close');
  backend
    .handle(req, res)
    .then((handled) => handled || serveBoot(req, res))
    .then((handled) => handled || serveStatic(req, res))
    .then((handled) => {
      if (!handled) res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    })
    .catch((error: unknown) => {
      // The message only: errors from the database can carry SQL parameters (personal data).
      const err = error as { name?: string; code?: unknown };
      console.error(`[${requestId}] request failed: ${err.name ?? 'Error'}${typeof err.code === 'string' ? ` ${err.code}` : ''}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal error');
      else res.destroy();
    });
});
// A request that never finishes sending cannot hold a connection forever.
server.requestTimeout = 60_000;
server.headersTimeout = 20_000;

server.listen(port, host, () => {
  const actual = (server.address() as AddressInfo).port;
  const where = database.engine === 'pglite' ? `PGlite in ${database.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  const shown = host === '0.0.0.0' || host === '::' || host === '127.0.0.1' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  console.log(
    `Kente console on http://${shown}:${actual} (listening on ${host}; composition: ${compositionPath()}; database: ${where}${dev ? '; dev mode' : ''})`,
  );
});

let stopping = false;
/** Stops accepting, lets requests in flight finish (at most KENTE_SHUTDOWN_MS), closes the database, exits. */
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: shutting down (${inFlight} request(s) in flight)`);
  server.close();
  server.closeIdleConnections();
  const deadline = setTimeout(() => {
    console.error(`Requests still running after ${shutdownMs} ms: closing them.`);
    server.closeAllConnections();
    drained?.();
  }, shutdownMs);
  if (inFlight > 0) await new Promise<void>((done) => (drained = done));
  clearTimeout(deadline);
  // If the database does not close in time either, exit anyway: a supervisor must never wait on us.
  const hardStop = setTimeout(() => process.exit(1), 5000);
  hardStop.unref();
  await database.close().catch((error: unknown) => console.error(`closing the database: ${(error as Error).message}`));
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
