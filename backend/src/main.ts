/**
 * The one-port Kente server: /graphql (the backend), the shell, composition.json
 * and the module registry. PORT (default 4000; 0 = any free port), COMPOSITION
 * (default ./composition.json, read on every request), DATABASE_URL (PostgreSQL;
 * without it the embedded PGlite in KENTE_DATA_DIR, default <repo>/.data).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend, prepareDatabase } from './app.js';
import { createModuleConfig } from './config/module-config.js';
import { createBootHandler } from './http/boot.js';
import { createStaticHandler } from './http/static.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env.PORT ?? 4000);
// pnpm runs scripts inside the package folder; INIT_CWD is where the user typed the command.
const invokedFrom = process.env.INIT_CWD ?? process.cwd();
const compositionPath = () => resolve(invokedFrom, process.env.COMPOSITION ?? 'composition.json');

const registryDir = resolve(repoRoot, 'registry/modules');
const serveStatic = createStaticHandler({
  shellDir: resolve(repoRoot, 'shell/dist'),
  registryDir,
  compositionPath,
});

let database: Awaited<ReturnType<typeof prepareDatabase>>;
try {
  database = await prepareDatabase({ dataDir: process.env.KENTE_DATA_DIR ? resolve(invokedFrom, process.env.KENTE_DATA_DIR) : undefined });
} catch (error) {
  console.error(`Kente could not open its database: ${(error as Error).message}`);
  process.exit(1);
}
const serveBoot = createBootHandler({ compositionPath, registryDir });
const backend = createBackend(database, { moduleConfig: createModuleConfig({ compositionPath, registryDir }) });

const server = createServer((req, res) => {
  backend
    .handle(req, res)
    .then((handled) => handled || serveBoot(req, res))
    .then((handled) => handled || serveStatic(req, res))
    .then((handled) => {
      if (!handled) res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    })
    .catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal error');
    });
});

server.listen(port, () => {
  const actual = (server.address() as AddressInfo).port;
  const where = database.engine === 'pglite' ? `PGlite in ${database.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  console.log(`Kente console on http://localhost:${actual} (composition: ${compositionPath()}; database: ${where})`);
});

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: shutting down`);
  server.closeAllConnections();
  server.close();
  await database.close().catch((error: unknown) => console.error(error));
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
