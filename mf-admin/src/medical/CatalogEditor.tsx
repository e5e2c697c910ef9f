import { useModuleTranslation, useNavigate, useRights } from '@kente/sdk';
import {
  applyUserErrors,
  CONFLICT,
  contractResolver,
  EditorActions,
  FormCheckbox,
  FormCodeSelect,
  FormMoneyField,
  FormProblems,
  FormProvider,
  FormTextField,
  type UseFormReturn,
  type UserError,
  useErrorText,
  useForm,
  useUnsavedChangesGuard,
  useVersionedEditor,
} from '@kente/sdk/forms';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, Typography } from '@kente/sdk/ui';
import { type ReactNode, useState } from 'react';
import { type DocumentInput, useMutation } from 'urql';
import { KINDS } from './kinds.js';
import {
  CARE_TYPES,
  CATALOG_FORM_FIELDS,
  type CatalogKind,
  type CatalogRecord,
  type CatalogValues,
  catalogField,
  catalogInput,
  catalogToForm,
  ITEM_TYPES,
  PATIENT_BITS,
  SERVICE_CATEGORIES,
  SERVICE_LEVELS,
  SERVICE_TYPES,
  validateCatalog,
} from './medicalForm.js';
import {
  CREATE_DIAGNOSIS,
  CREATE_ITEM,
  CREATE_SERVICE,
  DEACTIVATE_DIAGNOSIS,
  DEACTIVATE_ITEM,
  DEACTIVATE_SERVICE,
  DELETE_DIAGNOSIS,
  DELETE_ITEM,
  DELETE_SERVICE,
  DIAGNOSIS_BY_ID,
  ITEM_BY_ID,
  REACTIVATE_DIAGNOSIS,
  REACTIVATE_ITEM,
  REACTIVATE_SERVICE,
  SERVICE_BY_ID,
  UPDATE_DIAGNOSIS,
  UPDATE_ITEM,
  UPDATE_SERVICE,
} from './medicalQueries.js';

/** A stored service, item or diagnosis as the editor holds it. */
export type CatalogDetails = CatalogRecord & { id: string; version: number; active?: boolean };

// biome-ignore lint/suspicious/noExplicitAny: one editor for three typed documents of the same shape
type AnyDoc = DocumentInput<any, any>;
/** The documents and payload fields of each kind. */
export const DOCS: Record<
  CatalogKind,
  { byId: AnyDoc; byIdField: string; create: AnyDoc; update: AnyDoc; remove: AnyDoc; deactivate: AnyDoc; reactivate: AnyDoc; verb: string; payload: string }
> = {
  S: {
    byId: SERVICE_BY_ID,
    byIdField: 'medicalService',
    create: CREATE_SERVICE,
    update: UPDATE_SERVICE,
    remove: DELETE_SERVICE,
    deactivate: DEACTIVATE_SERVICE,
    reactivate: REACTIVATE_SERVICE,
    verb: 'MedicalService',
    payload: 'medicalService',
  },
  I: {
    byId: ITEM_BY_ID,
    byIdField: 'medicalItem',
    create: CREATE_ITEM,
    update: UPDATE_ITEM,
    remove: DELETE_ITEM,
    deactivate: DEACTIVATE_ITEM,
    reactivate: REACTIVATE_ITEM,
    verb: 'MedicalItem',
    payload: 'medicalItem',
  },
  D: {
    byId: DIAGNOSIS_BY_ID,
    byIdField: 'diagnosis',
    create: CREATE_DIAGNOSIS,
    update: UPDATE_DIAGNOSIS,
    remove: DELETE_DIAGNOSIS,
    deactivate: DEACTIVATE_DIAGNOSIS,
    reactivate: REACTIVATE_DIAGNOSIS,
    verb: 'Diagnosis',
    payload: 'diagnosis',
  },
};

const grid = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', md: 'repeat(3, 1fr)' } } as const;

function PatientChecks({ form, disabled }: { form: UseFormReturn<CatalogValues>; disabled: boolean }) {
  const { t } = useModuleTranslation();
  const errorText = useErrorText();
  const error = errorText(form.formState.errors.patient as never);
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="body2" color="text.secondary">
        {t('medical.fields.patientCategory')}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {(Object.keys(PATIENT_BITS) as (keyof typeof PATIENT_BITS)[]).map((key) => (
          <FormCheckbox key={key} name={`patient.${key}`} label={t(`medical.patient.${key}`)} disabled={disabled} />
        ))}
      </Stack>
      {error && (
        <Typography variant="caption" color="error" role="alert">
          {error}
        </Typography>
      )}
    </Box>
  );
}

