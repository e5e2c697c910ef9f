/**
 * GET /boot.json: composition.json together with the manifests of the modules and
 * packs it names, in one response, so the shell's first screen pays one round trip
 * for them instead of two in a row (composition, then every manifest). On a 300 ms
 * link that is the difference between the sign-in page and a blank one.
 *
 *   { "composition": "<composition.json as text>", "manifests": { "<baseUrl>": <kente-manifest.json> },
 *     "translations": { "<language>": { "shell": { ... } } } }
 *
 * `translations` carries the shell's namespace for the language the sign-in page will
 * show (`?lang=`, the user's earlier choice, else the composition's defaultLanguage)
 * when a pack brings it: a French user's first screen does not wait for one more
 * round trip after this one, country packs' wording overrides applied. English is built
 * into the shell: for it only the overrides come, when a country pack has some.
 * The composition is passed as text so the shell reports a broken file exactly as
 * when it fetches it itself. Only manifests this server holds in its registry are
 * included (entries without a `url`, and a module's `fallback` version without a
 * `fallbackUrl`); anything missing, unreadable or elsewhere is
 * left out and the shell fetches it itself, with the same error reporting as before.
 * Re-read on every request (an implementer's edit applies on reload); an ETag lets a
 * repeat visit revalidate with a 304 and no body.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, sep } from 'node:path';
import { countryPacksLast, mergeTexts, type Preflight, preflight, wordingOverrides } from '@kente/sdk/contract';
import { compressFor } from './static.js';

export const BOOT_PATH = '/boot.json';

export interface BootOptions {
  /** Path of composition.json, resolved per request. */
  compositionPath: () => string;
  /** The module registry folder (<repo>/registry/modules). */
  registryDir: string;
  /** What this backend serves (`kente { domains }`), so the shell checks modules' backend needs without another request. */
  backendDomains?: readonly { name: string; version: string }[];
}

export interface BootPayload {
  composition: string;
  manifests: Record<string, unknown>;
  translations: Record<string, Record<string, unknown>>;
  /** The language whose shell translations were looked up (`?lang=`, else the composition's default). */
  language?: string;
  backendDomains?: { name: string; version: string }[];
  /** The composition and these manifests checked with the server's SDK, configuration merged: the shell then loads no validator. */
  checked: Preflight;
}

const safeSegment = (value: unknown): value is string => typeof value === 'string' && /^[a-z0-9][a-z0-9._-]*$/i.test(value) && !value.includes('..');

interface RegistryEntry {
  name: string;
  version: string;
  kind: 'module' | 'pack';
}

/** The entries whose manifest this server serves (/modules/<name>/<version>/, fallback versions too), and the default language. */
function readComposition(compositionText: string): { entries: RegistryEntry[]; defaultLanguage: unknown } {
  let data: unknown;
  try {
    data = JSON.parse(compositionText);
  } catch {
    return { entries: [], defaultLanguage: undefined };
  }
  if (!data || typeof data !== 'object') return { entries: [], defaultLanguage: undefined };
  const { modules, packs, defaultLanguage } = data as { modules?: unknown; packs?: unknown; defaultLanguage?: unknown };
  const entries: RegistryEntry[] = [];
  for (const [kind, list] of [
    ['module', modules],
    ['pack', packs],
  ] as const) {
    if (!Array.isArray(list)) continue;
    for (const entry of list as Array<{ name?: unknown; version?: unknown; url?: unknown; fallback?: unknown; fallbackUrl?: unknown }>) {
      if (!entry || !safeSegment(entry.name)) continue;
      if (entry.url === undefined && safeSegment(entry.version)) entries.push({ name: entry.name, version: entry.version, kind });
      // A module's fallback version (docs/modules.md#fallback-versions): its manifest comes along, so the shell needs no request for it.
      if (kind === 'module' && entry.fallbackUrl === undefined && safeSegment(entry.fallback))
        entries.push({ name: entry.name, version: entry.fallback, kind });
    }
  }
  return { entries, defaultLanguage };
}

