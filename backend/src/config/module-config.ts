/**
 * Module configuration as the console sees it: manifest defaults < country/language
 * pack config < composition.json config, merged per module key by key (the same
 * shallow merge as the SDK's resolveComposition). Read from disk: composition.json
 * and the manifests in the registry folder; cached until a file's mtime changes, so
 * an implementer's edit applies on the next request without a restart.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseComposition } from '@kente/sdk/contract';

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

export function createModuleConfig(options: ModuleConfigOptions): ModuleConfig {
  return (module: string) => {
    const text = readJson(options.compositionPath());
    if (text === undefined) return {};
    const parsed = parseComposition(JSON.stringify(text));
    if (!parsed.ok) return {};
    const composition = parsed.value;
    const manifestOf = (name: string, version: string) =>
      safeSegment(name) && safeSegment(version) ? readJson(join(options.registryDir, name, version, 'kente-manifest.json')) : undefined;
    let merged: Record<string, unknown> = {};
    const entry = composition.modules.find((m) => m.name === module);
    if (entry) {
      const manifest = manifestOf(entry.name, entry.version);
      const defaults = isRecord(manifest) && isRecord(manifest.config) ? manifest.config.defaults : undefined;
      if (isRecord(defaults)) merged = { ...defaults };
    }
    for (const pack of composition.packs) {
      const manifest = manifestOf(pack.name, pack.version);
      const values = isRecord(manifest) && isRecord(manifest.config) ? manifest.config[module] : undefined;
      if (isRecord(values)) merged = { ...merged, ...values };
    }
    const own = composition.config[module];
    if (isRecord(own)) merged = { ...merged, ...own };
    return merged;
  };
}
