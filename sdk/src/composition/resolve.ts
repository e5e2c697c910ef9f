/**
 * Turns a composition and the manifests it names into what the shell runs:
 * accepted modules (each refused module alone, with its reasons), menu, routes,
 * ordered contributions per slot, translations and configuration.
 * Pure data in, data out: the shell, the `check` command and the tests share it.
 */
import { satisfies as versionSatisfies } from 'compare-versions';
import { jsonPath } from '../manifest/problems.js';
import type { Contribution, MenuEntry, ModuleManifest, PackManifest, ReportOffer, RouteDef } from '../manifest/schema.js';
import { type BackendDomain, backendNeedsProblems } from './backend.js';
import { type ConfigLayer, type ConfigOwner, type ConfigProblem, type MergedConfig, mergeConfig, packConfigLayers, SHELL_CONFIG_OWNER } from './config.js';
import { type OrderingProblem, orderContributions } from './order.js';
import { rankRoutes, routeShape } from './routes.js';
import type { Composition, CompositionEntry } from './schema.js';

export interface LoadedManifest {
  entry: CompositionEntry;
  kind: 'module' | 'pack';
  /** Folder URL of the manifest, ending with `/`. */
  baseUrl: string;
  manifest?: ModuleManifest | PackManifest;
  /** Why the manifest could not be had (unreachable, invalid...). */
  error?: string;
  /** The manifest of the entry's `fallback` version, when it names one: the same shape, at `fallbackModuleUrl`. */
  fallback?: { baseUrl: string; manifest?: ModuleManifest | PackManifest; error?: string };
}

export interface AcceptedModule {
  manifest: ModuleManifest;
  baseUrl: string;
  /**
   * The fallback version that may replace this module's code when it fails to load
   * (the shell's moduleLoader): set only when its manifest is accepted alone and registers
   * exactly what this one does (routes, contributions, slots; see `sameRegistration`).
   */
  fallback?: { manifest: ModuleManifest; baseUrl: string };
}

/** A module running another version than composition.json names: its fallback. */
export interface ModuleFallback {
  name: string;
  /** The version composition.json names. */
  asked: string;
  /** The version running instead (the entry's `fallback`). */
  running: string;
  /** Why the named version could not be used. */
  reasons: string[];
  /** `boot`: its manifest was missing, invalid or refused; `code`: its code failed to load when first needed. */
  when: 'boot' | 'code';
}

export interface RefusedModule {
  name: string;
  version: string;
  reasons: string[];
}

export interface ResolvedContribution extends Contribution {
  /** `<module>/<id>` */
  globalId: string;
  module: string;
  /** Set when the composition removed it: the admin can see why it is hidden. */
  removed?: boolean;
}

export interface ResolvedRoute extends RouteDef {
  module: string;
}

/** A report a composed module lists (`reports` in its manifest); its texts are in that module's namespace. */
export interface ResolvedReport extends ReportOffer {
  module: string;
}

export interface ResolvedMenuEntry extends MenuEntry {
  module: string;
}

/** A menu section: the shell's own (`module: 'shell'`, label in the shell namespace) or one a module offers (label in its namespace). */
export interface ResolvedMenuSection {
  id: string;
  label: string;
  icon?: string | undefined;
  order: number;
  module: string;
}

export interface ResolvedSlot {
  owner: string;
  version: string;
  /** Renders its first visible contribution only. */
  single?: boolean;
}

export interface ResolveOptions {
  /** What the backend reports (`kente { domains }`); null or absent: unknown, nothing refused on that ground. */
  backendDomains?: readonly BackendDomain[] | null | undefined;
}

