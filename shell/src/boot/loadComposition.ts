/**
 * Boot pipeline, top to bottom:
 *   fetch /composition.json > validate it > fetch every manifest in parallel
 *   (each bounded by the load timeout) > validate each > resolve as a set.
 * A broken composition stops here with every problem listed; a broken module
 * is refused alone and the rest goes on.
 */
import {
  type AnyManifest,
  BACKEND_DOMAINS_QUERY,
  type BackendDomain,
  backendDomainsFrom,
  type Composition,
  defaultModuleUrl,
  type LoadedManifest,
  type Problem,
  parseComposition,
  type ResolvedComposition,
  resolveComposition,
  SDK_VERSION,
  validateManifest,
} from '@kente/sdk';
import { type DevOverrides, devOverridesAllowed, readDevOverrides } from './devOverrides.js';
import { withTimeout } from './withTimeout.js';

export type BootResult =
  | { ok: true; composition: Composition; resolved: ResolvedComposition; devOverrides: DevOverrides }
  | { ok: false; problems: Problem[]; source: string };

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
  const result = validateManifest(data);
  if (!result.ok) {
    throw new Error(`invalid manifest: ${result.problems.map((p) => `${p.path}: expected ${p.expected}, found ${p.found}`).join('; ')}`);
  }
  return result.value;
}

/** What the backend says it serves (`kente { domains }`, no sign-in needed); null when it does not say. */
async function fetchBackendDomains(timeoutMs: number): Promise<BackendDomain[] | null> {
  try {
    const response = await withTimeout(
      fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-kente-csrf': '1' },
        body: JSON.stringify({ query: BACKEND_DOMAINS_QUERY }),
      }),
      timeoutMs,
      'the backend did not answer',
    );
    return backendDomainsFrom(await response.json());
  } catch {
    return null;
  }
}

export async function loadComposition(): Promise<BootResult> {
  let text: string;
  try {
    const response = await fetch('/composition.json', { cache: 'no-cache' });
    if (!response.ok)
      return { ok: false, source: '/composition.json', problems: [{ path: '$', expected: 'the file to be served', found: `HTTP ${response.status}` }] };
    text = await response.text();
  } catch (error) {
    return { ok: false, source: '/composition.json', problems: [{ path: '$', expected: 'the file to be served', found: (error as Error).message }] };
  }
  const parsed = parseComposition(text);
  if (!parsed.ok) return { ok: false, source: '/composition.json', problems: parsed.problems };
  const composition = parsed.value;
  const devOverrides = devOverridesAllowed(composition.config.shell?.devOverrides) ? readDevOverrides() : {};
  const entries = [
    ...composition.modules.map((entry) => ({ entry, kind: 'module' as const })),
    ...composition.packs.map((entry) => ({ entry, kind: 'pack' as const })),
  ];
  // In parallel with the manifests: modules' backend needs are checked against it.
  const backendDomains = fetchBackendDomains(composition.loadTimeoutMs);
  const loaded: LoadedManifest[] = await Promise.all(
    entries.map(async ({ entry, kind }) => {
      const baseUrl = devOverrides[entry.name] ?? defaultModuleUrl(entry);
      try {
        const manifest = await fetchManifest(baseUrl, composition.loadTimeoutMs);
        // An overridden module is whatever version the developer is working on.
        return { entry: devOverrides[entry.name] ? { ...entry, version: manifest.version } : entry, kind, baseUrl, manifest };
      } catch (error) {
        return { entry, kind, baseUrl, error: (error as Error).message };
      }
    }),
  );
  const resolved = resolveComposition(composition, loaded, SDK_VERSION, { backendDomains: await backendDomains });
  for (const refused of resolved.refused) console.warn(`[kente] ${refused.name}@${refused.version} refused: ${refused.reasons.join('; ')}`);
  for (const warning of resolved.warnings) console.info(`[kente] ${warning}`);
  for (const p of resolved.configProblems) console.warn(`[kente] configuration: ${p.source} ${p.path}: expected ${p.expected}, found ${p.found}`);
  return { ok: true, composition, resolved, devOverrides };
}
