/**
 * The runtime the shell installs once at boot. The SDK is a shared singleton, so
 * every module (pages mounted by single-spa in their own React roots, and
 * contributions rendered inside other modules' pages) sees this one instance.
 */

import type { i18n as I18n } from 'i18next';
import type { Client } from 'urql';
import type { ResolvedComposition } from '../composition/resolve.js';

export interface KenteUser {
  username: string;
  names: string;
  language?: string | null;
  rights: number[];
  healthFacility?: { id: string; code: string; name: string } | null;
}

export interface KenteRuntime {
  sdkVersion: string;
  composition: ResolvedComposition;
  i18n: I18n;
  /** The shared GraphQL client (urql), available once a user is signed in. */
  readonly graphql: Client;
  /** Called by the shell when the signed-in part of the console loads. */
  installGraphqlClient(client: Client): void;
  getUser(): KenteUser | null;
  /** Notified when the user or the language changes. */
  subscribe(listener: () => void): () => void;
  /**
   * The chart kit (`@kente/sdk/charts`), built into the shell and downloaded on the first call:
   * not a shared key, because a module's remote entry loads every shared key it declares when it
   * starts, and the charts must come with the dashboard only.
   */
  loadChartKit?(): Promise<ChartKit>;
  /** Loads an exposed component of a composed module, bounded by the composition's timeout. */
  loadExposed(module: string, exposed: string): Promise<unknown>;
  /**
   * The version of a module whose code loads now: the composed one, or its fallback once
   * its code failed to load and the fallback replaced it (see `composition.fallbacks`).
   */
  runningVersion?(module: string): string | undefined;
  navigate(to: string): void;
  setLanguage(code: string): Promise<void>;
  signOut(): Promise<void>;
}

/** What `@kente/sdk/charts` exports (a type only: modules get the kit at run time, `loadChartKit()`). */
export type ChartKit = typeof import('../charts/index.js');

/** The chart kit of the shell, loaded once, when a chart first needs it. */
export function loadChartKit(): Promise<ChartKit> {
  const load = getRuntime().loadChartKit;
  if (!load) return Promise.reject(new Error('this shell has no chart kit'));
  return load();
}

let current: KenteRuntime | null = null;
const waiting = new Set<() => void>();

export function installRuntime(runtime: KenteRuntime): void {
  current = runtime;
  for (const listener of waiting) listener();
}

export function getRuntime(): KenteRuntime {
  if (!current) throw new Error('Kente runtime not installed: modules run inside the Kente shell');
  return current;
}

export function hasRuntime(): boolean {
  return current !== null;
}

/** True when the user holds every listed right (no list: no right needed). */
export function userHasRights(user: KenteUser | null, rights: readonly number[] | undefined): boolean {
  if (!rights || rights.length === 0) return true;
  if (!user) return false;
  return rights.every((r) => user.rights.includes(r));
}

/**
 * Whether the user may open a route or see a menu entry: every right of `rights` and, when
 * `anyRights` lists some, at least one of them (e.g. a register's export OR import right).
 */
export function userMayOpen(user: KenteUser | null, needs: { rights?: readonly number[]; anyRights?: readonly number[] }): boolean {
  if (!userHasRights(user, needs.rights)) return false;
  if (!needs.anyRights || needs.anyRights.length === 0) return true;
  return Boolean(user && needs.anyRights.some((r) => user.rights.includes(r)));
}
