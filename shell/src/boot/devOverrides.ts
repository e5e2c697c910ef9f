/**
 * Development overrides: point a running console at a module served from a
 * developer's machine (`?kente-dev=mf-insuree@http://localhost:5174/`), kept in
 * localStorage until cleared, and always shown in a banner. Honoured only on a
 * console served from this machine (localhost) or whose composition allows it
 * (`config.shell.devOverrides: true`): it runs code from another origin.
 */
const KEY = 'kente.devOverrides';

export type DevOverrides = Record<string, string>;

export function devOverridesAllowed(configAllows: unknown): boolean {
  return configAllows === true || ['localhost', '127.0.0.1', '[::1]'].includes(window.location.hostname);
}

/** Reads overrides, taking a new one from the address bar first (then removes it from the address). */
export function readDevOverrides(): DevOverrides {
  let overrides: DevOverrides = {};
  try {
    overrides = JSON.parse(localStorage.getItem(KEY) ?? '{}') as DevOverrides;
  } catch {
    overrides = {};
  }
  const url = new URL(window.location.href);
  const requested = url.searchParams.get('kente-dev');
  if (requested) {
    const at = requested.indexOf('@');
    if (at > 0) overrides[requested.slice(0, at)] = requested.slice(at + 1);
    localStorage.setItem(KEY, JSON.stringify(overrides));
    url.searchParams.delete('kente-dev');
    history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  return overrides;
}

export function clearDevOverrides() {
  localStorage.removeItem(KEY);
  window.location.reload();
}
