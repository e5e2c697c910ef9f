import { findRoute, getRuntime, useLocation, useNavigate, useTranslationOf, useUser } from '@kente/sdk';
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

/** The rights of `needed` the user lacks, in words (shell namespace `rights.<code>`); the code only when no text exists. */
export function useMissingRights(needed: readonly number[] | undefined): string[] {
  const user = useUser();
  const { t } = useTranslationOf(['shell']);
  return (needed ?? []).filter((code) => !user?.rights.includes(code)).map((code) => t(`rights.${code}`, { defaultValue: `#${code}` }));
}

export function ForbiddenPage() {
  const { t } = useTranslationOf(['shell']);
  const { pathname } = useLocation();
  const missing = useMissingRights(findRoute(getRuntime().composition.routes, pathname)?.rights);
  return (
    <Box sx={{ p: 4 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t('forbidden.title')}
      </Typography>
      <Typography>{t('forbidden.body')}</Typography>
      {missing.length > 0 && (
        <>
          <Typography sx={{ mt: 2 }}>{t('forbidden.missing')}</Typography>
          <Box component="ul" sx={{ mt: 0.5 }} data-testid="missing-rights">
            {missing.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </Box>
          <Typography color="text.secondary">{t('forbidden.ask')}</Typography>
        </>
      )}
    </Box>
  );
}
