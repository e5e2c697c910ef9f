// Releases what changed: every module and pack (mf-*, lang-*, country-*) whose package.json
// version is not yet in the module registry is built and published there; the SDK packages
// (@kente/sdk, the contracts, @kente/create-module) whose version has no tarball yet are packed
// into the packages folder. A version already published is never overwritten (published files
// are immutable): it is skipped, and naming it explicitly is refused. Each released version needs
// its entry (`## <version>`) in the package's CHANGELOG.md.
// Usage: pnpm release [--registry <folder or http(s) URL>] [--packages <folder>] [name ...]
//   defaults: $KENTE_REGISTRY or registry/modules; $KENTE_PACKAGES or registry/packages.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { PublishRefused, publishModule } from '../sdk/dist/publish/publish.js';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (flag) => {
  const at = args.indexOf(flag);
  return at < 0 ? undefined : args.splice(at, 2)[1];
};
const registryArg = option('--registry') ?? process.env.KENTE_REGISTRY ?? join(root, 'registry/modules');
const registry = /^https?:\/\//.test(registryArg) ? registryArg : resolve(registryArg);
const packagesDir = resolve(option('--packages') ?? process.env.KENTE_PACKAGES ?? join(root, 'registry/packages'));
const named = new Set(args);

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const shortName = (pkg) => pkg.replace(/^@[^/]+\//, '');
const SDK_PACKAGES = ['sdk', 'contracts/core', 'contracts/policy', 'contracts/insuree', 'contracts/claim', 'create-module'];

const units = [
  ...readdirSync(root)
    .filter((d) => /^(mf|lang|country)-/.test(d) && existsSync(join(root, d, 'package.json')))
    .map((d) => ({ dir: join(root, d), kind: 'module' })),
  ...SDK_PACKAGES.map((d) => ({ dir: join(root, d), kind: 'package' })),
].map((unit) => {
  const pkg = readJson(join(unit.dir, 'package.json'));
  return { ...unit, pkg: pkg.name, name: shortName(pkg.name), version: pkg.version };
});
for (const name of named) {
  if (!units.some((u) => u.name === name || u.pkg === name)) {
    console.error(`release: no module, pack or SDK package is named ${name}`);
    process.exit(2);
  }
}
const chosen = named.size ? units.filter((u) => named.has(u.name) || named.has(u.pkg)) : units;

const tarballOf = (unit) => join(packagesDir, `${unit.pkg.replace(/^@/, '').replace('/', '-')}-${unit.version}.tgz`);
async function published(unit) {
  if (unit.kind === 'package') return existsSync(tarballOf(unit));
  if (!/^https?:\/\//.test(registry)) return existsSync(join(registry, unit.name, unit.version, 'kente-manifest.json'));
  const url = new URL(`${unit.name}/${unit.version}/kente-manifest.json`, registry.endsWith('/') ? registry : `${registry}/`);
  return (await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(30_000) }).catch(() => null))?.ok ?? false;
}
function changelogHas(unit) {
  const file = join(unit.dir, 'CHANGELOG.md');
  return existsSync(file) && new RegExp(`^## ${unit.version.replace(/\./g, '\\.')}\\b`, 'm').test(readFileSync(file, 'utf8'));
}

let failed = false;
const toRelease = [];
for (const unit of chosen) {
  if (await published(unit)) {
    if (named.size) {
      console.error(
        `release: refused: ${unit.name}@${unit.version} is already published; published versions are immutable: bump its version (and CHANGELOG.md) to release a change`,
      );
      failed = true;
    } else console.log(`release: ${unit.name}@${unit.version} already published, skipped`);
    continue;
  }
  if (!changelogHas(unit)) {
    console.error(`release: refused: ${unit.name}@${unit.version} has no "## ${unit.version}" entry in ${join(basename(unit.dir), 'CHANGELOG.md')}`);
    failed = true;
    continue;
  }
  toRelease.push(unit);
}
if (failed) process.exit(1);

const modules = toRelease.filter((u) => u.kind === 'module');
const packages = toRelease.filter((u) => u.kind === 'package');
if (modules.length) {
  const filters = modules.flatMap((u) => ['--filter', u.pkg]);
  execFileSync('pnpm', [...filters, 'run', 'build'], { cwd: root, stdio: 'inherit' });
}
for (const unit of modules) {
  try {
    const result = await publishModule({ distDir: join(unit.dir, 'dist'), registry });
    console.log(`release: published ${result.name}@${result.version} -> ${result.target}`);
  } catch (error) {
    console.error(`release: ${error instanceof PublishRefused ? 'refused: ' : ''}${error.message}`);
    failed = true;
  }
}
if (packages.length) {
  const staging = mkdtempSync(join(tmpdir(), 'kente-release-'));
  try {
    execFileSync('node', [join(root, 'scripts/pack-sdk.mjs'), '--out', staging], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('pnpm', ['pack', '--pack-destination', staging], { cwd: join(root, 'create-module'), stdio: ['ignore', 'ignore', 'inherit'] });
    mkdirSync(packagesDir, { recursive: true });
    for (const unit of packages) {
      const target = tarballOf(unit);
      const source = join(staging, basename(target));
      if (existsSync(target)) {
        console.error(`release: refused: ${basename(target)} is already in ${packagesDir}`);
        failed = true;
        continue;
      }
      copyFileSync(source, target);
      chmodSync(target, 0o444);
      console.log(`release: packed ${unit.pkg}@${unit.version} -> ${target}`);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
if (!toRelease.length) console.log('release: nothing to release (every version is published)');
process.exit(failed ? 1 : 0);
