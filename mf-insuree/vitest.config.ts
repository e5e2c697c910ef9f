import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'mf-insuree',
    include: ['src/**/*.test.ts'],
  },
});