const languageCode = (value: unknown): value is string => typeof value === 'string' && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/.test(value);

/** A file inside a pack's folder, or null when the path would leave it. */
function insidePack(registryDir: string, entry: RegistryEntry, path: unknown): string | null {
  if (typeof path !== 'string') return null;
  const root = join(registryDir, entry.name, entry.version);
  const full = normalize(join(root, path));
  return full.startsWith(root + sep) ? full : null;
}

/**
 * The shell's namespace in `language` as the shell's i18n assembles it: from the first
 * pack that brings it, with the country packs' wording overrides over it. For English
 * (built into the shell) only the overrides, when a pack has some.
 */
async function shellTranslations(registryDir: string, packs: Array<{ entry: RegistryEntry; manifest: unknown }>, language: string, read: FileReader) {
  const readJson = async (file: string | null) => (file ? (JSON.parse(await read(file)) as Record<string, unknown>) : undefined);
  try {
    let base: Record<string, unknown> | undefined = language === 'en' ? {} : undefined;
    for (const { entry, manifest } of countryPacksLast(packs)) {
      if (base) break;
      const translations = (manifest as { translations?: Record<string, Record<string, unknown>> }).translations;
      base = await readJson(insidePack(registryDir, entry, translations?.[language]?.shell));
    }
    const overrides = wordingOverrides(packs, language, 'shell');
    if (!base || (language === 'en' && !overrides.length)) return undefined;
    const over = await Promise.all(overrides.map(({ pack, path }) => readJson(insidePack(registryDir, pack.entry, path))));
    if (over.some((o) => o === undefined)) return undefined; // a path outside its pack: the shell fetches and reports it
    return mergeTexts(base, ...(over as Record<string, unknown>[]));
  } catch {
    return undefined; // the shell fetches it itself and reports it
  }
}

type FileReader = (file: string) => Promise<string>;

/** A file's version (size and modification time in ns), '-' when there is none. */
const fileVersion = (file: string) =>
  stat(file, { bigint: true }).then(
    (info) => `${info.size}:${info.mtimeNs}`,
    () => '-',
  );

/** A reader that notes the version of every file it reads (before reading it: a change while reading is seen next time). */
function trackingReader(versions: Map<string, string>): FileReader {
  return async (file) => {
    versions.set(file, await fileVersion(file));
    return readFile(file, 'utf8');
  };
}

/**
 * Reads composition.json, the manifests it names and the shell's translations for
 * `language` (default: the composition's defaultLanguage); throws when composition.json
 * is unreadable.
 */
export async function readBoot(options: BootOptions, language?: string | null, readText: FileReader = (file) => readFile(file, 'utf8')): Promise<BootPayload> {
  const composition = await readText(options.compositionPath());
  const { entries, defaultLanguage } = readComposition(composition);
  const read = await Promise.all(
    entries.map(async (entry) => {
      try {
        const text = await readText(join(options.registryDir, entry.name, entry.version, 'kente-manifest.json'));
        return { entry, manifest: JSON.parse(text) as unknown };
      } catch {
        // Left for the shell to fetch and report (404, invalid JSON) as it always has.
        return null;
      }
    }),
  );
  const found = read.filter((item) => item !== null);
  // In the composition's order, whatever order the reads finished in: the same files give the same ETag.
  const manifests = Object.fromEntries(found.map(({ entry, manifest }) => [`/modules/${entry.name}/${entry.version}/`, manifest]));
  const translations: BootPayload['translations'] = {};
  const wanted = languageCode(language) ? language : languageCode(defaultLanguage) ? defaultLanguage : undefined;
  if (wanted !== undefined) {
    const shell = await shellTranslations(
      options.registryDir,
      found.filter(({ entry }) => entry.kind === 'pack'),
      wanted,
      readText,
    );
    if (shell !== undefined) translations[wanted] = { shell };
  }
  const backendDomains = options.backendDomains?.map(({ name, version }) => ({ name, version }));
  return {
    composition,
    manifests,
    translations,
    ...(wanted ? { language: wanted } : {}),
    ...(backendDomains ? { backendDomains } : {}),
    checked: preflight(composition, manifests, backendDomains ?? null),
  };
}

