/**
 * Dev mode: the Vite dev shell of `pnpm dev`, or a server started with KENTE_DEV=1, which
 * marks index.html with `<meta name="kente-dev">`. Only then are development overrides
 * (boot/devOverrides, loaded on demand) honoured; the first screen does not carry them.
 */
export type DevOverrides = Record<string, string>;

export function isDevMode(): boolean {
  return import.meta.env.DEV === true || document.querySelector('meta[name="kente-dev"]') !== null;
}
