/**
 * The schema as a whole: checked in up to date, and every object type declares who reads it.
 * Run as a child process (tsx, like the server) so graphql is the one copy the server loads.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { backendDir } from './harness.js';

describe('schema', () => {
  it('backend/schema.graphql is current and every object type has a read rule', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/schema.ts', '--check'], { cwd: backendDir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);
});
