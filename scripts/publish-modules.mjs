// Publishes every built module and pack to the local module registry:
// registry/modules/<name>/<version>/ (what the server serves at /modules/).
// Other versions already there stay, so a composition can point back to them.
// Usage: node scripts/publish-modules.mjs [package-dir ...]   (default: all)
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const registry = resolve(process.env.KENTE_REGISTRY ?? join(root, 'registry/modules'));
const candidates = process.argv.slice(2).length
  ? process.argv.slice(2).map((d) => resolve(d))
  : [
      ...readdirSync(root)
        .filter((d) => /^(mf|lang|country)-/.test(d))
        .map((d) => join(root, d)),
      ...(existsSync(join(root, 'e2e/fixtures')) ? readdirSync(join(root, 'e2e/fixtures')).map((d) => join(root, 'e2e/fixtures', d)) : []),
    ];

let published = 0;
for (const dir of candidates) {
  const manifestFile = join(dir, 'dist/kente-manifest.json');
  if (!existsSync(manifestFile)) {
    console.error(`publish: ${dir} has no dist/kente-manifest.json; build it first`);
    process.exitCode = 1;
    continue;
  }
  const { name, version } = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const target = join(registry, name, version);
  rmSync(target, { recursive: true, force: true });
  cpSync(join(dir, 'dist'), target, { recursive: true });
  console.log(`published ${name}@${version} -> ${target}`);
  published++;
}
if (!published) process.exitCode = 1;
