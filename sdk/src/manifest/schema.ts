/**
 * The module manifest: static JSON that every module's build emits next to its
 * federation entry. The shell reads it before running any module code, so every
 * menu entry, route, slot, contribution, translation and config key is data.
 *
 * Written with zod/mini: the shell validates on its first screen, and the
 * classic zod API costs ~25 KB gz there against a few KB for mini.
 */
import * as z from 'zod/mini';

const semverPattern = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const localId = /^[a-z][a-z0-9-]*$/;
/** Slot names are dotted: `<owner>.<place>.<kind>`, e.g. `insuree.family.panels`. */
const slotName = /^[a-z][a-zA-Z0-9]*(?:\.[a-z][a-zA-Z0-9-]*)+$/;
/** Exposed names as Module Federation writes them: `./FamiliesPage`. */
const exposedName = /^\.\/[A-Za-z][A-Za-z0-9/_-]*$/;

export const moduleNamePattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const pattern = (re: RegExp, description: string) => z.string().check(z.regex(re, description));
const nonEmpty = () => z.string().check(z.minLength(1));

export const semverString = pattern(semverPattern, 'a semantic version such as 1.2.3');
export const moduleName = pattern(moduleNamePattern, 'a lower-case name with dashes, such as mf-insuree');

/** openIMIS right codes, e.g. 101001 (family search). A user needs every listed right. */
const rights = z.optional(z.array(z.number().check(z.int(), z.positive())));
/** openIMIS right codes of which a user needs at least one (with every code of `rights`), e.g. export OR import. */
const anyRights = z.optional(z.array(z.number().check(z.int(), z.positive())));

/** A condition on module configuration: the contribution shows when config[key] equals `equals` (or is truthy). */
const whenCondition = z.strictObject({
  config: nonEmpty(),
  equals: z.optional(z.union([z.string(), z.number(), z.boolean()])),
});

/** The shell's own menu sections; a module may offer more (`menuSections` in its manifest). */
export const menuSections = ['insurees', 'claims', 'administration', 'reports'] as const;

/** A menu section a module offers, e.g. an add-on's own "Social protection" section. */
export const menuSectionSchema = z.strictObject({
  id: pattern(localId, 'a lower-case id with dashes'),
  /** A translation key in the module's namespace. */
  label: nonEmpty(),
  icon: z.optional(nonEmpty()),
  /** Position among sections: the shell's are 10 (insurees), 20 (claims), 30 (administration), 40 (reports). */
  order: z.optional(z.number()),
});

export const menuEntrySchema = z.strictObject({
  id: pattern(localId, 'a lower-case id with dashes'),
  /** One of the shell's sections or a section a composed module offers. */
  section: pattern(localId, 'a section id such as insurees'),
  label: nonEmpty(),
  icon: z.optional(nonEmpty()),
  route: z.string().check(z.startsWith('/')),
  order: z.optional(z.number()),
  rights,
  anyRights,
});

export const routeSchema = z.strictObject({
  path: pattern(/^\/[A-Za-z0-9/:_-]*$/, 'a path such as /insurees/families/:id'),
  page: pattern(exposedName, 'an exposed module name such as ./FamiliesPage'),
  title: z.optional(nonEmpty()),
  rights,
  anyRights,
});

export const slotOfferSchema = z.strictObject({
  name: pattern(slotName, 'a dotted slot name such as insuree.family.panels'),
  version: semverString,
  /** The slot renders one contribution (a picker): the first visible one; the others are reported on About. */
  single: z.optional(z.boolean()),
  description: z.optional(z.string()),
});

export const contributionSchema = z.strictObject({
  id: pattern(localId, 'a lower-case id with dashes'),
  slot: pattern(slotName, 'a dotted slot name such as insuree.family.panels'),
  component: pattern(exposedName, 'an exposed module name such as ./PolicyPanel'),
  order: z.optional(z.number()),
  before: z.optional(z.array(z.string())),
  after: z.optional(z.array(z.string())),
  rights,
  when: z.optional(whenCondition),
  /** Free data the host reads without loading code, e.g. a report's label key. */
  meta: z.optional(z.record(z.string(), z.unknown())),
});

/** A page budget in gzipped KB (kente-check and the bytes bench fail the module over it). */
const budgetKb = z.number().check(z.positive(), z.lte(10_000));
/**
 * A report the module's backend domain serves (`GET /api/reports/<name>.<ext>`), listed as data so
 * the report catalogue shows it without loading the module's code. Keys are in the module's namespace.
 */
