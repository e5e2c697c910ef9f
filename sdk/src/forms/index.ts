/**
 * @kente/sdk/forms — the form kit: versioned editors, fields, the conflict
 * dialog, the contract resolver and server errors. Shared as its own key (with
 * react-hook-form, also one copy in the page), loaded with the first page that
 * edits something, never on the sign-in screen. react-hook-form's API is
 * re-exported so a module needs no second import path.
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
export { ConflictDialog, type ConflictField, type ConflictFieldSpec, conflictFields } from './ConflictDialog.js';
export { contractResolver, type FieldIssue } from './contractResolver.js';
export { FormProblems } from './FormProblems.js';
export { FormCheckbox, FormCodeSelect, FormDateField, FormLocation, FormMoneyField, FormPicker, FormTextField, useErrorText } from './fields.js';
export { saveVersioned, type VersionedSaveOutcome } from './saveVersioned.js';
export { applyUserErrors, blankToNull, CONFLICT, type UserError } from './userErrors.js';
export { useVersionedEditor, type VersionedEditor, type VersionedEditorOptions, type VersionedEntity } from './useVersionedEditor.js';
