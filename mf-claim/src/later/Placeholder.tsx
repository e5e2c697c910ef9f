import { useModuleTranslation } from '@kente/sdk';
import { Alert, Box, Typography } from '@kente/sdk/ui';

/** A page of a later slice: its title and intro (`<page>.title`, `<page>.intro`), and a notice. */
export function Placeholder({ page }: { page: 'reviews' | 'feedback' | 'batchRuns' }) {
  const { t } = useModuleTranslation();
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
      <Typography variant="h5" component="h1">
        {t(`${page}.title`)}
      </Typography>
      <Typography color="text.secondary">{t(`${page}.intro`)}</Typography>
      <Alert severity="info">{t('common.comingSoon')}</Alert>
    </Box>
  );
}
