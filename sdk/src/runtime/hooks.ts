import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useModuleScope } from './ModuleScope.js';
import { getRuntime, type KenteUser, userHasRights } from './runtime.js';
import { useTranslationOf } from './translation.js';

export function useRuntime() {
  return getRuntime();
}

export function useUser(): KenteUser | null {
  const runtime = getRuntime();
  return useSyncExternalStore(runtime.subscribe, runtime.getUser);
}

/** The current user's rights, and a test for a set of them. */
export function useRights(): { rights: readonly number[]; has: (...codes: number[]) => boolean } {
  const user = useUser();
  return useMemo(() => ({ rights: user?.rights ?? [], has: (...codes: number[]) => userHasRights(user, codes) }), [user]);
}

/** Translations of the module the component belongs to (its own i18next namespace, loaded lazily). */
export function useModuleTranslation() {
  const { namespace } = useModuleScope();
  return useTranslationOf([namespace, 'shell']);
}

/** The active language. */
export function useLanguage(): string {
  const runtime = getRuntime();
  return useSyncExternalStore(runtime.subscribe, () => runtime.i18n.resolvedLanguage ?? runtime.i18n.language ?? 'en');
}

/** This module's configuration: manifest defaults, then packs, then composition.json. */
export function useModuleConfig<T extends Record<string, unknown> = Record<string, unknown>>(): T {
  const { module } = useModuleScope();
  return (getRuntime().composition.config[module] ?? {}) as T;
}

/**
 * The locale dates, numbers and money are written in: the one a country pack (or
 * composition.json) sets for the active language in `shell.locales` (fr -> fr-NE), else the language.
 */
export function localeOf(language: string): string {
  const locales = getRuntime().composition.config.shell?.locales as Record<string, string> | undefined;
  return locales?.[language] ?? language;
}

/** The active locale (see localeOf). */
export function useLocale(): string {
  return localeOf(useLanguage());
}

/** Dates, numbers and money in the active locale, through Intl. */
export function useFormat() {
  const language = useLocale();
  const currency = (getRuntime().composition.config.shell?.currency as string | undefined) ?? 'USD';
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const number = new Intl.NumberFormat(language);
    const money = new Intl.NumberFormat(language, { style: 'currency', currency });
    return {
      date: (value: string | Date) => date.format(typeof value === 'string' ? new Date(value) : value),
      dateTime: (value: string | Date) => dateTime.format(typeof value === 'string' ? new Date(value) : value),
      number: (value: number) => number.format(value),
      money: (value: number | string) => money.format(Number(value)),
      currency,
    };
  }, [language, currency]);
}

/** Fired by the shell after every client-side navigation. */
export const NAVIGATE_EVENT = 'kente:navigate';

function subscribeToLocation(listener: () => void) {
  window.addEventListener('popstate', listener);
  window.addEventListener('single-spa:routing-event', listener);
  window.addEventListener(NAVIGATE_EVENT, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener('single-spa:routing-event', listener);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  };
}

/** The current URL (path + query), updated on navigation. */
export function useLocation(): { pathname: string; search: string } {
  const href = useSyncExternalStore(subscribeToLocation, () => window.location.pathname + window.location.search);
  return useMemo(() => {
    const url = new URL(href, window.location.origin);
    return { pathname: url.pathname, search: url.search };
  }, [href]);
}

/** The i18next namespace of a composed module (its name if unknown). */
export function namespaceOf(module: string): string {
  return getRuntime().composition.modules.find((m) => m.manifest.name === module)?.manifest.i18n.namespace ?? module;
}

/**
 * Translates keys that belong to other modules, such as menu labels or a
 * contribution's meta, loading those modules' namespaces first.
 */
export function useTranslationsOf(modules: readonly string[]): (module: string, key: unknown) => string {
  const namespaces = [...new Set(modules.map(namespaceOf))];
  const { t } = useTranslationOf(['shell', ...namespaces]);
  return useCallback((module: string, key: unknown) => (typeof key === 'string' ? t(key, { ns: namespaceOf(module) }) : ''), [t]);
}

/** Translated labels for the kit's DataTable (shell namespace), so every list reads the same. */
export function useDataTableLabels() {
  const { t } = useTranslationOf(['shell']);
  const format = useFormat();
  return useMemo(
    () => ({
      empty: t('table.empty'),
      previous: t('table.previous'),
      next: t('table.next'),
      range: (from: number, to: number, total: number | null, capped: boolean) =>
        total === null
          ? t('table.rangeNoTotal', { from, to })
          : t('table.range', { from: format.number(from), to: format.number(to), total: `${format.number(total)}${capped ? '+' : ''}` }),
    }),
    [t, format],
  );
}
