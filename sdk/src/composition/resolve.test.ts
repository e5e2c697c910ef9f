import { describe, expect, it } from 'vitest';
import type { ModuleManifest, PackManifest } from '../manifest/schema.js';
import { validateManifest } from '../manifest/validate.js';
import { moduleManifest as fixture } from '../testing.js';
import { SDK_VERSION } from '../version.js';
import { defaultModuleUrl, type LoadedManifest, type ResolvedComposition, resolveComposition, satisfies } from './resolve.js';
import type { CompositionEntry } from './schema.js';
import { validateComposition } from './validate.js';

/** A module manifest parsed by the real schema (defaults filled in); `overrides` replace top-level keys, `name` included. */
const moduleManifest = (overrides: Record<string, unknown> = {}): ModuleManifest =>
  fixture(typeof overrides.name === 'string' ? overrides.name : 'mf-test', overrides);

function packManifest(overrides: Record<string, unknown> = {}): PackManifest {
  const result = validateManifest({ schemaVersion: 1, kind: 'pack', name: 'lang-fr', version: '0.1.0', requires: { sdk: '^1.0.0' }, ...overrides });
  if (!result.ok || result.value.kind !== 'pack') throw new Error(`bad fixture: ${JSON.stringify(result.problems)}`);
  return result.value;
}

/** What the shell hands the resolver once a manifest was fetched; the entry defaults to the manifest's own name and version. */
function loaded(manifest: ModuleManifest | PackManifest, entry: Partial<CompositionEntry> = {}): LoadedManifest {
  const full: CompositionEntry = { name: manifest.name, version: manifest.version, ...entry };
  return { entry: full, kind: manifest.kind, baseUrl: defaultModuleUrl(full), manifest };
}

function failed(entry: CompositionEntry, error?: string): LoadedManifest {
  return { entry, kind: 'module', baseUrl: defaultModuleUrl(entry), ...(error === undefined ? {} : { error }) };
}

/** Builds composition.json from the loaded entries (through the real schema), then resolves. */
function resolve(items: LoadedManifest[], extra: Record<string, unknown> = {}, sdkVersion = SDK_VERSION): ResolvedComposition {
  const seen = new Set<string>();
  const unique = items.filter((i) => {
    if (seen.has(i.entry.name)) return false;
    seen.add(i.entry.name);
    return true;
  });
  const composition = validateComposition({
    modules: unique.filter((i) => i.kind === 'module').map((i) => i.entry),
    packs: unique.filter((i) => i.kind === 'pack').map((i) => i.entry),
    ...extra,
  });
  if (!composition.ok) throw new Error(`bad composition fixture: ${JSON.stringify(composition.problems)}`);
  return resolveComposition(composition.value, items, sdkVersion);
}

const names = (r: ResolvedComposition) => r.modules.map((m) => m.manifest.name);
const slotIds = (r: ResolvedComposition, slot: string) => (r.contributions.get(slot) ?? []).map((c) => c.globalId);

/** The family page offers a panels slot; policy and claim contribute to it. */
const insuree = (overrides: Record<string, unknown> = {}) =>
  moduleManifest({
    name: 'mf-insuree',
    routes: [{ path: '/insurees/families', page: './FamiliesPage' }],
    menu: [{ id: 'families', section: 'insurees', label: 'menu.families', route: '/insurees/families' }],
    slots: [{ name: 'insuree.family.panels', version: '1.0.0' }],
    contributions: [{ id: 'summary', slot: 'insuree.family.panels', component: './Summary', order: -10 }],
    config: { defaults: { pageSize: 20, currency: 'USD', showPhotos: true } },
    ...overrides,
  });
const policy = (overrides: Record<string, unknown> = {}) =>
  moduleManifest({
    name: 'mf-policy',
    routes: [{ path: '/policies', page: './PoliciesPage' }],
    requires: { sdk: '^1.0.0', slots: { 'insuree.family.panels': '^1.0.0' } },
    slots: [{ name: 'policy.summary.actions', version: '1.2.0' }],
    contributions: [{ id: 'family-policies', slot: 'insuree.family.panels', component: './FamilyPolicies', order: 10 }],
    ...overrides,
  });
