/**
 * Security headers for every response of the one-port server. The Content-Security-
 * Policy allows scripts, styles, fonts, images and fetches from this origin and from
 * the origins of the modules and packs the composition names (re-read when the file
 * changes, like everything else about the composition). Emotion (MUI) injects <style>
 * elements, hence 'unsafe-inline' for styles only; no inline or eval'd script is
 * allowed. In dev mode (KENTE_DEV=1) loopback origins are allowed too, for the
 * `?kente-dev=` override and hot reload.
 */
import { readFileSync, statSync } from 'node:fs';

const LOOPBACK = ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*', 'ws://localhost:*', 'ws://127.0.0.1:*'];

interface CompositionLike {
  modules?: { url?: unknown }[];
  packs?: { url?: unknown }[];
}

/** The origins of absolute module and pack URLs in the composition (relative ones are this origin). */
export function compositionOrigins(text: string): string[] {
  let parsed: CompositionLike;
  try {
    parsed = JSON.parse(text) as CompositionLike;
  } catch {
    return [];
  }
  const origins = new Set<string>();
  for (const entry of [...(Array.isArray(parsed.modules) ? parsed.modules : []), ...(Array.isArray(parsed.packs) ? parsed.packs : [])]) {
    if (typeof entry?.url !== 'string') continue;
    try {
      const url = new URL(entry.url);
      if (url.protocol === 'https:' || url.protocol === 'http:') origins.add(url.origin);
    } catch {
      /* relative: served from this origin */
    }
  }
  return [...origins].sort();
}

export function contentSecurityPolicy(origins: string[], dev: boolean): string {
  const extra = [...origins, ...(dev ? LOOPBACK : [])].join(' ');
  const src = (base: string) => `${base}${extra ? ` ${extra}` : ''}`;
  return [
    "default-src 'self'",
    `script-src ${src("'self'")}`,
    `style-src ${src("'self' 'unsafe-inline'")}`,
    `img-src ${src("'self' data: blob:")}`,
    `font-src ${src("'self' data:")}`,
    `connect-src ${src("'self'")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export interface SecurityOptions {
  compositionPath: () => string;
  dev: boolean;
}

/** Returns the headers to set on every response, recomputing the policy when the composition file changes. */
export function createSecurityHeaders(options: SecurityOptions): () => Record<string, string> {
  let cached: { key: string; headers: Record<string, string> } | undefined;
  return () => {
    const path = options.compositionPath();
    let key = `${path}:missing`;
    let text = '';
    try {
      const info = statSync(path);
      key = `${path}:${info.mtimeMs}:${info.size}`;
      if (cached?.key !== key) text = readFileSync(path, 'utf8');
    } catch {
      /* no composition: this origin only */
    }
    if (cached?.key !== key) {
      cached = {
        key,
        headers: {
          'content-security-policy': contentSecurityPolicy(compositionOrigins(text), options.dev),
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'DENY',
          'referrer-policy': 'same-origin',
          'cross-origin-opener-policy': 'same-origin',
        },
      };
    }
    return cached.headers;
  };
}
