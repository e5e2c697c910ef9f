import { describe, expect, it } from 'vitest';
import type { ModuleManifest, PackManifest } from '../manifest/schema.js';
import { validateManifest } from '../manifest/validate.js';
import { countryPacksLast, mergeTexts, wordingOverrides } from './packs.js';
import { type LoadedManifest, resolveComposition } from './resolve.js';
import { compositionSchema } from './schema.js';

/** A manifest as the shell gets it: validated, defaults applied. */
function manifest<T extends ModuleManifest | PackManifest>(data: Record<string, unknown>): T {
  const result = validateManifest({ schemaVersion: 1, requires: { sdk: '^1.0.0' }, ...data });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value as T;
}

const insuree = manifest<ModuleManifest>({
  kind: 'module',
  name: 'mf-insuree',
  version: '1.0.0',
  federation: { name: 'mf_insuree', entry: 'mf-manifest.json' },
  i18n: { namespace: 'insuree', languages: ['en'], path: 'locales/{{lng}}.json' },
  config: {
    schema: {
      type: 'object',
      properties: {
        insuranceNumber: {
          type: 'object',
          properties: { length: { type: 'integer', minimum: 4, maximum: 20 }, checkDigit: { enum: ['mod7', 'none'] } },
        },
      },
    },
    defaults: { insuranceNumber: { length: 9, checkDigit: 'mod7' } },
  },
});

const langFr = manifest<PackManifest>({
  kind: 'pack',
  name: 'lang-fr',
  version: '1.0.0',
  languages: [{ code: 'fr', label: 'Français' }],
  translations: { fr: { shell: 'fr/shell.json', insuree: 'fr/insuree.json' } },
  config: { shell: { currency: 'EUR', schemeName: 'Mutuelle' }, 'mf-insuree': { insuranceNumber: { length: 8, checkDigit: 'none' } } },
});

