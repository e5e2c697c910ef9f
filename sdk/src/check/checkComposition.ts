/**
 * Checks a whole composition before deploy, the way the shell will see it:
 * the file itself, every manifest (from the local registry folder or over
 * HTTP), the set (SDK ranges, slot contracts, routes), and that every file a
 * manifest points to (federation entry, translations) is really there.
 */
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackendDomain } from '../composition/backend.js';
import { countryPacksLast } from '../composition/packs.js';
import { defaultModuleUrl, fallbackModuleUrl, type LoadedManifest, type ResolvedComposition, resolveComposition } from '../composition/resolve.js';
import type { CompositionEntry } from '../composition/schema.js';
import { parseComposition } from '../composition/validate.js';
import type { Problem } from '../manifest/problems.js';
import { validateManifest } from '../manifest/validate.js';
import { SDK_VERSION } from '../version.js';
import { comparePackKeys } from './packKeys.js';

export interface CheckOptions {
  /** Text of composition.json. */
  compositionText: string;
  /** Folder served at /modules/ (registry/modules). */
  registryDir?: string;
  /** Or the URL the registry is served at (a CDN, another server): /modules/<name>/<version>/ is read under it. */
  registryUrl?: string;
  /** Where the console is served, for manifests outside the registry folder. */
  baseUrl?: string;
  /** The backend's domains and versions (`kente { domains }`, see backendDomainsOf): modules' `requires.backend` are checked against them. */
  backendDomains?: readonly BackendDomain[];
}

export interface CheckReport {
  ok: boolean;
  problems: Problem[];
  resolved?: ResolvedComposition;
  /** Files a manifest names that cannot be read. */
  missingFiles: string[];
  /** Fallback versions that could not be had (their manifest missing or invalid). */
  fallbackProblems: string[];
  /** Wording overrides of packs that are not JSON texts or name keys the texts they override lack. */
  wordingProblems: string[];
}

export interface Source {
  read(path: string): Promise<string>;
  exists(path: string): Promise<boolean>;
}

export function sourceFor(folderUrl: string, options: CheckOptions): Source {
  if (folderUrl.startsWith('/modules/') && options.registryDir) {
    const dir = join(options.registryDir, folderUrl.slice('/modules/'.length));
    return {
      read: (path) => readFile(join(dir, path), 'utf8'),
      exists: (path) =>
        access(join(dir, path)).then(
          () => true,
          () => false,
        ),
    };
  }
  const registryUrl = options.registryUrl && (options.registryUrl.endsWith('/') ? options.registryUrl : `${options.registryUrl}/`);
  const base =
    registryUrl && folderUrl.startsWith('/modules/')
      ? new URL(folderUrl.slice('/modules/'.length), registryUrl)
      : new URL(folderUrl, options.baseUrl ?? 'http://localhost:4000/');
  return {
    async read(path) {
      const response = await fetch(new URL(path, base), { signal: AbortSignal.timeout(10_000) });
      if (!response.ok) throw new Error(`${new URL(path, base).href} answered ${response.status}`);
      return response.text();
    },
    async exists(path) {
      const response = await fetch(new URL(path, base), { method: 'HEAD', signal: AbortSignal.timeout(10_000) }).catch(() => null);
      return Boolean(response?.ok);
    },
  };
}

export async function checkComposition(options: CheckOptions): Promise<CheckReport> {
  const parsed = parseComposition(options.compositionText);
  if (!parsed.ok) return { ok: false, problems: parsed.problems, missingFiles: [], fallbackProblems: [], wordingProblems: [] };
  const composition = parsed.value;
  const missingFiles: string[] = [];
  const fallbackProblems: string[] = [];
  const entries: Array<{ entry: CompositionEntry; kind: 'module' | 'pack' }> = [
    ...composition.modules.map((entry) => ({ entry, kind: 'module' as const })),
    ...composition.packs.map((entry) => ({ entry, kind: 'pack' as const })),
  ];
  /** One manifest and the files it names, as the shell will load them. */
  const check = async (entry: CompositionEntry, kind: 'module' | 'pack', baseUrl: string): Promise<LoadedManifest> => {
    const source = sourceFor(baseUrl, options);
    let text: string;
    try {
      text = await source.read('kente-manifest.json');
    } catch (error) {
      return { entry, kind, baseUrl, error: `manifest unavailable: ${(error as Error).message}` };
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return { entry, kind, baseUrl, error: 'kente-manifest.json is not valid JSON' };
    }
    const result = validateManifest(data);
    if (!result.ok)
      return {
        entry,
        kind,
        baseUrl,
        error: `invalid manifest: ${result.problems.map((p) => `${p.path}: expected ${p.expected}, found ${p.found}`).join('; ')}`,
      };
    const manifest = result.value;
    const files =
      manifest.kind === 'module'
        ? [manifest.federation.entry, ...manifest.i18n.languages.map((lng) => manifest.i18n.path.replace('{{lng}}', lng))]
        : [...Object.values(manifest.translations), ...Object.values(manifest.overrides)].flatMap((byNamespace) => Object.values(byNamespace));
    for (const file of files) {
      if (/^https?:/.test(file)) continue;
      if (!(await source.exists(file))) missingFiles.push(`${entry.name}@${entry.version}: ${file}`);
    }
    return { entry, kind, baseUrl, manifest };
  };
  const loaded: LoadedManifest[] = await Promise.all(
    entries.map(async ({ entry, kind }): Promise<LoadedManifest> => {
      const fallbackUrl = kind === 'module' ? fallbackModuleUrl(entry) : null;
      const [item, fallback] = await Promise.all([
        check(entry, kind, defaultModuleUrl(entry)),
        // The fallback must be there to be of any use: checked (manifest and files) as the named version.
        fallbackUrl ? check({ name: entry.name, version: entry.fallback as string }, 'module', fallbackUrl) : null,
      ]);
      if (!fallback) return item;
      if (fallback.error) fallbackProblems.push(`${entry.name}@${entry.fallback} (fallback of ${entry.version}): ${fallback.error}`);
      return {
        ...item,
        fallback: { baseUrl: fallback.baseUrl, ...(fallback.manifest ? { manifest: fallback.manifest } : { error: fallback.error ?? 'manifest unavailable' }) },
      };
    }),
  );
  const resolved = resolveComposition(composition, loaded, SDK_VERSION, { backendDomains: options.backendDomains ?? null });
  const wordingProblems = await checkWording(resolved, options);
  return {
    // A fallback is a safety net, not a plan: the named version must be usable too.
    ok:
      resolved.refused.length === 0 &&
      resolved.fallbacks.length === 0 &&
      missingFiles.length === 0 &&
      fallbackProblems.length === 0 &&
      wordingProblems.length === 0 &&
      resolved.configProblems.length === 0,
    problems: [],
    resolved,
    missingFiles,
    fallbackProblems,
    wordingProblems,
  };
}

