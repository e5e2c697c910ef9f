import { useModuleTranslation } from '@kente/sdk';
import { Typography } from '@kente/sdk/ui';

/** Contributed to the report catalogue (reports.catalogue 1.x). */
export default function ClaimsByStatusReport() {
  const { t } = useModuleTranslation();
  return <Typography color="text.secondary">{t('report.empty')}</Typography>;
}
