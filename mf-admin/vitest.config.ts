import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'mf-admin',
    include: ['src/**/*.test.ts'],
  },
});
