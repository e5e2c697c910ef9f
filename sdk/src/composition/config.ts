/**
 * Configuration, merged in one place for the shell, the `check` command and the
 * backend: manifest defaults < each pack's config < composition.json, key by key.
 * Each module's result is validated against its manifest's JSON Schema (the
 * shell's against SHELL_CONFIG_SCHEMA); a bad value is reported with the JSON
 * path of the file that set it and replaced by the value of the layer below
 * (in the end the module's default), so a typo never crashes a module.
 */
import { describeValue, jsonPath, type Problem } from '../manifest/problems.js';
import { type JsonSchema, type SchemaFailure, validateJsonSchema } from './jsonSchema.js';
import { countryPacksLast } from './packs.js';

/** A configuration problem: where (`source` file and JSON path), what was expected, what was found, what is used instead. */
export interface ConfigProblem extends Problem {
  /** The file the value comes from: `composition.json`, a pack (`lang-fr`), a module manifest. */
  source: string;
  /** What the console uses instead (nothing: the key is left out). */
  using?: string;
}

/** ISO 4217 codes this runtime can format (Intl), or null where Intl cannot list them. */
function currencyCodes(): string[] | null {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  try {
    return intl.supportedValuesOf ? intl.supportedValuesOf('currency') : null;
  } catch {
    return null;
  }
}

const CURRENCY_EXPECTED = 'an ISO 4217 currency code, three capital letters such as XOF, EUR or TZS';
const LOCALE_PATTERN = '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$';
const LOCALE_EXPECTED = 'a BCP 47 locale such as fr-NE or sw-TZ';

