/**
 * @kente/sdk/forms — the form kit: versioned editors, fields, the conflict
 * dialog, the contract resolver and server errors. Shared as its own key (with
 * react-hook-form, also one copy in the page), loaded with the first page that
 * edits or picks something, never on the sign-in screen. react-hook-form is
 * reached only through this key (re-exported below; Biome forbids importing it
 * directly), so the page holds one copy whatever the number of modules.
 */
export {
  Controller,
  type FieldErrors,
  type FieldValues,
  FormProvider,
  type Resolver,
  type UseFormReturn,
  useFieldArray,
  useForm,
  useFormContext,
  useWatch,
} from 'react-hook-form';
export { useUnsavedChangesGuard } from '../runtime/searchState.js';
export { ConflictDialog, type ConflictField, type ConflictFieldSpec, conflictFields } from './ConflictDialog.js';
export { contractResolver, type FieldIssue } from './contractResolver.js';
export { EditorActions, type EditorActionsProps } from './EditorActions.js';
export { FormProblems } from './FormProblems.js';
export { FormCheckbox, FormCodeSelect, FormDateField, FormLocation, FormMoneyField, FormPicker, FormTextField, useErrorText } from './fields.js';
export { type HealthFacilityChoice, HealthFacilityPicker } from './HealthFacilityPicker.js';
export { MoneyField } from './MoneyField.js';
export { SearchPicker, type SearchPickerProps } from './SearchPicker.js';
export { saveVersioned, type VersionedSaveOutcome } from './saveVersioned.js';
export { applyUserErrors, blankToNull, CONFLICT, type UserError } from './userErrors.js';
export { useVersionedEditor, type VersionedEditor, type VersionedEditorOptions, type VersionedEntity } from './useVersionedEditor.js';