const claim = (overrides: Record<string, unknown> = {}) =>
  moduleManifest({
    name: 'mf-claim',
    routes: [{ path: '/claims', page: './ClaimsPage' }],
    requires: { sdk: '^1.0.0', slots: { 'insuree.family.panels': '^1.0.0', 'policy.summary.actions': '^1.1.0' } },
    contributions: [
      { id: 'family-claims', slot: 'insuree.family.panels', component: './FamilyClaims', order: 20 },
      { id: 'claim-action', slot: 'policy.summary.actions', component: './ClaimAction' },
    ],
    ...overrides,
  });

describe('satisfies', () => {
  it('checks caret ranges', () => {
    expect(satisfies('1.0.0', '^1.0.0')).toBe(true);
    expect(satisfies('1.9.3', '^1.2.0')).toBe(true);
    expect(satisfies('1.1.0', '^1.2.0')).toBe(false);
    expect(satisfies('2.0.0', '^1.0.0')).toBe(false);
    expect(satisfies('1.0.0', '^2.0.0')).toBe(false);
  });

  it('checks ranges made of comparators separated by spaces (all must hold)', () => {
    expect(satisfies('1.5.0', '>=1.2.0 <2.0.0')).toBe(true);
    expect(satisfies('1.2.0', '>=1.2.0 <2.0.0')).toBe(true);
    expect(satisfies('2.0.0', '>=1.2.0 <2.0.0')).toBe(false);
    expect(satisfies('1.1.9', '>=1.2.0 <2.0.0')).toBe(false);
  });

  it('checks alternatives separated by ||', () => {
    expect(satisfies('1.4.0', '^1.0.0 || ^3.0.0')).toBe(true);
    expect(satisfies('3.1.0', '^1.0.0 || ^3.0.0')).toBe(true);
    expect(satisfies('2.1.0', '^1.0.0 || ^3.0.0')).toBe(false);
  });

  it('lets a pre-release satisfy its release range, not another major', () => {
    expect(satisfies('2.0.0-beta.1', '^2.0.0')).toBe(true);
    expect(satisfies('2.0.0-beta.1', '^1.0.0')).toBe(false);
  });

  it('never matches an invalid range or version, without throwing', () => {
    expect(satisfies('1.0.0', 'not-a-range')).toBe(false);
    expect(satisfies('1.0.0', '')).toBe(false);
    expect(satisfies('banana', '^1.0.0')).toBe(false);
  });
});

