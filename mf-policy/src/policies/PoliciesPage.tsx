import { useModuleTranslation } from '@kente/sdk';
import { Alert, Box, Typography } from '@kente/sdk/ui';

export default function PoliciesPage() {
  const { t } = useModuleTranslation();
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
      <Typography variant="h5" component="h1">
        {t('policies.title')}
      </Typography>
      <Typography color="text.secondary">{t('policies.intro')}</Typography>
      <Alert severity="info">{t('policies.empty')}</Alert>
    </Box>
  );
}
