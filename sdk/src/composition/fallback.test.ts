import { describe, expect, it } from 'vitest';
import type { ModuleManifest } from '../manifest/schema.js';
import { moduleManifest } from '../testing.js';
import { SDK_VERSION } from '../version.js';
import { preflight } from './preflight.js';
import { defaultModuleUrl, fallbackModuleUrl, type LoadedManifest, resolveComposition, sameRegistration } from './resolve.js';
import type { ModuleEntry } from './schema.js';
import { validateComposition } from './validate.js';

/** mf-x at `version`: a page, a contribution to its own slot, a config key. */
const x = (version: string, overrides: Record<string, unknown> = {}): ModuleManifest =>
  moduleManifest('mf-x', {
    version,
    routes: [{ path: '/x', page: './XPage' }],
    menu: [{ id: 'x', section: 'reports', label: 'menu.x', route: '/x' }],
    slots: [{ name: 'x.page.panels', version: '1.0.0' }],
    contributions: [{ id: 'panel', slot: 'x.page.panels', component: './XPanel' }],
    config: { schema: { type: 'object', properties: { size: { type: 'integer' } } }, defaults: { size: version === '0.2.0' ? 2 : 1 } },
    ...overrides,
  });

const entry: ModuleEntry = { name: 'mf-x', version: '0.2.0', fallback: '0.1.0' };

function item(named: ModuleManifest | string, fallback?: ModuleManifest | string, e: ModuleEntry = entry): LoadedManifest {
  const fallbackUrl = fallbackModuleUrl(e) as string;
  return {
    entry: e,
    kind: 'module',
    baseUrl: defaultModuleUrl(e),
    ...(typeof named === 'string' ? { error: named } : { manifest: named }),
    ...(fallback === undefined ? {} : { fallback: { baseUrl: fallbackUrl, ...(typeof fallback === 'string' ? { error: fallback } : { manifest: fallback }) } }),
  };
}

function resolve(items: LoadedManifest[], backendDomains: { name: string; version: string }[] | null = null) {
  const composition = validateComposition({ modules: items.map((i) => i.entry) });
  if (!composition.ok) throw new Error(JSON.stringify(composition.problems));
  return resolveComposition(composition.value, items, SDK_VERSION, { backendDomains });
}

describe('composition entries with a fallback', () => {
  it('accept a fallback version and its own URL; refuse the same version, a URL without a version, a bad version', () => {
    expect(validateComposition({ modules: [{ ...entry, url: 'https://cdn.example.org/x/0.2.0/', fallbackUrl: 'https://cdn.example.org/x/0.1.0/' }] }).ok).toBe(
      true,
    );
    const bad = validateComposition({
      modules: [
        { name: 'mf-a', version: '1.0.0', fallback: '1.0.0' },
        { name: 'mf-b', version: '1.0.0', fallbackUrl: '/b/' },
      ],
    });
    expect(bad.ok ? [] : bad.problems.map((p) => p.path)).toEqual(['$.modules[0].fallback', '$.modules[1].fallbackUrl']);
    const version = validateComposition({ modules: [{ name: 'mf-a', version: '1.0.0', fallback: 'latest' }] });
    expect(version.ok ? [] : version.problems.map((p) => p.path)).toEqual(['$.modules[0].fallback']);
    // Packs have no code to fall back from.
    expect(validateComposition({ modules: [entry], packs: [{ name: 'lang-fr', version: '0.1.0', fallback: '0.0.1' }] }).ok).toBe(false);
  });

  it('find the fallback in the registry by default, at fallbackUrl when given', () => {
    expect(fallbackModuleUrl(entry)).toBe('/modules/mf-x/0.1.0/');
    expect(fallbackModuleUrl({ ...entry, fallbackUrl: 'https://cdn.example.org/x/0.1.0' })).toBe('https://cdn.example.org/x/0.1.0/');
    expect(fallbackModuleUrl({ name: 'mf-x', version: '0.2.0' })).toBeNull();
  });
});

