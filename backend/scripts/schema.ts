/**
 * Writes backend/schema.graphql and src/graphql/schema-types.ts (the resolver types generated from
 * it) from the domains: `pnpm --filter @kente/backend run schema`. `--check` writes nothing and exits
 * 1 when either file is stale or an object type has no read rule (the unit suite runs it, so CI
 * catches all three).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, typeRules } from '../src/graphql/schema.js';
import { domains } from '../src/modules/index.js';
import { unruledTypes } from '../src/platform/access.js';
import { schemaSdl } from '../src/platform/printSchema.js';
import { resolverTypes } from './resolver-types.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** Formatted (imports sorted) as the repository's biome keeps it, so `biome check` and this check agree. */
function formatted(text: string, path: string): string {
  const run = spawnSync('pnpm', ['exec', 'biome', 'check', '--write', `--stdin-file-path=${path}`], { cwd: repo, input: text, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`biome format failed: ${run.stderr}`);
  return run.stdout;
}

const schema = buildSchema(domains);
const sdl = formatted(schemaSdl(schema), 'backend/schema.graphql');
const files = [
  { path: 'backend/schema.graphql', text: sdl },
  { path: 'backend/src/graphql/schema-types.ts', text: formatted(await resolverTypes(schema, sdl), 'backend/src/graphql/schema-types.ts') },
];

if (process.argv.includes('--check')) {
  const unruled = unruledTypes(schema, typeRules(schema, domains));
  const read = (path: string) => {
    try {
      return readFileSync(`${repo}/${path}`, 'utf8');
    } catch {
      return ''; // missing = stale
    }
  };
  const problems = [
    ...files
      .filter((file) => read(file.path) !== file.text)
      .map((file) => `${file.path} is stale: run \`pnpm --filter @kente/backend run schema\` and commit it.`),
    ...(unruled.length ? [`object types without a read rule (typeRules in their domain): ${unruled.join(', ')}`] : []),
  ];
  for (const problem of problems) console.error(problem);
  process.exit(problems.length ? 1 : 0);
}
for (const file of files) {
  writeFileSync(`${repo}/${file.path}`, file.text);
  console.log(`wrote ${file.path}`);
}
