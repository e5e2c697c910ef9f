import './vitest.node20.ts';
import { defineConfig } from 'vitest/config';

/** Every unit and integration suite of the workspace: `pnpm test:unit`. */
export default defineConfig({
  test: {
    projects: ['sdk', 'create-module', 'shell', 'backend', 'contracts/*', 'mf-*'],
  },
});
