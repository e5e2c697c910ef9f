/**
 * The data contract with no React and no browser in it: schemas, validation,
 * ordering and compatibility. Used by the shell, by module builds (through
 * `@kente/sdk/vite`) and by the `check` command on a server.
 */

export type { Orderable, OrderingProblem } from './composition/order.js';
export { orderContributions } from './composition/order.js';
export type {
  AcceptedModule,
  LoadedManifest,
  RefusedModule,
  ResolvedComposition,
  ResolvedContribution,
  ResolvedMenuEntry,
  ResolvedRoute,
} from './composition/resolve.js';
export { defaultModuleUrl, resolveComposition, SHELL_SLOTS, satisfies } from './composition/resolve.js';
export type { Composition, CompositionEntry, ContributionOverride } from './composition/schema.js';
export { compositionSchema } from './composition/schema.js';
export { parseComposition, validateComposition } from './composition/validate.js';
export type { Problem, Validated } from './manifest/problems.js';
export { describeValue, jsonPath, toProblems, validateWith } from './manifest/problems.js';
export type {
  AnyManifest,
  Contribution,
  MenuEntry,
  MenuSection,
  ModuleManifest,
  ModuleManifestInput,
  PackManifest,
  RouteDef,
  SlotOffer,
} from './manifest/schema.js';
export { anyManifestSchema, menuSections, moduleManifestSchema, packManifestSchema } from './manifest/schema.js';
export { defineModule, validateManifest } from './manifest/validate.js';
export { SDK_VERSION } from './version.js';