describe('resolveComposition: each manifest on its own', () => {
  it('accepts compatible modules with their base URL, menu and routes tagged by module', () => {
    const r = resolve([loaded(insuree()), loaded(policy(), { url: 'https://cdn.example.org/policy' })]);
    expect(r.refused).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(names(r)).toEqual(['mf-insuree', 'mf-policy']);
    expect(r.modules.map((m) => m.baseUrl)).toEqual(['/modules/mf-insuree/1.0.0/', 'https://cdn.example.org/policy/']);
    expect(r.menu).toEqual([{ id: 'families', section: 'insurees', label: 'menu.families', route: '/insurees/families', module: 'mf-insuree' }]);
    expect(r.routes.map((x) => [x.path, x.module])).toEqual([
      ['/insurees/families', 'mf-insuree'],
      ['/policies', 'mf-policy'],
    ]);
    expect(r.slots.get('insuree.family.panels')).toEqual({ owner: 'mf-insuree', version: '1.0.0' });
    expect(r.slots.get('shell.header.actions')).toEqual({ owner: 'shell', version: '1.0.0' });
  });

  it('refuses a module needing SDK ^2 alone, saying which SDK it needs and which the console has', () => {
    const r = resolve([loaded(insuree()), loaded(moduleManifest({ name: 'mf-future', requires: { sdk: '^2.0.0' } })), loaded(policy())]);
    expect(names(r)).toEqual(['mf-insuree', 'mf-policy']);
    expect(r.refused).toEqual([{ name: 'mf-future', version: '1.0.0', reasons: [`needs SDK ^2.0.0, this console has SDK ${SDK_VERSION}`] }]);
  });

  it('accepts the same module under an SDK that satisfies its range', () => {
    const r = resolve([loaded(moduleManifest({ name: 'mf-future', requires: { sdk: '^2.0.0' } }))], {}, '2.3.0');
    expect(r.refused).toEqual([]);
    expect(names(r)).toEqual(['mf-future']);
  });

  it('refuses a module whose manifest could not be loaded, with the loading error as reason', () => {
    const r = resolve([loaded(insuree()), failed({ name: 'mf-gone', version: '1.0.0' }, 'GET /modules/mf-gone/1.0.0/kente-manifest.json: 404 Not Found')]);
    expect(names(r)).toEqual(['mf-insuree']);
    expect(r.refused).toEqual([{ name: 'mf-gone', version: '1.0.0', reasons: ['GET /modules/mf-gone/1.0.0/kente-manifest.json: 404 Not Found'] }]);
  });

  it('still refuses a manifest that is missing without an error', () => {
    const r = resolve([failed({ name: 'mf-gone', version: '1.0.0' }), loaded(insuree())]);
    expect(r.refused).toEqual([{ name: 'mf-gone', version: '1.0.0', reasons: ['manifest unavailable'] }]);
  });

  it('refuses a manifest whose name and version do not match the composition entry', () => {
    const r = resolve([loaded(insuree(), { name: 'mf-insurees', version: '1.1.0' })]);
    expect(r.modules).toEqual([]);
    expect(r.refused).toEqual([
      { name: 'mf-insurees', version: '1.1.0', reasons: ['its manifest is named mf-insuree, not mf-insurees', 'its manifest has version 1.0.0, not 1.1.0'] },
    ]);
  });

  it('refuses a pack listed as a module', () => {
    const pack = packManifest();
    const r = resolve([loaded(insuree()), { ...loaded(pack), kind: 'module' }]);
    expect(r.packs).toEqual([]);
    expect(r.refused).toEqual([{ name: 'lang-fr', version: '0.1.0', reasons: ['composition.json lists it as a module but its manifest says pack'] }]);
  });

  it('uses the first of two entries with the same name and refuses the second', () => {
    const r = resolve([loaded(insuree()), loaded(insuree({ version: '2.0.0' }))]);
    expect(r.modules.map((m) => m.manifest.version)).toEqual(['1.0.0']);
    expect(r.refused).toEqual([{ name: 'mf-insuree', version: '2.0.0', reasons: ['mf-insuree is listed twice in composition.json; the first one is used'] }]);
  });
});

