import '../vitest.node20.ts';
import { kenteShared, LATE_SHARED } from '@kente/sdk/vite';
import { defineConfig } from 'vitest/config';

const shared = kenteShared(import.meta.dirname);

/**
 * The shell's own logic, in a DOM (happy-dom): dev-override gating, the menu built from
 * manifests, the password form's rules, the runtime's money formatting. Its own config, so
 * the Federation build of vite.config.ts stays out of the tests; the late shared versions
 * are defined as vite.config.ts defines them.
 */
export default defineConfig({
  define: {
    __KENTE_LATE_SHARED__: JSON.stringify(Object.fromEntries(LATE_SHARED.map((key) => [key, shared[key]?.requiredVersion.replace(/^\^/, '')]))),
  },
  test: {
    name: 'shell',
    include: ['src/**/*.test.ts'],
    environment: 'happy-dom',
    environmentOptions: { happyDOM: { url: 'http://localhost:4000/' } },
  },
});
