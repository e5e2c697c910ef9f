import { useModuleTranslation } from '@kente/sdk';
import { FormProvider, useVersionedEditor } from '@kente/sdk/forms';
import { Box, Button, locationPathLabel, rememberLocationChain, Stack } from '@kente/sdk/ui';
import { FamilyFormFields } from './FamilyFormFields.js';
import { FAMILY_FORM_FIELDS, type FamilyFormValues, familyFormField, familyInput, familyToForm, validateFamilyForm } from './familyForm.js';
import { FAMILY, type FamilyDetails, UPDATE_FAMILY } from './familyQueries.js';

/** Edits a family's own fields; a stale version opens the conflict dialog. Loaded lazily by the family page. */
export default function FamilyEditor({ family, onDone }: { family: FamilyDetails; onDone: (saved: FamilyDetails | null) => void }) {
  const { t } = useModuleTranslation();
  rememberLocationChain(family.village);
  const code = (list: string, value: string) => (value ? t(`codes.${list}.${value}`) : '');
  const editor = useVersionedEditor<FamilyDetails, FamilyFormValues>({
    entity: family,
    toForm: familyToForm,
    validate: validateFamilyForm,
    mutation: UPDATE_FAMILY,
    field: 'updateFamily',
    entityField: 'family',
    input: familyInput,
    reload: async (client) => {
      const theirs = (await client.query(FAMILY, { id: family.id }, { requestPolicy: 'network-only' }).toPromise()).data?.family as FamilyDetails | undefined;
      rememberLocationChain(theirs?.village);
      return theirs;
    },
    formFields: FAMILY_FORM_FIELDS,
    fieldOf: familyFormField,
    conflict: [
      { key: 'village', label: t('family.village'), show: (v) => locationPathLabel(v.village) },
      { key: 'familyType', label: t('family.familyType'), show: (v) => code('familyType', v.familyType) },
      { key: 'confirmationType', label: t('family.confirmationType'), show: (v) => code('confirmationType', v.confirmationType) },
      { key: 'confirmationNumber', label: t('family.confirmationNumber'), show: (v) => v.confirmationNumber },
      { key: 'povertyStatus', label: t('family.povertyStatus'), show: (v) => t(v.povertyStatus ? 'families.poor' : 'families.notPoor') },
      { key: 'address', label: t('family.address'), show: (v) => v.address },
    ],
    onSaved: (saved) => {
      editor.release();
      onDone(saved);
    },
  });
  const { form } = editor;

  return (
    <Box component="form" noValidate onSubmit={editor.onSubmit} sx={{ display: 'grid', gap: 2 }} aria-label={t('family.edit')}>
      {editor.problems}
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
              editor.release();
              onDone(null);
            }
          }}
        >
          {t('form.cancel')}
        </Button>
      </Stack>
      {editor.conflictDialog}
    </Box>
  );
}