describe('resolveComposition: modules as a set', () => {
  it('refuses the second of two modules offering the same slot', () => {
    const rival = moduleManifest({ name: 'mf-rival', slots: [{ name: 'insuree.family.panels', version: '1.0.0' }] });
    const r = resolve([loaded(insuree()), loaded(rival)]);
    expect(names(r)).toEqual(['mf-insuree']);
    expect(r.refused).toEqual([{ name: 'mf-rival', version: '1.0.0', reasons: ['slot insuree.family.panels is already offered by mf-insuree'] }]);
    expect(r.slots.get('insuree.family.panels')?.owner).toBe('mf-insuree');
  });

  it('refuses a module offering a slot the shell owns', () => {
    const r = resolve([loaded(moduleManifest({ name: 'mf-header', slots: [{ name: 'shell.header.actions', version: '2.0.0' }] }))]);
    expect(r.refused[0]?.reasons).toEqual(['slot shell.header.actions is already offered by shell']);
    expect(r.slots.get('shell.header.actions')).toEqual({ owner: 'shell', version: '1.0.0' });
  });

  it('refuses the second of two modules serving the same route, and keeps its menu and routes out', () => {
    const rival = moduleManifest({
      name: 'mf-rival',
      routes: [
        { path: '/insurees/families', page: './Families' },
        { path: '/rival', page: './Rival' },
      ],
      menu: [{ id: 'rival', section: 'insurees', label: 'rival', route: '/rival' }],
    });
    const r = resolve([loaded(insuree()), loaded(rival)]);
    expect(r.refused).toEqual([{ name: 'mf-rival', version: '1.0.0', reasons: ['route /insurees/families overlaps /insurees/families of mf-insuree'] }]);
    expect(r.routes.map((x) => x.path)).toEqual(['/insurees/families']);
    expect(r.menu.map((m) => m.module)).toEqual(['mf-insuree']);
  });

  it('lists every clash of a refused module as a reason', () => {
    const rival = moduleManifest({
      name: 'mf-rival',
      routes: [{ path: '/insurees/families', page: './Families' }],
      slots: [{ name: 'insuree.family.panels', version: '1.0.0' }],
    });
    const r = resolve([loaded(insuree()), loaded(rival)]);
    expect(r.refused[0]?.reasons).toEqual([
      'route /insurees/families overlaps /insurees/families of mf-insuree',
      'slot insuree.family.panels is already offered by mf-insuree',
    ]);
  });

  it('refuses a module whose slot contract does not match the offered version, and hides its contributions', () => {
    const r = resolve([loaded(insuree()), loaded(policy({ requires: { sdk: '^1.0.0', slots: { 'insuree.family.panels': '^2.0.0' } } }))]);
    expect(names(r)).toEqual(['mf-insuree']);
    expect(r.refused).toEqual([{ name: 'mf-policy', version: '1.0.0', reasons: ['uses slot insuree.family.panels ^2.0.0 but mf-insuree offers 1.0.0'] }]);
    expect(slotIds(r, 'insuree.family.panels')).toEqual(['mf-insuree/summary']);
    expect(r.slots.has('policy.summary.actions')).toBe(false);
  });

  it('warns, without refusing, a module whose slot owner was refused; its contributions have no slot to show in', () => {
    const r = resolve([loaded(insuree({ requires: { sdk: '^2.0.0' } })), loaded(policy())]);
    expect(names(r)).toEqual(['mf-policy']);
    expect(r.refused.map((x) => x.name)).toEqual(['mf-insuree']);
    expect(r.warnings).toEqual(['mf-policy: no composed module offers slot insuree.family.panels; its contributions there stay hidden']);
    expect(r.slots.has('insuree.family.panels')).toBe(false);
    // The contribution is still grouped under its slot, but no accepted module renders that slot.
    expect(slotIds(r, 'insuree.family.panels')).toEqual(['mf-policy/family-policies']);
  });

  it('follows a refusal through: a refused slot owner takes its slots with it, its dependents only get warnings', () => {
    // mf-policy is refused for the panels contract, so policy.summary.actions disappears; mf-claim used it.
    const r = resolve([
      loaded(insuree()),
      loaded(policy({ requires: { sdk: '^1.0.0', slots: { 'insuree.family.panels': '^2.0.0' } } })),
      loaded(claim({ requires: { sdk: '^1.0.0', slots: { 'insuree.family.panels': '^1.0.0', 'policy.summary.actions': '^1.1.0' } } })),
    ]);
    expect(names(r)).toEqual(['mf-insuree', 'mf-claim']);
    expect(r.refused.map((x) => x.name)).toEqual(['mf-policy']);
    expect(r.warnings).toEqual(['mf-claim: no composed module offers slot policy.summary.actions; its contributions there stay hidden']);
  });

  it('refuses a module that needs a newer contract of a slot offered by a module listed after it', () => {
    const r = resolve([loaded(claim()), loaded(insuree()), loaded(policy({ slots: [{ name: 'policy.summary.actions', version: '1.0.0' }] }))]);
    expect(r.refused).toEqual([{ name: 'mf-claim', version: '1.0.0', reasons: ['uses slot policy.summary.actions ^1.1.0 but mf-policy offers 1.0.0'] }]);
  });
});