export const reportOfferSchema = z.strictObject({
  /** The backend report's name, snake_case as openIMIS names it: `premium_collection`. */
  name: pattern(/^[a-z][a-z0-9_]*$/, 'a snake_case report name such as premium_collection'),
  /** A translation key in the module's namespace. */
  label: nonEmpty(),
  /** A translation key in the module's namespace: reports with the same group text are listed together. */
  group: nonEmpty(),
  description: z.optional(nonEmpty()),
});

export const moduleManifestSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(1),
  kind: z.literal('module'),
  name: moduleName,
  version: semverString,
  description: z.optional(z.string()),
  /** Module Federation container name and entry, relative to the manifest's folder. */
  federation: z.strictObject({
    name: pattern(/^[a-z][a-z0-9_]*$/, 'a container name such as mf_insuree'),
    entry: nonEmpty(),
  }),
  requires: z.strictObject({
    sdk: nonEmpty(),
    /** Slots this module contributes to, with the contract range it was written against. */
    slots: z.optional(z.record(z.string(), z.string())),
    /** Backend domains this module needs, with a version range: `{ insuree: '^1.0.0' }`. */
    backend: z.optional(z.record(pattern(/^[a-z][a-zA-Z0-9-]*$/, 'a backend domain name such as insuree'), nonEmpty())),
  }),
  menuSections: z._default(z.array(menuSectionSchema), []),
  menu: z._default(z.array(menuEntrySchema), []),
  routes: z._default(z.array(routeSchema), []),
  slots: z._default(z.array(slotOfferSchema), []),
  contributions: z._default(z.array(contributionSchema), []),
  /** Reports of the module's backend domain, for the report catalogue (mf-reports). */
  reports: z._default(z.array(reportOfferSchema), []),
  i18n: z.strictObject({
    namespace: pattern(/^[a-z][a-z0-9-]*$/, 'a lower-case namespace such as insuree'),
    languages: z.array(z.string().check(z.minLength(2))).check(z.minLength(1)),
    /** Path of a translation file relative to the manifest, `{{lng}}` replaced. */
    path: z.string().check(z.includes('{{lng}}')),
  }),
  config: z._default(
    z.strictObject({
      schema: z.optional(z.record(z.string(), z.unknown())),
      defaults: z._default(z.record(z.string(), z.unknown()), {}),
    }),
    { defaults: {} },
  ),
  /** Payload budgets: gzipped KB each page (by its route path) may download beyond the shell. */
  budgets: z.optional(z.strictObject({ pages: z.record(routeSchema.shape.path, budgetKb) })),
});

export const packManifestSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(1),
  kind: z.literal('pack'),
  name: moduleName,
  version: semverString,
  description: z.optional(z.string()),
  requires: z.strictObject({ sdk: nonEmpty() }),
  /** Languages this pack adds, with their own name for the language switcher. */
  languages: z._default(z.array(z.strictObject({ code: z.string().check(z.minLength(2)), label: nonEmpty() })), []),
  /**
   * A country pack (docs/implementers.md): the country it adapts the console to. Its
   * configuration and wording come after every language pack's, whatever the order in
   * composition.json (module defaults < language packs < country packs < composition.json).
   */
  country: z.optional(
    z.strictObject({
      code: pattern(/^[A-Z]{2}$/, 'an ISO 3166 country code such as NE or TZ'),
      name: z.string().check(z.minLength(1), z.maxLength(100)),
    }),
  ),
  /** translations[lng][namespace] = path relative to the manifest. */
  translations: z._default(z.record(z.string(), z.record(z.string(), z.string())), {}),
  /**
   * Wording overrides: overrides[lng][namespace] = path of a JSON file holding only the
   * keys it changes, laid over the language's full translation (a Niger "Prestation").
   */
  overrides: z._default(z.record(z.string(), z.record(z.string(), z.string())), {}),
  /** Configuration a country pack sets for modules: config[module][key]. */
  config: z._default(z.record(z.string(), z.record(z.string(), z.unknown())), {}),
});

export const anyManifestSchema = z.discriminatedUnion('kind', [moduleManifestSchema, packManifestSchema]);

export type ModuleManifest = z.output<typeof moduleManifestSchema>;
export type ModuleManifestInput = z.input<typeof moduleManifestSchema>;
export type PackManifest = z.output<typeof packManifestSchema>;
export type AnyManifest = z.output<typeof anyManifestSchema>;
export type MenuEntry = z.output<typeof menuEntrySchema>;
export type RouteDef = z.output<typeof routeSchema>;
export type SlotOffer = z.output<typeof slotOfferSchema>;
export type Contribution = z.output<typeof contributionSchema>;
export type ReportOffer = z.output<typeof reportOfferSchema>;
export type MenuSection = (typeof menuSections)[number];
export type MenuSectionOffer = z.output<typeof menuSectionSchema>;
