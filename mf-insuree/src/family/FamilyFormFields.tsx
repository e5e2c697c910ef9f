import { CONFIRMATION_TYPES, FAMILY_TYPES } from '@kente/contract-insuree';
import { useModuleTranslation } from '@kente/sdk';
import { FormCheckbox, FormCodeSelect, FormLocation, FormTextField } from '@kente/sdk/forms';
import { Box, Typography } from '@kente/sdk/ui';

/** The fields of a family (village, poverty, type, confirmation, address). */
export function FamilyFormFields({ disabled }: { disabled?: boolean }) {
  const { t } = useModuleTranslation();
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box>
        <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
          {t('family.village')} *
        </Typography>
        <FormLocation name="village" label={t('family.village')} required disabled={disabled} />
      </Box>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(4, 1fr)' }, alignItems: 'center' }}>
        <FormCodeSelect name="familyType" label={t('family.familyType')} codes={FAMILY_TYPES} labels="codes.familyType" disabled={disabled} />
        <FormCodeSelect
          name="confirmationType"
          label={t('family.confirmationType')}
          codes={CONFIRMATION_TYPES}
          labels="codes.confirmationType"
          disabled={disabled}
        />
        <FormTextField name="confirmationNumber" label={t('family.confirmationNumber')} disabled={disabled} />
        <FormCheckbox name="povertyStatus" label={t('family.povertyStatus')} disabled={disabled} />
      </Box>
      <FormTextField name="address" label={t('family.address')} disabled={disabled} />
    </Box>
  );
}
