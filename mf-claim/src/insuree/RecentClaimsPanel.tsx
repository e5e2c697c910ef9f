import { useModuleTranslation } from '@kente/sdk';
import { Typography } from '@kente/sdk/ui';

/** Contributed to mf-insuree's insuree page (insuree.insuree.panels 1.x). */
export default function RecentClaimsPanel() {
  const { t } = useModuleTranslation();
  return (
    <section>
      <Typography variant="h6" component="h2" color="primary">
        {t('recent.title')}
      </Typography>
      <Typography color="text.secondary">{t('recent.empty')}</Typography>
    </section>
  );
}
