import type {} from '@kente/contract-insuree/slots';
import { type SlotPropsOf, useModuleTranslation } from '@kente/sdk';
import { Typography } from '@kente/sdk/ui';

/** Contributed to the insuree page (insuree.insuree.panels 1.x). */
export default function InsureePoliciesPanel({ insuranceNumber }: SlotPropsOf<'insuree.insuree.panels'>) {
  const { t } = useModuleTranslation();
  return (
    <section aria-labelledby="insuree-policies-title">
      <Typography id="insuree-policies-title" variant="h6" component="h2" color="primary">
        {t('insureePanel.title')}
      </Typography>
      <Typography color="text.secondary">{t('enquiryPanel.empty', { number: insuranceNumber })}</Typography>
    </section>
  );
}