describe('at boot, a module whose named version cannot be used runs its fallback', () => {
  it('when its manifest is missing: the fallback is accepted, with its routes, contributions and configuration, and the reason kept', () => {
    const r = resolve([item('/modules/mf-x/0.2.0/kente-manifest.json answered 404 Not Found', x('0.1.0'))]);
    expect(r.refused).toEqual([]);
    expect(r.modules.map((m) => [m.manifest.version, m.baseUrl])).toEqual([['0.1.0', '/modules/mf-x/0.1.0/']]);
    expect(r.fallbacks).toEqual([
      { name: 'mf-x', asked: '0.2.0', running: '0.1.0', when: 'boot', reasons: ['/modules/mf-x/0.2.0/kente-manifest.json answered 404 Not Found'] },
    ]);
    expect(r.routes.map((route) => route.path)).toEqual(['/x']);
    expect(r.config['mf-x']).toEqual({ size: 1 });
  });

  it('when its manifest is refused alone (another SDK, a backend domain missing) or by the set (a slot contract)', () => {
    expect(resolve([item(x('0.2.0', { requires: { sdk: '^9.0.0' } }), x('0.1.0'))]).fallbacks[0]?.reasons).toEqual([
      `needs SDK ^9.0.0, this console has SDK ${SDK_VERSION}`,
    ]);
    const needs = resolve(
      [item(x('0.2.0', { requires: { sdk: '^1.0.0', backend: { fraud: '^1.0.0' } } }), x('0.1.0'))],
      [{ name: 'insuree', version: '1.0.0' }],
    );
    expect(needs.fallbacks.map((f) => f.running)).toEqual(['0.1.0']);
    // 0.2.0 needs a slot contract the other module does not offer; 0.1.0 was written for the one offered.
    const owner = moduleManifest('mf-owner', { slots: [{ name: 'owner.panels', version: '1.4.0' }] });
    const composition = validateComposition({ modules: [{ name: 'mf-owner', version: owner.version }, entry] });
    if (!composition.ok) throw new Error('fixture');
    const set = resolveComposition(
      composition.value,
      [
        { entry: { name: 'mf-owner', version: owner.version }, kind: 'module', baseUrl: '/modules/mf-owner/1.0.0/', manifest: owner },
        item(
          x('0.2.0', { requires: { sdk: '^1.0.0', slots: { 'owner.panels': '^2.0.0' } } }),
          x('0.1.0', { requires: { sdk: '^1.0.0', slots: { 'owner.panels': '^1.0.0' } } }),
        ),
      ],
      SDK_VERSION,
    );
    expect(set.modules.map((m) => `${m.manifest.name}@${m.manifest.version}`)).toEqual(['mf-owner@1.0.0', 'mf-x@0.1.0']);
    expect(set.fallbacks[0]?.reasons).toEqual(['uses slot owner.panels ^2.0.0 but mf-owner offers 1.4.0']);
  });

  it('when the fallback fails too, the named version is refused with both reasons, as any refused module', () => {
    const r = resolve([item('answered 404', x('0.1.0', { requires: { sdk: '^9.0.0' } }))]);
    expect(r.modules).toEqual([]);
    expect(r.fallbacks).toEqual([]);
    expect(r.refused).toEqual([
      { name: 'mf-x', version: '0.2.0', reasons: ['answered 404', `its fallback 0.1.0 too: needs SDK ^9.0.0, this console has SDK ${SDK_VERSION}`] },
    ]);
    // A fallback whose manifest is itself missing.
    expect(resolve([item('answered 404', 'also 404')]).refused[0]?.reasons).toEqual(['answered 404', 'its fallback 0.1.0 too: also 404']);
  });

  it('a fallback manifest that says another version is not used', () => {
    const r = resolve([item('answered 404', x('0.1.1'))]);
    expect(r.refused[0]?.reasons[1]).toContain('its manifest has version 0.1.1, not 0.1.0');
  });
});

describe('when the named version is accepted, its fallback may replace its code at run time', () => {
  it('only when the fallback registers the same routes, contributions and slots', () => {
    const same = resolve([item(x('0.2.0'), x('0.1.0', { menu: [], description: 'older' }))]);
    expect(same.fallbacks).toEqual([]);
    expect(same.modules[0]?.manifest.version).toBe('0.2.0');
    expect(same.modules[0]?.fallback).toMatchObject({ baseUrl: '/modules/mf-x/0.1.0/', manifest: { version: '0.1.0' } });

    const otherRoutes = resolve([item(x('0.2.0'), x('0.1.0', { routes: [{ path: '/x-old', page: './XPage' }], menu: [] }))]);
    expect(otherRoutes.modules[0]?.fallback).toBeUndefined();
    expect(otherRoutes.warnings.join()).toContain(
      "mf-x: its fallback 0.1.0 cannot replace its code if it fails to load: its routes, contributions or slots differ from 0.2.0's",
    );
  });

  it('not when the fallback is unavailable or would be refused itself', () => {
    expect(resolve([item(x('0.2.0'), 'answered 404')]).modules[0]?.fallback).toBeUndefined();
    const sdk = resolve([item(x('0.2.0'), x('0.1.0', { requires: { sdk: '^0.1.0' } }))]);
    expect(sdk.modules[0]?.fallback).toBeUndefined();
    expect(sdk.warnings.join()).toContain('needs SDK ^0.1.0');
  });

  it('sameRegistration ignores order, menu and texts, not rights', () => {
    const a = x('0.2.0');
    expect(sameRegistration(a, x('0.1.0', { contributions: [...a.contributions].reverse(), menu: [] }))).toBe(true);
    expect(sameRegistration(a, x('0.1.0', { routes: [{ path: '/x', page: './XPage', rights: [101001] }] }))).toBe(false);
    expect(sameRegistration(a, x('0.1.0', { slots: [{ name: 'x.page.panels', version: '1.1.0' }] }))).toBe(false);
  });
});

describe('the server checks the fallback too (preflight)', () => {
  const composition = JSON.stringify({ modules: [entry] });
  it('with both manifests, merges the configuration of the version that will run', () => {
    const checked = preflight(composition, { '/modules/mf-x/0.1.0/': x('0.1.0') });
    // The named manifest is not there: the shell fetches it (and reports it); nothing merged.
    expect(checked.config).toBeUndefined();
    const both = preflight(composition, { '/modules/mf-x/0.2.0/': { ...x('0.2.0'), requires: { sdk: '^9.0.0' } }, '/modules/mf-x/0.1.0/': x('0.1.0') });
    expect(both.manifests['/modules/mf-x/0.1.0/']?.ok).toBe(true);
    expect(both.config?.config['mf-x']).toEqual({ size: 1 });
  });
});