/**
 * Every key of a pack's wording overrides must be a key of the text it overrides: the
 * module's English (or for the shell, the language's full translation a pack brings);
 * a typo would change nothing on screen.
 */
async function checkWording(resolved: ResolvedComposition, options: CheckOptions): Promise<string[]> {
  const problems: string[] = [];
  const readJson = async (folderUrl: string, path: string): Promise<Record<string, unknown> | null> => {
    try {
      const data: unknown = JSON.parse(await sourceFor(folderUrl, options).read(path));
      return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  };
  const reference = async (language: string, namespace: string): Promise<Record<string, unknown> | null> => {
    const owner = resolved.modules.find((m) => m.manifest.i18n.namespace === namespace);
    if (owner) return readJson(owner.baseUrl, owner.manifest.i18n.path.replace('{{lng}}', 'en'));
    const full = countryPacksLast(resolved.packs).find((p) => p.manifest.translations[language]?.[namespace]);
    return full ? readJson(full.baseUrl, full.manifest.translations[language]?.[namespace] as string) : null;
  };
  for (const { manifest, baseUrl } of resolved.packs) {
    for (const [language, files] of Object.entries(manifest.overrides)) {
      for (const [namespace, file] of Object.entries(files)) {
        const where = `${manifest.name} $.overrides.${language}.${namespace} (${file})`;
        const words = await readJson(baseUrl, file);
        if (!words) {
          problems.push(`${where}: expected a JSON object of texts`);
          continue;
        }
        const english = await reference(language, namespace);
        if (!english) continue; // nothing to compare with here (the shell's English is built into the shell)
        for (const key of comparePackKeys(english, words, language).stale) problems.push(`${where}: ${key} is not a key of the ${namespace} texts`);
      }
    }
  }
  return problems;
}

/** The report as text, for the command line. */
export function formatCheckReport(report: CheckReport): string {
  const lines: string[] = [];
  if (report.problems.length) {
    lines.push('composition.json is invalid:');
    for (const p of report.problems) lines.push(`  ${p.path}: expected ${p.expected}, found ${p.found}`);
    return lines.join('\n');
  }
  const resolved = report.resolved;
  if (!resolved) return 'nothing checked';
  lines.push(`modules accepted: ${resolved.modules.map((m) => `${m.manifest.name}@${m.manifest.version}`).join(', ') || 'none'}`);
  lines.push(`packs: ${resolved.packs.map((p) => `${p.manifest.name}@${p.manifest.version}`).join(', ') || 'none'}`);
  lines.push(`languages: ${resolved.languages.map((l) => l.code).join(', ')}`);
  for (const r of resolved.refused) lines.push(`REFUSED ${r.name}@${r.version}: ${r.reasons.join('; ')}`);
  for (const f of report.missingFiles) lines.push(`MISSING ${f}`);
  for (const f of report.fallbackProblems) lines.push(`FALLBACK ${f}`);
  for (const w of report.wordingProblems) lines.push(`WORDING ${w}`);
  for (const f of resolved.fallbacks) lines.push(`FALLBACK ${f.name}: ${f.asked} cannot be used (${f.reasons.join('; ')}); the console will run ${f.running}`);
  for (const p of resolved.configProblems) {
    lines.push(`CONFIG ${p.source} ${p.path}: expected ${p.expected}, found ${p.found}${p.using ? `; the console uses ${p.using}` : ''}`);
  }
  if (!resolved.backendDomains) lines.push('backend needs (requires.backend): not checked here, the shell checks them against the running backend');
  for (const w of resolved.warnings) lines.push(`warning: ${w}`);
  for (const p of resolved.orderingProblems) lines.push(`warning: ${p.id}: ${p.message}`);
  lines.push(report.ok ? 'composition OK' : 'composition NOT OK');
  return lines.join('\n');
}
