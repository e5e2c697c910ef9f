/**
 * Turns a composition and the manifests it names into what the shell runs:
 * accepted modules (each refused module alone, with its reasons), menu, routes,
 * ordered contributions per slot, translations and configuration.
 * Pure data in, data out: the shell, the `check` command and the tests share it.
 */
import { satisfies as versionSatisfies } from 'compare-versions';
import type { Contribution, MenuEntry, ModuleManifest, PackManifest, RouteDef } from '../manifest/schema.js';
import { type OrderingProblem, orderContributions } from './order.js';
import type { Composition, CompositionEntry } from './schema.js';

export interface LoadedManifest {
  entry: CompositionEntry;
  kind: 'module' | 'pack';
  /** Folder URL of the manifest, ending with `/`. */
  baseUrl: string;
  manifest?: ModuleManifest | PackManifest;
  /** Why the manifest could not be had (unreachable, invalid...). */
  error?: string;
}

export interface AcceptedModule {
  manifest: ModuleManifest;
  baseUrl: string;
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

export interface ResolvedMenuEntry extends MenuEntry {
  module: string;
}

export interface ResolvedComposition {
  modules: AcceptedModule[];
  packs: Array<{ manifest: PackManifest; baseUrl: string }>;
  refused: RefusedModule[];
  warnings: string[];
  menu: ResolvedMenuEntry[];
  routes: ResolvedRoute[];
  slots: Map<string, { owner: string; version: string }>;
  contributions: Map<string, ResolvedContribution[]>;
  orderingProblems: OrderingProblem[];
  languages: Array<{ code: string; label: string }>;
  config: Record<string, Record<string, unknown>>;
}

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

export function resolveComposition(composition: Composition, loaded: readonly LoadedManifest[], sdkVersion: string): ResolvedComposition {
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
    const reasons: string[] = [];
    if (manifest.kind !== item.kind) reasons.push(`composition.json lists it as a ${item.kind} but its manifest says ${manifest.kind}`);
    if (manifest.name !== entry.name) reasons.push(`its manifest is named ${manifest.name}, not ${entry.name}`);
    if (manifest.version !== entry.version) reasons.push(`its manifest has version ${manifest.version}, not ${entry.version}`);
    if (!satisfies(sdkVersion, manifest.requires.sdk)) {
      reasons.push(`needs SDK ${manifest.requires.sdk}, this console has SDK ${sdkVersion}`);
    }
    if (reasons.length) {
      refuse(entry, reasons);
      continue;
    }
    if (manifest.kind === 'pack') packs.push({ manifest, baseUrl: item.baseUrl });
    else candidates.push({ manifest, baseUrl: item.baseUrl });
  }

  // 2. As a set: routes must not clash, slots must be offered once, slot contracts must match.
  const slots = new Map<string, { owner: string; version: string }>(Object.entries(SHELL_SLOTS).map(([name, version]) => [name, { owner: 'shell', version }]));
  const routeOwner = new Map<string, string>();
  let accepted: AcceptedModule[] = [];
  for (const candidate of candidates) {
    const m = candidate.manifest;
    const reasons: string[] = [];
    for (const route of m.routes) {
      const owner = routeOwner.get(route.path);
      if (owner) reasons.push(`route ${route.path} is already served by ${owner}`);
    }
    for (const slot of m.slots) {
      const existing = slots.get(slot.name);
      if (existing) reasons.push(`slot ${slot.name} is already offered by ${existing.owner}`);
    }
    if (reasons.length) {
      refuse({ name: m.name, version: m.version }, reasons);
      continue;
    }
    for (const route of m.routes) routeOwner.set(route.path, m.name);
    for (const slot of m.slots) slots.set(slot.name, { owner: m.name, version: slot.version });
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

  // 4. Menu, routes, languages, config (defaults < packs < composition).
  const menu = accepted.flatMap((a) => a.manifest.menu.map((m) => ({ ...m, module: a.manifest.name })));
  const routes = accepted.flatMap((a) => a.manifest.routes.map((r) => ({ ...r, module: a.manifest.name })));
  const languages = [{ code: 'en', label: 'English' }];
  for (const p of packs) for (const l of p.manifest.languages) if (!languages.some((x) => x.code === l.code)) languages.push(l);
  const config: Record<string, Record<string, unknown>> = { shell: { ...composition.config.shell } };
  for (const a of accepted) config[a.manifest.name] = { ...a.manifest.config.defaults };
  for (const p of packs) for (const [mod, values] of Object.entries(p.manifest.config)) config[mod] = { ...config[mod], ...values };
  for (const [mod, values] of Object.entries(composition.config)) config[mod] = { ...config[mod], ...values };

  return { modules: accepted, packs, refused, warnings, menu, routes, slots, contributions, orderingProblems, languages, config };
}