export interface ResolvedComposition {
  modules: AcceptedModule[];
  packs: Array<{ manifest: PackManifest; baseUrl: string }>;
  refused: RefusedModule[];
  /**
   * Modules running their fallback version. Decided at boot for a manifest; the shell
   * adds one when a module's code fails to load and its fallback replaces it (`when: 'code'`).
   */
  fallbacks: ModuleFallback[];
  warnings: string[];
  /** Sections in display order (the shell's and those modules offer). */
  menuSections: ResolvedMenuSection[];
  menu: ResolvedMenuEntry[];
  /** Most specific first: a fixed segment beats a parameter. */
  routes: ResolvedRoute[];
  slots: Map<string, ResolvedSlot>;
  contributions: Map<string, ResolvedContribution[]>;
  /** The reports of the accepted modules, in composition order; a name two modules list is kept once (the first). */
  reports: ResolvedReport[];
  orderingProblems: OrderingProblem[];
  languages: Array<{ code: string; label: string }>;
  /** Merged and validated: a bad value is replaced by the layer below and reported here. */
  config: Record<string, Record<string, unknown>>;
  /** Bad configuration values (and an unknown defaultLanguage), each with its file and JSON path. */
  configProblems: ConfigProblem[];
  /** The backend domains checked against `requires.backend`; null when the backend did not say. */
  backendDomains: readonly BackendDomain[] | null;
}

export const SHELL_MENU_SECTIONS: readonly ResolvedMenuSection[] = [
  { id: 'insurees', label: 'menu.sections.insurees', icon: 'family', order: 10, module: 'shell' },
  { id: 'claims', label: 'menu.sections.claims', icon: 'claim', order: 20, module: 'shell' },
  { id: 'administration', label: 'menu.sections.administration', icon: 'settings', order: 30, module: 'shell' },
  { id: 'reports', label: 'menu.sections.reports', icon: 'report', order: 40, module: 'shell' },
];

/**
 * Semver range check (^, ~, comparators, x-ranges, spaces for AND, || for OR).
 * compare-versions instead of semver: ~1 KB gz against ~6 KB on the first
 * screen. Pre-releases satisfy their release's range. An invalid range never matches.
 */
export function satisfies(version: string, range: string): boolean {
  try {
    return versionSatisfies(version, range);
  } catch {
    return false;
  }
}

export const SHELL_SLOTS: Record<string, string> = { 'shell.header.actions': '1.0.0' };

export function defaultModuleUrl(entry: CompositionEntry): string {
  const url = entry.url ?? `/modules/${entry.name}/${entry.version}/`;
  return url.endsWith('/') ? url : `${url}/`;
}

/** Folder of the fallback version's manifest: `fallbackUrl`, default /modules/<name>/<fallback>/; null without a fallback. */
export function fallbackModuleUrl(entry: CompositionEntry): string | null {
  if (!entry.fallback) return null;
  return defaultModuleUrl({ name: entry.name, version: entry.fallback, ...(entry.fallbackUrl ? { url: entry.fallbackUrl } : {}) });
}

/**
 * Whether `fallback` registers what `named` does: the same routes (path, page, rights),
 * contributions (id, slot, component, rights) and offered slots (name, version). Only then
 * may its code replace the named version's once the console runs, under the menu, routes
 * and slots already built from the named manifest.
 */
export function sameRegistration(named: ModuleManifest, fallback: ModuleManifest): boolean {
  const key = (m: ModuleManifest) =>
    JSON.stringify([
      m.routes.map((r) => [r.path, r.page, [...(r.rights ?? [])].sort(), [...(r.anyRights ?? [])].sort()]).sort(),
      m.contributions.map((c) => [c.id, c.slot, c.component, [...(c.rights ?? [])].sort()]).sort(),
      m.slots.map((s) => [s.name, s.version]).sort(),
    ]);
  return key(named) === key(fallback);
}

/** Merges and validates configuration (mergeConfig, or what a server computed with it). */
export type ConfigMerger = (owners: readonly ConfigOwner[], layers: readonly ConfigLayer[]) => MergedConfig;

export function resolveComposition(
  composition: Composition,
  loaded: readonly LoadedManifest[],
  sdkVersion: string,
  options: ResolveOptions = {},
): ResolvedComposition {
  return resolveCompositionWith(mergeConfig, composition, loaded, sdkVersion, options);
}

/**
 * resolveComposition with the configuration merged by `merge`: the shell passes the
 * server's result (/boot.json) and loads mergeConfig and its JSON Schema validator
 * only when it must merge itself.
 */
