import { useModuleTranslation, useNavigate, useRights } from '@kente/sdk';
import {
  applyUserErrors,
  CONFLICT,
  contractResolver,
  EditorActions,
  FormCodeSelect,
  FormLocation,
  FormPicker,
  FormProblems,
  FormProvider,
  FormTextField,
  type UseFormReturn,
  type UserError,
  useForm,
  useUnsavedChangesGuard,
  useVersionedEditor,
  useWatch,
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
  Divider,
  locationPathLabel,
  MenuItem,
  rememberLocationChain,
  Stack,
  TextField,
} from '@kente/sdk/ui';
import { type ReactNode, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { CatchmentSection } from './CatchmentSection.js';
import {
  CARE_TYPES,
  FACILITY_FORM_FIELDS,
  FACILITY_LEVELS,
  type FacilityFormValues,
  facilityFormField,
  facilityInput,
  facilityToForm,
  LEGAL_FORMS,
  priceListsFor,
  validateFacility,
} from './facilityForm.js';
import { CREATE_FACILITY, DELETE_FACILITY, FACILITY_BY_ID, type FacilityDetails, PRICE_LISTS, UPDATE_FACILITY } from './facilityQueries.js';

const grid = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', md: 'repeat(3, 1fr)' } } as const;

/** A price list of the facility's region or district (or a national one): a select bound to the form. */
function PriceListField(props: {
  name: 'servicePriceListId' | 'itemPriceListId';
  kind: 'S' | 'I';
  disabled: boolean;
  current?: { id: string; name: string } | null;
}) {
  const { t } = useModuleTranslation();
  const location = useWatch<FacilityFormValues, 'location'>({ name: 'location' });
  const [result] = useQuery({ query: PRICE_LISTS, variables: { kind: props.kind } });
  const options = useMemo(() => {
    const lists = priceListsFor(result.data?.priceLists.edges.map((e) => e.node) ?? [], location?.R, location?.D);
    // the list the facility has keeps showing, even if it belongs elsewhere
    return props.current && !lists.some((l) => l.id === props.current?.id) ? [...lists, { id: props.current.id, name: props.current.name }] : lists;
  }, [result.data, location?.R, location?.D, props.current]);
  return (
    <FormPicker
      name={props.name}
      render={({ value, onChange, error, field }) => (
        <TextField
          select
          size="small"
          fullWidth
          label={t(`facility.fields.${props.name}`)}
          value={options.some((o) => o.id === value) ? value : ''}
          onChange={(e) => onChange(e.target.value)}
          onBlur={field.onBlur}
          inputRef={field.ref}
          disabled={props.disabled || (result.fetching && !result.data)}
          error={Boolean(error || result.error)}
          helperText={error ?? (result.error ? t('facility.priceListsFailed') : t('facility.priceListHint'))}
        >
          <MenuItem value="">
            <em>{t('facility.noPriceList')}</em>
          </MenuItem>
          {options.map((o) => (
            <MenuItem key={o.id} value={o.id}>
              {o.name}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );
}

function FacilityFields(props: {
  form: UseFormReturn<FacilityFormValues>;
  facility: FacilityDetails | null;
  disabled: boolean;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const { t } = useModuleTranslation();
  const { disabled } = props;
  const label = (field: string) => t(`facility.fields.${field}`);
  return (
    <Box component="form" noValidate onSubmit={props.onSubmit} sx={{ display: 'grid', gap: 2 }} aria-label={t('facility.form')}>
      <FormProvider {...props.form}>
        <Box sx={grid}>
          <FormTextField name="code" label={label('code')} required disabled={disabled} />
          <FormTextField name="name" label={label('name')} required disabled={disabled} />
          <FormCodeSelect
            name="level"
            label={label('level')}
            codes={FACILITY_LEVELS}
            labels="facilities.levels"
            required
            allowEmpty={false}
            disabled={disabled}
          />
          <FormCodeSelect
            name="legalForm"
            label={label('legalForm')}
            codes={LEGAL_FORMS}
            labels="facility.legalForms"
            required
            allowEmpty={false}
            disabled={disabled}
          />
          <FormCodeSelect
            name="careType"
            label={label('careType')}
            codes={CARE_TYPES}
            labels="facility.careTypes"
            required
            allowEmpty={false}
            disabled={disabled}
          />
        </Box>
        <FormLocation name="location" label={label('locationId')} depth="D" required disabled={disabled} />
        <Box sx={grid}>
          <FormTextField name="address" label={label('address')} disabled={disabled} />
          <FormTextField name="phone" label={label('phone')} type="tel" disabled={disabled} />
          <FormTextField name="fax" label={label('fax')} type="tel" disabled={disabled} />
          <FormTextField name="email" label={label('email')} type="email" disabled={disabled} />
          <FormTextField name="accCode" label={label('accCode')} disabled={disabled} />
        </Box>
        <Box sx={{ ...grid, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)' } }}>
          <PriceListField name="servicePriceListId" kind="S" disabled={disabled} current={props.facility?.servicePriceList} />
          <PriceListField name="itemPriceListId" kind="I" disabled={disabled} current={props.facility?.itemPriceList} />
        </Box>
      </FormProvider>
      {props.children}
    </Box>
  );
}

function NewFacilityEditor() {
  const { t } = useModuleTranslation();
  const navigate = useNavigate();
  const form = useForm<FacilityFormValues>({ defaultValues: facilityToForm(null), resolver: contractResolver(validateFacility), mode: 'onTouched' });
  const [saving, create] = useMutation(CREATE_FACILITY);
  const [problems, setProblems] = useState<UserError[]>([]);
  const [requestError, setRequestError] = useState<string | null>(null);
  const release = useUnsavedChangesGuard(form.formState.isDirty, t('facility.unsaved'));
  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    setRequestError(null);
    const result = await create({ input: facilityInput(values) });
    if (result.error) return setRequestError(result.error.graphQLErrors[0]?.message ?? result.error.message);
    const payload = result.data?.createHealthFacility;
    if (payload?.errors.length || !payload?.healthFacility) {
      setProblems(applyUserErrors(payload?.errors ?? [], form.setError, FACILITY_FORM_FIELDS, facilityFormField));
      return;
    }
    release();
    navigate(`/admin/health-facilities/${payload.healthFacility.id}`);
  });
  return (
    <>
      <FormProblems errors={problems} requestError={requestError} />
      <FacilityFields form={form} facility={null} disabled={false} onSubmit={submit}>
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" disabled={saving.fetching}>
            {t('facility.save')}
          </Button>
          <Button type="button" onClick={() => navigate('/admin/health-facilities')}>
            {t('facility.cancel')}
          </Button>
        </Stack>
      </FacilityFields>
    </>
  );
}

function ExistingFacilityEditor({ facility, onSaved }: { facility: FacilityDetails; onSaved: (saved: FacilityDetails) => void }) {
  const { t } = useModuleTranslation();
  const navigate = useNavigate();
  const { has } = useRights();
  const canEdit = has(121103);
  rememberLocationChain(facility.location);
  const [, remove] = useMutation(DELETE_FACILITY);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const listName = (id: string) =>
    [facility.servicePriceList, facility.itemPriceList].find((list) => list?.id === id)?.name ?? (id ? t('facility.otherPriceList') : '');
  const editor = useVersionedEditor<FacilityDetails, FacilityFormValues>({
    entity: facility,
    toForm: facilityToForm,
    validate: validateFacility,
    mutation: UPDATE_FACILITY,
    field: 'updateHealthFacility',
    entityField: 'healthFacility',
    input: facilityInput,
    reload: async (client) => {
      const theirs = (await client.query(FACILITY_BY_ID, { id: facility.id }, { requestPolicy: 'network-only' }).toPromise()).data?.healthFacility as
        | FacilityDetails
        | undefined;
      rememberLocationChain(theirs?.location);
      return theirs;
    },
    formFields: FACILITY_FORM_FIELDS,
    fieldOf: facilityFormField,
    conflict: [
      { key: 'code', label: t('facility.fields.code'), show: (v) => v.code },
      { key: 'name', label: t('facility.fields.name'), show: (v) => v.name },
      { key: 'level', label: t('facility.fields.level'), show: (v) => (v.level ? t(`facilities.levels.${v.level}`) : '') },
      { key: 'legalForm', label: t('facility.fields.legalForm'), show: (v) => (v.legalForm ? t(`facility.legalForms.${v.legalForm}`) : '') },
      { key: 'careType', label: t('facility.fields.careType'), show: (v) => (v.careType ? t(`facility.careTypes.${v.careType}`) : '') },
      { key: 'location', label: t('facility.fields.locationId'), show: (v) => locationPathLabel(v.location) },
      { key: 'address', label: t('facility.fields.address'), show: (v) => v.address },
      { key: 'phone', label: t('facility.fields.phone'), show: (v) => v.phone },
      { key: 'fax', label: t('facility.fields.fax'), show: (v) => v.fax },
      { key: 'email', label: t('facility.fields.email'), show: (v) => v.email },
      { key: 'accCode', label: t('facility.fields.accCode'), show: (v) => v.accCode },
      { key: 'servicePriceListId', label: t('facility.fields.servicePriceListId'), show: (v) => listName(v.servicePriceListId) },
      { key: 'itemPriceListId', label: t('facility.fields.itemPriceListId'), show: (v) => listName(v.itemPriceListId) },
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
    const result = await remove({ input: { id: facility.id, version: editor.version } });
    setDeleting(false);
    if (result.error) return setDeleteError(result.error.graphQLErrors[0]?.message ?? result.error.message);
    const errors = result.data?.deleteHealthFacility.errors ?? [];
    if (errors.length) {
      const error = errors[0];
      return setDeleteError(
        error?.code === 'IN_USE'
          ? t('facility.inUse', { reason: error.message })
          : error?.code === CONFLICT
            ? t('facility.deleteConflict')
            : (error?.message ?? ''),
      );
    }
    editor.release();
    navigate('/admin/health-facilities');
  };
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {!canEdit && <Alert severity="info">{t('facility.readOnly')}</Alert>}
      {editor.problems}
      {deleteError && (
        <Alert severity="error" onClose={() => setDeleteError(null)}>
          {deleteError}
        </Alert>
      )}
      {editor.saved && !form.formState.isDirty && (
        <Alert severity="success" role="status" onClose={editor.clearSaved}>
          {t('facility.saved')}
        </Alert>
      )}
      <FacilityFields form={form} facility={facility} disabled={!canEdit} onSubmit={editor.onSubmit}>
        <EditorActions
          editor={editor}
          canEdit={canEdit}
          labels={{ save: t('facility.save'), discard: t('facility.discard'), delete: t('facility.delete') }}
          onDelete={has(121104) ? () => setDeleting(true) : undefined}
        />
      </FacilityFields>
      {deleting && (
        <Dialog open onClose={() => setDeleting(false)} aria-labelledby="delete-facility-title">
          <DialogTitle id="delete-facility-title">{t('facility.deleteTitle', { name: facility.name })}</DialogTitle>
          <DialogContent>
            <DialogContentText>{t('facility.deleteIntro')}</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setDeleting(false)}>{t('facility.cancel')}</Button>
            <Button color="error" variant="contained" onClick={() => void confirmDelete()}>
              {t('facility.delete')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
      <Divider />
      <CatchmentSection
        facility={facility}
        version={editor.version}
        canEdit={canEdit}
        onSaved={(saved) => {
          editor.setVersion(saved.version);
          onSaved(saved);
        }}
      />
      {editor.conflictDialog}
    </Box>
  );
}

/** The health facility form: new (created, then opened) or stored (versioned: conflicts, server errors on fields; Delete with 121104). */
export default function HealthFacilityEditor({ facility, onSaved }: { facility: FacilityDetails | null; onSaved?: (saved: FacilityDetails) => void }) {
  return facility ? <ExistingFacilityEditor facility={facility} onSaved={onSaved ?? (() => undefined)} /> : <NewFacilityEditor />;
}
