import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'mf-claim',
    include: ['src/**/*.test.ts'],
  },
});
