import type {} from '@kente/contract-insuree/slots';
import { type SlotPropsOf, useModuleTranslation } from '@kente/sdk';
import { Typography } from '@kente/sdk/ui';

/** Contributed to the enquiry (insuree.enquiry.panels 1.x). */
export default function EnquiryPoliciesPanel({ insuranceNumber }: SlotPropsOf<'insuree.enquiry.panels'>) {
  const { t } = useModuleTranslation();
  return (
    <section aria-labelledby="enquiry-policies-title">
      <Typography id="enquiry-policies-title" variant="h6" component="h2" color="primary">
        {t('enquiryPanel.title')}
      </Typography>
      <Typography color="text.secondary">{t('enquiryPanel.empty', { number: insuranceNumber })}</Typography>
    </section>
  );
}
