/**
 * @kente/sdk — what a module may use at runtime. Shared as a singleton: one
 * instance in the page, installed by the shell.
 */
// The contract's types, and the helpers code running in the page uses. Its validators
// (schemas, composition and manifest checks, configuration merging) are in
// `@kente/sdk/contract` only: a shared module is downloaded whole, and the shell
// needs them on the sign-in page only when the server could not check (boot/loadComposition).

export { BACKEND_DOMAINS_QUERY, backendDomainsFrom, backendNeedsProblems } from './composition/backend.js';
export { orderContributions } from './composition/order.js';
export { defaultModuleUrl, fallbackModuleUrl, SHELL_MENU_SECTIONS, SHELL_SLOTS, satisfies } from './composition/resolve.js';
export { compareRouteSpecificity, findRoute, matchRoute, rankRoutes, routeShape } from './composition/routes.js';
export type * from './contract.js';
export { describeValue, jsonPath } from './manifest/problems.js';
export { graphqlDocument, type KenteGraphql, typedGraphql } from './runtime/graphqlDocument.js';
export {
  localeOf,
  NAVIGATE_EVENT,
  namespaceOf,
  useDataTableLabels,
  useFormat,
  useLanguage,
  useLocale,
  useLocation,
  useModuleConfig,
  useModuleTranslation,
  useRights,
  useRuntime,
  useTranslationsOf,
  useUser,
} from './runtime/hooks.js';
export type { ModuleScopeValue } from './runtime/ModuleScope.js';
export { ModuleScope, useModuleScope } from './runtime/ModuleScope.js';
export { linkTo, type NavigateOptions, navigate, useNavigate } from './runtime/navigation.js';
export type { ChartKit, KenteRuntime, KenteUser } from './runtime/runtime.js';
export { getRuntime, hasRuntime, installRuntime, loadChartKit, userHasRights, userMayOpen } from './runtime/runtime.js';
export type { HiddenReason, SlotComponent, SlotEntry, SlotProps } from './runtime/Slot.js';
export { contributionFailures, Slot, slotEntries } from './runtime/Slot.js';
export type { Translation } from './runtime/translation.js';
export { useTranslationOf } from './runtime/translation.js';
export { defineSlot } from './slots/contracts.js';
export { SDK_VERSION } from './version.js';
