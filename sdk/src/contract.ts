/**
 * The data contract with no React and no browser in it: schemas, validation,
 * ordering and compatibility. Used by the shell, by module builds (through
 * `@kente/sdk/vite`) and by the `check` command on a server.
 */

export type { BackendDomain } from './composition/backend.js';
export { BACKEND_DOMAINS_QUERY, backendDomainsFrom, backendNeedsProblems } from './composition/backend.js';
export type { ConfigLayer, ConfigOwner, ConfigProblem, MergedConfig } from './composition/config.js';
export { checkConfigDefaults, mergeConfig, packConfigLayers, SHELL_CONFIG_DEFAULTS, SHELL_CONFIG_OWNER, SHELL_CONFIG_SCHEMA } from './composition/config.js';
export type { Orderable, OrderingProblem } from './composition/order.js';
export { orderContributions } from './composition/order.js';
export { countryPacksLast, isCountryPack, mergeTexts, wordingOverrides } from './composition/packs.js';
export type { Preflight } from './composition/preflight.js';
export { LANGUAGE_COOKIE, manifestError, preflight } from './composition/preflight.js';
export type {
  AcceptedModule,
  ConfigMerger,
  LoadedManifest,
  ModuleFallback,
  RefusedModule,
  ResolvedComposition,
  ResolvedContribution,
  ResolvedMenuEntry,
  ResolvedMenuSection,
  ResolvedReport,
  ResolvedRoute,
  ResolvedSlot,
  ResolveOptions,
} from './composition/resolve.js';
export {
  defaultModuleUrl,
  fallbackModuleUrl,
  resolveComposition,
  resolveCompositionWith,
  SHELL_MENU_SECTIONS,
  SHELL_SLOTS,
  sameRegistration,
  satisfies,
} from './composition/resolve.js';
export { compareRouteSpecificity, findRoute, matchRoute, rankRoutes, routeShape } from './composition/routes.js';
export type { Composition, CompositionEntry, ContributionOverride, ModuleEntry } from './composition/schema.js';
export { compositionSchema } from './composition/schema.js';
export { parseComposition, validateComposition } from './composition/validate.js';
export type { Problem, Validated } from './manifest/problems.js';
export { describeValue, jsonPath, toProblems, validateWith } from './manifest/problems.js';
export type {
  AnyManifest,
  Contribution,
  MenuEntry,
  MenuSection,
  MenuSectionOffer,
  ModuleManifest,
  ModuleManifestInput,
  PackManifest,
  ReportOffer,
  RouteDef,
  SlotOffer,
} from './manifest/schema.js';
export { anyManifestSchema, menuSections, moduleManifestSchema, packManifestSchema, reportOfferSchema } from './manifest/schema.js';
export { defineModule, validateManifest } from './manifest/validate.js';
export type { SlotContracts, SlotDefinition, SlotPropsOf, TypedSlotName } from './slots/contracts.js';
export { defineSlot } from './slots/contracts.js';
export { SDK_VERSION } from './version.js';
