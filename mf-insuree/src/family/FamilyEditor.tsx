import { useModuleTranslation } from '@kente/sdk';
import { Box, Button, Stack } from '@kente/sdk/ui';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useClient } from 'urql';
import { ConflictDialog } from '../form/ConflictDialog.js';
import { conflictFields } from '../form/conflictFields.js';
import { contractResolver } from '../form/contractResolver.js';
import { FormProblems } from '../form/FormProblems.js';
import { saveVersioned } from '../form/saveVersioned.js';
import { applyUserErrors, type UserError } from '../form/userErrors.js';
import { useUnsavedChangesGuard } from '../form/useUnsavedChangesGuard.js';
import { locationPathLabel, rememberLocationChain } from '../location/locationNames.js';
import { FamilyFormFields } from './FamilyFormFields.js';
import { FAMILY_FORM_FIELDS, type FamilyFormValues, familyFormField, familyInput, familyToForm, validateFamilyForm } from './familyForm.js';
import { FAMILY, type FamilyDetails, UPDATE_FAMILY } from './familyQueries.js';

/** Edits a family's own fields; a stale version opens the conflict dialog. Loaded lazily by the family page. */
export default function FamilyEditor({ family, onDone }: { family: FamilyDetails; onDone: (saved: FamilyDetails | null) => void }) {
  const { t } = useModuleTranslation();
  const client = useClient();
  const [version, setVersion] = useState(family.version);
  const form = useForm<FamilyFormValues>({ defaultValues: familyToForm(family), resolver: contractResolver(validateFamilyForm), mode: 'onTouched' });
  const [problems, setProblems] = useState<UserError[]>([]);
  const [requestError, setRequestError] = useState<string | null>(null);
  const [theirs, setTheirs] = useState<FamilyDetails | null>(null);
  const release = useUnsavedChangesGuard(form.formState.isDirty, t('form.unsaved'));
  rememberLocationChain(family.village);

  const save = async (values: FamilyFormValues, atVersion: number) => {
    setProblems([]);
    setRequestError(null);
    const outcome = await saveVersioned<FamilyDetails>({
      client,
      mutation: UPDATE_FAMILY,
      input: { id: family.id, version: atVersion, ...familyInput(values) },
      field: 'updateFamily',
      entity: 'family',
      reload: async () => (await client.query(FAMILY, { id: family.id }, { requestPolicy: 'network-only' }).toPromise()).data?.family,
      notFound: t('errors.NOT_FOUND'),
    });
    if (outcome.kind === 'failed') return setRequestError(outcome.message);
    if (outcome.kind === 'conflict') {
      rememberLocationChain(outcome.theirs.village);
      return setTheirs(outcome.theirs);
    }
    if (outcome.kind === 'invalid') return setProblems(applyUserErrors(outcome.errors, form.setError, FAMILY_FORM_FIELDS, familyFormField));
    const saved = outcome.entity;
    release();
    setVersion(saved.version);
    form.reset(familyToForm(saved));
    onDone(saved);
  };

  const fields = [
    { key: 'village', label: t('family.village'), show: (v: FamilyFormValues) => locationPathLabel(v.village) },
    { key: 'familyType', label: t('family.familyType'), show: (v: FamilyFormValues) => (v.familyType ? t(`codes.familyType.${v.familyType}`) : '') },
    {
      key: 'confirmationType',
      label: t('family.confirmationType'),
      show: (v: FamilyFormValues) => (v.confirmationType ? t(`codes.confirmationType.${v.confirmationType}`) : ''),
    },
    { key: 'confirmationNumber', label: t('family.confirmationNumber'), show: (v: FamilyFormValues) => v.confirmationNumber },
    { key: 'povertyStatus', label: t('family.povertyStatus'), show: (v: FamilyFormValues) => t(v.povertyStatus ? 'families.poor' : 'families.notPoor') },
    { key: 'address', label: t('family.address'), show: (v: FamilyFormValues) => v.address },
  ];

  return (
    <Box
      component="form"
      noValidate
      onSubmit={form.handleSubmit((values) => save(values, version))}
      sx={{ display: 'grid', gap: 2 }}
      aria-label={t('family.edit')}
    >
      <FormProblems errors={problems} requestError={requestError} />
      <FormProvider {...form}>
        <FamilyFormFields />
      </FormProvider>
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
          {t('form.save')}
        </Button>
        <Button
          type="button"
          onClick={() => {
            if (!form.formState.isDirty || window.confirm(t('form.unsaved'))) {
              release();
              onDone(null);
            }
          }}
        >
          {t('form.cancel')}
        </Button>
      </Stack>
      {theirs && (
        <ConflictDialog
          open
          fields={conflictFields(fields, form.getValues(), familyToForm(theirs))}
          onClose={() => setTheirs(null)}
          onReload={() => {
            setVersion(theirs.version);
            form.reset(familyToForm(theirs));
            setTheirs(null);
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
