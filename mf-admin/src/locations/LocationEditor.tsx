import { useModuleTranslation, useNavigate, useRights } from '@kente/sdk';
import {
  applyUserErrors,
  CONFLICT,
  contractResolver,
  EditorActions,
  FormLocation,
  FormProblems,
  FormProvider,
  FormTextField,
  type UseFormReturn,
  type UserError,
  useForm,
  useUnsavedChangesGuard,
  useVersionedEditor,
} from '@kente/sdk/forms';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  type LocationLevel,
  locationPathLabel,
  rememberLocationChain,
  Stack,
  useLocationLevelName,
} from '@kente/sdk/ui';
import { type ReactNode, useState } from 'react';
import { useMutation } from 'urql';
import {
  LOCATION_FORM_FIELDS,
  type LocationFormValues,
  locationFormField,
  locationInput,
  locationToForm,
  parentLevel,
  validateLocation,
} from './locationForm.js';
import { CREATE_LOCATION, DELETE_LOCATION, LOCATION_BY_ID, type LocationDetails, UPDATE_LOCATION } from './locationQueries.js';

function LocationFields(props: {
  form: UseFormReturn<LocationFormValues>;
  level: LocationLevel;
  /** The parent picker (a move); a new location is created under the page's parent. */
  withParent: boolean;
  disabled: boolean;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const { t } = useModuleTranslation();
  const levelName = useLocationLevelName();
  const above = parentLevel(props.level);
  return (
    <Box component="form" noValidate onSubmit={props.onSubmit} sx={{ display: 'grid', gap: 2 }} aria-label={t('location.form')}>
      <FormProvider {...props.form}>
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '160px 1fr' } }}>
          <FormTextField name="code" label={t('location.fields.code')} required disabled={props.disabled} autoFocus={!props.withParent} />
          <FormTextField name="name" label={t('location.fields.name')} required disabled={props.disabled} />
        </Box>
        {props.withParent && above && (
          <Box>
            <FormLocation name="parent" label={t('location.fields.parentId')} depth={above} required disabled={props.disabled} />
            <Box component="span" sx={{ display: 'block', typography: 'caption', color: 'text.secondary', mt: 0.5 }}>
              {t('location.moveHint', { level: levelName(above) })}
            </Box>
          </Box>
        )}
      </FormProvider>
      {props.children}
    </Box>
  );
}

function NewLocationEditor({ level, parentId }: { level: LocationLevel; parentId: string | null }) {
  const { t } = useModuleTranslation();
  const navigate = useNavigate();
  const form = useForm<LocationFormValues>({
    defaultValues: { code: '', name: '', parent: {} },
    // code and name only: the parent is the page's (the region's rules ask for no parent)
    resolver: contractResolver(validateLocation('R')),
    mode: 'onTouched',
  });
  const [saving, create] = useMutation(CREATE_LOCATION);
  const [problems, setProblems] = useState<UserError[]>([]);
  const [requestError, setRequestError] = useState<string | null>(null);
  const release = useUnsavedChangesGuard(form.formState.isDirty, t('location.unsaved'));
  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    setRequestError(null);
    const result = await create({ input: { code: values.code.trim(), name: values.name.trim(), type: level, parentId } });
    if (result.error) return setRequestError(result.error.graphQLErrors[0]?.message ?? result.error.message);
    const payload = result.data?.createLocation;
    if (payload?.errors.length || !payload?.location) {
      setProblems(applyUserErrors(payload?.errors ?? [], form.setError, LOCATION_FORM_FIELDS, locationFormField));
      return;
    }
    release();
    navigate(`/admin/locations/${payload.location.id}`);
  });
  return (
    <>
      <FormProblems errors={problems} requestError={requestError} />
      <LocationFields form={form} level={level} withParent={false} disabled={false} onSubmit={submit}>
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" disabled={saving.fetching}>
            {t('location.save')}
          </Button>
          <Button type="button" onClick={() => navigate(parentId ? `/admin/locations/${parentId}` : '/admin/locations')}>
            {t('location.cancel')}
          </Button>
        </Stack>
      </LocationFields>
    </>
  );
}

