import { relationshipRule } from '@kente/contract-insuree';
import { useModuleTranslation, useRights } from '@kente/sdk';
import { Alert, Box, Button, Stack } from '@kente/sdk/ui';
import { useEffect, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useClient } from 'urql';
import { ConflictDialog } from '../form/ConflictDialog.js';
import { conflictFields } from '../form/conflictFields.js';
import { contractResolver } from '../form/contractResolver.js';
import { FormProblems } from '../form/FormProblems.js';
import { saveVersioned } from '../form/saveVersioned.js';
import { applyUserErrors, blankToNull, type UserError } from '../form/userErrors.js';
import { useUnsavedChangesGuard } from '../form/useUnsavedChangesGuard.js';
import { locationPathLabel, rememberLocationChain } from '../location/locationNames.js';
import { InsureeFormFields } from './InsureeFormFields.js';
import { INSUREE_FORM_FIELDS, type InsureeFormValues, insureeFormField, insureeInput, insureeToForm, validateInsureeForm } from './insureeForm.js';
import { INSUREE_BY_ID, type InsureeDetails, UPDATE_INSUREE } from './insureeQueries.js';
import { useInsuranceNumberConfig } from './useInsuranceNumberConfig.js';

type EditValues = InsureeFormValues & { relationship: string };

const FIELDS = ['relationship', ...INSUREE_FORM_FIELDS];

function toForm(insuree: InsureeDetails): EditValues {
  return { ...insureeToForm(insuree), relationship: insuree.relationship ?? '' };
}

/**
 * The insuree form (react-hook-form, the contract's rules inline, server errors
 * on their fields, a warning before unsaved changes are lost, and the conflict
 * dialog when someone else saved first). Loaded lazily by the insuree page.
 */