export function resolveCompositionWith(
  merge: ConfigMerger,
  composition: Composition,
  loaded: readonly LoadedManifest[],
  sdkVersion: string,
  options: ResolveOptions = {},
): ResolvedComposition {
  if (!loaded.some((item) => item.fallback)) return resolveOnce(merge, composition, loaded, sdkVersion, options);
  // A module refused (alone or as part of the set) that names a fallback is tried again
  // with it, until nothing changes; the configuration is merged once, for the final set.
  const noMerge: ConfigMerger = () => ({ config: {}, problems: [] });
  const current = [...loaded];
  const swapped = new Map<string, { asked: string; reasons: string[] }>();
  for (;;) {
    const pass = resolveOnce(noMerge, composition, current, sdkVersion, options);
    const swaps = pass.refused.filter((r) => {
      const item = current.find((i) => i.kind === 'module' && i.entry.name === r.name);
      return item?.fallback && !swapped.has(r.name) && item.entry.version === r.version;
    });
    if (!swaps.length) break;
    for (const r of swaps) {
      swapped.set(r.name, { asked: r.version, reasons: r.reasons });
      const at = current.findIndex((i) => i.kind === 'module' && i.entry.name === r.name);
      const item = current[at] as LoadedManifest;
      const fallback = item.fallback as NonNullable<LoadedManifest['fallback']>;
      const { fallback: _fallback, fallbackUrl: _url, ...entry } = item.entry;
      current[at] = {
        entry: { ...entry, version: item.entry.fallback as string },
        kind: 'module',
        baseUrl: fallback.baseUrl,
        ...(fallback.manifest ? { manifest: fallback.manifest } : {}),
        ...(fallback.error !== undefined ? { error: fallback.error } : {}),
      };
    }
  }
  const result = resolveOnce(merge, composition, current, sdkVersion, options);
  for (const [name, { asked, reasons }] of swapped) {
    const refused = result.refused.find((r) => r.name === name);
    if (refused) {
      // The fallback failed too: the named version is refused, with both versions' reasons.
      refused.reasons = [...reasons, `its fallback ${refused.version} too: ${refused.reasons.join('; ')}`];
      refused.version = asked;
    } else {
      const running = result.modules.find((m) => m.manifest.name === name)?.manifest.version ?? '';
      result.fallbacks.push({ name, asked, running, reasons, when: 'boot' });
    }
  }
  return result;
}

/** What keeps a manifest out on its own: listed as the wrong kind, name or version, another SDK, backend needs. */
function aloneProblems(
  item: { entry: { name: string; version: string }; kind: 'module' | 'pack' },
  manifest: ModuleManifest | PackManifest,
  sdkVersion: string,
  backendDomains: readonly BackendDomain[] | null,
): string[] {
  const { entry } = item;
  const reasons: string[] = [];
  if (manifest.kind !== item.kind) reasons.push(`composition.json lists it as a ${item.kind} but its manifest says ${manifest.kind}`);
  if (manifest.name !== entry.name) reasons.push(`its manifest is named ${manifest.name}, not ${entry.name}`);
  if (manifest.version !== entry.version) reasons.push(`its manifest has version ${manifest.version}, not ${entry.version}`);
  if (!satisfies(sdkVersion, manifest.requires.sdk)) {
    reasons.push(`needs SDK ${manifest.requires.sdk}, this console has SDK ${sdkVersion}`);
  }
  if (manifest.kind === 'module') reasons.push(...backendNeedsProblems(manifest.requires.backend, backendDomains));
  return reasons;
}

/**
 * The fallback that may replace an accepted module's code at run time: its manifest
 * loaded, accepted alone, and registering what the named version does. Otherwise
 * a warning says why it is used only when the named manifest fails at boot.
 */
function codeFallback(
  item: LoadedManifest,
  named: ModuleManifest,
  sdkVersion: string,
  backendDomains: readonly BackendDomain[] | null,
  warnings: string[],
): AcceptedModule['fallback'] {
  const { fallback, entry } = item;
  if (!fallback || !entry.fallback) return undefined;
  const cannot = (why: string) => {
    warnings.push(`${entry.name}: its fallback ${entry.fallback} cannot replace its code if it fails to load: ${why}`);
    return undefined;
  };
  if (!fallback.manifest) return cannot(fallback.error ?? 'manifest unavailable');
  const reasons = aloneProblems({ entry: { name: entry.name, version: entry.fallback }, kind: 'module' }, fallback.manifest, sdkVersion, backendDomains);
  if (reasons.length) return cannot(reasons.join('; '));
  if (fallback.manifest.kind !== 'module') return cannot('it is not a module');
  if (!sameRegistration(named, fallback.manifest)) {
    return cannot(`its routes, contributions or slots differ from ${entry.version}'s (it is used only when ${entry.version}'s manifest cannot be)`);
  }
  return { manifest: fallback.manifest, baseUrl: fallback.baseUrl };
}

