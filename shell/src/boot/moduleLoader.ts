/**
 * Module code, through the Module Federation 2 runtime: remotes are registered
 * from the resolved composition and loaded only when a page or a contribution
 * needs them, each load bounded by the composition's timeout.
 */

import { getRuntime, type ResolvedComposition } from '@kente/sdk';
import { getInstance } from '@module-federation/runtime';
import { withTimeout } from './withTimeout.js';

export function createModuleLoader(resolved: ResolvedComposition, timeoutMs: number) {
  const federation = getInstance();
  if (!federation) throw new Error('Module Federation runtime missing from the shell build');
  // Provided on demand: a module page asks for them, the sign-in page never does.
  const late = (version: string, get: () => Promise<unknown>) => ({
    version,
    get: () => get().then((module) => () => module),
    shareConfig: { singleton: true, requiredVersion: `^${version}` },
  });
  federation.registerShared({
    '@kente/sdk/ui': late(__KENTE_LATE_SHARED__['@kente/sdk/ui'], () => import('@kente/sdk/ui')),
    urql: late(__KENTE_LATE_SHARED__.urql, () => import('urql')),
    // The form kit's English words (kit.conflict, kit.form, kit.picker) come with it: a list page needs neither.
    '@kente/sdk/forms': late(__KENTE_LATE_SHARED__['@kente/sdk/forms'], () =>
      Promise.all([import('@kente/sdk/forms'), import('../../locales/forms.en.json')]).then(([forms, words]) => {
        getRuntime().i18n.addResourceBundle('en', 'shell', words.default, true, false);
        return forms;
      }),
    ),
  });
  const containers = new Map(resolved.modules.map((m) => [m.manifest.name, m.manifest.federation.name]));
  federation.registerRemotes(
    resolved.modules.map((m) => ({
      name: m.manifest.federation.name,
      entry: new URL(m.manifest.federation.entry, new URL(m.baseUrl, window.location.href)).href,
      // A Vite dev server serves an ES module entry rather than a manifest.
      ...(m.manifest.federation.entry.endsWith('.js') ? { type: 'module' } : {}),
    })),
    { force: true },
  );
  return (module: string, exposed: string): Promise<unknown> => {
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
}
