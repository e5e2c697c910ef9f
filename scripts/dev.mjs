#!/usr/bin/env node
// Dev mode: `pnpm dev <module>` (default mf-insuree) runs
//   - the one-port server (backend + module registry) on :4000 (run `pnpm build` once first),
//   - the shell's Vite dev server with hot reload on :5173 (proxies /graphql, /modules, /composition.json),
//   - the module's Vite dev server with hot reload on :5174,
// and prints the address that points the shell at the dev module (a development
// override, shown in a banner, cleared in one click). Ctrl-C stops all three.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const module = process.argv[2] ?? 'mf-insuree';
if (!existsSync(join(root, module, 'kente.manifest.ts'))) {
  console.error(`dev: no module folder ${module}/ with a kente.manifest.ts`);
  process.exit(2);
}
if (!existsSync(join(root, 'shell/dist')) || !existsSync(join(root, 'registry/modules'))) {
  console.error('dev: run `pnpm build` once first (the other modules come from the registry)');
  process.exit(2);
}

const children = [];
function launch(name, args, env = {}) {
  const child = spawn('pnpm', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      for (const line of String(chunk).split('\n')) if (line.trim()) console.log(`[${name}] ${line}`);
    });
  }
  child.on('exit', (code) => {
    console.log(`[${name}] exited with ${code}`);
    stop();
  });
  children.push(child);
}
function stop() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = 0;
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

launch('server', ['--filter', '@kente/backend', 'run', 'serve'], { PORT: '4000', KENTE_DEMO: '1', KENTE_DEV: '1' });
launch('shell', ['--filter', '@kente/shell', 'exec', 'vite', '--port', '5173', '--strictPort']);
launch(module, ['--filter', `@kente/${module}`, 'exec', 'vite', '--port', '5174', '--strictPort'], { PORT: '5174' });
console.log(`\nOpen http://localhost:5173/?kente-dev=${module}@http://localhost:5174/\n`);