/**
 * readBoot, remembered until one of the files it read changes (checked with a stat of
 * each: the page and /boot.json are asked for on every visit, and the checks (zod, JSON
 * Schema) need not run again for the same files). At most 16 languages are remembered.
 */
export function createBootReader(options: BootOptions) {
  const remembered = new Map<string, { versions: Map<string, string>; payload: BootPayload; json: string }>();
  return async (language?: string | null): Promise<{ payload: BootPayload; json: string }> => {
    const key = languageCode(language) ? language : '';
    const known = remembered.get(key);
    if (known) {
      const current = await Promise.all([...known.versions].map(async ([file, version]) => (await fileVersion(file)) === version));
      // The composition's path may be another one now (COMPOSITION is read per request).
      if (known.versions.has(options.compositionPath()) && current.every(Boolean)) return known;
    }
    const versions = new Map<string, string>();
    const payload = await readBoot(options, key || null, trackingReader(versions));
    const result = { versions, payload, json: JSON.stringify(payload) };
    if (remembered.size >= 16) remembered.clear();
    remembered.set(key, result);
    return result;
  };
}

/** `me` as the GraphQL endpoint answers it for a visitor without a session. */
export const SIGNED_OUT_ME = { data: { me: null } };

export interface PageDataOptions extends BootOptions {
  /** Whether the request carries a session cookie (then who is signed in is asked for with `me`, as before). */
  hasSession: (req: IncomingMessage) => boolean;
  /** The language the user chose (LANGUAGE_COOKIE), whose shell translations the page carries. */
  language?: (req: IncomingMessage) => string | null;
}

/**
 * The data index.html carries in its `#kente-data` block, so a visit needs no request
 * after the page itself (its scripts come from the HTTP cache on a repeat visit):
 *   { "boot": <what /boot.json?lang=<the language cookie> answers>, "me": {"data":{"me":null}} }
 * `me` only for a visitor without a session cookie: nothing personal is ever written
 * into the page, which stays cacheable (no-cache, ETag) whoever asks. A signed-in
 * visitor's `me` is fetched by index.html's early script, and a user who chose a
 * language the page's data does not carry fetches /boot.json?lang= the same way.
 * null when composition.json is unreadable: the shell fetches /boot.json and reports.
 * The text is safe inside <script>: every `<` is escaped.
 */
export function createPageData(options: PageDataOptions) {
  const readBootData = createBootReader(options);
  return async (req: IncomingMessage): Promise<string | null> => {
    let boot: string;
    try {
      boot = (await readBootData(options.language?.(req))).json;
    } catch {
      return null;
    }
    const data = options.hasSession(req) ? `{"boot":${boot}}` : `{"boot":${boot},"me":${JSON.stringify(SIGNED_OUT_ME)}}`;
    return data.replace(/</g, '\\u003c');
  };
}

/** Answers GET/HEAD /boot.json; returns false for any other request. */
export function createBootHandler(options: BootOptions) {
  const readBootData = createBootReader(options);
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://local');
    if ((req.method !== 'GET' && req.method !== 'HEAD') || url.pathname !== BOOT_PATH) return false;
    let body: Buffer;
    try {
      body = Buffer.from((await readBootData(url.searchParams.get('lang'))).json);
    } catch (error) {
      res
        .writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' })
        .end(`composition file unreadable: ${(error as Error).message}`);
      return true;
    }
    const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache', etag, vary: 'accept-encoding' };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return true;
    }
    const payload = compressFor(req, body, headers, etag);
    headers['content-length'] = String(payload.length);
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : payload);
    return true;
  };
}
