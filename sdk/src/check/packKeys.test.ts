import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateManifest } from '../manifest/validate.js';
import { comparePackKeys, interpolationVariables } from './packKeys.js';

const root = join(import.meta.dirname, '../../..');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

/**
 * Keys whose English lives in code, not in a locale file, so a pack may bring them:
 * the letters of a date placeholder (sdk/src/ui/localeInput.ts: dd, mm, yyyy).
 */
const ENGLISH_IN_CODE: Record<string, Record<string, unknown>> = {
  shell: { kit: { date: { day: 'dd', month: 'mm', year: 'yyyy' } } },
};

/**
 * The English of every namespace in the workspace, as the console assembles it:
 * the shell's words come in several files (`shell/locales/*.en.json`, loaded as the
 * pages need them, rights under `rights`), a module's from its manifest's i18n path.
 */
function englishNamespaces(): Map<string, Record<string, unknown>> {
  const namespaces = new Map<string, Record<string, unknown>>();
  const merge = (target: Record<string, unknown>, source: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(source)) {
      const current = target[k];
      if (current && typeof current === 'object' && v && typeof v === 'object') merge(current as Record<string, unknown>, v as Record<string, unknown>);
      else target[k] = v;
    }
    return target;
  };
  const shell: Record<string, unknown> = {};
  const shellDir = join(root, 'shell/locales');
  for (const file of readdirSync(shellDir).filter((f) => f.endsWith('en.json'))) {
    const words = readJson(join(shellDir, file));
    merge(shell, file === 'rights.en.json' ? { rights: words } : words);
  }
  namespaces.set('shell', merge(shell, ENGLISH_IN_CODE.shell ?? {}));
  for (const dir of readdirSync(root).filter((d) => d.startsWith('mf-'))) {
    const manifest = join(root, dir, 'kente.manifest.ts');
    if (!existsSync(manifest)) continue;
    const i18n = /i18n:\s*\{\s*namespace:\s*'([^']+)'[^}]*path:\s*'([^']+)'/.exec(readFileSync(manifest, 'utf8'));
    if (!i18n) continue;
    namespaces.set(i18n[1] as string, readJson(join(root, dir, (i18n[2] as string).replace('{{lng}}', 'en'))));
  }
  return namespaces;
}

describe('a language pack against English', () => {
  it('reads the variables of a text', () => {
    expect(interpolationVariables('{{from}}–{{to}} of {{ total }}')).toEqual(['from', 'to', 'total']);
    expect(interpolationVariables('{{count, number}} members, {{count}} again')).toEqual(['count']);
    expect(interpolationVariables('No variable, $t(other.key)')).toEqual([]);
  });

  it('reports stale keys, changed variables, type changes and missing keys', () => {
    const english = {
      a: 'A {{name}}',
      b: { c: 'C', d: 'D {{x}} {{y}}' },
      members_one: '{{count}} member',
      members_other: '{{count}} members',
    };
    const pack = {
      a: 'A {{jina}}',
      b: { d: 'D {{y}} {{x}}', e: 'typo' },
      old: { x: 'gone' },
      members_one: 'mwanachama mmoja',
      members_other: 'wanachama {{count}}',
    };
    expect(comparePackKeys(english, pack, 'sw')).toEqual({
      stale: ['b.e', 'old'],
      variables: [{ key: 'a', english: ['name'], translated: ['jina'] }],
      missing: ['b.c'],
      shape: [],
    });
    expect(comparePackKeys(english, { b: 'flat' }, 'sw').shape).toEqual(['b']);
    // `{{count}}` may only be left out of a form that names one number.
    expect(comparePackKeys(english, { members_other: 'wanachama' }, 'sw').variables).toEqual([{ key: 'members_other', english: ['count'], translated: [] }]);
  });

  it("accepts the plural forms of the pack's own language", () => {
    const english = { members_one: '{{count}} member', members_other: '{{count}} members' };
    expect(
      comparePackKeys(english, { members_one: '{{count}} membre', members_many: '{{count}} de membres', members_other: '{{count}} membres' }, 'fr'),
    ).toEqual({
      stale: [],
      variables: [],
      missing: [],
      shape: [],
    });
    // Swahili has no "many": a typo or a form from another language.
    expect(comparePackKeys(english, { members_many: 'wanachama {{count}}' }, 'sw').stale).toEqual(['members_many']);
  });

  const english = englishNamespaces();
  const packs = readdirSync(root).filter((d) => d.startsWith('lang-') && existsSync(join(root, d, 'kente-manifest.json')));

  it('finds the English of the shell and the five modules', () => {
    expect([...english.keys()].sort()).toEqual(['admin', 'claim', 'insuree', 'policy', 'reports', 'shell']);
    expect(packs).toEqual(expect.arrayContaining(['lang-fr', 'lang-sw']));
  });

  for (const pack of packs) {
    it(`${pack}: every namespace, no stale key, the variables of English (missing keys listed, allowed)`, () => {
      const manifest = readJson(join(root, pack, 'kente-manifest.json')) as { translations: Record<string, Record<string, string>> };
      const problems: string[] = [];
      const missing: string[] = [];
      for (const [language, files] of Object.entries(manifest.translations)) {
        expect(Object.keys(files).sort(), `${pack} ${language}: namespaces`).toEqual([...english.keys()].sort());
        for (const [namespace, file] of Object.entries(files)) {
          const source = english.get(namespace);
          if (!source) continue;
          const report = comparePackKeys(source, readJson(join(root, pack, file)), language);
          for (const key of report.stale) problems.push(`${file}: ${key} is not an English key`);
          for (const key of report.shape) problems.push(`${file}: ${key} is a text in one and a group in the other`);
          for (const v of report.variables)
            problems.push(`${file}: ${v.key} uses {{${v.translated.join('}}, {{')}}} where English uses {{${v.english.join('}}, {{')}}}`);
          missing.push(...report.missing.map((key) => `${language}/${namespace}:${key}`));
        }
      }
      // Missing keys show in English: told, not failed (English texts land before their translations).
      if (missing.length) console.info(`${pack}: ${missing.length} key(s) not translated yet (English shows):\n  ${missing.join('\n  ')}`);
      expect(problems).toEqual([]);
    });
  }

  const countries = readdirSync(root).filter((d) => d.startsWith('country-') && existsSync(join(root, d, 'kente-manifest.json')));
  it('finds the country packs', () => expect(countries).toEqual(expect.arrayContaining(['country-ne', 'country-tz'])));
  for (const pack of countries) {
    it(`${pack}: a valid manifest, and wording overrides that change English keys only, with their variables`, () => {
      const manifest = readJson(join(root, pack, 'kente-manifest.json'));
      expect(validateManifest(manifest).ok).toBe(true);
      const problems: string[] = [];
      for (const [language, files] of Object.entries((manifest as { overrides: Record<string, Record<string, string>> }).overrides)) {
        for (const [namespace, file] of Object.entries(files)) {
          const source = english.get(namespace);
          if (!source) {
            problems.push(`${file}: ${namespace} is not a namespace of the console`);
            continue;
          }
          const report = comparePackKeys(source, readJson(join(root, pack, file)), language);
          for (const key of [...report.stale, ...report.shape]) problems.push(`${file}: ${key} is not an English text`);
          for (const v of report.variables)
            problems.push(`${file}: ${v.key} uses {{${v.translated.join('}}, {{')}}} where English uses {{${v.english.join('}}, {{')}}}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