describe('resolveComposition: reports', () => {
  const report = (name: string) => ({ name, label: `reports.${name}.label`, group: 'reports.groups.all' });
  it('lists the reports of accepted modules, tagged by module, and none of a refused module', () => {
    const r = resolve([
      loaded(moduleManifest({ name: 'mf-policy', reports: [report('premium_collection')] })),
      loaded(moduleManifest({ name: 'mf-claim', requires: { sdk: '^2.0.0' }, reports: [report('claims_overview')] })),
    ]);
    expect(r.reports).toEqual([{ ...report('premium_collection'), module: 'mf-policy' }]);
  });
  it('keeps a report two modules list once, the first, with a warning', () => {
    const r = resolve([
      loaded(moduleManifest({ name: 'mf-policy', reports: [report('premium_collection')] })),
      loaded(moduleManifest({ name: 'mf-other', reports: [report('premium_collection')] })),
    ]);
    expect(r.reports.map((x) => x.module)).toEqual(['mf-policy']);
    expect(r.warnings).toContain('mf-other: report premium_collection is already listed by mf-policy; that one is used');
  });
  it('refuses a manifest whose report name is not snake_case', () => {
    expect(validateManifest({ ...moduleManifest(), reports: [report('Premium-Collection')] }).ok).toBe(false);
  });
});

describe('resolveComposition: contributions', () => {
  const all = () => [loaded(insuree()), loaded(policy()), loaded(claim())];

  it('orders each slot by order then id, keeping the local id next to the global id', () => {
    const r = resolve(all());
    expect(slotIds(r, 'insuree.family.panels')).toEqual(['mf-insuree/summary', 'mf-policy/family-policies', 'mf-claim/family-claims']);
    const first = r.contributions.get('insuree.family.panels')?.[0];
    expect(first).toMatchObject({ id: 'summary', globalId: 'mf-insuree/summary', module: 'mf-insuree', component: './Summary' });
    expect(first?.removed).toBeUndefined();
    expect(slotIds(r, 'policy.summary.actions')).toEqual(['mf-claim/claim-action']);
    expect(r.orderingProblems).toEqual([]);
  });

  it('marks a contribution removed by the composition, keeping it visible to the admin', () => {
    const r = resolve(all(), { contributions: { 'mf-policy/family-policies': { remove: true } } });
    const removed = r.contributions.get('insuree.family.panels')?.find((c) => c.globalId === 'mf-policy/family-policies');
    expect(removed?.removed).toBe(true);
    expect(
      r.contributions
        .get('insuree.family.panels')
        ?.filter((c) => c.removed)
        .map((c) => c.globalId),
    ).toEqual(['mf-policy/family-policies']);
  });

  it('moves a contribution to another slot', () => {
    const r = resolve(all(), { contributions: { 'mf-claim/family-claims': { slot: 'policy.summary.actions' } } });
    expect(slotIds(r, 'insuree.family.panels')).toEqual(['mf-insuree/summary', 'mf-policy/family-policies']);
    expect(slotIds(r, 'policy.summary.actions')).toEqual(['mf-claim/claim-action', 'mf-claim/family-claims']);
    expect(r.contributions.get('policy.summary.actions')?.[1]?.slot).toBe('policy.summary.actions');
  });

  it('reorders with order, before and after overrides', () => {
    const byOrder = resolve(all(), { contributions: { 'mf-insuree/summary': { order: 100 } } });
    expect(slotIds(byOrder, 'insuree.family.panels')).toEqual(['mf-policy/family-policies', 'mf-claim/family-claims', 'mf-insuree/summary']);

    const byBefore = resolve(all(), { contributions: { 'mf-claim/family-claims': { before: ['mf-insuree/summary'] } } });
    expect(slotIds(byBefore, 'insuree.family.panels')).toEqual(['mf-policy/family-policies', 'mf-claim/family-claims', 'mf-insuree/summary']);

    const byAfter = resolve(all(), { contributions: { 'mf-insuree/summary': { after: ['mf-claim/family-claims'] } } });
    expect(slotIds(byAfter, 'insuree.family.panels')).toEqual(['mf-policy/family-policies', 'mf-claim/family-claims', 'mf-insuree/summary']);
    expect(byAfter.orderingProblems).toEqual([]);
  });

  it('replaces the manifest anchors with the override anchors', () => {
    const anchored = policy({
      contributions: [{ id: 'family-policies', slot: 'insuree.family.panels', component: './FamilyPolicies', order: 10, before: ['mf-insuree/summary'] }],
    });
    const asShipped = resolve([loaded(insuree()), loaded(anchored)]);
    expect(slotIds(asShipped, 'insuree.family.panels')).toEqual(['mf-policy/family-policies', 'mf-insuree/summary']);
    const overridden = resolve([loaded(insuree()), loaded(anchored)], { contributions: { 'mf-policy/family-policies': { before: [] } } });
    expect(slotIds(overridden, 'insuree.family.panels')).toEqual(['mf-insuree/summary', 'mf-policy/family-policies']);
  });

  it('reports ordering problems with global ids', () => {
    const r = resolve(all(), { contributions: { 'mf-claim/family-claims': { after: ['mf-reports/missing'] } } });
    expect(r.orderingProblems).toEqual([{ id: 'mf-claim/family-claims', message: 'after: mf-reports/missing is not in this slot; anchor ignored' }]);
  });

  it('warns about an override of a contribution no composed module makes', () => {
    const r = resolve(all(), { contributions: { 'mf-reports/monthly': { remove: true } } });
    expect(r.warnings).toEqual(['composition.json overrides contribution mf-reports/monthly, which no composed module makes']);
  });
});

