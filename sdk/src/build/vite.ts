/**
 * Build side of the contract, for vite.config.ts files. `kenteModule()` turns a
 * module's `kente.manifest.ts` into: the Module Federation remote (exposing the
 * pages and components its manifest names, sharing the singletons), and the
 * static `kente-manifest.json` plus `locales/<lng>.json` files the shell reads
 * without running module code. A manifest that is invalid fails the build.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import type { ModuleManifestInput } from '../manifest/schema.js';
import { validateManifest } from '../manifest/validate.js';

type SharedConfig = Record<string, { singleton: true; requiredVersion: string; import?: false }>;

/**
 * The version of `pkg` as Node would find it from `dir`: `<ancestor>/node_modules/<pkg>/package.json`,
 * nearest ancestor first (reads the file directly, so packages whose `exports` hide their
 * package.json work too). Works in an npm, pnpm or yarn project as in this workspace.
 */
export function versionOf(dir: string, pkg: string): string {
  let current = realpathSync(dir);
  for (;;) {
    const file = join(current, 'node_modules', pkg, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    const parent = dirname(current);
    if (parent === current) throw new Error(`kente: cannot find the version of ${pkg} from ${dir}`);
    current = parent;
  }
}

/** The folder of the @kente/sdk package this helper belongs to (dist/build/vite.js -> the package). */
const sdkDir = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The singletons every Kente bundle shares: one React, one emotion cache, one
 * i18next, one GraphQL client, one SDK, one UI kit (and so one MUI and one
 * theme) and one form kit (with its react-hook-form) in the page. No @mui/* key on purpose: MUI is reached through the kit.
 */
export function kenteShared(dir: string): SharedConfig {
  const sdkVersion = (JSON.parse(readFileSync(join(sdkDir, 'package.json'), 'utf8')) as { version: string }).version;
  const fromSdk = (pkg: string) => `^${versionOf(sdkDir, pkg)}`;
  return {
    react: { singleton: true, requiredVersion: `^${versionOf(dir, 'react')}` },
    'react/jsx-runtime': { singleton: true, requiredVersion: `^${versionOf(dir, 'react')}` },
    'react-dom': { singleton: true, requiredVersion: `^${versionOf(dir, 'react')}` },
    '@emotion/react': { singleton: true, requiredVersion: fromSdk('@emotion/react') },
    i18next: { singleton: true, requiredVersion: fromSdk('i18next') },
    urql: { singleton: true, requiredVersion: fromSdk('urql') },
    '@kente/sdk': { singleton: true, requiredVersion: `^${sdkVersion}` },
    '@kente/sdk/ui-core': { singleton: true, requiredVersion: `^${sdkVersion}` },
    '@kente/sdk/ui': { singleton: true, requiredVersion: `^${sdkVersion}` },
    // The form kit and the pickers, with the page's one react-hook-form (re-exported: modules never import it directly).
    '@kente/sdk/forms': { singleton: true, requiredVersion: `^${sdkVersion}` },
    // The journal's store (one event stream per page) and its progress bar.
    '@kente/sdk/jobs': { singleton: true, requiredVersion: `^${sdkVersion}` },
  };
}

/**
 * Shared keys the shell registers only once a user is signed in (see the
 * shell's moduleLoader): the federation plugin loads every statically shared
 * key at boot, and these are not needed on the sign-in page.
 */
export const LATE_SHARED = ['@kente/sdk/ui', 'urql', '@kente/sdk/forms', '@kente/sdk/jobs'] as const;

/**
 * Shared keys a module declares only when its code names them. The federation plugin loads every
 * key a remote declares when the remote starts, unless only dynamic imports reach it: a key no
 * code of the module reaches is loaded too (measured: the journal's store, 1.2 KB, on the
 * families page, whose module never imports it).
 */
export const OPT_IN_SHARED = ['@kente/sdk/jobs'] as const;

/** Whether a source file under `dir` (not node_modules, dist or a dot folder) names `key` in quotes. */
export function sourceNames(dir: string, key: string): boolean {
  const quoted = [`'${key}'`, `"${key}"`, `\`${key}\``];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (sourceNames(path, key)) return true;
    } else if (/\.(?:[cm]?[jt]sx?)$/.test(entry.name)) {
      const text = readFileSync(path, 'utf8');
      if (quoted.some((q) => text.includes(q))) return true;
    }
  }
  return false;
}

export interface KenteModuleOptions {
  /** The package folder (pass `import.meta.dirname`). */
  dir: string;
  /** The module's manifest, authored with defineModule. */
  manifest: Omit<ModuleManifestInput, 'schemaVersion' | 'kind' | 'federation' | 'name' | 'version'>;
  /** Exposed name -> source file, e.g. { './FamiliesPage': './src/families/FamiliesPage.tsx' }. */
  exposes: Record<string, string>;
}

