/**
 * The checks a server runs on the composition and the manifests it serves, with
 * this SDK, before the shell starts (/boot.json): the shell trusts them when they
 * were made by its own SDK version, and so downloads the validators (the schemas,
 * the JSON Schema checker of configuration) only for what the server could not
 * check: a manifest it does not hold, a developer's override, another SDK.
 */
import type { Problem, Validated } from '../manifest/problems.js';
import type { AnyManifest } from '../manifest/schema.js';
import { validateManifest } from '../manifest/validate.js';
import { SDK_VERSION } from '../version.js';
import type { BackendDomain } from './backend.js';
import { type MergedConfig, mergeConfig } from './config.js';
import { defaultModuleUrl, fallbackModuleUrl, type LoadedManifest, resolveCompositionWith } from './resolve.js';
import type { Composition } from './schema.js';
import { parseComposition } from './validate.js';

/**
 * The cookie that mirrors the language a user chose (the shell sets it with its
 * localStorage key): the server writes the shell's words in that language into the page.
 */
export const LANGUAGE_COOKIE = 'kente_language';

export interface Preflight {
  /** The SDK that checked: the shell uses the checks only when it is its own version. */
  sdk: string;
  /** composition.json parsed and validated (defaults applied), or its problems. */
  composition: Validated<Composition>;
  /** By module base URL, each manifest the server was given: valid (defaults applied) or its problems. */
  manifests: Record<string, Validated<AnyManifest>>;
  /** Configuration merged and validated for the modules accepted ('shell' first), when the server had every manifest. */
  config?: MergedConfig & { owners: string[] };
}

/** The reason a module with an invalid manifest is refused. */
export function manifestError(problems: readonly Problem[]): string {
  return `invalid manifest: ${problems.map((p) => `${p.path}: expected ${p.expected}, found ${p.found}`).join('; ')}`;
}

/** Checks composition.json's text and the manifests at hand (by base URL) as the shell would. */
export function preflight(compositionText: string, manifests: Record<string, unknown>, backendDomains: readonly BackendDomain[] | null = null): Preflight {
  const composition = parseComposition(compositionText);
  const result: Preflight = { sdk: SDK_VERSION, composition, manifests: {} };
  if (!composition.ok) return result;
  const loaded: LoadedManifest[] = [];
  let complete = true;
  for (const [kind, list] of [
    ['module', composition.value.modules],
    ['pack', composition.value.packs],
  ] as const) {
    for (const entry of list) {
      const baseUrl = defaultModuleUrl(entry);
      let item: LoadedManifest = { entry, kind, baseUrl };
      if (!(baseUrl in manifests)) complete = false;
      else {
        const checked = validateManifest(manifests[baseUrl]);
        result.manifests[baseUrl] = checked;
        item = checked.ok ? { entry, kind, baseUrl, manifest: checked.value } : { entry, kind, baseUrl, error: manifestError(checked.problems) };
      }
      // A fallback's manifest is checked too: the configuration depends on which version runs.
      const fallbackUrl = kind === 'module' ? fallbackModuleUrl(entry) : null;
      if (fallbackUrl) {
        if (!(fallbackUrl in manifests)) complete = false;
        else {
          const fallback = validateManifest(manifests[fallbackUrl]);
          result.manifests[fallbackUrl] = fallback;
          item.fallback = fallback.ok ? { baseUrl: fallbackUrl, manifest: fallback.value } : { baseUrl: fallbackUrl, error: manifestError(fallback.problems) };
        }
      }
      loaded.push(item);
    }
  }
  if (complete) {
    resolveCompositionWith(
      (owners, layers) => {
        const merged = mergeConfig(owners, layers);
        result.config = { ...merged, owners: owners.map((o) => o.name) };
        return merged;
      },
      composition.value,
      loaded,
      SDK_VERSION,
      { backendDomains },
    );
  }
  return result;
}
