/**
 * For tests of modules and hosts (`@kente/sdk/testing`): module manifests as a module ships them,
 * so a fixture names only what the test is about.
 */
import type { ModuleManifest } from './manifest/schema.js';
import { validateManifest } from './manifest/validate.js';

/** A module manifest's JSON as published (version 1.0.0, SDK ^1.0.0, English); `extra` adds or replaces top-level keys. */
export function moduleManifestSource(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    kind: 'module',
    name,
    version: '1.0.0',
    federation: { name: name.replace(/-/g, '_'), entry: './remoteEntry.js' },
    requires: { sdk: '^1.0.0' },
    i18n: { namespace: name.replace(/^mf-/, ''), languages: ['en'], path: './locales/{{lng}}.json' },
    ...extra,
  };
}

/** The same manifest parsed by the validation every host runs (defaults filled in); throws on a bad fixture. */
export function moduleManifest(name: string, extra: Record<string, unknown> = {}): ModuleManifest {
  const result = validateManifest(moduleManifestSource(name, extra));
  if (!result.ok || result.value.kind !== 'module') throw new Error(`bad fixture: ${JSON.stringify(result.ok ? result.value.kind : result.problems)}`);
  return result.value;
}
