import { relationshipRule } from '@kente/contract-insuree';
import { useModuleTranslation, useRights } from '@kente/sdk';
import { blankToNull, FormProvider, useVersionedEditor } from '@kente/sdk/forms';
import { Alert, Box, Button, locationPathLabel, rememberLocationChain, Stack } from '@kente/sdk/ui';
import { useEffect } from 'react';
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
 * The insuree form on the kit's versioned editor (the contract's rules inline,
 * server errors on their fields, the unsaved-changes guard, the conflict
 * dialog). Loaded lazily by the insuree page.
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
  const numberConfig = useInsuranceNumberConfig();
  const canEdit = has(101103);
  rememberLocationChain(insuree.currentVillage);
  const code = (list: string, value: string) => (value ? t(`codes.${list}.${value}`) : '');
  const editor = useVersionedEditor<InsureeDetails, EditValues>({
    entity: insuree,
    toForm,
    validate: (values) => {
      const relationship = insuree.isHead ? null : relationshipRule(values.relationship);
      return [...(relationship ? [{ path: 'relationship', code: relationship }] : []), ...validateInsureeForm(values, numberConfig)];
    },
    mutation: UPDATE_INSUREE,
    field: 'updateInsuree',
    entityField: 'insuree',
    input: (values) => ({ ...insureeInput(values), ...(insuree.isHead ? {} : { relationship: blankToNull(values.relationship) }) }),
    reload: async (client) => {
      const theirs = (await client.query(INSUREE_BY_ID, { id: insuree.id }, { requestPolicy: 'network-only' }).toPromise()).data?.insuree as
        | InsureeDetails
        | undefined;
      rememberLocationChain(theirs?.currentVillage);
      return theirs;
    },
    formFields: FIELDS,
    fieldOf: insureeFormField,
    conflict: [
      { key: 'insuranceNumber', label: t('insuree.insuranceNumber'), show: (v) => v.insuranceNumber },
      { key: 'lastName', label: t('insuree.lastName'), show: (v) => v.lastName },
      { key: 'otherNames', label: t('insuree.otherNames'), show: (v) => v.otherNames },
      { key: 'birthDate', label: t('insuree.birthDate'), show: (v) => v.birthDate, date: true },
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
    ],
    onSaved,
    onReloaded: (theirs) => {
      editor.release();
      onSaved(theirs);
    },
  });
  const { form, setVersion } = editor;
  useEffect(() => {
    if (statusVersion) setVersion((v) => Math.max(v, statusVersion));
  }, [statusVersion, setVersion]);

  return (
    <Box component="form" noValidate onSubmit={editor.onSubmit} sx={{ display: 'grid', gap: 2 }} aria-label={t('insuree.form')}>
      {!canEdit && <Alert severity="info">{t('insuree.readOnly')}</Alert>}
      {editor.problems}
      {editor.saved && !form.formState.isDirty && (
        <Alert severity="success" role="status" onClose={editor.clearSaved}>
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
          <Button type="button" disabled={!form.formState.isDirty} onClick={editor.discard}>
            {t('form.discard')}
          </Button>
        </Stack>
      )}
      {editor.conflictDialog}
    </Box>
  );
}
