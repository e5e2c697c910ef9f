import { PAYER_TYPES } from '@kente/contract-policy';
import { useModuleTranslation, useNavigate, useRights } from '@kente/sdk';
import {
  applyUserErrors,
  CONFLICT,
  contractResolver,
  EditorActions,
  FormCodeSelect,
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
  locationPathLabel,
  rememberLocationChain,
  Stack,
} from '@kente/sdk/ui';
import { type ReactNode, useState } from 'react';
import { useMutation } from 'urql';
import { PAYER_FORM_FIELDS, type PayerFormValues, payerFormField, payerInput, payerToForm, validatePayerForm } from './payerForm.js';
import { CREATE_PAYER, DELETE_PAYER, PAYER_BY_ID, type PayerDetails, UPDATE_PAYER } from './payerQueries.js';

const grid = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', md: 'repeat(3, 1fr)' } } as const;

function PayerFields({
  form,
  disabled,
  onSubmit,
  children,
}: {
  form: UseFormReturn<PayerFormValues>;
  disabled: boolean;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const { t } = useModuleTranslation();
  const label = (field: string) => t(`payer.fields.${field}`);
  return (
    <Box component="form" noValidate onSubmit={onSubmit} sx={{ display: 'grid', gap: 2 }} aria-label={t('payer.form')}>
      <FormProvider {...form}>
        <Box sx={grid}>
          <FormCodeSelect name="type" label={label('type')} codes={PAYER_TYPES} labels="payer.types" required allowEmpty={false} disabled={disabled} />
          <FormTextField name="name" label={label('name')} required disabled={disabled} />
          <FormTextField name="address" label={label('address')} disabled={disabled} />
          <FormTextField name="phone" label={label('phone')} type="tel" disabled={disabled} />
          <FormTextField name="fax" label={label('fax')} type="tel" disabled={disabled} />
          <FormTextField name="email" label={label('email')} type="email" disabled={disabled} />
        </Box>
        <Box>
          <FormLocation name="location" label={label('locationId')} depth="D" disabled={disabled} />
          <Box component="span" sx={{ display: 'block', typography: 'caption', color: 'text.secondary' }}>
            {t('payer.locationHint')}
          </Box>
        </Box>
      </FormProvider>
      {children}
    </Box>
  );
}

function NewPayerEditor() {
  const { t } = useModuleTranslation();
  const navigate = useNavigate();
  const form = useForm<PayerFormValues>({ defaultValues: payerToForm(null), resolver: contractResolver(validatePayerForm), mode: 'onTouched' });
  const [saving, create] = useMutation(CREATE_PAYER);
  const [problems, setProblems] = useState<UserError[]>([]);
  const [requestError, setRequestError] = useState<string | null>(null);
  const release = useUnsavedChangesGuard(form.formState.isDirty, t('payer.unsaved'));
  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    setRequestError(null);
    const result = await create({ input: payerInput(values) });
    if (result.error) return setRequestError(result.error.graphQLErrors[0]?.message ?? result.error.message);
    const payload = result.data?.createPayer;
    if (payload?.errors.length || !payload?.payer) {
      setProblems(applyUserErrors(payload?.errors ?? [], form.setError, PAYER_FORM_FIELDS, payerFormField));
      return;
    }
    release();
    navigate(`/admin/payers/${payload.payer.id}`);
  });
  return (
    <>
      <FormProblems errors={problems} requestError={requestError} />
      <PayerFields form={form} disabled={false} onSubmit={submit}>
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" disabled={saving.fetching}>
            {t('payer.save')}
          </Button>
          <Button type="button" onClick={() => navigate('/admin/payers')}>
            {t('payer.cancel')}
          </Button>
        </Stack>
      </PayerFields>
    </>
  );
}

