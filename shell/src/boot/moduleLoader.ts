/**
 * Module code, through the Module Federation 2 runtime: remotes are registered
 * from the resolved composition and loaded only when a page or a contribution
 * needs them, each load bounded by the composition's timeout.
 *
 * A module whose code fails to load (its remoteEntry.js missing, too slow, or
 * throwing; an exposed module failing) and that has a usable fallback version
 * (`AcceptedModule.fallback`: accepted alone, registering the same routes,
 * contributions and slots) is switched to it for the rest of the session: its
 * remote is registered again with the fallback's entry, the load is retried there,
 * and every later load of the module goes there too (pages and slots load again
 * when next mounted: `runningVersion`). The switch happens once per module.
 */

import { type AcceptedModule, getRuntime, type ModuleFallback, type ResolvedComposition } from '@kente/sdk';
import { getInstance } from '@module-federation/runtime';
import { withTimeout } from './withTimeout.js';

type Federation = NonNullable<ReturnType<typeof getInstance>>;

/** The federation remote of a module at a version (its manifest's container name and entry). */
export function remoteOf(m: { manifest: AcceptedModule['manifest']; baseUrl: string }, base = window.location.href) {
  return {
    name: m.manifest.federation.name,
    entry: new URL(m.manifest.federation.entry, new URL(m.baseUrl, base)).href,
    // A Vite dev server serves an ES module entry rather than a manifest.
    ...(m.manifest.federation.entry.endsWith('.js') ? { type: 'module' } : {}),
  };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Loads with `load`; on failure switches a module with a fallback to it once (`switchTo`)
 * and loads again. Pure control flow, so the decision is unit-tested without a browser.
 */
export function createFallbackLoader(options: {
  modules: readonly AcceptedModule[];
  load: (module: string, exposed: string) => Promise<unknown>;
  switchTo: (module: AcceptedModule, fallback: NonNullable<AcceptedModule['fallback']>) => void;
  onFallback: (fallback: ModuleFallback) => void;
}) {
  const byName = new Map(options.modules.map((m) => [m.manifest.name, m]));
  /** Modules switched to their fallback, by name. */
  const switched = new Set<string>();
  return {
    runningVersion(module: string): string | undefined {
      const m = byName.get(module);
      if (!m) return undefined;
      return switched.has(module) && m.fallback ? m.fallback.manifest.version : m.manifest.version;
    },
    async load(module: string, exposed: string): Promise<unknown> {
      try {
        return await options.load(module, exposed);
      } catch (error) {
        const m = byName.get(module);
        if (!m?.fallback) throw error;
        const fallback = m.fallback;
        if (!switched.has(module)) {
          // Loads that failed together switch once; later loads already go to the fallback.
          switched.add(module);
          options.switchTo(m, fallback);
          options.onFallback({ name: module, asked: m.manifest.version, running: fallback.manifest.version, reasons: [message(error)], when: 'code' });
          console.warn(`[kente] ${module} ${m.manifest.version} failed to load (${message(error)}); using its fallback ${fallback.manifest.version}`);
        }
        try {
          return await options.load(module, exposed);
        } catch (again) {
          throw new Error(`${message(error)}; its fallback ${fallback.manifest.version} failed too: ${message(again)}`);
        }
      }
    },
  };
}

function registerLateShared(federation: Federation) {
  // Provided on demand: a module page asks for them, the sign-in page never does.
  const late = (version: string, get: () => Promise<unknown>) => ({
    version,
    get: () => get().then((module) => () => module),
    shareConfig: { singleton: true, requiredVersion: `^${version}` },
  });
  federation.registerShared({
    '@kente/sdk/ui': late(__KENTE_LATE_SHARED__['@kente/sdk/ui'], () => import('@kente/sdk/ui')),
    urql: late(__KENTE_LATE_SHARED__.urql, () => import('urql')),
    // The journal's store and progress bar: the app bar's journal and the pages following a job.
    '@kente/sdk/jobs': late(__KENTE_LATE_SHARED__['@kente/sdk/jobs'], () => import('@kente/sdk/jobs')),
    // The form kit's English words (kit.conflict, kit.form, kit.picker) come with it: a list page needs neither.
    '@kente/sdk/forms': late(__KENTE_LATE_SHARED__['@kente/sdk/forms'], () =>
      Promise.all([import('@kente/sdk/forms'), import('../../locales/forms.en.json')]).then(([forms, words]) => {
        getRuntime().i18n.addResourceBundle('en', 'shell', words.default, true, false);
        return forms;
      }),
    ),
  });
}

export function createModuleLoader(resolved: ResolvedComposition, timeoutMs: number, onFallback: (fallback: ModuleFallback) => void) {
  const federation = getInstance();
  if (!federation) throw new Error('Module Federation runtime missing from the shell build');
  registerLateShared(federation);
  const containers = new Map(resolved.modules.map((m) => [m.manifest.name, m.manifest.federation.name]));
  federation.registerRemotes(
    resolved.modules.map((m) => remoteOf(m)),
    { force: true },
  );
  const load = (module: string, exposed: string): Promise<unknown> => {
    const container = containers.get(module);
    if (!container) return Promise.reject(new Error(`${module} is not part of this console`));
    const id = `${container}/${exposed.replace(/^\.\//, '')}`;
    return withTimeout(
      federation.loadRemote(id).then((loaded) => {
        if (loaded == null) throw new Error(`${module} did not provide ${exposed}`);
        return loaded;
      }),
      timeoutMs,
      `${module} did not answer within ${Math.round(timeoutMs / 1000)} s`,
    );
  };
  return createFallbackLoader({
    modules: resolved.modules,
    load,
    // Same container name, the fallback's entry: `force` drops what the failed one left (its cached container and manifest).
    switchTo: (m, fallback) => {
      containers.set(m.manifest.name, fallback.manifest.federation.name);
      federation.registerRemotes([remoteOf(fallback)], { force: true });
    },
    onFallback,
  });
}
