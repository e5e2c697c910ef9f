import { useModuleTranslation } from '@kente/sdk';
import { Typography } from '@kente/sdk/ui';

/** Contributed to mf-insuree's family page (insuree.family.panels 1.x). */
export default function FamilyPoliciesPanel({ familyId }: { familyId: string }) {
  const { t } = useModuleTranslation();
  return (
    <section aria-labelledby="family-policies-title">
      <Typography id="family-policies-title" variant="h6" component="h2" color="primary">
        {t('familyPanel.title')}
      </Typography>
      <Typography color="text.secondary">{t('familyPanel.empty', { id: familyId })}</Typography>
    </section>
  );
}
