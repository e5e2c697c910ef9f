/**
 * Translations as hooks over the page's one i18next instance. The SDK owns
 * this instead of react-i18next: the shell's first screen is measured to the
 * kilobyte, and react-i18next shared through Module Federation cannot be
 * tree-shaken (~8.5 KB gz for the three functions we used).
 *
 * A component asks for namespaces; if the active language's files are not
 * loaded yet it suspends until they are, then re-renders on
 * language changes and newly added resources.
 */
import type { i18n as I18n, TFunction } from 'i18next';
import { useMemo, useSyncExternalStore } from 'react';
import { getRuntime } from './runtime.js';

const loading = new Map<string, Promise<void>>();
let revision = 0;
const listeners = new Set<() => void>();
const watched = new WeakSet<I18n>();

function watch(i18n: I18n) {
  if (watched.has(i18n)) return;
  watched.add(i18n);
  const bump = () => {
    revision++;
    for (const listener of listeners) listener();
  };
  i18n.on('languageChanged', bump);
  i18n.on('loaded', bump);
  i18n.store.on('added', bump);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function ensureLoaded(i18n: I18n, language: string, namespaces: readonly string[]): Promise<void> | null {
  const missing = namespaces.filter((ns) => !i18n.hasLoadedNamespace(ns, { lng: language }));
  if (missing.length === 0) return null;
  const key = `${language}|${missing.join(',')}`;
  let promise = loading.get(key);
  if (!promise) {
    promise = i18n.loadNamespaces(missing).then(() => undefined);
    loading.set(key, promise);
  }
  return promise;
}

export interface Translation {
  t: TFunction;
  language: string;
}

/** `t` for the given namespaces, the first being the default one. */
export function useTranslationOf(namespaces: readonly string[]): Translation {
  const i18n = getRuntime().i18n;
  watch(i18n);
  const current = useSyncExternalStore(subscribe, () => revision);
  const language = i18n.language;
  const key = namespaces.join(',');
  const pending = ensureLoaded(i18n, language, namespaces);
  // Suspense: the boundary above shows its fallback until the files are in.
  if (pending) throw pending;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `current` changes when resources or the language do.
  const t = useMemo(() => i18n.getFixedT(language, namespaces as string[]), [i18n, language, key, current]);
  return { t, language };
}
