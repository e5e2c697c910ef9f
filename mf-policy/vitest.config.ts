import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'mf-policy',
    include: ['src/**/*.test.ts'],
  },
});
