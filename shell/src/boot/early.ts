/**
 * Requests index.html starts before any module script: /boot.json (composition,
 * manifests, the shell's translations for the user's language) and the session (`me`). They travel while the shell's code downloads,
 * instead of after it; on a 300 ms link that saves two round trips in a row.
 * Each is taken once: a later call (a retry, the dev server without them) fetches anew.
 */
export type EarlyRequest = 'boot' | 'me';

/** Where the user's language choice is kept (read by index.html's early script too). */
export const LANGUAGE_KEY = 'kente.language';

/** /boot.json, with the translations for the language the user chose on an earlier visit. */
export function bootUrl(): string {
  let language: string | null = null;
  try {
    language = localStorage.getItem(LANGUAGE_KEY);
  } catch {
    // Storage disabled: the composition's default language.
  }
  return language ? `/boot.json?lang=${encodeURIComponent(language)}` : '/boot.json';
}

declare global {
  interface Window {
    /** Set by the inline script in index.html; null when the request failed. */
    __kenteEarly?: Partial<Record<EarlyRequest, Promise<Response | null>>>;
  }
}

export function takeEarly(name: EarlyRequest): Promise<Response | null> | undefined {
  const early = window.__kenteEarly;
  const request = early?.[name];
  if (early) delete early[name];
  return request;
}
