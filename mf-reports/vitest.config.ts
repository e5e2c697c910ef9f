import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'mf-reports',
    include: ['src/**/*.test.ts'],
  },
});
