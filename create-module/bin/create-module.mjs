#!/usr/bin/env node
// npx @kente/create-module <name> [--dir <folder>] [--sdk <spec>] [--packages <folder of SDK tarballs>]
import { resolve } from 'node:path';
import { scaffold } from '../index.mjs';

const args = process.argv.slice(2);
const option = (flag) => {
  const at = args.indexOf(flag);
  return at < 0 ? undefined : args.splice(at, 2)[1];
};
const dir = option('--dir');
const sdk = option('--sdk');
const packages = option('--packages');
const name = args[0];
if (!name) {
  console.error('usage: create-module <name> [--dir <folder>] [--sdk <@kente/sdk version or tarball>] [--packages <folder of SDK tarballs>]');
  process.exit(2);
}
try {
  const target = resolve(dir ?? name.replace(/^@[^/]+\//, ''));
  const files = scaffold({ dir: target, name, sdk, packages: packages && resolve(packages) });
  console.log(
    `${name}: ${files.length} files written in ${target}\nnext: cd ${target} && npm install && npm run build && npm test && KENTE_REGISTRY=<registry> npm run publish`,
  );
} catch (error) {
  console.error(`create-module: ${error.message}`);
  process.exit(1);
}
