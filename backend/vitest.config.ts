import '../vitest.node20.ts';
import { defineConfig } from 'vitest/config';

// Integration tests start the real server (child process, real HTTP) on a fresh
// PGlite folder, and again on PostgreSQL when DATABASE_URL is set.
export default defineConfig({
  test: {
    name: 'backend',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