function CatalogFields({
  kind,
  form,
  disabled,
  onSubmit,
  children,
}: {
  kind: CatalogKind;
  form: UseFormReturn<CatalogValues>;
  disabled: boolean;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const { t } = useModuleTranslation();
  const label = (field: string) => t(`medical.fields.${field}`);
  const key = KINDS[kind].key;
  return (
    <Box component="form" noValidate onSubmit={onSubmit} sx={{ display: 'grid', gap: 2 }} aria-label={t(`medical.${key}.form`)}>
      <FormProvider {...form}>
        <Box sx={grid}>
          <FormTextField name="code" label={label('code')} required disabled={disabled} />
          <FormTextField name="name" label={label('name')} required disabled={disabled} />
          {kind !== 'D' && (
            <>
              <FormCodeSelect
                name="type"
                label={label('type')}
                codes={kind === 'S' ? SERVICE_TYPES : ITEM_TYPES}
                labels={`medical.${key}.types`}
                required
                allowEmpty={false}
                disabled={disabled}
              />
              {kind === 'S' && (
                <>
                  <FormCodeSelect
                    name="category"
                    label={label('category')}
                    codes={SERVICE_CATEGORIES}
                    labels="medical.categories"
                    allowEmpty={false}
                    disabled={disabled}
                  />
                  <FormCodeSelect name="level" label={label('level')} codes={SERVICE_LEVELS} labels="medical.levels" allowEmpty={false} disabled={disabled} />
                </>
              )}
              {kind === 'I' && <FormTextField name="package" label={label('package')} disabled={disabled} />}
              <FormMoneyField name="price" label={label('price')} required disabled={disabled} />
              <FormCodeSelect
                name="careType"
                label={label('careType')}
                codes={CARE_TYPES}
                labels="medical.careTypes"
                required
                allowEmpty={false}
                disabled={disabled}
              />
              <FormTextField name="frequency" label={label('frequency')} inputMode="numeric" disabled={disabled} />
            </>
          )}
        </Box>
        {kind !== 'D' && <PatientChecks form={form} disabled={disabled} />}
      </FormProvider>
      {children}
    </Box>
  );
}

function NewCatalogEditor({ kind }: { kind: CatalogKind }) {
  const { t } = useModuleTranslation();
  const navigate = useNavigate();
  const spec = KINDS[kind];
  const docs = DOCS[kind];
  const form = useForm<CatalogValues>({
    defaultValues: catalogToForm(null),
    resolver: contractResolver((v: CatalogValues) => validateCatalog(kind, v)),
    mode: 'onTouched',
  });
  const [saving, create] = useMutation(docs.create);
  const [problems, setProblems] = useState<UserError[]>([]);
  const [requestError, setRequestError] = useState<string | null>(null);
  const release = useUnsavedChangesGuard(form.formState.isDirty, t('medical.unsaved'));
  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    setRequestError(null);
    const result = await create({ input: catalogInput(kind, values) });
    if (result.error) return setRequestError(result.error.graphQLErrors[0]?.message ?? result.error.message);
    const payload = result.data?.[`create${docs.verb}`] as { errors: UserError[]; [k: string]: unknown } | undefined;
    const created = payload?.[docs.payload] as { id: string } | null | undefined;
    if (payload?.errors.length || !created) {
      setProblems(applyUserErrors(payload?.errors ?? [], form.setError, CATALOG_FORM_FIELDS, catalogField));
      return;
    }
    release();
    navigate(`${spec.base}/${created.id}`);
  });
  return (
    <>
      <FormProblems errors={problems} requestError={requestError} />
      <CatalogFields kind={kind} form={form} disabled={false} onSubmit={submit}>
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" disabled={saving.fetching}>
            {t('medical.save')}
          </Button>
          <Button type="button" onClick={() => navigate(spec.base)}>
            {t('medical.cancel')}
          </Button>
        </Stack>
      </CatalogFields>
    </>
  );
}

