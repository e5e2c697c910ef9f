/**
 * Security headers for every response of the one-port server. The Content-Security-
 * Policy allows scripts, styles, fonts, images and fetches from this origin and from
 * the origins of the modules and packs the composition names: their `url`, or for a
 * module served from this registry the origin its manifest gives as federation entry
 * (recomputed when the composition or one of those manifests changes). Emotion (MUI) injects <style>
 * elements, hence 'unsafe-inline' for styles only; no eval'd script, and no inline
 * script but the shell page's own (index.html's early requests), allowed by the hash
 * of its exact text, read from the built index.html (recomputed when it changes). Its
 * `application/json` data block is not executed and needs no hash. In dev mode (KENTE_DEV=1) loopback origins are allowed too, for the
 * `?kente-dev=` override and hot reload.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// No [::1]: Chromium refuses an IPv6 address in a source list (and warns on every page).
const LOOPBACK = ['http://localhost:*', 'http://127.0.0.1:*', 'ws://localhost:*', 'ws://127.0.0.1:*'];

interface CompositionLike {
  modules?: { name?: unknown; version?: unknown; url?: unknown }[];
  packs?: { url?: unknown }[];
}

function originOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined; // relative: this origin
  }
}

/** Manifests of the registry modules the composition names (no `url`), as [path] for change detection. */
export function registryManifests(text: string, registryDir: string): string[] {
  let parsed: CompositionLike;
  try {
    parsed = JSON.parse(text) as CompositionLike;
  } catch {
    return [];
  }
  return (Array.isArray(parsed.modules) ? parsed.modules : [])
    .filter((m) => m?.url === undefined && typeof m?.name === 'string' && typeof m?.version === 'string' && !/[/\\]|\.\./.test(`${m.name}${m.version}`))
    .map((m) => join(registryDir, m.name as string, m.version as string, 'kente-manifest.json'));
}

/** The origin a registry manifest loads its code from, when it is another one. */
function manifestOrigin(file: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { federation?: { entry?: unknown } };
    return originOf(manifest.federation?.entry);
  } catch {
    return undefined;
  }
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
    const origin = originOf(entry?.url);
    if (origin) origins.add(origin);
  }
  return [...origins].sort();
}

/** CSP sources ('sha256-...') of the inline scripts a page runs; data blocks (`type="application/json"`) and external scripts are left out. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes = '', text = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
    hashes.push(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

export function contentSecurityPolicy(origins: string[], dev: boolean, scriptHashes: readonly string[] = []): string {
  const extra = [...origins, ...(dev ? LOOPBACK : [])].join(' ');
  const src = (base: string) => `${base}${extra ? ` ${extra}` : ''}`;
  return [
    "default-src 'self'",
    `script-src ${src(["'self'", ...scriptHashes].join(' '))}`,
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
  /** The module registry (/modules/): its manifests may name another origin for their code. */
  registryDir?: string;
  /** The shell's built index.html: its inline scripts are allowed by hash. */
  shellIndexPath?: string;
  dev: boolean;
}

function fileKey(path: string): string {
  try {
    const info = statSync(path);
    return `${path}:${info.mtimeMs}:${info.size}`;
  } catch {
    return `${path}:missing`;
  }
}

/** Returns the headers to set on every response, recomputing the policy when the composition file changes. */
export function createSecurityHeaders(options: SecurityOptions): () => Record<string, string> {
  let cached: { key: string; headers: Record<string, string> } | undefined;
  let manifests: string[] = [];
  let compositionKey = '';
  let text = '';
  let pageKey = '';
  let scriptHashes: string[] = [];
  return () => {
    if (options.shellIndexPath) {
      const key = fileKey(options.shellIndexPath);
      if (key !== pageKey) {
        pageKey = key;
        try {
          scriptHashes = inlineScriptHashes(readFileSync(options.shellIndexPath, 'utf8'));
        } catch {
          scriptHashes = []; // no shell built: nothing inline to allow
        }
      }
    }
    const path = options.compositionPath();
    const ownKey = fileKey(path);
    if (ownKey !== compositionKey) {
      compositionKey = ownKey;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        text = ''; // no composition: this origin only
      }
      manifests = options.registryDir ? registryManifests(text, options.registryDir) : [];
    }
    const key = [ownKey, pageKey, ...manifests.map(fileKey)].join('|');
    if (cached?.key !== key) {
      cached = {
        key,
        headers: {
          'content-security-policy': contentSecurityPolicy(
            [...new Set([...compositionOrigins(text), ...manifests.map(manifestOrigin).filter((o): o is string => !!o)])].sort(),
            options.dev,
            scriptHashes,
          ),
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
