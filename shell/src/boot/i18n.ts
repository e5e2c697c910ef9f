/**
 * One i18next instance for the page, one namespace per module, each loaded
 * lazily for the active language: from the module itself if it ships that
 * language, else from a composed language pack. A key missing in a language
 * falls back to English; nothing ever shows a raw key for a key English has.
 */
import type { ResolvedComposition } from '@kente/sdk';
import { countryPacksLast, mergeTexts, wordingOverrides } from '@kente/sdk/contract';
import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import shellEnglish from '../../locales/en.json';
import { LANGUAGE_KEY, rememberLanguageCookie } from './early.js';

/** Namespaces already at hand, by language (the shell's, from /boot.json). */
export type PreloadedTranslations = Record<string, Record<string, unknown>>;

function translationUrl(resolved: ResolvedComposition, language: string, namespace: string): string | null {
  const owner = resolved.modules.find((m) => m.manifest.i18n.namespace === namespace);
  if (owner?.manifest.i18n.languages.includes(language)) {
    return new URL(owner.manifest.i18n.path.replace('{{lng}}', language), new URL(owner.baseUrl, window.location.href)).href;
  }
  for (const pack of countryPacksLast(resolved.packs)) {
    const path = pack.manifest.translations[language]?.[namespace];
    if (path) return new URL(path, new URL(pack.baseUrl, window.location.href)).href;
  }
  return null;
}

/** A translation file, or {} (with a warning) when it cannot be had: a missing file must not break the page, English stays. */
function fetchTexts(url: string, what: string): Promise<Record<string, unknown>> {
  return fetch(url)
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${url}: HTTP ${response.status}`))))
    .then(
      (data) => (data && typeof data === 'object' ? (data as Record<string, unknown>) : {}),
      (error: Error) => {
        console.warn(`[kente] ${what} unavailable: ${error.message}`);
        return {};
      },
    );
}

/**
 * A namespace in a language: the module's own file or a language pack's, then the
 * wording overrides of country packs over it (/boot.json's shell words have them already).
 */
function compositionBackend(resolved: ResolvedComposition, preloaded: PreloadedTranslations): BackendModule {
  return {
    type: 'backend',
    init() {},
    read(language, namespace, callback) {
      const english = namespace === 'shell' && language === 'en';
      const ready = preloaded[language]?.[namespace];
      if (ready && typeof ready === 'object')
        return callback(null, english ? mergeTexts(shellEnglish, ready as Record<string, unknown>) : (ready as Record<string, unknown>));
      const overrides = wordingOverrides(resolved.packs, language, namespace);
      if (english && !overrides.length) return callback(null, shellEnglish);
      const url = english ? null : translationUrl(resolved, language, namespace);
      Promise.all([
        english ? shellEnglish : url ? fetchTexts(url, `translations ${language}/${namespace}`) : {},
        ...overrides.map(({ pack, path }) =>
          fetchTexts(new URL(path, new URL(pack.baseUrl, window.location.href)).href, `${pack.manifest.name} wording ${language}/${namespace}`),
        ),
      ]).then(([base, ...over]) => callback(null, mergeTexts(base, ...over)));
    },
  };
}

export function pickLanguage(resolved: ResolvedComposition, defaultLanguage: string, preferred?: string | null): string {
  const available = resolved.languages.map((l) => l.code);
  const stored = localStorage.getItem(LANGUAGE_KEY);
  // A choice made before the cookie existed, or with cookies cleared: the server learns it for the next page.
  if (stored) rememberLanguageCookie(stored);
  for (const candidate of [stored, preferred, defaultLanguage, ...navigator.languages.map((l) => l.slice(0, 2))]) {
    if (candidate && available.includes(candidate)) return candidate;
  }
  return 'en';
}

export function rememberLanguage(code: string) {
  localStorage.setItem(LANGUAGE_KEY, code);
  rememberLanguageCookie(code);
  document.documentElement.lang = code;
}

export async function createI18n(resolved: ResolvedComposition, language: string, preloaded: PreloadedTranslations = {}): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(compositionBackend(resolved, preloaded)).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: resolved.languages.map((l) => l.code),
    ns: ['shell'],
    defaultNS: 'shell',
    fallbackNS: 'shell',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return instance;
}