describe('resolveComposition: languages and configuration', () => {
  it('offers English plus the languages of accepted packs, once each', () => {
    const fr = packManifest({ languages: [{ code: 'fr', label: 'Français' }] });
    const sw = packManifest({
      name: 'lang-sw',
      languages: [
        { code: 'sw', label: 'Kiswahili' },
        { code: 'en', label: 'English (TZ)' },
        { code: 'fr', label: 'French' },
      ],
    });
    const r = resolve([loaded(insuree()), loaded(fr), loaded(sw)]);
    expect(r.packs.map((p) => p.manifest.name)).toEqual(['lang-fr', 'lang-sw']);
    expect(r.languages).toEqual([
      { code: 'en', label: 'English' },
      { code: 'fr', label: 'Français' },
      { code: 'sw', label: 'Kiswahili' },
    ]);
  });

  it('leaves out the languages of a refused pack', () => {
    const r = resolve([loaded(insuree()), loaded(packManifest({ requires: { sdk: '^2.0.0' }, languages: [{ code: 'fr', label: 'Français' }] }))]);
    expect(r.refused.map((x) => x.name)).toEqual(['lang-fr']);
    expect(r.languages).toEqual([{ code: 'en', label: 'English' }]);
  });

  it('merges configuration: manifest defaults < pack config < composition config', () => {
    const pack = packManifest({ config: { 'mf-insuree': { pageSize: 50, currency: 'EUR' }, shell: { schemeName: 'from pack' } } });
    const r = resolve([loaded(insuree()), loaded(policy()), loaded(pack)], {
      config: { 'mf-insuree': { currency: 'TZS' }, shell: { currency: 'TZS' } },
    });
    expect(r.config['mf-insuree']).toEqual({ pageSize: 50, currency: 'TZS', showPhotos: true });
    expect(r.config['mf-policy']).toEqual({});
    expect(r.config.shell).toEqual({ schemeName: 'from pack', currency: 'TZS' });
  });

  it('always has a shell section, with the shell defaults', () => {
    expect(resolve([loaded(insuree())]).config).toEqual({ shell: { currency: 'USD' }, 'mf-insuree': { pageSize: 20, currency: 'USD', showPhotos: true } });
  });

  it('does not apply the defaults of a refused module', () => {
    const r = resolve([loaded(insuree({ requires: { sdk: '^9.0.0' } }))]);
    expect(r.config['mf-insuree']).toBeUndefined();
  });
});

