/**
 * The runtime every module reaches through the SDK (a shared singleton): the
 * resolved composition, i18n, the signed-in user, navigation, module code through
 * the Module Federation runtime (boot/moduleLoader), and the GraphQL client once
 * someone is signed in (boot/signedIn).
 */
import { type Composition, type KenteRuntime, type KenteUser, NAVIGATE_EVENT, type ResolvedComposition, SDK_VERSION } from '@kente/sdk';
import type { i18n as I18n } from 'i18next';
import type { Client } from 'urql';
import { signOut } from '../session/session.js';
import { currentPath } from '../session/urls.js';
import { rememberLanguage } from './i18n.js';
import { createModuleLoader } from './moduleLoader.js';

export interface ShellRuntime {
  runtime: KenteRuntime;
  /** Who is signed in now; subscribers (the shell's root, module hooks) re-render. */
  setUser(user: KenteUser | null): void;
}

export function createRuntime(composition: Composition, resolved: ResolvedComposition, i18n: I18n): ShellRuntime {
  let user: KenteUser | null = null;
  let graphql: Client | null = null;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  i18n.on('languageChanged', (code: string) => {
    document.documentElement.lang = code;
    notify();
  });
  // A module switched to its fallback when its code failed: About and the administrators' banner say so.
  const loader = createModuleLoader(resolved, composition.loadTimeoutMs, (fallback) => {
    resolved.fallbacks = [...resolved.fallbacks, fallback];
    notify();
  });
  const runtime: KenteRuntime = {
    sdkVersion: SDK_VERSION,
    composition: resolved,
    i18n,
    get graphql(): Client {
      if (!graphql) throw new Error('the GraphQL client is available once a user is signed in');
      return graphql;
    },
    installGraphqlClient(client: Client) {
      graphql = client;
    },
    getUser: () => user,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    // the chart kit: its own chunk of the shell, fetched by the first chart (the dashboard's cards)
    loadChartKit: () => import('@kente/sdk/charts'),
    loadExposed: loader.load,
    runningVersion: loader.runningVersion,
    navigate(to) {
      // single-spa, once loaded, patches pushState and reroutes on it.
      if (to !== currentPath()) history.pushState(null, '', to);
      window.dispatchEvent(new Event(NAVIGATE_EVENT));
    },
    async setLanguage(code) {
      rememberLanguage(code);
      await i18n.changeLanguage(code);
    },
    async signOut() {
      await signOut();
      window.location.assign('/login');
    },
  };
  return {
    runtime,
    setUser(next) {
      user = next;
      notify();
    },
  };
}
