import type {} from '@kente/contract-insuree/slots';
import { type SlotComponent, useModuleTranslation } from '@kente/sdk';
import { Typography } from '@kente/sdk/ui';

/** Contributed to mf-insuree's family page (insuree.family.panels 1.x). */
const FamilyPoliciesPanel: SlotComponent<'insuree.family.panels'> = ({ familyId }) => {
  const { t } = useModuleTranslation();
  return (
    <section aria-labelledby="family-policies-title">
      <Typography id="family-policies-title" variant="h6" component="h2" color="primary">
        {t('familyPanel.title')}
      </Typography>
      <Typography color="text.secondary">{t('familyPanel.empty', { id: familyId })}</Typography>
    </section>
  );
};

export default FamilyPoliciesPanel;
