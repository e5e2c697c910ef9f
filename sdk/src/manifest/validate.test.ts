import { describe, expect, it } from 'vitest';
import type { Problem } from './problems.js';
import { validateManifest } from './validate.js';

/** A valid module manifest, as a module build would emit it, with `overrides` merged on top. */
function moduleManifest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    kind: 'module',
    name: 'mf-insuree',
    version: '1.2.0',
    federation: { name: 'mf_insuree', entry: './remoteEntry.js' },
    requires: { sdk: '^1.0.0', slots: { 'policy.summary.actions': '^1.0.0' } },
    menu: [{ id: 'families', section: 'insurees', label: 'menu.families', route: '/insurees/families', rights: [101001] }],
    routes: [
      { path: '/insurees/families', page: './FamiliesPage', rights: [101001] },
      { path: '/insurees/families/:id', page: './FamilyPage' },
    ],
    slots: [{ name: 'insuree.family.panels', version: '1.0.0', description: 'Panels under a family' }],
    contributions: [
      { id: 'family-summary', slot: 'insuree.family.panels', component: './FamilySummary', order: 10 },
      { id: 'renew-action', slot: 'policy.summary.actions', component: './RenewAction', when: { config: 'renewals', equals: true } },
    ],
    i18n: { namespace: 'insuree', languages: ['en', 'fr'], path: './locales/{{lng}}.json' },
    config: { defaults: { pageSize: 20 } },
    ...overrides,
  };
}

function packManifest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    kind: 'pack',
    name: 'lang-fr',
    version: '0.1.0',
    requires: { sdk: '^1.0.0' },
    languages: [{ code: 'fr', label: 'Français' }],
    translations: { fr: { insuree: './fr/insuree.json' } },
    config: { 'mf-insuree': { pageSize: 50 } },
    ...overrides,
  };
}

function problemsOf(data: unknown): Problem[] {
  const result = validateManifest(data);
  if (result.ok) throw new Error('expected the manifest to be refused');
  return result.problems;
}

describe('validateManifest: valid manifests', () => {
  it('accepts a module manifest and keeps its content', () => {
    const result = validateManifest(moduleManifest());
    expect(result.problems).toEqual([]);
    if (!result.ok || result.value.kind !== 'module') throw new Error('expected a valid module manifest');
    expect(result.value.name).toBe('mf-insuree');
    expect(result.value.contributions.map((c) => c.id)).toEqual(['family-summary', 'renew-action']);
    expect(result.value.config.defaults).toEqual({ pageSize: 20 });
  });

  it('fills in the defaults of a minimal module manifest', () => {
    const result = validateManifest(moduleManifest({ menu: undefined, routes: undefined, slots: undefined, contributions: undefined, config: undefined }));
    if (!result.ok || result.value.kind !== 'module') throw new Error(JSON.stringify(result.problems));
    expect(result.value.menu).toEqual([]);
    expect(result.value.routes).toEqual([]);
    expect(result.value.slots).toEqual([]);
    expect(result.value.contributions).toEqual([]);
    expect(result.value.config).toEqual({ defaults: {} });
  });

  it('accepts a pack manifest', () => {
    const result = validateManifest(packManifest());
    expect(result.problems).toEqual([]);
    if (!result.ok || result.value.kind !== 'pack') throw new Error('expected a valid pack manifest');
    expect(result.value.languages).toEqual([{ code: 'fr', label: 'Français' }]);
    expect(result.value.config).toEqual({ 'mf-insuree': { pageSize: 50 } });
  });

  it('fills in the defaults of a minimal pack manifest', () => {
    const result = validateManifest(packManifest({ languages: undefined, translations: undefined, config: undefined }));
    if (!result.ok || result.value.kind !== 'pack') throw new Error(JSON.stringify(result.problems));
    expect(result.value.languages).toEqual([]);
    expect(result.value.translations).toEqual({});
    expect(result.value.config).toEqual({});
  });
});

