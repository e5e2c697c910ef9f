#!/usr/bin/env node
// Checks a composition before deploy, as the shell will see it.
// Usage: kente-check [composition.json] [--registry registry/modules] [--base-url https://console.example.org/]
// Exit code 0 when every module and pack is accepted, every file they name exists, and no setting or
// wording of a pack (or of composition.json) has a problem; each problem is printed with its file and JSON path.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkComposition, formatCheckReport } from '../dist/check/checkComposition.js';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const registryDir = option('--registry');
const baseUrl = option('--base-url');
const file = resolve(args[0] ?? 'composition.json');
const report = await checkComposition({ compositionText: readFileSync(file, 'utf8'), registryDir: registryDir && resolve(registryDir), baseUrl });
console.log(`${file}\n${formatCheckReport(report)}`);
process.exit(report.ok ? 0 : 1);
