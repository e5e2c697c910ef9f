import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkComposition, formatCheckReport } from './checkComposition.js';

let registry: string;

function publish(name: string, version: string, manifest: Record<string, unknown>, files: string[]) {
  const dir = join(registry, name, version);
  mkdirSync(join(dir, 'locales'), { recursive: true });
  writeFileSync(join(dir, 'kente-manifest.json'), JSON.stringify(manifest));
  for (const file of files) writeFileSync(join(dir, file), '{}');
}

function moduleManifest(name: string, version: string, extra: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1,
    kind: 'module',
    name,
    version,
    federation: { name: name.replace(/-/g, '_'), entry: 'mf-manifest.json' },
    requires: { sdk: '^1.0.0' },
    i18n: { namespace: name.replace(/^mf-/, ''), languages: ['en'], path: 'locales/{{lng}}.json' },
    ...extra,
  };
}

const composition = (modules: Array<{ name: string; version: string; fallback?: string }>) => JSON.stringify({ modules });

beforeEach(() => {
  registry = mkdtempSync(join(tmpdir(), 'kente-check-'));
});
afterEach(() => rmSync(registry, { recursive: true, force: true }));

describe('checkComposition', () => {
  it('accepts a composition whose modules and files are all in the registry', async () => {
    publish('mf-a', '1.0.0', moduleManifest('mf-a', '1.0.0'), ['mf-manifest.json', 'locales/en.json']);
    const report = await checkComposition({ compositionText: composition([{ name: 'mf-a', version: '1.0.0' }]), registryDir: registry });
    expect(report.ok).toBe(true);
    expect(formatCheckReport(report)).toContain('modules accepted: mf-a@1.0.0');
  });

  it('checks a fallback version as the named one: its manifest and files must be in the registry', async () => {
    publish('mf-a', '2.0.0', moduleManifest('mf-a', '2.0.0'), ['mf-manifest.json', 'locales/en.json']);
    publish('mf-a', '1.0.0', moduleManifest('mf-a', '1.0.0'), ['mf-manifest.json', 'locales/en.json']);
    const fine = await checkComposition({ compositionText: composition([{ name: 'mf-a', version: '2.0.0', fallback: '1.0.0' }]), registryDir: registry });
    expect(fine.ok).toBe(true);
    expect(fine.resolved?.modules[0]?.fallback?.manifest.version).toBe('1.0.0');

    const unpublished = await checkComposition({
      compositionText: composition([{ name: 'mf-a', version: '2.0.0', fallback: '0.9.0' }]),
      registryDir: registry,
    });
    expect(unpublished.ok).toBe(false);
    expect(formatCheckReport(unpublished)).toMatch(/FALLBACK mf-a@0\.9\.0 \(fallback of 2\.0\.0\): manifest unavailable/);

    publish('mf-a', '1.1.0', moduleManifest('mf-a', '1.1.0'), ['locales/en.json']);
    const noCode = await checkComposition({ compositionText: composition([{ name: 'mf-a', version: '2.0.0', fallback: '1.1.0' }]), registryDir: registry });
    expect(noCode.missingFiles).toEqual(['mf-a@1.1.0: mf-manifest.json']);

    // The named version missing: the console would run the fallback, and the check says so and fails.
    const fallingBack = await checkComposition({
      compositionText: composition([{ name: 'mf-a', version: '3.0.0', fallback: '1.0.0' }]),
      registryDir: registry,
    });
    expect(fallingBack.ok).toBe(false);
    expect(formatCheckReport(fallingBack)).toMatch(/FALLBACK mf-a: 3\.0\.0 cannot be used \(manifest unavailable: .*\); the console will run 1\.0\.0/);
  });

  it('reports a module whose code or translations are missing before anyone loads it', async () => {
    publish('mf-a', '1.0.0', moduleManifest('mf-a', '1.0.0'), ['locales/en.json']);
    const report = await checkComposition({ compositionText: composition([{ name: 'mf-a', version: '1.0.0' }]), registryDir: registry });
    expect(report.ok).toBe(false);
    expect(report.missingFiles).toEqual(['mf-a@1.0.0: mf-manifest.json']);
  });

  it('refuses an unpublished version and a module built for another SDK, naming each', async () => {
    publish('mf-b', '2.0.0', moduleManifest('mf-b', '2.0.0', { requires: { sdk: '^2.0.0' } }), ['mf-manifest.json', 'locales/en.json']);
    const report = await checkComposition({
      compositionText: composition([
        { name: 'mf-a', version: '3.0.0' },
        { name: 'mf-b', version: '2.0.0' },
      ]),
      registryDir: registry,
    });
    expect(report.ok).toBe(false);
    const text = formatCheckReport(report);
    expect(text).toMatch(/REFUSED mf-a@3\.0\.0: manifest unavailable/);
    expect(text).toMatch(/REFUSED mf-b@2\.0\.0: needs SDK \^2\.0\.0/);
  });

  it('lists every problem of an invalid composition file', async () => {
    const report = await checkComposition({
      compositionText: JSON.stringify({ modules: [{ name: 'mf-a', version: 'one' }], extra: 1 }),
      registryDir: registry,
    });
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.path).sort()).toEqual(['$.extra', '$.modules[0].version']);
  });

  it('says composition NOT OK for a currency Intl cannot format and a defaultLanguage no pack brings, with their paths', async () => {
    publish('mf-a', '1.0.0', moduleManifest('mf-a', '1.0.0'), ['mf-manifest.json', 'locales/en.json']);
    const report = await checkComposition({
      compositionText: JSON.stringify({ modules: [{ name: 'mf-a', version: '1.0.0' }], defaultLanguage: 'fr', config: { shell: { currency: 'FCFA' } } }),
      registryDir: registry,
    });
    expect(report.ok).toBe(false);
    const text = formatCheckReport(report);
    expect(text).toContain(
      'CONFIG composition.json $.config.shell.currency: expected an ISO 4217 currency code, three capital letters such as XOF, EUR or TZS, found "FCFA"; the console uses "USD"',
    );
    expect(text).toContain('CONFIG composition.json $.defaultLanguage: expected a language a composed pack brings (en), found "fr"');
    expect(text).toMatch(/composition NOT OK$/);
  });

  it("reports a module's configuration value that breaks the module's schema", async () => {
    const config = { schema: { type: 'object', properties: { pageSize: { type: 'integer', minimum: 5 } } }, defaults: { pageSize: 20 } };
    publish('mf-a', '1.0.0', moduleManifest('mf-a', '1.0.0', { config }), ['mf-manifest.json', 'locales/en.json']);
    const report = await checkComposition({
      compositionText: JSON.stringify({ modules: [{ name: 'mf-a', version: '1.0.0' }], config: { 'mf-a': { pageSize: 2 } } }),
      registryDir: registry,
    });
    expect(report.resolved?.configProblems.map((p) => `${p.path} ${p.expected} ${p.found}`)).toEqual(['$.config["mf-a"].pageSize at least 5 2']);
    expect(report.resolved?.config['mf-a']).toEqual({ pageSize: 20 });
  });
});

