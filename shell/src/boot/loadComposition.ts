/**
 * Composition and manifests, top to bottom:
 *   the boot data (composition.json with the manifests the server holds: in the page,
 *   else /boot.json started by index.html) > validate the composition > validate each
 *   manifest; fetch any the server did not include, in parallel (each bounded by
 *   the load timeout) > resolve as a set. Without boot data (another server, the
 *   dev server), /composition.json and every manifest are fetched as before.
 * The server checks the composition, its manifests and the configuration with the
 * SDK (`checked`, @kente/sdk/contract preflight); when that is this shell's SDK its
 * results are used as they are, and the validators (boot/validators) are downloaded
 * only for what it could not check.
 * A broken composition stops here with every problem listed; a broken module
 * is refused alone and the rest goes on.
 */
import {
  type AnyManifest,
  type BackendDomain,
  backendDomainsFrom,
  type Composition,
  type ConfigMerger,
  defaultModuleUrl,
  fallbackModuleUrl,
  type LoadedManifest,
  manifestError,
  type Preflight,
  type Problem,
  type ResolvedComposition,
  resolveCompositionWith,
  SDK_VERSION,
  type Validated,
} from '@kente/sdk/contract';
import { type DevOverrides, isDevMode } from './devMode.js';
import { bootUrl, takeEarly } from './early.js';
import type { PreloadedTranslations } from './i18n.js';
import { withTimeout } from './withTimeout.js';

export type BootResult =
  | { ok: true; composition: Composition; resolved: ResolvedComposition; devOverrides: DevOverrides; translations: PreloadedTranslations }
  | { ok: false; problems: Problem[]; source: string };

interface BootData {
  composition: string;
  /** kente-manifest.json by module base URL, as the server read them. */
  manifests: Record<string, unknown>;
  /** The shell's namespace in the user's language, when a pack brings it. */
  translations: PreloadedTranslations;
  /** What the backend serves (`kente { domains }`), when the server says. */
  backendDomains: BackendDomain[] | null;
  /** The server's checks, when made with this shell's SDK. */
  checked: Preflight | null;
}

const loadValidators = () => import('./validators.js');

/** /boot.json, or null when this server does not answer it (the caller falls back). */
async function fetchBoot(): Promise<BootData | null> {
  try {
    const response = await (takeEarly('boot') ?? fetch(bootUrl(), { cache: 'no-cache' }));
    if (!response?.ok) return null;
    const data = (await response.json()) as Partial<BootData> | null;
    if (typeof data?.composition !== 'string' || !data.manifests || typeof data.manifests !== 'object') return null;
    const translations = data.translations && typeof data.translations === 'object' ? data.translations : {};
    const backendDomains = data.backendDomains ? backendDomainsFrom({ data: { kente: { domains: data.backendDomains } } }) : null;
    const checked = data.checked?.sdk === SDK_VERSION ? data.checked : null;
    return { composition: data.composition, manifests: data.manifests, translations, backendDomains, checked };
  } catch {
    return null;
  }
}

/** A manifest's checks: the server's, else the validator's. */
async function checkedManifest(data: unknown, checked?: Validated<AnyManifest>): Promise<AnyManifest> {
  const result = checked ?? (await loadValidators()).validateManifest(data);
  if (!result.ok) throw new Error(manifestError(result.problems));
  return result.value;
}

async function fetchManifest(baseUrl: string, timeoutMs: number): Promise<AnyManifest> {
  const url = new URL('kente-manifest.json', new URL(baseUrl, window.location.href)).href;
  const response = await withTimeout(fetch(url, { cache: 'no-cache' }), timeoutMs, `${url} did not answer within ${timeoutMs / 1000} s`);
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim());
  let data: unknown;
  try {
    data = await withTimeout(response.json(), timeoutMs, `${url} did not finish within ${timeoutMs / 1000} s`);
  } catch (error) {
    throw new Error(`${url} is not valid JSON: ${(error as Error).message}`);
  }
  return checkedManifest(data);
}

