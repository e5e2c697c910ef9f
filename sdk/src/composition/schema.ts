/**
 * composition.json: the one file an implementer edits. It names the modules and
 * packs (at which version, from where), and overrides contributions and config.
 */
import { z } from 'zod';
import { moduleName, semverString } from '../manifest/schema.js';

const entry = z
  .object({
    name: moduleName,
    version: semverString,
    /** Folder holding kente-manifest.json. Default: /modules/<name>/<version>/ */
    url: z.string().min(1).optional(),
  })
  .strict();

const contributionOverride = z
  .object({
    remove: z.boolean().optional(),
    slot: z.string().min(1).optional(),
    order: z.number().optional(),
    before: z.array(z.string()).optional(),
    after: z.array(z.string()).optional(),
  })
  .strict();

export const compositionSchema = z
  .object({
    $schema: z.string().optional(),
    defaultLanguage: z.string().min(2).default('en'),
    modules: z.array(entry).min(1),
    packs: z.array(entry).default([]),
    /** Keyed by the global contribution id `<module>/<id>`, e.g. `mf-policy/family-policies`. */
    contributions: z
      .record(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a contribution id such as mf-policy/family-policies'), contributionOverride)
      .default({}),
    /** Module configuration, keyed by module name (`shell` for the shell). */
    config: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
    /** Milliseconds before a module that never answers is given up. */
    loadTimeoutMs: z.number().int().min(500).max(120000).default(10000),
  })
  .strict();

export type Composition = z.output<typeof compositionSchema>;
export type CompositionEntry = z.output<typeof entry>;
export type ContributionOverride = z.output<typeof contributionOverride>;
