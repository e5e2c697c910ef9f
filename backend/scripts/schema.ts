/**
 * Writes backend/schema.graphql from the domains (`pnpm --filter @kente/backend run schema`).
 * `--check` writes nothing and exits 1 when the file is stale or an object type has no read rule
 * (the unit suite runs it, so CI catches both).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, typeRules } from '../src/graphql/schema.js';
import { domains } from '../src/modules/index.js';
import { unruledTypes } from '../src/platform/access.js';
import { schemaSdl } from '../src/platform/printSchema.js';

const target = fileURLToPath(new URL('../schema.graphql', import.meta.url));
const repo = fileURLToPath(new URL('../..', import.meta.url));

/** The file is formatted as the repository's formatter (biome) keeps it, so `biome check` and this check agree. */
function formatted(text: string): string {
  const run = spawnSync('pnpm', ['exec', 'biome', 'format', '--stdin-file-path=backend/schema.graphql'], { cwd: repo, input: text, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`biome format failed: ${run.stderr}`);
  return run.stdout;
}
const sdl = formatted(schemaSdl());
if (process.argv.includes('--check')) {
  const schema = buildSchema(domains);
  const unruled = unruledTypes(schema, typeRules(schema, domains));
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    /* missing = stale */
  }
  const problems = [
    ...(current === sdl ? [] : ['backend/schema.graphql is stale: run `pnpm --filter @kente/backend run schema` and commit it.']),
    ...(unruled.length ? [`object types without a read rule (typeRules in their domain): ${unruled.join(', ')}`] : []),
  ];
  for (const problem of problems) console.error(problem);
  process.exit(problems.length ? 1 : 0);
}
writeFileSync(target, sdl);
console.log(`wrote ${target}`);
