import { kenteShared, LATE_SHARED } from '@kente/sdk/vite';
import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const shared = kenteShared(import.meta.dirname);
const late: readonly string[] = LATE_SHARED;

// The shell is a Module Federation host with no remotes at build time: every
// module is registered at runtime from composition.json. It provides every
// shared library; the late ones are registered after sign-in (boot/moduleLoader).
export default defineConfig({
  define: {
    __KENTE_LATE_SHARED__: JSON.stringify(Object.fromEntries(late.map((key) => [key, shared[key]?.requiredVersion.replace(/^\^/, '')]))),
  },
  plugins: [
    react(),
    federation({
      name: 'kente_shell',
      remotes: {},
      dts: false,
      shared: Object.fromEntries(Object.entries(shared).filter(([key]) => !late.includes(key))),
      // Equal versions go to the container whose name sorts last otherwise.
      shareStrategy: 'loaded-first',
      experiments: { provideExternalRuntime: true },
      dev: { remoteHmr: true },
    }),
  ],
  // Dev mode: CommonJS packages behind the shared libraries must be pre-bundled.
  optimizeDeps: {
    include: ['@kente/sdk > @emotion/react > hoist-non-react-statics', '@kente/sdk > @mui/material > react-is', '@kente/sdk > @mui/material > prop-types'],
  },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/modules': 'http://localhost:4000', '/composition.json': 'http://localhost:4000' } },
  build: { target: 'es2022', modulePreload: false },
});