/** Whether Intl knows a locale tag (a well-formed but unknown region still formats, in its language). */
function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** The shell's own configuration (`config.shell` in composition.json). */
export const SHELL_CONFIG_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    currency: { type: 'string', pattern: '^[A-Z]{3}$', description: CURRENCY_EXPECTED },
    schemeName: { type: 'string', minLength: 1, description: 'the scheme name shown in the header' },
    devOverrides: { type: 'boolean', description: 'true to let developers load a module from their machine' },
    locales: {
      type: 'object',
      description: 'by language code, the locale its dates, numbers and money are written in, such as { "fr": "fr-NE" }',
      propertyNames: { pattern: '^[a-z]{2,3}$', description: 'a language code such as fr or sw' },
      additionalProperties: { type: 'string', pattern: LOCALE_PATTERN, maxLength: 35, description: LOCALE_EXPECTED },
    },
    locationLevels: {
      type: 'object',
      description:
        'by language code, the names of the four location levels, such as { "fr": { "R": "Région", "D": "Département", "M": "Commune", "V": "Village" } }',
      propertyNames: { pattern: '^[a-z]{2,3}$', description: 'a language code such as fr or sw' },
      additionalProperties: {
        type: 'object',
        properties: Object.fromEntries(
          ['R', 'D', 'M', 'V'].map((level) => [level, { type: 'string', minLength: 1, maxLength: 40, description: 'a level name' }]),
        ),
        required: ['R', 'D', 'M', 'V'],
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
};

export const SHELL_CONFIG_DEFAULTS: Record<string, unknown> = { currency: 'USD' };

/** One module's configuration inputs. */
export interface ConfigOwner {
  name: string;
  /** Its manifest's `config.schema` (none: anything goes). */
  schema?: JsonSchema | undefined;
  defaults: Record<string, unknown>;
}

export interface ConfigLayer {
  /** `composition.json`, a pack name... */
  source: string;
  /** The JSON path of `config` in that file, e.g. `$.config`. */
  path: string;
  /** config[module][key] */
  config: Record<string, Record<string, unknown> | undefined>;
}

export interface MergedConfig {
  config: Record<string, Record<string, unknown>>;
  problems: ConfigProblem[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/**
 * A module's settings are the keys its schema lists, at every depth: unless the
 * schema says otherwise (`additionalProperties`), another key is a typo and is
 * reported (`insuranceNumber.lenght` in a country pack).
 */
function closed(schema: JsonSchema): JsonSchema {
  if (!isRecord(schema.properties)) return schema;
  const properties = Object.fromEntries(Object.entries(schema.properties).map(([key, value]) => [key, isRecord(value) ? closed(value) : value]));
  return !('additionalProperties' in schema) && !('patternProperties' in schema)
    ? { ...schema, properties, additionalProperties: false }
    : { ...schema, properties };
}

/** Failures of a value against a module's schema, one per location. */
function failures(openSchema: JsonSchema, value: unknown): SchemaFailure[] {
  const seen = new Set<string>();
  return validateJsonSchema(closed(openSchema), value).filter((f) => {
    const key = f.at.join('/');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Checks the SHELL-specific rules a JSON Schema cannot say (a currency Intl can format). */
function shellExtraFailures(value: Record<string, unknown>): SchemaFailure[] {
  const failed: SchemaFailure[] = [];
  const currency = value.currency;
  const codes = currencyCodes();
  if (typeof currency === 'string' && /^[A-Z]{3}$/.test(currency) && codes && !codes.includes(currency)) {
    failed.push({ at: ['currency'], expected: CURRENCY_EXPECTED });
  }
  if (isRecord(value.locales)) {
    for (const [language, tag] of Object.entries(value.locales)) {
      if (typeof tag === 'string' && !isLocale(tag)) failed.push({ at: ['locales', language], expected: LOCALE_EXPECTED });
    }
  }
  return failed;
}

/**
 * Merges and validates configuration for every owner (the shell and each
 * composed module); keys of modules that are not composed pass through as set.
 */
export function mergeConfig(owners: readonly ConfigOwner[], layers: readonly ConfigLayer[]): MergedConfig {
  const problems: ConfigProblem[] = [];
  const config: Record<string, Record<string, unknown>> = {};
  const ownerNames = new Set(owners.map((o) => o.name));
  for (const owner of owners) {
    // Values of each key from the lowest layer to the highest.
    const candidates = new Map<string, Array<{ value: unknown; source: string; path: (string | number)[] }>>();
    const add = (values: Record<string, unknown> | undefined, source: string, base: (string | number)[]) => {
      if (!isRecord(values)) return;
      for (const [key, value] of Object.entries(values)) {
        const list = candidates.get(key) ?? [];
        list.push({ value, source, path: [...base, key] });
        candidates.set(key, list);
      }
    };
    add(owner.defaults, `${owner.name} manifest`, ['config', 'defaults']);
    for (const layer of layers) add(layer.config[owner.name], layer.source, [...pathParts(layer.path), owner.name]);
    const merged: Record<string, unknown> = {};
    for (const [key, list] of candidates) merged[key] = (list[list.length - 1] as { value: unknown }).value;
    if (owner.schema || owner.name === 'shell') {
      // Replace a failing key by the layer below until the whole object passes.
      for (let round = 0; round < 20; round++) {
        const failed = [...(owner.schema ? failures(owner.schema, merged) : []), ...(owner.name === 'shell' ? shellExtraFailures(merged) : [])];
        if (!failed.length) break;
        const byKey = new Map<string, SchemaFailure>();
        for (const f of failed) {
          const key = f.at[0];
          if (key === undefined) {
            problems.push({ source: `${owner.name} configuration`, path: jsonPath(['config', owner.name]), expected: f.expected, found: 'an object' });
            continue;
          }
          if (!byKey.has(key)) byKey.set(key, f);
        }
        if (!byKey.size) break;
        for (const [key, f] of byKey) {
          const list = candidates.get(key) ?? [];
          const bad = list.pop();
          if (!bad) {
            // A required key nobody set: nothing to fall back to.
            problems.push({ source: `${owner.name} configuration`, path: jsonPath(['config', owner.name, key]), expected: f.expected, found: 'nothing' });
            candidates.delete(key);
            continue;
          }
          const below = list[list.length - 1];
          if (below) merged[key] = below.value;
          else delete merged[key];
          problems.push({
            source: bad.source,
            path: jsonPath([...bad.path, ...f.at.slice(1)]),
            expected: f.expected,
            found: describeValue(f.at.slice(1).reduce<unknown>((v, k) => (isRecord(v) ? v[k] : undefined), bad.value)),
            using: below ? describeValue(below.value) : 'nothing',
          });
        }
      }
    }
    config[owner.name] = merged;
  }
  for (const layer of layers) {
    for (const [name, values] of Object.entries(layer.config)) {
      if (ownerNames.has(name) || !isRecord(values)) continue;
      config[name] = { ...config[name], ...values };
    }
  }
  return { config, problems };
}

/**
 * The configuration layers of the composed packs, lowest first: every language pack,
 * then every country pack (a manifest with `country`), each in composition.json's
 * order; composition.json's own `config` goes above them all.
 */
export function packConfigLayers(packs: ReadonlyArray<{ name: string; manifest: unknown }>): ConfigLayer[] {
  const layer = ({ name, manifest }: { name: string; manifest: unknown }): ConfigLayer => ({
    source: name,
    path: '$.config',
    config: (isRecord(manifest) && isRecord(manifest.config) ? manifest.config : {}) as ConfigLayer['config'],
  });
  return countryPacksLast(packs).map(layer);
}

function pathParts(path: string): string[] {
  return path
    .replace(/^\$\.?/, '')
    .split('.')
    .filter(Boolean);
}

/** The shell's own owner entry, for mergeConfig. */
export const SHELL_CONFIG_OWNER: ConfigOwner = { name: 'shell', schema: SHELL_CONFIG_SCHEMA, defaults: SHELL_CONFIG_DEFAULTS };

/** Problems in a module's own defaults, found at build: `$.config.defaults.<key>`. */
export function checkConfigDefaults(schema: JsonSchema | undefined, defaults: Record<string, unknown>): Problem[] {
  if (!schema) return [];
  return failures(schema, defaults).map((f) => ({
    path: jsonPath(['config', 'defaults', ...f.at]),
    expected: f.expected,
    found: describeValue(f.at.reduce<unknown>((v, k) => (isRecord(v) ? v[k] : undefined), defaults)),
  }));
}
