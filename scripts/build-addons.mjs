// Builds the add-ons that live outside the pnpm workspace (addons/*), each from its own folder
// with its own package.json and lockfile, against the packed SDK only: packs the SDK
// (dist-sdk/), installs each add-on with npm (the registry + those tarballs), builds, tests and
// type-checks it, and publishes its console module to the local registry (registry/modules), as
// the workspace's dev build does for the modules. The lockfile pins every library; its @kente
// entries are the tarballs just packed, so they are resolved again each time (a changed SDK is
// taken, never a stale copy from the npm cache).
// Usage: node scripts/build-addons.mjs [addon ...]   (default: every folder of addons/)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { publishModule } from '../sdk/dist/publish/publish.js';

const root = resolve(import.meta.dirname, '..');
const registry = resolve(process.env.KENTE_REGISTRY ?? join(root, 'registry/modules'));
const npmCache = process.env.KENTE_NPM_CACHE ?? join(root, 'node_modules/.cache/kente-npm');
const names = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(join(root, 'addons')).filter((d) => existsSync(join(root, 'addons', d, 'package.json')));

const run = (command, args, cwd) => {
  console.log(`▶ ${command} ${args.join(' ')}   (${cwd})`);
  execFileSync(command, args, { cwd, stdio: 'inherit' });
};

run('node', [join(root, 'scripts/pack-sdk.mjs'), '--out', join(root, 'dist-sdk')], root);
for (const name of names) {
  const dir = join(root, 'addons', name);
  const lockFile = join(dir, 'package-lock.json');
  if (existsSync(lockFile)) {
    const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
    for (const key of Object.keys(lock.packages ?? {})) if (key.startsWith('node_modules/@kente/')) delete lock.packages[key];
    writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
  }
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--cache', npmCache], dir);
  run('npm', ['run', 'build'], dir);
  run('npm', ['test'], dir);
  run('npm', ['run', 'typecheck'], dir);
  const { name: moduleName, version, target } = await publishModule({ distDir: join(dir, 'dist'), registry, overwrite: true });
  console.log(`published ${moduleName}@${version} -> ${target}`);
}
