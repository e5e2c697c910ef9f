/**
 * The one-port Kente server: shell, composition.json, module registry and (from
 * the backend issue) /graphql. PORT (default 4000) and COMPOSITION (default
 * ./composition.json, read on every request).
 */
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStaticHandler } from './http/static.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env.PORT ?? 4000);
// pnpm runs scripts inside the package folder; INIT_CWD is where the user typed the command.
const invokedFrom = process.env.INIT_CWD ?? process.cwd();
const compositionPath = () => resolve(invokedFrom, process.env.COMPOSITION ?? 'composition.json');

const serveStatic = createStaticHandler({
  shellDir: resolve(repoRoot, 'shell/dist'),
  registryDir: resolve(repoRoot, 'registry/modules'),
  compositionPath,
});

const server = createServer((req, res) => {
  serveStatic(req, res)
    .then((handled) => {
      if (!handled) res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    })
    .catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal error');
    });
});

server.listen(port, () => {
  console.log(`Kente console on http://localhost:${port} (composition: ${compositionPath()})`);
});
