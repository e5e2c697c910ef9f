import { createElement, type ReactNode, useCallback, useState } from 'react';
import { type DefaultValues, type FieldValues, type UseFormReturn, useForm } from 'react-hook-form';
import { type AnyVariables, type Client, type DocumentInput, useClient } from 'urql';
import { useUnsavedChangesGuard } from '../runtime/searchState.js';
import { useKitText } from '../ui/kitText.js';
import { ConflictDialog, type ConflictFieldSpec, conflictFields } from './ConflictDialog.js';
import { contractResolver, type FieldIssue } from './contractResolver.js';
import { FormProblems } from './FormProblems.js';
import { saveVersioned } from './saveVersioned.js';
import { applyUserErrors, type UserError } from './userErrors.js';

export interface VersionedEntity {
  id: string;
  version: number;
  updatedAt?: string | null;
}

export interface VersionedEditorOptions<TEntity extends VersionedEntity, TValues extends FieldValues> {
  /** The record as loaded. */
  entity: TEntity;
  toForm: (entity: TEntity) => TValues;
  /** The contract's rules (the server's own validators), run as the user types. */
  validate: (values: TValues) => FieldIssue[];
  /** The update mutation, taking `$input` ({ id, version, ...input(values) }). */
  mutation: DocumentInput<unknown, AnyVariables>;
  /** Root field of the mutation and the payload's entity, e.g. updateFamily / family. */
  field: string;
  entityField: string;
  input: (values: TValues) => Record<string, unknown>;
  /** The record as saved now (after a conflict). */
  reload: (client: Client) => Promise<TEntity | null | undefined>;
  /** Form fields a server error may land on; `fieldOf` renames server fields to form fields. */
  formFields: readonly string[];
  fieldOf?: (field: string) => string;
  /** The fields the conflict dialog compares. */
  conflict: ReadonlyArray<ConflictFieldSpec<TValues>>;
  onSaved?: (entity: TEntity) => void;
  /** Called when the user takes the saved version in the conflict dialog. */
  onReloaded?: (entity: TEntity) => void;
}

export interface VersionedEditor<TEntity extends VersionedEntity, TValues extends FieldValues> {
  form: UseFormReturn<TValues>;
  /** The version the next save sends. */
  version: number;
  /** Raise the version after another mutation of the same record (a status change). */
  setVersion: (version: number | ((v: number) => number)) => void;
  /** The form's onSubmit. */
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  /** The last save succeeded (cleared on the next one). */
  saved: boolean;
  clearSaved: () => void;
  /** Errors above the form (none belonging to a field), the conflict dialog: render both. */
  problems: ReactNode;
  conflictDialog: ReactNode;
  /** Call before leaving on purpose, so the unsaved-changes guard lets the user go. */
  release: () => void;
  /** Back to the record as loaded. */
  discard: () => void;
  /** The record someone else saved, while the conflict dialog is open. */
  theirs: TEntity | null;
}

/**
 * A versioned record's editor: the form (react-hook-form, the contract's rules
 * inline), a save carrying `version`, server errors on their fields, a warning
 * before unsaved changes are lost, and — when someone else saved first — the
 * conflict dialog that shows both versions and lets the user choose.
 */
export function useVersionedEditor<TEntity extends VersionedEntity, TValues extends FieldValues>(
  options: VersionedEditorOptions<TEntity, TValues>,
): VersionedEditor<TEntity, TValues> {
  const t = useKitText();
  const client = useClient();
  const [version, setVersion] = useState(options.entity.version);
  const form = useForm<TValues>({
    defaultValues: options.toForm(options.entity) as DefaultValues<TValues>,
    resolver: contractResolver(options.validate),
    mode: 'onTouched',
  });
  const [errors, setErrors] = useState<UserError[]>([]);
  const [requestError, setRequestError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [theirs, setTheirs] = useState<TEntity | null>(null);
  const release = useUnsavedChangesGuard(form.formState.isDirty, t('kit.form.unsaved'));

  const save = async (values: TValues, atVersion: number) => {
    setErrors([]);
    setRequestError(null);
    setSaved(false);
    const outcome = await saveVersioned<TEntity>({
      client,
      mutation: options.mutation,
      input: { id: options.entity.id, version: atVersion, ...options.input(values) },
      field: options.field,
      entity: options.entityField,
      reload: () => options.reload(client),
      notFound: t('kit.errors.NOT_FOUND'),
    });
    if (outcome.kind === 'failed') return setRequestError(outcome.message);
    if (outcome.kind === 'conflict') return setTheirs(outcome.theirs);
    if (outcome.kind === 'invalid') return setErrors(applyUserErrors(outcome.errors, form.setError, options.formFields, options.fieldOf));
    setVersion(outcome.entity.version);
    form.reset(options.toForm(outcome.entity));
    setSaved(true);
    options.onSaved?.(outcome.entity);
  };

  const onSubmit = form.handleSubmit((values) => save(values, version));
  const discard = useCallback(() => form.reset(options.toForm(options.entity)), [form, options.toForm, options.entity]);
  const conflictDialog =
    theirs &&
    createElement(ConflictDialog, {
      open: true,
      fields: conflictFields(options.conflict, form.getValues(), options.toForm(theirs)),
      savedAt: theirs.updatedAt ?? null,
      onClose: () => setTheirs(null),
      onReload: () => {
        setVersion(theirs.version);
        form.reset(options.toForm(theirs));
        setTheirs(null);
        options.onReloaded?.(theirs);
      },
      onReapply: () => {
        const mine = form.getValues();
        setVersion(theirs.version);
        setTheirs(null);
        void save(mine, theirs.version);
      },
    });
  return {
    form,
    version,
    setVersion,
    onSubmit,
    saved,
    clearSaved: () => setSaved(false),
    problems: createElement(FormProblems, { errors, requestError }),
    conflictDialog,
    release,
    discard,
    theirs,
  };
}
