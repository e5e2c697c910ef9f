// Packs the SDK for developers outside this repository: @kente/sdk (runtime, UI kit, Vite
// helper, bins, JSON schemas) and the contract packages whose slot types modules import
// (@kente/contract-*), as npm tarballs that install with only the npm registry and each other.
// Checks every tarball: no `workspace:` range left, built JS and .d.ts only (no TypeScript
// source, nothing pointing into this repository).
// Usage: node scripts/pack-sdk.mjs [--out <folder>]   (default: dist-sdk/); prints the tarballs.
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const at = args.indexOf('--out');
const out = resolve(at >= 0 ? args[at + 1] : join(root, 'dist-sdk'));
const packages = ['sdk', 'contracts/core', 'contracts/policy', 'contracts/insuree', 'contracts/claim'];

if (!existsSync(join(root, 'sdk/dist/index.js'))) execFileSync('pnpm', ['--filter', '@kente/sdk', 'run', 'build'], { cwd: root, stdio: 'inherit' });
mkdirSync(out, { recursive: true });
const problems = [];
// Packed side by side (each in its own folder first, so a tarball is known by its folder).
const tarballs = await Promise.all(
  packages.map(async (dir) => {
    const own = mkdtempSync(join(tmpdir(), 'kente-pack-'));
    try {
      await run('pnpm', ['pack', '--pack-destination', own], { cwd: join(root, dir) });
      const tarball = readdirSync(own).find((f) => f.endsWith('.tgz'));
      if (!tarball) throw new Error(`pack-sdk: ${dir} produced no tarball`);
      const file = join(out, tarball);
      copyFileSync(join(own, tarball), file);
      const manifest = execFileSync('tar', ['-xzOf', file, 'package/package.json'], { encoding: 'utf8' });
      const listing = execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
      if (manifest.includes('workspace:')) problems.push(`${tarball}: package.json keeps a workspace: range`);
      if (/"\.\/src\/|\.\.\//.test(manifest)) problems.push(`${tarball}: package.json points to source or outside the package`);
      if (listing.some((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))) problems.push(`${tarball}: ships TypeScript source`);
      if (!listing.some((f) => f.endsWith('.d.ts'))) problems.push(`${tarball}: has no .d.ts`);
      return file;
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  }),
);
if (problems.length) {
  for (const p of problems) console.error(`pack-sdk: ${p}`);
  for (const file of tarballs) rmSync(file, { force: true });
  process.exit(1);
}
for (const file of tarballs) console.log(file);
