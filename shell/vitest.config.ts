import '../vitest.node20.ts';
import { defineConfig } from 'vitest/config';

/**
 * The shell's own logic, in a DOM (happy-dom): dev-override gating, the menu built from
 * manifests, the password form's rules. Its own config, so the Federation build of
 * vite.config.ts stays out of the tests.
 */
export default defineConfig({
  test: {
    name: 'shell',
    include: ['src/**/*.test.ts'],
    environment: 'happy-dom',
    environmentOptions: { happyDOM: { url: 'http://localhost:4000/' } },
  },
});
