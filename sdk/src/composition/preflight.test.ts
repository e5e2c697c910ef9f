import { describe, expect, it } from 'vitest';
import { validateManifest } from '../manifest/validate.js';
import { moduleManifestSource } from '../testing.js';
import { SDK_VERSION } from '../version.js';
import { manifestError, preflight } from './preflight.js';
import { resolveComposition, resolveCompositionWith } from './resolve.js';
import { parseComposition } from './validate.js';

const moduleManifest = (name: string, extra: Record<string, unknown> = {}) =>
  moduleManifestSource(name, {
    config: { schema: { type: 'object', properties: { pageSize: { type: 'integer', minimum: 1 } } }, defaults: { pageSize: 10 } },
    ...extra,
  });

const text = (value: unknown) => JSON.stringify(value);

describe('preflight: the checks a server makes for the shell', () => {
  it('validates the composition and each manifest, and merges configuration as the shell would', () => {
    const compositionText = text({
      modules: [
        { name: 'mf-a', version: '1.0.0' },
        { name: 'mf-b', version: '1.0.0' },
      ],
      packs: [],
      config: { 'mf-a': { pageSize: 0 }, shell: { currency: 'EUR' } },
    });
    const manifests = { '/modules/mf-a/1.0.0/': moduleManifest('mf-a'), '/modules/mf-b/1.0.0/': { name: 'mf-b' } };
    const checked = preflight(compositionText, manifests);
    expect(checked.sdk).toBe(SDK_VERSION);
    expect(checked.composition.ok).toBe(true);
    expect(checked.manifests['/modules/mf-a/1.0.0/']).toEqual(validateManifest(manifests['/modules/mf-a/1.0.0/']));
    expect(checked.manifests['/modules/mf-b/1.0.0/']?.ok).toBe(false);
    // mf-b is refused (its manifest is invalid): the owners are the shell and mf-a, as the shell's resolution finds them.
    expect(checked.config?.owners).toEqual(['shell', 'mf-a']);
    const composition = parseComposition(compositionText);
    if (!composition.ok) throw new Error('fixture');
    const a = validateManifest(manifests['/modules/mf-a/1.0.0/']);
    if (!a.ok) throw new Error('fixture');
    const loaded = [
      { entry: { name: 'mf-a', version: '1.0.0' }, kind: 'module' as const, baseUrl: '/modules/mf-a/1.0.0/', manifest: a.value },
      { entry: { name: 'mf-b', version: '1.0.0' }, kind: 'module' as const, baseUrl: '/modules/mf-b/1.0.0/', error: 'x' },
    ];
    const own = resolveComposition(composition.value, loaded, SDK_VERSION);
    expect(checked.config?.config).toEqual(own.config);
    expect(checked.config?.problems).toEqual(own.configProblems);
    expect(own.config['mf-a']).toEqual({ pageSize: 10 });
    // The shell resolving with the server's merge gets the same result as resolving itself.
    const { owners: _owners, ...merged } = checked.config ?? { owners: [] };
    expect(resolveCompositionWith(() => merged as never, composition.value, loaded, SDK_VERSION)).toEqual(own);
  });

  it("words an invalid manifest's reason once, for the server's checks and the shell's alike", () => {
    const result = validateManifest({ name: 'mf-b' });
    if (result.ok) throw new Error('fixture');
    expect(manifestError(result.problems)).toMatch(/^invalid manifest: \$\.\S+: expected .+, found /);
  });

  it('merges no configuration without every manifest, and stops at a broken composition', () => {
    const compositionText = text({
      modules: [
        { name: 'mf-a', version: '1.0.0' },
        { name: 'mf-far', version: '1.0.0', url: 'https://cdn.example.org/mf-far/' },
      ],
      packs: [],
    });
    const partial = preflight(compositionText, { '/modules/mf-a/1.0.0/': moduleManifest('mf-a') });
    expect(Object.keys(partial.manifests)).toEqual(['/modules/mf-a/1.0.0/']);
    expect(partial.config).toBeUndefined();
    const broken = preflight('{ "modules": [', {});
    expect(broken.composition).toMatchObject({ ok: false, problems: [{ path: '$', expected: 'valid JSON' }] });
    expect(broken.manifests).toEqual({});
  });
});
