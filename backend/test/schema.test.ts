/**
 * The schema as a whole: checked in up to date, and every object type declares who reads it.
 * The check runs as a child process (tsx, like the server) so graphql is the one copy the server loads.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadById } from '../src/graphql/loader.js';
import type { Resolvers } from '../src/graphql/schema-types.js';
import { users } from '../src/modules/core/tables.js';
import { backendDir } from './harness.js';

describe('schema', () => {
  it('backend/schema.graphql is current and every object type has a read rule', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/schema.ts', '--check'], { cwd: backendDir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);
});

/**
 * Type tests (tsc checks them with `pnpm run typecheck`; vitest only loads them): the generated
 * resolver types hold every domain to the schema and to its rows.
 */
export const typeTests: Resolvers[] = [
  // @ts-expect-error a field the schema does not have
  { Location: { parentName: () => 'x' } },
  // @ts-expect-error a Location's parent is a location row: it has no username
  { Location: { code: (row) => row.username } },
  // @ts-expect-error Location.parent answers a location row, not a user row
  { Location: { parent: (_, __, ctx) => loadById(ctx, users, 1) } },
  // @ts-expect-error an argument the schema does not declare
  { Query: { location: (_, args) => args.code ?? null } },
  // @ts-expect-error a payload without its errors
  { Mutation: { deleteLocation: () => ({ location: null }) } },
];
