import '../vitest.node20.ts';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'create-module',
    include: ['*.test.mjs'],
  },
});