describe('checkComposition with a country pack', () => {
  const country = (overrides: Record<string, unknown>, config: Record<string, unknown> = {}) => ({
    schemaVersion: 1,
    kind: 'pack',
    name: 'country-xx',
    version: '1.0.0',
    requires: { sdk: '^1.0.0' },
    country: { code: 'NE', name: 'Niger' },
    overrides: { en: { a: 'en/a.json' } },
    config,
    ...overrides,
  });
  const setUp = (words: Record<string, unknown>, config: Record<string, unknown> = {}) => {
    publish('mf-a', '1.0.0', moduleManifest('mf-a', '1.0.0'), ['mf-manifest.json']);
    writeFileSync(join(registry, 'mf-a/1.0.0/locales/en.json'), JSON.stringify({ menu: { claims: 'Claims' }, title: 'Claim {{code}}' }));
    publish('country-xx', '1.0.0', country({}, config), []);
    mkdirSync(join(registry, 'country-xx/1.0.0/en'));
    writeFileSync(join(registry, 'country-xx/1.0.0/en/a.json'), JSON.stringify(words));
    return JSON.stringify({ modules: [{ name: 'mf-a', version: '1.0.0' }], packs: [{ name: 'country-xx', version: '1.0.0' }] });
  };

  it('accepts wording that overrides existing keys and valid settings', async () => {
    const report = await checkComposition({ compositionText: setUp({ menu: { claims: 'Services' } }, { shell: { currency: 'XOF' } }), registryDir: registry });
    expect(formatCheckReport(report)).toContain('composition OK');
    expect(report.resolved?.config.shell?.currency).toBe('XOF');
  });

  it('prints a key typo and a wrong currency with the pack and the path, and fails', async () => {
    const report = await checkComposition({ compositionText: setUp({ menu: { claimz: 'Services' } }, { shell: { currency: 'XYZ' } }), registryDir: registry });
    expect(report.ok).toBe(false);
    const text = formatCheckReport(report);
    expect(text).toContain('WORDING country-xx $.overrides.en.a (en/a.json): menu.claimz is not a key of the a texts');
    expect(text).toContain('CONFIG country-xx $.config.shell.currency: expected an ISO 4217 currency code');
    expect(text).toContain('composition NOT OK');
  });

  it('reports a wording file that is missing', async () => {
    const text = setUp({});
    rmSync(join(registry, 'country-xx/1.0.0/en/a.json'));
    const report = await checkComposition({ compositionText: text, registryDir: registry });
    expect(report.ok).toBe(false);
    expect(report.missingFiles).toEqual(['country-xx@1.0.0: en/a.json']);
  });
});