/**
 * What a pack (a country pack above all) names that this composition lacks: wording for
 * a language no pack brings or a namespace no module has, locales or location level names
 * for a language nobody speaks here, settings for a module that is not composed.
 */
function packProblems(
  composition: Composition,
  packs: ResolvedComposition['packs'],
  accepted: readonly AcceptedModule[],
  languages: ReadonlyArray<{ code: string }>,
  warnings: string[],
): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const codes = languages.map((l) => l.code);
  const namespaces = ['shell', ...accepted.map((a) => a.manifest.i18n.namespace)];
  const owners = new Set(['shell', ...accepted.map((a) => a.manifest.name)]);
  const knownLanguages = `a language of this composition (${codes.join(', ')}); add the language pack that brings it`;
  for (const { manifest } of packs) {
    for (const [language, files] of Object.entries(manifest.overrides)) {
      if (!codes.includes(language)) {
        problems.push({
          source: manifest.name,
          path: jsonPath(['overrides', language]),
          expected: knownLanguages,
          found: JSON.stringify(language),
          using: 'nothing',
        });
        continue;
      }
      for (const namespace of Object.keys(files)) {
        if (namespaces.includes(namespace)) continue;
        problems.push({
          source: manifest.name,
          path: jsonPath(['overrides', language, namespace]),
          expected: `a namespace of this composition (${namespaces.join(', ')})`,
          found: JSON.stringify(namespace),
          using: 'nothing',
        });
      }
    }
  }
  const layers = [...packs.map((p) => ({ source: p.manifest.name, config: p.manifest.config })), { source: 'composition.json', config: composition.config }];
  for (const { source, config } of layers) {
    for (const key of ['locales', 'locationLevels'] as const) {
      const byLanguage = config.shell?.[key];
      if (!byLanguage || typeof byLanguage !== 'object') continue;
      for (const language of Object.keys(byLanguage)) {
        if (!codes.includes(language))
          problems.push({ source, path: jsonPath(['config', 'shell', key, language]), expected: knownLanguages, found: JSON.stringify(language) });
      }
    }
    if (source === 'composition.json') continue;
    for (const [module, values] of Object.entries(config)) {
      if (!owners.has(module))
        warnings.push(`${source}: ${jsonPath(['config', module])} configures ${module}, which this composition does not compose; it is ignored`);
      // composition.json wins: say so, an implementer who adds a country pack may have forgotten their own setting.
      for (const [key, value] of Object.entries(values ?? {})) {
        const own = composition.config[module]?.[key];
        if (own !== undefined && JSON.stringify(own) !== JSON.stringify(value)) {
          warnings.push(`composition.json ${jsonPath(['config', module, key])} (${JSON.stringify(own)}) overrides ${source}'s ${JSON.stringify(value)}`);
        }
      }
    }
  }
  return problems;
}