/** A fallback's manifest, never throwing: the server's copy (and checks) from the boot data, else fetched. */
async function loadManifest(baseUrl: string, boot: BootData | null, timeoutMs: number): Promise<{ manifest: AnyManifest } | { error: string }> {
  try {
    const served = boot?.manifests[baseUrl];
    const manifest = served === undefined ? await fetchManifest(baseUrl, timeoutMs) : await checkedManifest(served, boot?.checked?.manifests[baseUrl]);
    return { manifest };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

async function fetchComposition(): Promise<{ ok: true; text: string } | { ok: false; problems: Problem[] }> {
  try {
    const response = await fetch('/composition.json', { cache: 'no-cache' });
    if (!response.ok) return { ok: false, problems: [{ path: '$', expected: 'the file to be served', found: `HTTP ${response.status}` }] };
    return { ok: true, text: await response.text() };
  } catch (error) {
    return { ok: false, problems: [{ path: '$', expected: 'the file to be served', found: (error as Error).message }] };
  }
}

export async function loadComposition(): Promise<BootResult> {
  const boot = await fetchBoot();
  const fetched = boot ? { ok: true as const, text: boot.composition } : await fetchComposition();
  if (!fetched.ok) return { ok: false, source: '/composition.json', problems: fetched.problems };
  const checked = boot?.checked;
  const parsed = checked ? checked.composition : (await loadValidators()).parseComposition(fetched.text);
  if (!parsed.ok) return { ok: false, source: '/composition.json', problems: parsed.problems };
  const composition = parsed.value;
  const devOverrides = isDevMode() ? (await import('./devOverrides.js')).readDevOverrides() : {};
  const entries = [
    ...composition.modules.map((entry) => ({ entry, kind: 'module' as const })),
    ...composition.packs.map((entry) => ({ entry, kind: 'pack' as const })),
  ];
  // In parallel with the manifests: modules' backend needs are checked against it.
  // /boot.json says what the backend serves; another server is asked (in parallel with the manifests).
  const backendDomains = boot?.backendDomains
    ? Promise.resolve(boot.backendDomains)
    : import('./backendDomains.js').then((m) => m.fetchBackendDomains(composition.loadTimeoutMs));
  // The server's configuration holds when every manifest is the one it checked.
  let allChecked = checked !== undefined && checked !== null;
  const loaded: LoadedManifest[] = await Promise.all(
    entries.map(async ({ entry, kind }) => {
      const baseUrl = devOverrides[entry.name] ?? defaultModuleUrl(entry);
      const served = boot?.manifests[baseUrl];
      const serverChecks = devOverrides[entry.name] ? undefined : checked?.manifests[baseUrl];
      if (!serverChecks) allChecked = false;
      // A fallback version's manifest (none for a developer's override): the server's copy, else fetched alongside.
      const fallbackUrl = kind === 'module' && !devOverrides[entry.name] ? fallbackModuleUrl(entry) : null;
      const fallback = fallbackUrl ? loadManifest(fallbackUrl, boot, composition.loadTimeoutMs) : null;
      if (fallbackUrl && !checked?.manifests[fallbackUrl]) allChecked = false;
      const named = (served === undefined ? fetchManifest(baseUrl, composition.loadTimeoutMs) : checkedManifest(served, serverChecks)).then(
        (manifest) => ({ manifest }),
        (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
      );
      const [result, other] = await Promise.all([named, fallback]);
      const withFallback = fallbackUrl && other ? { fallback: { baseUrl: fallbackUrl, ...other } } : {};
      if ('error' in result) return { entry, kind, baseUrl, error: result.error, ...withFallback };
      // An overridden module is whatever version the developer is working on.
      const version = devOverrides[entry.name] ? result.manifest.version : entry.version;
      return { entry: { ...entry, version }, kind, baseUrl, manifest: result.manifest, ...withFallback };
    }),
  );
  const options = { backendDomains: await backendDomains };
  const serverConfig = allChecked ? checked?.config : undefined;
  let mergedByServer = true;
  const fromServer: ConfigMerger = (owners) => {
    if (serverConfig && owners.map((o) => o.name).join() === serverConfig.owners.join()) return serverConfig;
    mergedByServer = false;
    return { config: {}, problems: [] };
  };
  let resolved = resolveCompositionWith(fromServer, composition, loaded, SDK_VERSION, options);
  if (!mergedByServer) resolved = resolveCompositionWith((await loadValidators()).mergeConfig, composition, loaded, SDK_VERSION, options);
  for (const refused of resolved.refused) console.warn(`[kente] ${refused.name}@${refused.version} refused: ${refused.reasons.join('; ')}`);
  for (const warning of resolved.warnings) console.info(`[kente] ${warning}`);
  for (const p of resolved.configProblems) console.warn(`[kente] configuration: ${p.source} ${p.path}: expected ${p.expected}, found ${p.found}`);
  // A developer's override may bring its own translations: then every one is fetched.
  const translations = boot && Object.keys(devOverrides).length === 0 ? boot.translations : {};
  return { ok: true, composition, resolved, devOverrides, translations };
}