describe('defaultModuleUrl', () => {
  it('defaults to /modules/<name>/<version>/ and always ends with a slash', () => {
    expect(defaultModuleUrl({ name: 'mf-insuree', version: '1.2.3' })).toBe('/modules/mf-insuree/1.2.3/');
    expect(defaultModuleUrl({ name: 'mf-insuree', version: '1.2.3', url: 'https://cdn.example.org/insuree' })).toBe('https://cdn.example.org/insuree/');
    expect(defaultModuleUrl({ name: 'mf-insuree', version: '1.2.3', url: '/m/' })).toBe('/m/');
  });
});

describe('resolveComposition: routes', () => {
  it('refuses a module whose route has the shape of another module’s route (never mounted twice)', () => {
    const rival = moduleManifest({ name: 'mf-rival', routes: [{ path: '/insurees/families/:id', page: './Family' }] });
    const r = resolve([loaded(insuree({ routes: [{ path: '/insurees/families/:familyId', page: './FamilyPage' }], menu: [] })), loaded(rival)]);
    expect(r.refused).toEqual([
      { name: 'mf-rival', version: '1.0.0', reasons: ['route /insurees/families/:id overlaps /insurees/families/:familyId of mf-insuree'] },
    ]);
    expect(r.routes.map((x) => `${x.module} ${x.path}`)).toEqual(['mf-insuree /insurees/families/:familyId']);
  });

  it('lists routes most specific first, so a fixed segment of one module beats a parameter of another', () => {
    const enrol = moduleManifest({ name: 'mf-enrol', routes: [{ path: '/insurees/families/new', page: './Enrol' }] });
    const r = resolve([loaded(insuree({ routes: [{ path: '/insurees/families/:familyId', page: './FamilyPage' }], menu: [] })), loaded(enrol)]);
    expect(r.refused).toEqual([]);
    expect(r.routes.map((x) => x.path)).toEqual(['/insurees/families/new', '/insurees/families/:familyId']);
  });
});

describe('resolveComposition: single-contribution slots', () => {
  it('marks the slot single and warns when several contributions compete', () => {
    const picker = (name: string) =>
      moduleManifest({
        name,
        requires: { sdk: '^1.0.0', slots: { 'insuree.picker.family': '^1.0.0' } },
        contributions: [{ id: 'picker', slot: 'insuree.picker.family', component: './Picker' }],
      });
    const r = resolve([
      loaded(insuree({ slots: [{ name: 'insuree.picker.family', version: '1.0.0', single: true }], contributions: [] })),
      loaded(picker('mf-a')),
      loaded(picker('mf-b')),
    ]);
    expect(r.slots.get('insuree.picker.family')).toEqual({ owner: 'mf-insuree', version: '1.0.0', single: true });
    expect(r.warnings).toContain(
      'slot insuree.picker.family shows one contribution; mf-a/picker, mf-b/picker compete: the first one the user may see is shown',
    );
  });
});

describe('resolveComposition: menu sections from modules', () => {
  it('adds a section a module offers, in order among the shell’s, and shows its entries', () => {
    const social = moduleManifest({
      name: 'mf-social',
      routes: [{ path: '/social', page: './Social' }],
      menuSections: [{ id: 'social', label: 'menu.section', icon: 'family', order: 25 }],
      menu: [{ id: 'social', section: 'social', label: 'menu.social', route: '/social' }],
    });
    const r = resolve([loaded(insuree()), loaded(social)]);
    expect(r.menuSections.map((s) => `${s.id}:${s.module}`)).toEqual([
      'insurees:shell',
      'claims:shell',
      'social:mf-social',
      'administration:shell',
      'reports:shell',
    ]);
    expect(r.menu.map((m) => m.section)).toEqual(['insurees', 'social']);
    expect(r.warnings).toEqual([]);
  });

  it('warns about an entry in a section nobody offers, and about a section offered twice', () => {
    const a = moduleManifest({ name: 'mf-a', routes: [{ path: '/a', page: './A' }], menu: [{ id: 'a', section: 'nowhere', label: 'a', route: '/a' }] });
    const b = moduleManifest({ name: 'mf-b', menuSections: [{ id: 'claims', label: 'x' }] });
    const r = resolve([loaded(a), loaded(b)]);
    expect(r.warnings).toEqual([
      'mf-b: menu section claims is already offered by shell; that one is used',
      'mf-a: menu entry a is in section nowhere, which no composed module offers; it is not shown',
    ]);
  });
});

