import { useLocation, useNavigate, useTranslationOf } from '@kente/sdk';
import { Box, Button, Typography } from '@kente/sdk/ui';

export function NotFoundPage() {
  const { t } = useTranslationOf(['shell']);
  const { pathname } = useLocation();
  const navigate = useNavigate();
  return (
    <Box sx={{ p: 4 }} role="region" aria-labelledby="not-found-title">
      <Typography id="not-found-title" variant="h5" component="h1" gutterBottom>
        {t('notFound.title')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t('notFound.body', { path: pathname })}</Typography>
      <Button variant="contained" onClick={() => navigate('/')}>
        {t('notFound.home')}
      </Button>
    </Box>
  );
}

export function ForbiddenPage() {
  const { t } = useTranslationOf(['shell']);
  return (
    <Box sx={{ p: 4 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t('forbidden.title')}
      </Typography>
      <Typography>{t('forbidden.body')}</Typography>
    </Box>
  );
}
