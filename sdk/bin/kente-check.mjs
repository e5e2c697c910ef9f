#!/usr/bin/env node
// Checks a composition before deploy, as the shell will see it.
// Usage: kente-check [composition.json] [--registry <registry folder or URL>] [--base-url https://console.example.org/]
//                    [--backend https://console.example.org/]   (checks requires.backend against that backend)
//   the registry is what the console serves at /modules/ (default: read from --base-url)
// Exit code 0 when every module and pack is accepted, every file they name exists and every
// module page is within the payload budget its manifest declares, and no setting or wording of a
// pack (or of composition.json) has a problem; each problem is printed with its file and JSON path.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { backendDomainsOf } from '../dist/check/backendDomains.js';
import { checkBudgets, formatBudgetReport } from '../dist/check/budgets.js';
import { checkComposition, formatCheckReport } from '../dist/check/checkComposition.js';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const registry = option('--registry');
const registryUrl = registry && /^https?:\/\//.test(registry) ? registry : undefined;
const registryDir = registry && !registryUrl ? resolve(registry) : undefined;
const baseUrl = option('--base-url');
const backend = option('--backend');
let backendDomains;
if (backend) {
  try {
    backendDomains = await backendDomainsOf(backend);
  } catch (error) {
    console.error(`kente-check: cannot read the backend's domains: ${error.message}`);
    process.exit(1);
  }
}
const file = resolve(args[0] ?? 'composition.json');
const report = await checkComposition({ compositionText: readFileSync(file, 'utf8'), registryDir, registryUrl, baseUrl, backendDomains });
console.log(`${file}\n${formatCheckReport(report)}`);
// Payload budgets: each module page's own bytes against the budget its manifest declares.
const budgets = await checkBudgets(report, { compositionText: '', registryDir, registryUrl, baseUrl });
console.log(formatBudgetReport(budgets));
process.exit(report.ok && budgets.ok ? 0 : 1);
