/**
 * The schema as a whole: checked in up to date, and every object type declares who reads it.
 * The check runs as a child process (tsx, like the server) so graphql is the one copy the server loads.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Ctx } from '../src/graphql/context.js';
import { createEntity, deleteEntity, updateEntity } from '../src/graphql/crud.js';
import { loadById } from '../src/graphql/loader.js';
import type { Resolvers } from '../src/graphql/schema-types.js';
import { users } from '../src/modules/core/tables.js';
import { locations } from '../src/modules/location/tables.js';
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

/** The kit's writes are typed by the table (never called: tsc checks it). */
export async function crudTypeTests(ctx: Ctx): Promise<void> {
  const location = { table: locations, entityType: 'Location', label: 'Location' };
  // @ts-expect-error a column the table does not have
  await createEntity(ctx, { ...location, values: { code: 'X', name: 'X', type: 'R', colour: 'red' } });
  // @ts-expect-error a required column missing
  await createEntity(ctx, { ...location, values: { code: 'X', type: 'R' } });
  // @ts-expect-error the existing row is a location: it has no username
  await updateEntity(ctx, { ...location, id: 1, version: 1, values: {}, validate: (_tx, existing) => (existing.username ? [] : []) });
  const deleted = await deleteEntity(ctx, { ...location, id: 1 });
  // @ts-expect-error the answer is a location row
  deleted.entity?.lastName;
}