function ExistingLocationEditor(props: { location: LocationDetails; level: LocationLevel; onSaved: (saved: LocationDetails) => void }) {
  const { location, level } = props;
  const { t } = useModuleTranslation();
  const navigate = useNavigate();
  const { has } = useRights();
  const canEdit = has(121903);
  rememberLocationChain(location.parent);
  const [, remove] = useMutation(DELETE_LOCATION);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const editor = useVersionedEditor<LocationDetails, LocationFormValues>({
    entity: location,
    toForm: locationToForm,
    validate: validateLocation(level),
    mutation: UPDATE_LOCATION,
    field: 'updateLocation',
    entityField: 'location',
    input: locationInput(level),
    reload: async (client) => {
      const theirs = (await client.query(LOCATION_BY_ID, { id: location.id }, { requestPolicy: 'network-only' }).toPromise()).data?.location as
        | LocationDetails
        | undefined;
      rememberLocationChain(theirs?.parent);
      return theirs;
    },
    formFields: LOCATION_FORM_FIELDS,
    fieldOf: locationFormField,
    conflict: [
      { key: 'code', label: t('location.fields.code'), show: (v) => v.code },
      { key: 'name', label: t('location.fields.name'), show: (v) => v.name },
      ...(parentLevel(level)
        ? [{ key: 'parent' as const, label: t('location.fields.parentId'), show: (v: LocationFormValues) => locationPathLabel(v.parent) }]
        : []),
    ],
    onSaved: props.onSaved,
    onReloaded: (theirs) => {
      editor.release();
      props.onSaved(theirs);
    },
  });
  const { form } = editor;
  const confirmDelete = async () => {
    setDeleteError(null);
    const result = await remove({ input: { id: location.id, version: editor.version } });
    setDeleting(false);
    if (result.error) return setDeleteError(result.error.graphQLErrors[0]?.message ?? result.error.message);
    const errors = result.data?.deleteLocation.errors ?? [];
    if (errors.length) {
      const error = errors[0];
      return setDeleteError(
        error?.code === 'IN_USE'
          ? t('location.inUse', { reason: error.message })
          : error?.code === CONFLICT
            ? t('location.deleteConflict')
            : (error?.message ?? ''),
      );
    }
    editor.release();
    navigate(location.parentId ? `/admin/locations/${location.parentId}` : '/admin/locations');
  };
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {!canEdit && <Alert severity="info">{t('location.readOnly')}</Alert>}
      {editor.problems}
      {deleteError && (
        <Alert severity="error" onClose={() => setDeleteError(null)}>
          {deleteError}
        </Alert>
      )}
      {editor.saved && !form.formState.isDirty && (
        <Alert severity="success" role="status" onClose={editor.clearSaved}>
          {t('location.saved')}
        </Alert>
      )}
      <LocationFields form={form} level={level} withParent disabled={!canEdit} onSubmit={editor.onSubmit}>
        <EditorActions
          editor={editor}
          canEdit={canEdit}
          labels={{ save: t('location.save'), discard: t('location.discard'), delete: t('location.delete') }}
          onDelete={has(121904) ? () => setDeleting(true) : undefined}
        />
      </LocationFields>
      {deleting && (
        <Dialog open onClose={() => setDeleting(false)} aria-labelledby="delete-location-title">
          <DialogTitle id="delete-location-title">{t('location.deleteTitle', { name: location.name })}</DialogTitle>
          <DialogContent>
            <DialogContentText>{t('location.deleteIntro')}</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setDeleting(false)}>{t('location.cancel')}</Button>
            <Button color="error" variant="contained" onClick={() => void confirmDelete()}>
              {t('location.delete')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
      {editor.conflictDialog}
    </Box>
  );
}

/** The location form: new (created under the page's parent, then opened) or stored (versioned: rename, move; Delete with 121904). */
export default function LocationEditor(props: {
  location: LocationDetails | null;
  level: LocationLevel;
  parentId: string | null;
  onSaved?: (saved: LocationDetails) => void;
}) {
  return props.location ? (
    <ExistingLocationEditor location={props.location} level={props.level} onSaved={props.onSaved ?? (() => undefined)} />
  ) : (
    <NewLocationEditor level={props.level} parentId={props.parentId} />
  );
}
