#!/usr/bin/env node
// "Builds" a JSON-only language or country pack: validates its manifest and
// every translation and wording file it names, then copies them to dist/.
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { validateManifest } from '../dist/contract.js';

const dir = process.cwd();
const manifest = JSON.parse(readFileSync(join(dir, 'kente-manifest.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const result = validateManifest(manifest);
const problems = result.ok ? [] : result.problems.map((p) => `${p.path}: expected ${p.expected}, found ${p.found}`);
if (result.ok && manifest.version !== pkg.version) problems.push(`$.version: expected ${pkg.version} (package.json), found ${manifest.version}`);
const files = (field) =>
  Object.entries(manifest[field] ?? {}).flatMap(([lng, byNs]) => Object.entries(byNs).map(([ns, file]) => ({ path: `$.${field}.${lng}.${ns}`, file })));
const named = [...files('translations'), ...files('overrides')];
for (const { path, file } of named) {
  if (!existsSync(join(dir, file))) problems.push(`${path}: expected an existing file, found ${file}`);
  else {
    try {
      JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      problems.push(`${path}: expected valid JSON in ${file}, found ${error.message}`);
    }
  }
}
if (problems.length) {
  console.error(`${manifest.name}: invalid pack\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
rmSync(join(dir, 'dist'), { recursive: true, force: true });
cpSync(join(dir, 'kente-manifest.json'), join(dir, 'dist/kente-manifest.json'));
for (const { file } of named) cpSync(join(dir, file), join(dir, 'dist', file));
console.log(`${manifest.name}@${manifest.version}: pack ready in dist/`);
