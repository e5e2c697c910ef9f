/**
 * @kente/sdk — what a module may use at runtime. Shared as a singleton: one
 * instance in the page, installed by the shell.
 */
export * from './contract.js';
export { ModuleScope, useModuleScope } from './runtime/ModuleScope.js';
export type { ModuleScopeValue } from './runtime/ModuleScope.js';
export { contributionFailures, Slot, slotEntries } from './runtime/Slot.js';
export type { HiddenReason, SlotEntry, SlotProps } from './runtime/Slot.js';
export { getRuntime, hasRuntime, installRuntime, userHasRights } from './runtime/runtime.js';
export type { KenteRuntime, KenteUser } from './runtime/runtime.js';
export {
  matchRoute,
  useDataTableLabels,
  namespaceOf,
  useTranslationsOf,
  NAVIGATE_EVENT,
  useFormat,
  useLanguage,
  useLocation,
  useModuleConfig,
  useModuleTranslation,
  useNavigate,
  useRights,
  useRuntime,
  useUser,
} from './runtime/hooks.js';
export { useTranslationOf } from './runtime/translation.js';
export type { Translation } from './runtime/translation.js';