const country = (config: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  manifest<PackManifest>({ kind: 'pack', name: 'country-ne', version: '1.0.0', country: { code: 'NE', name: 'Niger' }, config, ...extra });

const niger = country(
  {
    shell: { currency: 'XOF', locales: { fr: 'fr-NE' }, locationLevels: { fr: { R: 'Région', D: 'Département', M: 'Commune', V: 'Village' } } },
    'mf-insuree': { insuranceNumber: { length: 10, checkDigit: 'mod7' } },
  },
  { overrides: { fr: { insuree: 'fr/insuree.json', shell: 'fr/shell.json' } } },
);

/** Resolves a composition (packs listed in `order`) with mf-insuree and the given packs. */
function resolve(packs: PackManifest[], config: Record<string, Record<string, unknown>> = {}) {
  const composition = compositionSchema.parse({
    modules: [{ name: 'mf-insuree', version: '1.0.0' }],
    packs: packs.map((p) => ({ name: p.name, version: p.version })),
    config,
  });
  const loaded: LoadedManifest[] = [
    { entry: { name: 'mf-insuree', version: '1.0.0' }, kind: 'module', baseUrl: '/modules/mf-insuree/1.0.0/', manifest: insuree },
    ...packs.map((p) => ({ entry: { name: p.name, version: p.version }, kind: 'pack' as const, baseUrl: `/modules/${p.name}/${p.version}/`, manifest: p })),
  ];
  return resolveComposition(composition, loaded, '1.0.0');
}

describe('country packs: layering', () => {
  it('module defaults < language packs < country packs < composition.json, whatever the order of the packs', () => {
    for (const packs of [
      [langFr, niger],
      [niger, langFr],
    ]) {
      const resolved = resolve(packs);
      expect(resolved.configProblems).toEqual([]);
      expect(resolved.config.shell).toMatchObject({ currency: 'XOF', schemeName: 'Mutuelle', locales: { fr: 'fr-NE' } });
      expect(resolved.config['mf-insuree']).toEqual({ insuranceNumber: { length: 10, checkDigit: 'mod7' } });
    }
    // Without the country pack, the language pack's value; without either, the module's default.
    expect(resolve([langFr]).config['mf-insuree']).toEqual({ insuranceNumber: { length: 8, checkDigit: 'none' } });
    expect(resolve([]).config['mf-insuree']).toEqual({ insuranceNumber: { length: 9, checkDigit: 'mod7' } });
    // composition.json has the last word, and says so.
    const own = resolve([langFr, niger], { shell: { currency: 'TZS' } });
    expect(own.config.shell?.currency).toBe('TZS');
    expect(own.warnings).toContain(`composition.json $.config.shell.currency ("TZS") overrides country-ne's "XOF"`);
  });

  it('orders wording overrides the same way and merges them key by key', () => {
    const tz = manifest<PackManifest>({ kind: 'pack', name: 'country-tz', version: '1.0.0', country: { code: 'TZ', name: 'Tanzania' } });
    const packs = [{ manifest: niger }, { manifest: langFr }, { manifest: tz }];
    expect(countryPacksLast(packs).map((p) => p.manifest.name)).toEqual(['lang-fr', 'country-ne', 'country-tz']);
    expect(wordingOverrides(packs, 'fr', 'insuree')).toEqual([{ pack: packs[0], path: 'fr/insuree.json' }]);
    expect(wordingOverrides(packs, 'sw', 'insuree')).toEqual([]);
    const base = { menu: { claims: 'Demandes', reviews: 'Revues' }, title: 'Demande' };
    expect(mergeTexts(base, { menu: { claims: 'Prestations' } })).toEqual({ menu: { claims: 'Prestations', reviews: 'Revues' }, title: 'Demande' });
    expect(base.menu.claims).toBe('Demandes');
  });
});

describe('country packs: validation', () => {
  it('reports a typo in a pack with the pack and the JSON path, and keeps the layer below', () => {
    const typo = country({ 'mf-insuree': { insuranceNumber: { lenght: 10 } }, shell: { curency: 'XOF' } });
    const resolved = resolve([langFr, typo]);
    expect(resolved.configProblems.map((p) => `${p.source} ${p.path}`).sort()).toEqual([
      'country-ne $.config.shell.curency',
      'country-ne $.config["mf-insuree"].insuranceNumber.lenght',
    ]);
    expect(resolved.config['mf-insuree']).toEqual({ insuranceNumber: { length: 8, checkDigit: 'none' } });
  });

  it.each(['XYZ', 'FCFA', 'cfa'])('refuses currency %s from a country pack', (currency) => {
    const resolved = resolve([langFr, country({ shell: { currency } })]);
    expect(resolved.configProblems).toEqual([
      expect.objectContaining({ source: 'country-ne', path: '$.config.shell.currency', found: JSON.stringify(currency), using: '"EUR"' }),
    ]);
    expect(resolved.config.shell?.currency).toBe('EUR');
  });

  it('refuses a locale Intl does not know and location levels that name fewer than four levels', () => {
    const resolved = resolve([
      langFr,
      country({ shell: { locales: { fr: 'fr_NE' }, locationLevels: { fr: { R: 'Région', D: 'Département', V: 'Village' } } } }),
    ]);
    expect(resolved.configProblems.map((p) => `${p.source} ${p.path}`).sort()).toEqual([
      'country-ne $.config.shell.locales.fr',
      'country-ne $.config.shell.locationLevels.fr.M',
    ]);
    expect(resolved.config.shell?.locales).toBeUndefined();
  });

  it('reports wording, locales and level names for a language no pack brings, and a namespace no module has', () => {
    const resolved = resolve([
      country(
        { shell: { locationLevels: { sw: { R: 'Mkoa', D: 'Wilaya', M: 'Kata', V: 'Kijiji' } } } },
        { overrides: { sw: { shell: 'sw/shell.json' }, en: { claimz: 'en/claim.json' } } },
      ),
    ]);
    expect(resolved.configProblems.map((p) => `${p.source} ${p.path}`)).toEqual([
      'country-ne $.overrides.sw',
      'country-ne $.overrides.en.claimz',
      'country-ne $.config.shell.locationLevels.sw',
    ]);
    expect(resolved.configProblems[0]?.expected).toMatch(/a language of this composition \(en\)/);
  });

  it('warns about settings for a module the composition does not compose', () => {
    const resolved = resolve([country({ 'mf-claims': { duplicateGuarantee: 'refuse' } })]);
    expect(resolved.configProblems).toEqual([]);
    expect(resolved.warnings).toContain('country-ne: $.config["mf-claims"] configures mf-claims, which this composition does not compose; it is ignored');
  });

  it('refuses a country that is not an ISO 3166 code', () => {
    const result = validateManifest({
      schemaVersion: 1,
      kind: 'pack',
      name: 'country-ne',
      version: '1.0.0',
      requires: { sdk: '^1.0.0' },
      country: { code: 'NER', name: 'Niger' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('$.country.code');
  });
});
