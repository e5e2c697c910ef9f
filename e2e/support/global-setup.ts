/**
 * Publishes the fixture versions the journeys compose, next to the real ones:
 *   mf-reports 0.2.0        another build of mf-reports (version swap)
 *   mf-faulty 0.1.0         built by `pnpm build`: a page and a panel that throw
 *   mf-faulty 0.1.0-nocode  a manifest whose code is missing (404)
 *   mf-faulty 0.1.0-hang    a manifest whose code server never answers
 *   mf-reports 0.3.0-throws mf-reports 0.1.0's manifest, whose remoteEntry.js throws (fallback journeys)
 * and starts that never-answering server.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { HANG_PORT, registry, repoRoot, runtimeComposition } from './paths.ts';

function publishManifestOnly(version: string, federationEntry?: string) {
  const source = JSON.parse(readFileSync(join(registry, 'mf-faulty/0.1.0/kente-manifest.json'), 'utf8'));
  const target = join(registry, 'mf-faulty', version);
  mkdirSync(target, { recursive: true });
  const manifest = { ...source, version, federation: { ...source.federation, ...(federationEntry ? { entry: federationEntry } : {}) } };
  writeFileSync(join(target, 'kente-manifest.json'), JSON.stringify(manifest, null, 2));
  cpSync(join(registry, 'mf-faulty/0.1.0/locales'), join(target, 'locales'), { recursive: true });
}

/** `from`'s manifest and federation manifest at version `version`, with a remoteEntry.js that throws when it runs. */
function publishThrowingEntry(name: string, from: string, version: string) {
  const source = join(registry, name, from);
  const target = join(registry, name, version);
  mkdirSync(target, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(source, 'kente-manifest.json'), 'utf8'));
  writeFileSync(join(target, 'kente-manifest.json'), JSON.stringify({ ...manifest, version }, null, 2));
  cpSync(join(source, 'mf-manifest.json'), join(target, 'mf-manifest.json'));
  cpSync(join(source, 'locales'), join(target, 'locales'), { recursive: true });
  writeFileSync(join(target, 'remoteEntry.js'), `throw new Error('${name} ${version} breaks while its entry loads (e2e fixture)');\n`);
}

export default async function globalSetup() {
  for (const needed of ['mf-reports/0.1.0', 'mf-faulty/0.1.0', 'lang-fr/0.1.0', 'lang-sw/0.1.0']) {
    if (!existsSync(join(registry, needed, 'kente-manifest.json'))) throw new Error(`${needed} is not published: run \`pnpm build\` first`);
  }
  if (!existsSync(join(registry, 'mf-reports/0.2.0/kente-manifest.json'))) {
    const vite = join(repoRoot, 'mf-reports/node_modules/.bin/vite');
    execFileSync(vite, ['build', '--outDir', join(registry, 'mf-reports/0.2.0'), '--logLevel', 'warn'], {
      cwd: join(repoRoot, 'mf-reports'),
      env: { ...process.env, KENTE_MODULE_VERSION: '0.2.0' },
      stdio: 'inherit',
    });
  }
  publishThrowingEntry('mf-reports', '0.1.0', '0.3.0-throws');
  publishManifestOnly('0.1.0-nocode');
  publishManifestOnly('0.1.0-hang', `http://127.0.0.1:${HANG_PORT}/mf-manifest.json`);
  mkdirSync(dirname(runtimeComposition), { recursive: true });
  writeFileSync(runtimeComposition, readFileSync(join(repoRoot, 'composition.json')));

  const sockets = new Set<Socket>();
  const hang = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => hang.listen(HANG_PORT, '127.0.0.1', resolve));
  return async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => hang.close(resolve));
  };
}
