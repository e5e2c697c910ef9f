/**
 * composition.json: the one file an implementer edits. It names the modules and
 * packs (at which version, from where), and overrides contributions and config.
 */
import * as z from 'zod/mini';
import { moduleName, semverString } from '../manifest/schema.js';

const entry = z.strictObject({
  name: moduleName,
  version: semverString,
  /** Folder holding kente-manifest.json. Default: /modules/<name>/<version>/ */
  url: z.optional(z.string().check(z.minLength(1), z.maxLength(2000))),
});

/** A module may name a fallback version, loaded instead when the named one cannot be (see docs/modules.md#fallback-versions). */
const moduleEntry = z.strictObject({
  ...entry.shape,
  /** The version loaded when the named one's manifest or code cannot be loaded. */
  fallback: z.optional(semverString),
  /** Folder of the fallback's kente-manifest.json. Default: /modules/<name>/<fallback>/ */
  fallbackUrl: z.optional(z.string().check(z.minLength(1), z.maxLength(2000))),
});

const contributionOverride = z.strictObject({
  remove: z.optional(z.boolean()),
  slot: z.optional(z.string().check(z.minLength(1))),
  order: z.optional(z.number()),
  before: z.optional(z.array(z.string())),
  after: z.optional(z.array(z.string())),
});

export const compositionSchema = z.strictObject({
  $schema: z.optional(z.string()),
  defaultLanguage: z._default(z.string().check(z.minLength(2)), 'en'),
  modules: z.array(moduleEntry).check(z.minLength(1)),
  packs: z._default(z.array(entry), []),
  /** Keyed by the global contribution id `<module>/<id>`, e.g. `mf-policy/family-policies`. */
  contributions: z._default(
    z.record(z.string().check(z.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a contribution id such as mf-policy/family-policies')), contributionOverride),
    {},
  ),
  /** Module configuration, keyed by module name (`shell` for the shell). */
  config: z._default(z.record(z.string(), z.record(z.string(), z.unknown())), {}),
  /** Milliseconds before a module that never answers is given up. */
  loadTimeoutMs: z._default(z.number().check(z.int(), z.gte(500), z.lte(120000)), 10000),
});

export type Composition = z.output<typeof compositionSchema>;
export type ModuleEntry = z.output<typeof moduleEntry>;
/** A module or pack entry (packs have no fallback). */
export type CompositionEntry = z.output<typeof entry> & Pick<ModuleEntry, 'fallback' | 'fallbackUrl'>;
export type ContributionOverride = z.output<typeof contributionOverride>;
