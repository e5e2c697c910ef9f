/**
 * @kente/sdk — what a module may use at runtime. Shared as a singleton: one
 * instance in the page, installed by the shell.
 */
export * from './contract.js';
export {
  NAVIGATE_EVENT,
  namespaceOf,
  useDataTableLabels,
  useFormat,
  useLanguage,
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
export { type NavigateOptions, navigate, useNavigate } from './runtime/navigation.js';
export type { KenteRuntime, KenteUser } from './runtime/runtime.js';
export { getRuntime, hasRuntime, installRuntime, userHasRights } from './runtime/runtime.js';
export type { HiddenReason, SlotComponent, SlotEntry, SlotProps } from './runtime/Slot.js';
export { contributionFailures, Slot, slotEntries } from './runtime/Slot.js';
export type { Translation } from './runtime/translation.js';
export { useTranslationOf } from './runtime/translation.js';
