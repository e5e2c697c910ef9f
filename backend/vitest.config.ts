import '../vitest.node20.ts';
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships ESM (index.mjs, Vite's "module" field) and CJS (what Node and graphql-yoga load).
// Tests that build the schema in-process must see one copy, as the server under Node does.
const graphqlMain = createRequire(import.meta.url).resolve('graphql');

// Integration tests start the real server (child process, real HTTP) on a fresh
// PGlite folder, and again on PostgreSQL when DATABASE_URL is set.
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlMain }] },
  test: {
    name: 'backend',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