function StoredCatalogEditor({ kind, record, onSaved }: { kind: CatalogKind; record: CatalogDetails; onSaved: (saved: CatalogDetails) => void }) {
  const { t } = useModuleTranslation();
  const navigate = useNavigate();
  const { has } = useRights();
  const spec = KINDS[kind];
  const docs = DOCS[kind];
  const canEdit = has(spec.rights.edit);
  const [, remove] = useMutation(docs.remove);
  const [, deactivate] = useMutation(docs.deactivate);
  const [, reactivate] = useMutation(docs.reactivate);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const show = (labels: string) => (v: string) => (v ? t(`${labels}.${v}`) : '');
  const editor = useVersionedEditor<CatalogDetails, CatalogValues>({
    entity: record,
    toForm: catalogToForm,
    validate: (v) => validateCatalog(kind, v),
    mutation: docs.update,
    field: `update${docs.verb}`,
    entityField: docs.payload,
    input: (v) => catalogInput(kind, v),
    reload: async (client) =>
      (await client.query(docs.byId, { id: record.id }, { requestPolicy: 'network-only' }).toPromise()).data?.[docs.byIdField] as CatalogDetails | undefined,
    formFields: CATALOG_FORM_FIELDS,
    fieldOf: catalogField,
    conflict: [
      { key: 'code', label: t('medical.fields.code'), show: (v) => v.code },
      { key: 'name', label: t('medical.fields.name'), show: (v) => v.name },
      ...(kind === 'D'
        ? []
        : [
            { key: 'type' as const, label: t('medical.fields.type'), show: (v: CatalogValues) => show(`medical.${spec.key}.types`)(v.type) },
            { key: 'price' as const, label: t('medical.fields.price'), show: (v: CatalogValues) => v.price },
            { key: 'careType' as const, label: t('medical.fields.careType'), show: (v: CatalogValues) => show('medical.careTypes')(v.careType) },
            { key: 'frequency' as const, label: t('medical.fields.frequency'), show: (v: CatalogValues) => v.frequency },
          ]),
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
    const result = await remove({ input: { id: record.id, version: editor.version } });
    setDeleting(false);
    if (result.error) return setDeleteError(result.error.graphQLErrors[0]?.message ?? result.error.message);
    const errors = (result.data?.[`delete${docs.verb}`] as { errors: UserError[] } | undefined)?.errors ?? [];
    if (errors.length) {
      const code = errors[0]?.code;
      return setDeleteError(code === 'IN_USE' ? t('medical.inUse') : code === CONFLICT ? t('medical.deleteConflict') : (errors[0]?.message ?? ''));
    }
    editor.release();
    navigate(spec.base);
  };
  const active = record.active !== false;
  // openIMIS closes the validity: the row stays for the claims that name it, offered nowhere new
  const toggleActive = async () => {
    setDeleteError(null);
    const verb = active ? 'deactivate' : 'reactivate';
    const result = await (active ? deactivate : reactivate)({ input: { id: record.id, version: editor.version } });
    if (result.error) return setDeleteError(result.error.graphQLErrors[0]?.message ?? result.error.message);
    const payload = result.data?.[`${verb}${docs.verb}`] as { errors: UserError[]; [k: string]: unknown } | undefined;
    const errors = payload?.errors ?? [];
    if (errors.length) return setDeleteError(errors[0]?.code === CONFLICT ? t('medical.activeConflict') : (errors[0]?.message ?? ''));
    const saved = payload?.[docs.payload] as CatalogDetails | undefined;
    if (!saved) return;
    editor.setVersion(saved.version);
    onSaved(saved);
  };
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {!canEdit && <Alert severity="info">{t('medical.readOnly')}</Alert>}
      {!active && (
        <Alert severity="warning" role="status">
          {t('medical.deactivated')}
        </Alert>
      )}
      {editor.problems}
      {deleteError && (
        <Alert severity="error" onClose={() => setDeleteError(null)}>
          {deleteError}
        </Alert>
      )}
      {editor.saved && !form.formState.isDirty && (
        <Alert severity="success" role="status" onClose={editor.clearSaved}>
          {t('medical.saved')}
        </Alert>
      )}
      <CatalogFields kind={kind} form={form} disabled={!canEdit} onSubmit={editor.onSubmit}>
        <EditorActions
          editor={editor}
          canEdit={canEdit}
          labels={{ save: t('medical.save'), discard: t('medical.discard'), delete: t('medical.delete') }}
          onDelete={has(spec.rights.delete) ? () => setDeleting(true) : undefined}
          end={
            canEdit && (
              <Button type="button" variant="outlined" onClick={() => void toggleActive()}>
                {t(active ? 'medical.deactivate' : 'medical.reactivate')}
              </Button>
            )
          }
        />
      </CatalogFields>
      {deleting && (
        <Dialog open onClose={() => setDeleting(false)} aria-labelledby="delete-catalog-title">
          <DialogTitle id="delete-catalog-title">{t('medical.deleteTitle', { name: `${record.code} ${record.name}` })}</DialogTitle>
          <DialogContent>
            <DialogContentText>{t('medical.deleteIntro')}</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setDeleting(false)}>{t('medical.cancel')}</Button>
            <Button color="error" variant="contained" onClick={() => void confirmDelete()}>
              {t('medical.delete')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
      {editor.conflictDialog}
    </Box>
  );
}

/** The form of a service, item or diagnosis: new (created, then opened) or stored (versioned: conflicts, server errors on fields; Delete with the right). */
export default function CatalogEditor(props: { kind: CatalogKind; record: CatalogDetails | null; onSaved?: (saved: CatalogDetails) => void }) {
  return props.record ? (
    <StoredCatalogEditor kind={props.kind} record={props.record} onSaved={props.onSaved ?? (() => undefined)} />
  ) : (
    <NewCatalogEditor kind={props.kind} />
  );
}