export default function InsureeEditor({
  insuree,
  statusVersion,
  onSaved,
}: {
  insuree: InsureeDetails;
  /** The version after this user changed the status (another mutation, on fields this form does not edit). */
  statusVersion?: number;
  onSaved: (saved: InsureeDetails) => void;
}) {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  const client = useClient();
  const numberConfig = useInsuranceNumberConfig();
  const canEdit = has(101103);
  const [version, setVersion] = useState(insuree.version);
  useEffect(() => {
    if (statusVersion) setVersion((v) => Math.max(v, statusVersion));
  }, [statusVersion]);
  const form = useForm<EditValues>({
    defaultValues: toForm(insuree),
    resolver: contractResolver((values) => {
      const relationship = insuree.isHead ? null : relationshipRule(values.relationship);
      return [...(relationship ? [{ path: 'relationship', code: relationship }] : []), ...validateInsureeForm(values, numberConfig)];
    }),
    mode: 'onTouched',
  });
  const [problems, setProblems] = useState<UserError[]>([]);
  const [requestError, setRequestError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [theirs, setTheirs] = useState<InsureeDetails | null>(null);
  const release = useUnsavedChangesGuard(form.formState.isDirty, t('form.unsaved'));
  rememberLocationChain(insuree.currentVillage);

  const save = async (values: EditValues, atVersion: number) => {
    setProblems([]);
    setRequestError(null);
    setSaved(false);
    const input = {
      id: insuree.id,
      version: atVersion,
      ...insureeInput(values),
      ...(insuree.isHead ? {} : { relationship: blankToNull(values.relationship) }),
    };
    const outcome = await saveVersioned<InsureeDetails>({
      client,
      mutation: UPDATE_INSUREE,
      input,
      field: 'updateInsuree',
      entity: 'insuree',
      reload: async () => (await client.query(INSUREE_BY_ID, { id: insuree.id }, { requestPolicy: 'network-only' }).toPromise()).data?.insuree,
      notFound: t('errors.NOT_FOUND'),
    });
    if (outcome.kind === 'failed') return setRequestError(outcome.message);
    if (outcome.kind === 'conflict') {
      rememberLocationChain(outcome.theirs.currentVillage);
      return setTheirs(outcome.theirs);
    }
    if (outcome.kind === 'invalid') return setProblems(applyUserErrors(outcome.errors, form.setError, FIELDS, insureeFormField));
    const savedInsuree = outcome.entity;
    setVersion(savedInsuree.version);
    form.reset(toForm(savedInsuree));
    setSaved(true);
    onSaved(savedInsuree);
  };

  const code = (list: string, value: string) => (value ? t(`codes.${list}.${value}`) : '');
  const fields: Array<{ key: string; label: string; show: (v: EditValues) => string }> = [
    { key: 'insuranceNumber', label: t('insuree.insuranceNumber'), show: (v) => v.insuranceNumber },
    { key: 'lastName', label: t('insuree.lastName'), show: (v) => v.lastName },
    { key: 'otherNames', label: t('insuree.otherNames'), show: (v) => v.otherNames },
    { key: 'birthDate', label: t('insuree.birthDate'), show: (v) => v.birthDate },
    { key: 'gender', label: t('insuree.gender'), show: (v) => code('gender', v.gender) },
    { key: 'maritalStatus', label: t('insuree.maritalStatus'), show: (v) => code('maritalStatus', v.maritalStatus) },
    { key: 'relationship', label: t('insuree.relationship'), show: (v) => code('relationship', v.relationship) },
    { key: 'phone', label: t('insuree.phone'), show: (v) => v.phone },
    { key: 'email', label: t('insuree.email'), show: (v) => v.email },
    { key: 'profession', label: t('insuree.profession'), show: (v) => v.profession },
    { key: 'education', label: t('insuree.education'), show: (v) => code('education', v.education) },
    { key: 'identificationType', label: t('insuree.identificationType'), show: (v) => code('identificationType', v.identificationType) },
    { key: 'identificationNumber', label: t('insuree.identificationNumber'), show: (v) => v.identificationNumber },
    { key: 'healthFacility', label: t('insuree.healthFacility'), show: (v) => (v.healthFacility ? `${v.healthFacility.code} ${v.healthFacility.name}` : '') },
    { key: 'currentVillage', label: t('insuree.currentVillage'), show: (v) => locationPathLabel(v.currentVillage) },
    { key: 'currentAddress', label: t('insuree.currentAddress'), show: (v) => v.currentAddress },
    { key: 'cardIssued', label: t('insuree.cardIssued'), show: (v) => (v.cardIssued ? t('form.yes') : t('form.no')) },
  ];

  return (
    <Box
      component="form"
      noValidate
      onSubmit={form.handleSubmit((values) => save(values, version))}
      sx={{ display: 'grid', gap: 2 }}
      aria-label={t('insuree.form')}
    >
      {!canEdit && <Alert severity="info">{t('insuree.readOnly')}</Alert>}
      <FormProblems errors={problems} requestError={requestError} />
      {saved && !form.formState.isDirty && (
        <Alert severity="success" role="status" onClose={() => setSaved(false)}>
          {t('form.saved')}
        </Alert>
      )}
      <FormProvider {...form}>
        <InsureeFormFields relationship={!insuree.isHead} disabled={!canEdit} />
      </FormProvider>
      {canEdit && (
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" disabled={form.formState.isSubmitting || !form.formState.isDirty}>
            {t('form.save')}
          </Button>
          <Button type="button" disabled={!form.formState.isDirty} onClick={() => form.reset(toForm(insuree))}>
            {t('form.discard')}
          </Button>
        </Stack>
      )}
      {theirs && (
        <ConflictDialog
          open
          fields={conflictFields(fields, form.getValues(), toForm(theirs))}
          onClose={() => setTheirs(null)}
          onReload={() => {
            release();
            setVersion(theirs.version);
            form.reset(toForm(theirs));
            setTheirs(null);
            onSaved(theirs);
          }}
          onReapply={() => {
            const mine = form.getValues();
            setVersion(theirs.version);
            setTheirs(null);
            void save(mine, theirs.version);
          }}
        />
      )}
    </Box>
  );
}
