/**
 * The module manifest: static JSON that every module's build emits next to its
 * federation entry. The shell reads it before running any module code, so every
 * menu entry, route, slot, contribution, translation and config key is data.
 */
import { z } from 'zod';

const semverPattern = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const localId = /^[a-z][a-z0-9-]*$/;
/** Slot names are dotted: `<owner>.<place>.<kind>`, e.g. `insuree.family.panels`. */
const slotName = /^[a-z][a-zA-Z0-9]*(?:\.[a-z][a-zA-Z0-9-]*)+$/;
/** Exposed names as Module Federation writes them: `./FamiliesPage`. */
const exposedName = /^\.\/[A-Za-z][A-Za-z0-9/_-]*$/;

export const moduleNamePattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export const semverString = z.string().regex(semverPattern, 'a semantic version such as 1.2.3');
export const moduleName = z
  .string()
  .regex(moduleNamePattern, 'a lower-case name with dashes, such as mf-insuree');

/** openIMIS right codes, e.g. 101001 (family search). A user needs every listed right. */
const rights = z.array(z.number().int().positive()).optional();

/** A condition on module configuration: the contribution shows when config[key] equals `equals` (or is truthy). */
const whenCondition = z
  .object({
    config: z.string().min(1),
    equals: z.union([z.string(), z.number(), z.boolean()]).optional(),
  })
  .strict();

export const menuSections = ['insurees', 'claims', 'administration', 'reports'] as const;

export const menuEntrySchema = z
  .object({
    id: z.string().regex(localId, 'a lower-case id with dashes'),
    section: z.enum(menuSections),
    label: z.string().min(1),
    icon: z.string().min(1).optional(),
    route: z.string().startsWith('/'),
    order: z.number().optional(),
    rights,
  })
  .strict();

export const routeSchema = z
  .object({
    path: z.string().regex(/^\/[A-Za-z0-9/:_-]*$/, 'a path such as /insurees/families/:id'),
    page: z.string().regex(exposedName, 'an exposed module name such as ./FamiliesPage'),
    title: z.string().min(1).optional(),
    rights,
  })
  .strict();

export const slotOfferSchema = z
  .object({
    name: z.string().regex(slotName, 'a dotted slot name such as insuree.family.panels'),
    version: semverString,
    description: z.string().optional(),
  })
  .strict();

export const contributionSchema = z
  .object({
    id: z.string().regex(localId, 'a lower-case id with dashes'),
    slot: z.string().regex(slotName, 'a dotted slot name such as insuree.family.panels'),
    component: z.string().regex(exposedName, 'an exposed module name such as ./PolicyPanel'),
    order: z.number().optional(),
    before: z.array(z.string()).optional(),
    after: z.array(z.string()).optional(),
    rights,
    when: whenCondition.optional(),
    /** Free data the host reads without loading code, e.g. a tab label key. */
    meta: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

export const moduleManifestSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(1),
    kind: z.literal('module'),
    name: moduleName,
    version: semverString,
    description: z.string().optional(),
    /** Module Federation container name and entry, relative to the manifest's folder. */
    federation: z
      .object({
        name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'a container name such as mf_insuree'),
        entry: z.string().min(1),
      })
      .strict(),
    requires: z
      .object({
        sdk: z.string().min(1),
        /** Slots this module contributes to, with the contract range it was written against. */
        slots: z.record(z.string(), z.string()).optional(),
      })
      .strict(),
    menu: z.array(menuEntrySchema).default([]),
    routes: z.array(routeSchema).default([]),
    slots: z.array(slotOfferSchema).default([]),
    contributions: z.array(contributionSchema).default([]),
    i18n: z
      .object({
        namespace: z.string().regex(/^[a-z][a-z0-9-]*$/),
        languages: z.array(z.string().min(2)).min(1),
        /** Path of a translation file relative to the manifest, `{{lng}}` replaced. */
        path: z.string().includes('{{lng}}'),
      })
      .strict(),
    config: z
      .object({
        schema: z.record(z.string(), z.unknown()).optional(),
        defaults: z.record(z.string(), z.unknown()).default({}),
      })
      .strict()
      .default({ defaults: {} }),
  })
  .strict();

export const packManifestSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(1),
    kind: z.literal('pack'),
    name: moduleName,
    version: semverString,
    description: z.string().optional(),
    requires: z.object({ sdk: z.string().min(1) }).strict(),
    /** Languages this pack adds, with their own name for the language switcher. */
    languages: z.array(z.object({ code: z.string().min(2), label: z.string().min(1) }).strict()).default([]),
    /** translations[lng][namespace] = path relative to the manifest. */
    translations: z.record(z.string(), z.record(z.string(), z.string())).default({}),
    /** Configuration a country pack sets for modules: config[module][key]. */
    config: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
  })
  .strict();

export const anyManifestSchema = z.discriminatedUnion('kind', [moduleManifestSchema, packManifestSchema]);

export type ModuleManifest = z.output<typeof moduleManifestSchema>;
export type ModuleManifestInput = z.input<typeof moduleManifestSchema>;
export type PackManifest = z.output<typeof packManifestSchema>;
export type AnyManifest = z.output<typeof anyManifestSchema>;
export type MenuEntry = z.output<typeof menuEntrySchema>;
export type RouteDef = z.output<typeof routeSchema>;
export type SlotOffer = z.output<typeof slotOfferSchema>;
export type Contribution = z.output<typeof contributionSchema>;
export type MenuSection = (typeof menuSections)[number];
