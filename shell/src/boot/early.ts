/**
 * What index.html's inline script prepared before any module script ran:
 *   - the page's data block (#kente-data), which the one-port server fills with the
 *     boot data (what /boot.json answers) and, for a visitor without a session
 *     cookie, the answer to `me` (signed out): then the first screen waits on no request;
 *   - otherwise the requests it started: /boot.json (composition, manifests, the
 *     shell's translations for the user's language) and the session (`me`). They
 *     travel while the shell's code downloads, instead of after it.
 * Each is taken once: a later call (a retry, the dev server without them) fetches anew.
 */
import { LANGUAGE_COOKIE } from '@kente/sdk/contract';

export type EarlyRequest = 'boot' | 'me';

/** Where the user's language choice is kept (read by index.html's early script too). */
export const LANGUAGE_KEY = 'kente.language';

/**
 * The chosen language, for the server too (LANGUAGE_COOKIE): the next page carries the
 * shell's words in it, and a repeat visit needs no /boot.json?lang= after the page.
 */
export function rememberLanguageCookie(code: string) {
  const cookie = `${LANGUAGE_COOKIE}=${encodeURIComponent(code)}`;
  if (document.cookie.split('; ').includes(cookie)) return;
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not in every browser the console supports
  document.cookie = `${cookie}; path=/; max-age=31536000; samesite=lax`;
}

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
    /** Set by the inline script in index.html; a request is null when it failed. */
    __kenteEarly?: Partial<Record<EarlyRequest, Promise<Response | null>>> & { data?: Partial<Record<EarlyRequest, unknown>> | null };
  }
}

/** The answer to `name`: the request index.html started, else the page's own data as if it had been fetched. */
export function takeEarly(name: EarlyRequest): Promise<Response | null> | undefined {
  const early = window.__kenteEarly;
  if (!early) return undefined;
  const request = early[name];
  const inline = early.data?.[name];
  delete early[name];
  if (early.data) delete early.data[name];
  if (request) return request;
  return inline === undefined ? undefined : Promise.resolve(new Response(JSON.stringify(inline), { headers: { 'content-type': 'application/json' } }));
}
