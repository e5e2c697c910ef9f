import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { kenteShared } from '@kente/sdk/vite';
import { defineConfig } from 'vite';

// The shell is a Module Federation host with no remotes at build time: every
// module is registered at runtime from composition.json.
export default defineConfig({
  plugins: [
    react(),
    federation({ name: 'kente_shell', remotes: {}, dts: false, shared: kenteShared(import.meta.dirname), shareStrategy: 'loaded-first', experiments: { provideExternalRuntime: true } }),
  ],
  server: { proxy: { '/graphql': 'http://localhost:4000', '/modules': 'http://localhost:4000', '/composition.json': 'http://localhost:4000' } },
  build: { target: 'es2022', modulePreload: false },
});
