import { EDUCATION_LEVELS, GENDERS, IDENTIFICATION_TYPES, MARITAL_STATUSES, RELATIONSHIPS } from '@kente/contract-insuree';
import { useModuleTranslation } from '@kente/sdk';
import {
  FormCheckbox,
  FormCodeSelect,
  FormDateField,
  FormLocation,
  FormPicker,
  FormTextField,
  type HealthFacilityChoice,
  HealthFacilityPicker,
} from '@kente/sdk/forms';
import { Box, Typography } from '@kente/sdk/ui';

const grid = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(4, 1fr)' } } as const;

/**
 * The fields of one insuree, under `prefix` ('head.' for a new family's head,
 * '' for an insuree edited on its own). `relationship` adds the relationship to
 * the head, at the form's top level (not for the head itself).
 */
export function InsureeFormFields({ prefix = '', relationship, disabled }: { prefix?: string; relationship?: boolean; disabled?: boolean }) {
  const { t } = useModuleTranslation();
  const name = (field: string) => `${prefix}${field}`;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box sx={grid}>
        <FormTextField name={name('insuranceNumber')} label={t('insuree.insuranceNumber')} required inputMode="numeric" disabled={disabled} />
        <FormTextField name={name('lastName')} label={t('insuree.lastName')} required disabled={disabled} />
        <FormTextField name={name('otherNames')} label={t('insuree.otherNames')} required disabled={disabled} />
        <FormDateField name={name('birthDate')} label={t('insuree.birthDate')} required disabled={disabled} />
        <FormCodeSelect
          name={name('gender')}
          label={t('insuree.gender')}
          codes={GENDERS}
          labels="codes.gender"
          required
          allowEmpty={false}
          disabled={disabled}
        />
        <FormCodeSelect
          name={name('maritalStatus')}
          label={t('insuree.maritalStatus')}
          codes={MARITAL_STATUSES}
          labels="codes.maritalStatus"
          disabled={disabled}
        />
        {relationship && (
          <FormCodeSelect name="relationship" label={t('insuree.relationship')} codes={RELATIONSHIPS} labels="codes.relationship" disabled={disabled} />
        )}
        <FormTextField name={name('phone')} label={t('insuree.phone')} type="tel" disabled={disabled} />
        <FormTextField name={name('email')} label={t('insuree.email')} type="email" disabled={disabled} />
        <FormTextField name={name('profession')} label={t('insuree.profession')} disabled={disabled} />
        <FormCodeSelect name={name('education')} label={t('insuree.education')} codes={EDUCATION_LEVELS} labels="codes.education" disabled={disabled} />
        <FormCodeSelect
          name={name('identificationType')}
          label={t('insuree.identificationType')}
          codes={IDENTIFICATION_TYPES}
          labels="codes.identificationType"
          disabled={disabled}
        />
        <FormTextField name={name('identificationNumber')} label={t('insuree.identificationNumber')} disabled={disabled} />
        <FormPicker
          name={name('healthFacility')}
          render={({ value, onChange, error }) => (
            <HealthFacilityPicker
              label={t('insuree.healthFacility')}
              value={value as HealthFacilityChoice | null}
              onChange={onChange}
              disabled={disabled}
              error={error}
            />
          )}
        />
        <FormCheckbox name={name('cardIssued')} label={t('insuree.cardIssued')} disabled={disabled} />
      </Box>
      <Box>
        <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
          {t('insuree.currentVillage')}
        </Typography>
        <FormLocation name={name('currentVillage')} label={t('insuree.currentVillage')} disabled={disabled} />
      </Box>
      <FormTextField name={name('currentAddress')} label={t('insuree.currentAddress')} disabled={disabled} />
    </Box>
  );
}
