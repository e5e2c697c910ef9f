import { kenteShared, LATE_SHARED } from '@kente/sdk/vite';
import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import { LANGUAGE_KEY } from './src/boot/early.js';
import { ME_REQUEST_BODY } from './src/session/queries.js';

const shared = kenteShared(import.meta.dirname);
const late: readonly string[] = LATE_SHARED;

/** index.html's early requests use the same `me` document and language key as the shell's code. */
function earlyRequests(): Plugin {
  const values: Record<string, string> = { KENTE_ME_REQUEST_BODY: ME_REQUEST_BODY, KENTE_LANGUAGE_KEY: LANGUAGE_KEY };
  return {
    name: 'kente-early-requests',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        let out = html;
        for (const [name, value] of Object.entries(values)) {
          const placeholder = new RegExp(`(['"])${name}\\1`);
          if (!placeholder.test(out)) throw new Error(`index.html: the early requests lost their ${name} placeholder`);
          out = out.replace(placeholder, JSON.stringify(value));
        }
        return out;
      },
    },
  };
}

/**
 * A modulepreload link for every chunk the sign-in page needs, so they all download
 * at once instead of as a chain (entry > host init > remote entry > shared modules >
 * bootstrap: a round trip each, ~14 in a row). The sign-in page needs every chunk
 * except what the shell's own code imports lazily (the signed-in console, error
 * pages, the late shared keys), unless something the first screen loads needs it too.
 */
function preloadFirstScreen(): Plugin {
  const ownCode = (chunk: Rollup.OutputChunk) => chunk.facadeModuleId?.includes('/shell/src/') ?? false;
  return {
    name: 'kente-preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const referenced = new Set(chunks.flatMap((c) => [...c.imports, ...c.dynamicImports]));
        // The federation entry script loads the roots (host init, pending shares, index) by name.
        const queue = chunks.filter((c) => !referenced.has(c.fileName));
        const eager = new Set(queue.map((c) => c.fileName));
        for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
          for (const file of [...chunk.imports, ...(ownCode(chunk) ? [] : chunk.dynamicImports)]) {
            const next = byFile.get(file);
            if (next && !eager.has(file)) {
              eager.add(file);
              queue.push(next);
            }
          }
        }
        // Largest first: over HTTP/1.1's six connections the big ones must not wait behind small ones.
        const bySize = [...eager].sort((a, b) => (byFile.get(b)?.code.length ?? 0) - (byFile.get(a)?.code.length ?? 0));
        return bySize.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `/${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

// The shell is a Module Federation host with no remotes at build time: every
// module is registered at runtime from composition.json. It provides every
// shared library; the late ones are registered after sign-in (boot/moduleLoader).
export default defineConfig({
  define: {
    __KENTE_LATE_SHARED__: JSON.stringify(Object.fromEntries(late.map((key) => [key, shared[key]?.requiredVersion.replace(/^\^/, '')]))),
  },
  plugins: [
    earlyRequests(),
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
    preloadFirstScreen(),
  ],
  // Dev mode: CommonJS packages behind the shared libraries must be pre-bundled.
  optimizeDeps: {
    include: ['@kente/sdk > @emotion/react > hoist-non-react-statics', '@kente/sdk > @mui/material > react-is', '@kente/sdk > @mui/material > prop-types'],
  },
  server: {
    proxy: {
      '/graphql': 'http://localhost:4000',
      '/modules': 'http://localhost:4000',
      '/composition.json': 'http://localhost:4000',
      '/boot.json': 'http://localhost:4000',
    },
  },
  build: {
    target: 'es2022',
    modulePreload: false,
    rolldownOptions: {
      output: {
        // The federation runtime and the shell's shared-import map (both first screen) in one
        // chunk: one request, and the entry script no longer carries its own copy of the runtime
        // helpers (measured: -0.7 KB gzipped on the sign-in page).
        codeSplitting: {
          groups: [{ name: 'federation', test: /node_modules[\\/]@module-federation[\\/]|localSharedImportMap/ }],
        },
      },
    },
  },
});