function packageInfo(dir: string): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string };
  return { name: pkg.name.replace(/^@[^/]+\//, ''), version: process.env.KENTE_MODULE_VERSION ?? pkg.version };
}

/** Builds the JSON manifest from the authored one and the package, failing loudly on any problem. */
export function buildManifest(options: KenteModuleOptions) {
  const { name, version } = packageInfo(options.dir);
  const manifest = {
    schemaVersion: 1 as const,
    kind: 'module' as const,
    name,
    version,
    federation: { name: name.replace(/-/g, '_'), entry: 'mf-manifest.json' },
    ...options.manifest,
  };
  const result = validateManifest(manifest);
  if (!result.ok) {
    throw new Error(`kente: ${name} manifest is invalid:\n${result.problems.map((p) => `  ${p.path}: expected ${p.expected}, found ${p.found}`).join('\n')}`);
  }
  const used = new Set([...(manifest.routes ?? []).map((r) => r.page), ...(manifest.contributions ?? []).map((c) => c.component)]);
  const missing = [...used].filter((exposed) => !(exposed in options.exposes));
  if (missing.length) throw new Error(`kente: ${name} manifest names ${missing.join(', ')} but vite.config exposes no such module`);
  if (result.value.kind !== 'module') throw new Error(`kente: ${name} is not a module manifest`);
  return result.value;
}

function emitManifestPlugin(options: KenteModuleOptions): Plugin {
  return {
    name: 'kente-module-manifest',
    // Dev mode: the shell reads the manifest and translations from this server;
    // the code entry is the dev server's ES module remoteEntry.js.
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        let body: string | null = null;
        if (path === '/kente-manifest.json') {
          const manifest = buildManifest(options);
          body = JSON.stringify({ ...manifest, federation: { ...manifest.federation, entry: 'remoteEntry.js' } });
        } else if (/^\/locales\/[a-z-]+\.json$/i.test(path)) {
          try {
            body = readFileSync(join(options.dir, path), 'utf8');
          } catch {
            body = null;
          }
        }
        if (body === null) return next();
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.setHeader('cache-control', 'no-cache');
        res.setHeader('access-control-allow-origin', '*');
        res.end(body);
      });
    },
    generateBundle() {
      const manifest = buildManifest(options);
      this.emitFile({ type: 'asset', fileName: 'kente-manifest.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
      const localesDir = join(options.dir, 'locales');
      for (const file of readdirSync(localesDir).filter((f) => f.endsWith('.json'))) {
        this.emitFile({ type: 'asset', fileName: `locales/${file}`, source: readFileSync(join(localesDir, file), 'utf8') });
      }
    },
  };
}

/** Complete Vite config of a Kente module (a Module Federation remote). */
export function kenteModule(options: KenteModuleOptions): UserConfig {
  const { name, version } = packageInfo(options.dir);
  return {
    base: './',
    define: { __KENTE_MODULE_VERSION__: JSON.stringify(version) },
    plugins: [
      react(),
      federation({
        name: name.replace(/-/g, '_'),
        filename: 'remoteEntry.js',
        manifest: true,
        dts: false,
        exposes: options.exposes,
        // Modules never ship their own copy of a shared library: the shell always
        // provides them, so a fallback would only be bytes downloaded for nothing.
        // An opt-in key the module never names is left out (OPT_IN_SHARED).
        shared: Object.fromEntries(
          Object.entries(kenteShared(options.dir))
            .filter(([key]) => !(OPT_IN_SHARED as readonly string[]).includes(key) || sourceNames(options.dir, key))
            .map(([key, config]) => [key, { ...config, import: false as const }]),
        ),
        // Equal versions would otherwise go to the container whose name sorts last
        // (MF's tie-break), so a remote could replace the shell's copy of a library.
        shareStrategy: 'loaded-first',
        // The shell provides the federation runtime (provideExternalRuntime): each
        // module page saves ~19 KB gz. Kente modules only ever run under the shell.
        experiments: { externalRuntime: true },
        // Dev mode: hot updates of this module reach the dev shell's React refresh runtime.
        dev: { remoteHmr: true },
      }),
      emitManifestPlugin(options),
    ],
    // No HTML entry: the federation plugin emits remoteEntry.js as the bundle's entry.
    build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, modulePreload: false, assetsInlineLimit: 0, rolldownOptions: { input: {} } },
    // Dev mode: the shell on another port loads this server's modules.
    server: { cors: true, origin: `http://localhost:${process.env.PORT ?? 5174}` },
  };
}
