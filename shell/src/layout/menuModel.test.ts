import { type KenteUser, userMayOpen } from '@kente/sdk';
import { type Composition, type LoadedManifest, resolveComposition, SDK_VERSION } from '@kente/sdk/contract';
import { moduleManifest } from '@kente/sdk/testing';
import { describe, expect, it } from 'vitest';
import { visibleMenu } from './menuModel.js';

type Entry = { id: string; section: string; label: string; route: string; order?: number; rights?: number[] };

/** A module with these menu entries, a page behind each. */
function manifest(name: string, extra: { menu: Entry[]; menuSections?: unknown[] }) {
  const routes = extra.menu.map((e) => ({ path: e.route, page: './Page', title: 'page.title', ...(e.rights ? { rights: e.rights } : {}) }));
  return moduleManifest(name, { ...extra, routes });
}

const insuree = manifest('mf-insuree', {
  menu: [
    { id: 'insurees', section: 'insurees', label: 'menu.insurees', route: '/insurees/insurees', order: 20, rights: [101101] },
    { id: 'families', section: 'insurees', label: 'menu.families', route: '/insurees/families', order: 10, rights: [101001] },
    { id: 'numbers', section: 'insurees', label: 'menu.numbers', route: '/insurees/numbers', order: 35, rights: [101101, 101102] },
  ],
});
const admin = manifest('mf-admin', {
  menu: [{ id: 'users', section: 'administration', label: 'menu.users', route: '/admin/users', order: 90, rights: [121701] }],
});
// A module that offers its own section, placed between the shell's insurees (10) and claims (20).
const pharmacy = manifest('mf-pharmacy', {
  menuSections: [{ id: 'pharmacy', label: 'menu.section', icon: 'medication', order: 15 }],
  menu: [
    { id: 'stock', section: 'pharmacy', label: 'menu.stock', route: '/pharmacy/stock', order: 2 },
    { id: 'orders', section: 'pharmacy', label: 'menu.orders', route: '/pharmacy/orders', order: 1, rights: [160001] },
  ],
});

function resolved(manifests: ReturnType<typeof manifest>[]) {
  const composition: Composition = {
    defaultLanguage: 'en',
    modules: manifests.map((m) => ({ name: m.name, version: m.version })),
    packs: [],
    contributions: {},
    config: {},
    loadTimeoutMs: 10000,
  };
  const loaded: LoadedManifest[] = manifests.map((m) => ({
    entry: { name: m.name, version: m.version },
    kind: 'module',
    baseUrl: `/modules/${m.name}/${m.version}/`,
    manifest: m,
  }));
  return resolveComposition(composition, loaded, SDK_VERSION);
}

const user = (rights: number[]): KenteUser => ({ username: 'u', names: 'U', rights });
const drawn = (groups: ReturnType<typeof visibleMenu>) => groups.map((g) => [g.section.id, g.entries.map((e) => `${e.module}/${e.id}`)]);

describe('the menu built from manifests', () => {
  const composition = resolved([admin, pharmacy, insuree]);
  const everything = user([101101, 101001, 101102, 121701, 160001]);

  it('groups entries by section in the sections’ order, each in its entries’ order', () => {
    expect(drawn(visibleMenu(composition.menu, everything, composition.menuSections))).toEqual([
      ['insurees', ['mf-insuree/families', 'mf-insuree/insurees', 'mf-insuree/numbers']],
      ['pharmacy', ['mf-pharmacy/orders', 'mf-pharmacy/stock']],
      ['administration', ['mf-admin/users']],
    ]);
  });

  it('labels a section a module offers in that module’s namespace, the shell’s in its own', () => {
    const sections = Object.fromEntries(composition.menuSections.map((s) => [s.id, s.module]));
    expect(sections).toMatchObject({ insurees: 'shell', pharmacy: 'mf-pharmacy', administration: 'shell' });
  });

  it('shows only what the user holds every right for, and no empty section', () => {
    // 101101 alone: not "numbers" (also needs 101102), not families, nothing of administration.
    expect(drawn(visibleMenu(composition.menu, user([101101]), composition.menuSections))).toEqual([
      ['insurees', ['mf-insuree/insurees']],
      ['pharmacy', ['mf-pharmacy/stock']],
    ]);
    // Signed out: only entries that need no right.
    expect(drawn(visibleMenu(composition.menu, null, composition.menuSections))).toEqual([['pharmacy', ['mf-pharmacy/stock']]]);
  });

  it('a module removed from the composition takes its section and entries with it', () => {
    const without = resolved([admin, insuree]);
    expect(without.menuSections.map((s) => s.id)).not.toContain('pharmacy');
    expect(drawn(visibleMenu(without.menu, everything, without.menuSections)).map(([section]) => section)).toEqual(['insurees', 'administration']);
  });
});

describe('"any of" rights on menu entries and routes', () => {
  // a registers page: export OR import of any register opens it, with the module's read right on top
  const registers = moduleManifest('mf-registers', {
    menu: [{ id: 'registers', section: 'administration', label: 'menu.registers', route: '/admin/registers', anyRights: [131001, 131002] }],
    routes: [{ path: '/admin/registers', page: './Page', title: 'page.title', rights: [121901], anyRights: [131001, 131002] }],
  });
  const composition = resolved([registers as ReturnType<typeof manifest>]);
  const route = composition.routes[0];

  it('shows the entry with any one of its rights, never with none', () => {
    expect(drawn(visibleMenu(composition.menu, user([131002]), composition.menuSections))).toEqual([['administration', ['mf-registers/registers']]]);
    expect(drawn(visibleMenu(composition.menu, user([131001]), composition.menuSections))).toEqual([['administration', ['mf-registers/registers']]]);
    expect(visibleMenu(composition.menu, user([121701]), composition.menuSections)).toEqual([]);
    expect(visibleMenu(composition.menu, null, composition.menuSections)).toEqual([]);
  });

  it('opens the route with every right of `rights` and one of `anyRights`', () => {
    expect(route && userMayOpen(user([121901, 131002]), route)).toBe(true);
    expect(route && userMayOpen(user([131001, 131002]), route)).toBe(false);
    expect(route && userMayOpen(user([121901]), route)).toBe(false);
    // no anyRights: "all of" as before
    expect(userMayOpen(user([1]), { rights: [1] })).toBe(true);
    expect(userMayOpen(null, {})).toBe(true);
  });
});