describe('validateManifest: references inside a module manifest', () => {
  it('refuses a menu entry whose route is not one of the module routes, listing the routes', () => {
    const problems = problemsOf(moduleManifest({ menu: [{ id: 'families', section: 'insurees', label: 'menu.families', route: '/insuree/families' }] }));
    expect(problems).toEqual([
      {
        path: '$.menu[0].route',
        expected: "one of this module's routes (/insurees/families, /insurees/families/:id)",
        found: '"/insuree/families"',
      },
    ]);
  });

  it('accepts page budgets for its routes and refuses one for a route it does not have or one that is not a positive size', () => {
    expect(validateManifest(moduleManifest({ budgets: { pages: { '/insurees/families': 20, '/insurees/families/:id': 25.5 } } })).ok).toBe(true);
    expect(problemsOf(moduleManifest({ budgets: { pages: { '/insurees/family': 20 } } }))).toEqual([
      {
        path: '$.budgets.pages["/insurees/family"]',
        expected: "one of this module's routes (/insurees/families, /insurees/families/:id)",
        found: '"/insurees/family"',
      },
    ]);
    expect(problemsOf(moduleManifest({ budgets: { pages: { '/insurees/families': 0 } } })).map((p) => p.path)).toEqual([
      '$.budgets.pages["/insurees/families"]',
    ]);
  });

  it('says "none" when a module with a menu entry has no routes at all', () => {
    const problems = problemsOf(moduleManifest({ routes: [] }));
    expect(problems).toEqual([{ path: '$.menu[0].route', expected: "one of this module's routes (none)", found: '"/insurees/families"' }]);
  });

  it('refuses a contribution to a slot neither offered nor listed in requires.slots', () => {
    const problems = problemsOf(moduleManifest({ contributions: [{ id: 'claims-panel', slot: 'claim.review.panels', component: './ClaimsPanel' }] }));
    expect(problems).toEqual([
      { path: '$.contributions[0].slot', expected: 'a slot offered by this module or listed in requires.slots', found: '"claim.review.panels"' },
    ]);
  });

  it('accepts contributions to its own slot and to a slot listed in requires.slots', () => {
    const result = validateManifest(
      moduleManifest({
        contributions: [
          { id: 'own', slot: 'insuree.family.panels', component: './Own' },
          { id: 'other', slot: 'policy.summary.actions', component: './Other' },
        ],
      }),
    );
    expect(result.problems).toEqual([]);
  });

  it('refuses duplicate contribution ids at the second one, pointing at the first', () => {
    const problems = problemsOf(
      moduleManifest({
        contributions: [
          { id: 'family-summary', slot: 'insuree.family.panels', component: './FamilySummary' },
          { id: 'family-summary', slot: 'insuree.family.panels', component: './OtherSummary' },
        ],
      }),
    );
    expect(problems).toEqual([
      { path: '$.contributions[1].id', expected: 'a contribution id not used before ($.contributions[0].id)', found: '"family-summary"' },
    ]);
  });

  it('refuses duplicate route paths, menu ids and slot names', () => {
    const base = moduleManifest();
    const problems = problemsOf({
      ...base,
      menu: [
        { id: 'families', section: 'insurees', label: 'a', route: '/insurees/families' },
        { id: 'families', section: 'insurees', label: 'b', route: '/insurees/families' },
      ],
      routes: [
        { path: '/insurees/families', page: './FamiliesPage' },
        { path: '/insurees/families', page: './OtherPage' },
      ],
      slots: [
        { name: 'insuree.family.panels', version: '1.0.0' },
        { name: 'insuree.family.panels', version: '2.0.0' },
      ],
    });
    expect(problems.map((p) => p.path)).toEqual(['$.menu[1].id', '$.routes[1].path', '$.slots[1].name']);
  });

  it('lets the same id be used by a menu entry and a contribution', () => {
    const result = validateManifest(moduleManifest({ contributions: [{ id: 'families', slot: 'insuree.family.panels', component: './Families' }] }));
    expect(result.problems).toEqual([]);
  });

  it('does not check references of a manifest that fails its schema', () => {
    // The menu route is wrong too, but only the schema problem is reported: references are checked on a well-formed manifest.
    const problems = problemsOf(moduleManifest({ version: 'latest', routes: [] }));
    expect(problems).toEqual([{ path: '$.version', expected: 'a semantic version such as 1.2.3', found: '"latest"' }]);
  });
});

describe('validateManifest: schema problems', () => {
  it('refuses an exposed page name without ./', () => {
    const problems = problemsOf(moduleManifest({ routes: [{ path: '/insurees/families', page: 'FamiliesPage' }] }));
    expect(problems).toEqual([{ path: '$.routes[0].page', expected: 'an exposed module name such as ./FamiliesPage', found: '"FamiliesPage"' }]);
  });

  it('refuses an exposed contribution component without ./', () => {
    const problems = problemsOf(moduleManifest({ contributions: [{ id: 'x', slot: 'insuree.family.panels', component: 'PolicyPanel' }] }));
    expect(problems).toEqual([{ path: '$.contributions[0].component', expected: 'an exposed module name such as ./PolicyPanel', found: '"PolicyPanel"' }]);
  });

  it('refuses an unknown kind', () => {
    const problems = problemsOf(moduleManifest({ kind: 'plugin' }));
    expect(problems).toEqual([{ path: '$.kind', expected: 'one of "module", "pack"', found: '"plugin"' }]);
  });

  it('refuses a module manifest key that belongs to packs', () => {
    const problems = problemsOf(moduleManifest({ languages: [{ code: 'fr', label: 'Français' }] }));
    expect(problems).toEqual([{ path: '$.languages', expected: 'no key "languages" (not part of the format)', found: 'an array of 1' }]);
  });

  it('refuses a menu section id that is not a lower-case id', () => {
    const problems = problemsOf(moduleManifest({ menu: [{ id: 'families', section: 'People', label: 'x', route: '/insurees/families' }] }));
    expect(problems).toEqual([{ path: '$.menu[0].section', expected: 'a section id such as insurees', found: '"People"' }]);
  });

  it('refuses a translation path without the {{lng}} placeholder', () => {
    const problems = problemsOf(moduleManifest({ i18n: { namespace: 'insuree', languages: ['en'], path: './locales/en.json' } }));
    expect(problems).toEqual([{ path: '$.i18n.path', expected: 'a text containing "{{lng}}"', found: '"./locales/en.json"' }]);
  });

  it('refuses a menu route that does not start with /', () => {
    const problems = problemsOf(moduleManifest({ menu: [{ id: 'families', section: 'insurees', label: 'x', route: 'insurees/families' }] }));
    expect(problems).toEqual([{ path: '$.menu[0].route', expected: 'a text starting with "/"', found: '"insurees/families"' }]);
  });

  it('refuses a slot offer whose version is not semantic, and a bad slot name', () => {
    const problems = problemsOf(moduleManifest({ slots: [{ name: 'Panels', version: '1' }], contributions: [] }));
    expect(problems).toEqual([
      { path: '$.slots[0].name', expected: 'a dotted slot name such as insuree.family.panels', found: '"Panels"' },
      { path: '$.slots[0].version', expected: 'a semantic version such as 1.2.3', found: '"1"' },
    ]);
  });
});
