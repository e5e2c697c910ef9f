/**
 * Module configuration as the console sees it: manifest defaults < language packs <
 * country packs < composition.json config, merged and validated by the SDK's
 * mergeConfig, the same function the shell uses (a bad value falls back to the
 * layer below, as in the browser). Read from disk: composition.json and the
 * manifests in the registry folder; cached until a file's mtime changes, so an
 * implementer's edit applies on the next request without a restart.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type ConfigProblem, mergeConfig, packConfigLayers, parseComposition, SHELL_CONFIG_OWNER } from '@kente/sdk/contract';

export type ModuleConfig = (module: string) => Record<string, unknown>;

export interface ModuleConfigOptions {
  /** Path of composition.json (a function: main.ts resolves it per request). */
  compositionPath: () => string;
  /** The module registry folder (<repo>/registry/modules). */
  registryDir: string;
}

const fileCache = new Map<string, { mtimeMs: number; value: unknown }>();

/** Parsed JSON of a file, cached by mtime; undefined when missing or unreadable. */
function readJson(path: string): unknown {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
  const cached = fileCache.get(path);
  if (cached && cached.mtimeMs === mtimeMs) return cached.value;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    value = undefined;
  }
  fileCache.set(path, { mtimeMs, value });
  return value;
}

const isRecord = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);
const safeSegment = (value: string) => /^[a-z0-9][a-z0-9._-]*$/i.test(value) && !value.includes('..');

/** Parsed inputs by identity (readJson returns the same object until the file changes), with their merge. */
let lastMerge: { inputs: unknown[]; config: Record<string, Record<string, unknown>>; problems: ConfigProblem[] } | null = null;

export function createModuleConfig(options: ModuleConfigOptions): ModuleConfig {
  return (module: string) => {
    const text = readJson(options.compositionPath());
    if (text === undefined) return {};
    const parsed = parseComposition(JSON.stringify(text));
    if (!parsed.ok) return {};
    const composition = parsed.value;
    const manifestOf = (name: string, version: string) =>
      safeSegment(name) && safeSegment(version) ? readJson(join(options.registryDir, name, version, 'kente-manifest.json')) : undefined;
    const modules = composition.modules.map((entry) => ({ name: entry.name, manifest: manifestOf(entry.name, entry.version) }));
    const packs = composition.packs.map((entry) => ({ name: entry.name, manifest: manifestOf(entry.name, entry.version) }));
    const inputs = [text, ...modules.map((m) => m.manifest), ...packs.map((p) => p.manifest)];
    if (!lastMerge || lastMerge.inputs.length !== inputs.length || lastMerge.inputs.some((input, i) => input !== inputs[i])) {
      const configOf = (manifest: unknown) => (isRecord(manifest) && isRecord(manifest.config) ? manifest.config : {});
      const merged = mergeConfig(
        [
          SHELL_CONFIG_OWNER,
          ...modules.map(({ name, manifest }) => {
            const config = configOf(manifest);
            return { name, schema: isRecord(config.schema) ? config.schema : undefined, defaults: isRecord(config.defaults) ? config.defaults : {} };
          }),
        ],
        [...packConfigLayers(packs), { source: 'composition.json', path: '$.config', config: composition.config }],
      );
      for (const p of merged.problems) console.warn(`[kente] configuration: ${p.source} ${p.path}: expected ${p.expected}, found ${p.found}`);
      lastMerge = { inputs, ...merged };
    }
    return lastMerge.config[module] ?? {};
  };
}