function ExistingPayerEditor({ payer, onSaved }: { payer: PayerDetails; onSaved: (saved: PayerDetails) => void }) {
  const { t } = useModuleTranslation();
  const navigate = useNavigate();
  const { has } = useRights();
  const canEdit = has(121803);
  rememberLocationChain(payer.location);
  const [, remove] = useMutation(DELETE_PAYER);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const editor = useVersionedEditor<PayerDetails, PayerFormValues>({
    entity: payer,
    toForm: payerToForm,
    validate: validatePayerForm,
    mutation: UPDATE_PAYER,
    field: 'updatePayer',
    entityField: 'payer',
    input: payerInput,
    reload: async (client) => {
      const theirs = (await client.query(PAYER_BY_ID, { id: payer.id }, { requestPolicy: 'network-only' }).toPromise()).data?.payer as PayerDetails | undefined;
      rememberLocationChain(theirs?.location);
      return theirs;
    },
    formFields: PAYER_FORM_FIELDS,
    fieldOf: payerFormField,
    conflict: [
      { key: 'type', label: t('payer.fields.type'), show: (v) => (v.type ? t(`payer.types.${v.type}`) : '') },
      { key: 'name', label: t('payer.fields.name'), show: (v) => v.name },
      { key: 'address', label: t('payer.fields.address'), show: (v) => v.address },
      { key: 'location', label: t('payer.fields.locationId'), show: (v) => locationPathLabel(v.location) },
      { key: 'phone', label: t('payer.fields.phone'), show: (v) => v.phone },
      { key: 'fax', label: t('payer.fields.fax'), show: (v) => v.fax },
      { key: 'email', label: t('payer.fields.email'), show: (v) => v.email },
    ],
    onSaved,
    onReloaded: (theirs) => {
      editor.release();
      onSaved(theirs);
    },
  });
  const { form } = editor;
  const confirmDelete = async () => {
    setDeleteError(null);
    const result = await remove({ input: { id: payer.id, version: editor.version } });
    setDeleting(false);
    if (result.error) return setDeleteError(result.error.graphQLErrors[0]?.message ?? result.error.message);
    const errors = result.data?.deletePayer.errors ?? [];
    if (errors.length) {
      const code = errors[0]?.code;
      return setDeleteError(code === 'IN_USE' ? t('payer.inUse') : code === CONFLICT ? t('payer.deleteConflict') : (errors[0]?.message ?? ''));
    }
    editor.release();
    navigate('/admin/payers');
  };
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {!canEdit && <Alert severity="info">{t('payer.readOnly')}</Alert>}
      {editor.problems}
      {deleteError && (
        <Alert severity="error" onClose={() => setDeleteError(null)}>
          {deleteError}
        </Alert>
      )}
      {editor.saved && !form.formState.isDirty && (
        <Alert severity="success" role="status" onClose={editor.clearSaved}>
          {t('payer.saved')}
        </Alert>
      )}
      <PayerFields form={form} disabled={!canEdit} onSubmit={editor.onSubmit}>
        <EditorActions
          editor={editor}
          canEdit={canEdit}
          labels={{ save: t('payer.save'), discard: t('payer.discard'), delete: t('payer.delete') }}
          onDelete={has(121804) ? () => setDeleting(true) : undefined}
        />
      </PayerFields>
      {deleting && (
        <Dialog open onClose={() => setDeleting(false)} aria-labelledby="delete-payer-title">
          <DialogTitle id="delete-payer-title">{t('payer.deleteTitle', { name: payer.name })}</DialogTitle>
          <DialogContent>
            <DialogContentText>{t('payer.deleteIntro')}</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setDeleting(false)}>{t('payer.cancel')}</Button>
            <Button color="error" variant="contained" onClick={() => void confirmDelete()}>
              {t('payer.delete')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
      {editor.conflictDialog}
    </Box>
  );
}

/** The payer form: new (created, then opened) or stored (versioned: conflicts, server errors on fields; Delete with 121804). */
export default function PayerEditor({ payer, onSaved }: { payer: PayerDetails | null; onSaved?: (saved: PayerDetails) => void }) {
  return payer ? <ExistingPayerEditor payer={payer} onSaved={onSaved ?? (() => undefined)} /> : <NewPayerEditor />;
}
