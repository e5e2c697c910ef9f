/**
 * Development overrides: point a running console at a module served from a
 * developer's machine (`?kente-dev=mf-insuree@http://localhost:5174/`), kept in
 * localStorage until cleared, and always shown in a banner. It runs code from
 * another origin, so it is honoured only in dev mode (the Vite dev shell of
 * `pnpm dev`, or a server started with KENTE_DEV=1, which marks index.html with
 * `<meta name="kente-dev">`) and only for loopback URLs. A production server also
 * refuses such scripts in its Content-Security-Policy.
 */
import type { DevOverrides } from './devMode.js';

const KEY = 'kente.devOverrides';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An http(s) URL on this machine. */
export function isLoopbackUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
}

function onlyLoopback(overrides: DevOverrides): DevOverrides {
  return Object.fromEntries(Object.entries(overrides).filter(([name, url]) => typeof name === 'string' && typeof url === 'string' && isLoopbackUrl(url)));
}

/** Reads overrides, taking a new one from the address bar first (then removes it from the address). */
export function readDevOverrides(): DevOverrides {
  let overrides: DevOverrides = {};
  try {
    overrides = onlyLoopback(JSON.parse(localStorage.getItem(KEY) ?? '{}') as DevOverrides);
  } catch {
    overrides = {};
  }
  const url = new URL(window.location.href);
  const requested = url.searchParams.get('kente-dev');
  if (requested) {
    const at = requested.indexOf('@');
    const target = requested.slice(at + 1);
    if (at > 0 && isLoopbackUrl(target)) overrides[requested.slice(0, at)] = target;
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
