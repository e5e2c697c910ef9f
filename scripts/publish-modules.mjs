// Publishes every built module and pack to the local module registry:
// registry/modules/<name>/<version>/ (what the server serves at /modules/).
// Other versions already there stay, so a composition can point back to them.
// This is the workspace's dev build: it replaces the current version in place.
// A release (`pnpm release`) never does: see scripts/release.mjs.
// Usage: node scripts/publish-modules.mjs [package-dir ...]   (default: all)
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { publishModule } from '../sdk/dist/publish/publish.js';

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
  try {
    const { name, version, target } = await publishModule({ distDir: join(dir, 'dist'), registry, overwrite: true });
    console.log(`published ${name}@${version} -> ${target}`);
    published++;
  } catch (error) {
    console.error(`publish: ${dir}: ${error.message}`);
    process.exitCode = 1;
  }
}
if (!published) process.exitCode = 1;