describe('resolveComposition: backend needs', () => {
  const needs = (range: string) => policy({ requires: { sdk: '^1.0.0', slots: { 'insuree.family.panels': '^1.0.0' }, backend: { policy: range } } });
  const run = (items: LoadedManifest[], backendDomains: Parameters<typeof resolveComposition>[3]) => {
    const composition = validateComposition({ modules: items.map((i) => i.entry) });
    if (!composition.ok) throw new Error('bad fixture');
    return resolveComposition(composition.value, items, SDK_VERSION, backendDomains);
  };

  it('refuses only the module whose backend domain is missing or out of range, with the reason', () => {
    const r = run([loaded(insuree()), loaded(needs('^2.0.0'))], { backendDomains: [{ name: 'policy', version: '1.4.0' }] });
    expect(names(r)).toEqual(['mf-insuree']);
    expect(r.refused).toEqual([{ name: 'mf-policy', version: '1.0.0', reasons: ['needs backend domain policy ^2.0.0, this backend has policy 1.4.0'] }]);
    expect(run([loaded(needs('^1.0.0'))], { backendDomains: [] }).refused[0]?.reasons).toEqual([
      'needs backend domain policy ^1.0.0, which this backend does not have',
    ]);
  });

  it('accepts the module when the backend meets the need or did not say', () => {
    expect(run([loaded(insuree()), loaded(needs('^1.0.0'))], { backendDomains: [{ name: 'policy', version: '1.4.0' }] }).refused).toEqual([]);
    const unknown = run([loaded(insuree()), loaded(needs('^9.0.0'))], {});
    expect(unknown.refused).toEqual([]);
    expect(unknown.backendDomains).toBeNull();
  });
});

describe('resolveComposition: configuration problems', () => {
  it('reports a bad currency with its path and keeps the console usable with the default', () => {
    const r = resolve([loaded(insuree())], { config: { shell: { currency: 'EURO' } } });
    expect(r.configProblems.map((p) => `${p.source} ${p.path} ${p.found}`)).toEqual(['composition.json $.config.shell.currency "EURO"']);
    expect(r.config.shell?.currency).toBe('USD');
    expect(names(r)).toEqual(['mf-insuree']);
  });

  it('reports a defaultLanguage no pack brings', () => {
    const r = resolve([loaded(insuree())], { defaultLanguage: 'fr' });
    expect(r.configProblems).toEqual([
      { source: 'composition.json', path: '$.defaultLanguage', expected: 'a language a composed pack brings (en)', found: '"fr"', using: '"en"' },
    ]);
    const withPack = resolve([loaded(insuree()), loaded(packManifest({ languages: [{ code: 'fr', label: 'Français' }] }))], { defaultLanguage: 'fr' });
    expect(withPack.configProblems).toEqual([]);
  });

  it("reports a pack's typo in a module's configuration at the pack's path", () => {
    const schema = { type: 'object', properties: { pageSize: { type: 'integer' }, currency: { type: 'string' }, showPhotos: { type: 'boolean' } } };
    const pack = packManifest({ config: { 'mf-insuree': { pageSise: 50 } } });
    const r = resolve([loaded(insuree({ config: { schema, defaults: { pageSize: 20, currency: 'USD', showPhotos: true } } })), loaded(pack)]);
    expect(r.configProblems.map((p) => `${p.source} ${p.path}`)).toEqual(['lang-fr $.config["mf-insuree"].pageSise']);
    expect(r.config['mf-insuree']).toEqual({ pageSize: 20, currency: 'USD', showPhotos: true });
  });
});
