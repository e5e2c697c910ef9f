import { findRoute, getRuntime, useLocation, useNavigate, useTranslationOf, useUser } from '@kente/sdk';
import { Box, Button, Typography } from '@kente/sdk/ui';
import { useEffect, useState } from 'react';

let englishRights: Promise<void> | null = null;
/**
 * The English words for rights (`shell:rights.<code>`) load with the first page
 * that needs them, not with the sign-in page (first-screen budget); packs bring
 * their own in their shell namespace.
 */
function loadEnglishRights(): Promise<void> {
  englishRights ??= import('../../locales/rights.en.json').then((words) => {
    getRuntime().i18n.addResourceBundle('en', 'shell', { rights: words.default }, true, false);
  });
  return englishRights;
}

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
  const [, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    void loadEnglishRights().then(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, []);
  return (needed ?? []).filter((code) => !user?.rights.includes(code)).map((code) => t(`rights.${code}`, { defaultValue: `#${code}` }));
}

export function ForbiddenPage() {
  const { t } = useTranslationOf(['shell']);
  const { pathname } = useLocation();
  const route = findRoute(getRuntime().composition.routes, pathname);
  const missing = useMissingRights(route?.rights);
  // a route open with any one of several rights: the user holds none of them
  const anyMissing = useMissingRights(route?.anyRights);
  const oneOf = anyMissing.length === (route?.anyRights?.length ?? 0) ? anyMissing : [];
  return (
    <Box sx={{ p: 4 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t('forbidden.title')}
      </Typography>
      <Typography>{t('forbidden.body')}</Typography>
      {missing.length + oneOf.length > 0 && (
        <>
          <Typography sx={{ mt: 2 }}>{t('forbidden.missing')}</Typography>
          <Box component="ul" sx={{ mt: 0.5 }} data-testid="missing-rights">
            {missing.map((text) => (
              <li key={text}>{text}</li>
            ))}
            {oneOf.length > 0 && <li key="one-of">{t('forbidden.oneOf', { rights: oneOf.join(', ') })}</li>}
          </Box>
          <Typography color="text.secondary">{t('forbidden.ask')}</Typography>
        </>
      )}
    </Box>
  );
}
