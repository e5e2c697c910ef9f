import { type ModuleManifest, validateManifest } from '@kente/sdk/contract';

/**
 * For the shell's tests: a module manifest as a module ships it, parsed by the validation the
 * shell runs on every manifest (defaults filled in). `extra` adds or replaces top-level keys.
 */
export function moduleManifest(name: string, extra: Record<string, unknown> = {}): ModuleManifest {
  const result = validateManifest({
    schemaVersion: 1,
    kind: 'module',
    name,
    version: '1.0.0',
    federation: { name: name.replace(/-/g, '_'), entry: 'mf-manifest.json' },
    requires: { sdk: '^1.0.0' },
    i18n: { namespace: name.replace(/^mf-/, ''), languages: ['en'], path: 'locales/{{lng}}.json' },
    ...extra,
  });
  if (!result.ok || result.value.kind !== 'module') throw new Error(`bad fixture: ${JSON.stringify(result.ok ? result.value.kind : result.problems)}`);
  return result.value;
}