function resolveOnce(
  merge: ConfigMerger,
  composition: Composition,
  loaded: readonly LoadedManifest[],
  sdkVersion: string,
  options: ResolveOptions,
): ResolvedComposition {
  const backendDomains = options.backendDomains ?? null;
  const refused: RefusedModule[] = [];
  const warnings: string[] = [];
  const refuse = (entry: CompositionEntry, reasons: string[]) => refused.push({ name: entry.name, version: entry.version, reasons });

  // 1. Each manifest on its own: reachable, the right one, the right SDK.
  const candidates: AcceptedModule[] = [];
  const packs: ResolvedComposition['packs'] = [];
  const names = new Set<string>();
  for (const item of loaded) {
    const { entry, manifest } = item;
    if (names.has(entry.name)) {
      refuse(entry, [`${entry.name} is listed twice in composition.json; the first one is used`]);
      continue;
    }
    names.add(entry.name);
    if (!manifest) {
      refuse(entry, [item.error ?? 'manifest unavailable']);
      continue;
    }
    const reasons = aloneProblems(item, manifest, sdkVersion, backendDomains);
    if (reasons.length) {
      refuse(entry, reasons);
      continue;
    }
    if (manifest.kind === 'pack') packs.push({ manifest, baseUrl: item.baseUrl });
    else {
      const candidate: AcceptedModule = { manifest, baseUrl: item.baseUrl };
      const fallback = codeFallback(item, manifest, sdkVersion, backendDomains, warnings);
      if (fallback) candidate.fallback = fallback;
      candidates.push(candidate);
    }
  }

  // 2. As a set: routes must not overlap, slots must be offered once, slot contracts must match.
  const slots = new Map<string, ResolvedSlot>(Object.entries(SHELL_SLOTS).map(([name, version]) => [name, { owner: 'shell', version }]));
  // By shape: /a/:id and /a/:key serve the same paths, so they overlap too.
  const routeOwner = new Map<string, { module: string; path: string }>();
  let accepted: AcceptedModule[] = [];
  for (const candidate of candidates) {
    const m = candidate.manifest;
    const reasons: string[] = [];
    for (const route of m.routes) {
      const owner = routeOwner.get(routeShape(route.path));
      if (owner) reasons.push(`route ${route.path} overlaps ${owner.path} of ${owner.module}`);
    }
    for (const slot of m.slots) {
      const existing = slots.get(slot.name);
      if (existing) reasons.push(`slot ${slot.name} is already offered by ${existing.owner}`);
    }
    if (reasons.length) {
      refuse({ name: m.name, version: m.version }, reasons);
      continue;
    }
    for (const route of m.routes) routeOwner.set(routeShape(route.path), { module: m.name, path: route.path });
    for (const slot of m.slots) slots.set(slot.name, { owner: m.name, version: slot.version, ...(slot.single ? { single: true } : {}) });
    accepted.push(candidate);
  }
  const contractFailures = (m: ModuleManifest) =>
    Object.entries(m.requires.slots ?? {}).flatMap(([name, range]) => {
      const offered = slots.get(name);
      if (!offered) return [];
      return satisfies(offered.version, range) ? [] : [`uses slot ${name} ${range} but ${offered.owner} offers ${offered.version}`];
    });
  // Refusing a module removes its slots, which may break others: repeat until stable.
  for (;;) {
    const failing = accepted.map((a) => ({ a, reasons: contractFailures(a.manifest) })).filter((f) => f.reasons.length);
    if (!failing.length) break;
    for (const { a, reasons } of failing) {
      refuse({ name: a.manifest.name, version: a.manifest.version }, reasons);
      for (const slot of a.manifest.slots) slots.delete(slot.name);
    }
    accepted = accepted.filter((a) => !failing.some((f) => f.a === a));
  }
  for (const a of accepted) {
    if (a.fallback && contractFailures(a.fallback.manifest).length) {
      warnings.push(
        `${a.manifest.name}: its fallback ${a.fallback.manifest.version} cannot replace its code: ${contractFailures(a.fallback.manifest).join('; ')}`,
      );
      delete a.fallback;
    }
    for (const name of Object.keys(a.manifest.requires.slots ?? {})) {
      if (!slots.has(name)) warnings.push(`${a.manifest.name}: no composed module offers slot ${name}; its contributions there stay hidden`);
    }
  }

  // 3. Contributions: apply the composition's overrides, then order per slot.
  const bySlot = new Map<string, ResolvedContribution[]>();
  for (const a of accepted) {
    for (const c of a.manifest.contributions) {
      const globalId = `${a.manifest.name}/${c.id}`;
      const override = composition.contributions[globalId];
      const resolved: ResolvedContribution = { ...c, globalId, module: a.manifest.name };
      if (override) {
        if (override.slot) resolved.slot = override.slot;
        if (override.order !== undefined) resolved.order = override.order;
        if (override.before) resolved.before = override.before;
        if (override.after) resolved.after = override.after;
        if (override.remove) resolved.removed = true;
      }
      const list = bySlot.get(resolved.slot) ?? [];
      list.push(resolved);
      bySlot.set(resolved.slot, list);
    }
  }
  const knownIds = new Set([...bySlot.values()].flat().map((c) => c.globalId));
  for (const id of Object.keys(composition.contributions)) {
    if (!knownIds.has(id)) warnings.push(`composition.json overrides contribution ${id}, which no composed module makes`);
  }
  const contributions = new Map<string, ResolvedContribution[]>();
  const orderingProblems: OrderingProblem[] = [];
  for (const [slot, list] of bySlot) {
    const { ordered, problems } = orderContributions(list.map((c) => ({ ...c, id: c.globalId, localId: c.id })));
    orderingProblems.push(...problems);
    contributions.set(
      slot,
      ordered.map(({ localId, ...c }) => ({ ...c, id: localId })),
    );
  }

  for (const [slot, list] of contributions) {
    if (slots.get(slot)?.single && list.filter((c) => !c.removed).length > 1) {
      warnings.push(
        `slot ${slot} shows one contribution; ${list
          .filter((c) => !c.removed)
          .map((c) => c.globalId)
          .join(', ')} compete: the first one the user may see is shown`,
      );
    }
  }

  // 4. Menu (with the sections modules offer), routes, languages, config.
  const menuSections = [...SHELL_MENU_SECTIONS];
  for (const a of accepted) {
    for (const section of a.manifest.menuSections) {
      const existing = menuSections.find((s) => s.id === section.id);
      if (existing) {
        warnings.push(`${a.manifest.name}: menu section ${section.id} is already offered by ${existing.module}; that one is used`);
        continue;
      }
      menuSections.push({ id: section.id, label: section.label, icon: section.icon, order: section.order ?? 100, module: a.manifest.name });
    }
  }
  menuSections.sort((x, y) => x.order - y.order || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const menu = accepted.flatMap((a) => a.manifest.menu.map((m) => ({ ...m, module: a.manifest.name })));
  for (const entry of menu) {
    if (!menuSections.some((s) => s.id === entry.section)) {
      warnings.push(`${entry.module}: menu entry ${entry.id} is in section ${entry.section}, which no composed module offers; it is not shown`);
    }
  }
  const reports: ResolvedReport[] = [];
  for (const a of accepted) {
    for (const r of a.manifest.reports) {
      const existing = reports.find((x) => x.name === r.name);
      if (existing) warnings.push(`${a.manifest.name}: report ${r.name} is already listed by ${existing.module}; that one is used`);
      else reports.push({ ...r, module: a.manifest.name });
    }
  }
  const routes = rankRoutes(accepted.flatMap((a) => a.manifest.routes.map((r) => ({ ...r, module: a.manifest.name }))));
  const languages = [{ code: 'en', label: 'English' }];
  for (const p of packs) for (const l of p.manifest.languages) if (!languages.some((x) => x.code === l.code)) languages.push(l);
  const merged = merge(
    [SHELL_CONFIG_OWNER, ...accepted.map((a) => ({ name: a.manifest.name, schema: a.manifest.config.schema, defaults: a.manifest.config.defaults }))],
    [
      ...packConfigLayers(packs.map((p) => ({ name: p.manifest.name, manifest: p.manifest }))),
      { source: 'composition.json', path: '$.config', config: composition.config },
    ],
  );
  const configProblems = [...merged.problems, ...packProblems(composition, packs, accepted, languages, warnings)];
  if (!languages.some((l) => l.code === composition.defaultLanguage)) {
    configProblems.push({
      source: 'composition.json',
      path: '$.defaultLanguage',
      expected: `a language a composed pack brings (${languages.map((l) => l.code).join(', ')})`,
      found: JSON.stringify(composition.defaultLanguage),
      using: '"en"',
    });
  }

  return {
    modules: accepted,
    packs,
    refused,
    fallbacks: [],
    warnings,
    menuSections,
    menu,
    routes,
    slots,
    contributions,
    reports,
    orderingProblems,
    languages,
    config: merged.config,
    configProblems,
    backendDomains,
  };
}
