/**
 * The layout's banners: modules refused, settings refused, modules running their fallback
 * version. Rare, so loaded only when there is something to tell (AppLayout's `Banners`):
 * their code stays off the way to the first module page (its budget).
 */
import { getRuntime, linkTo, useTranslationOf } from '@kente/sdk';
import { Alert, Box, Link } from '@kente/sdk/ui';
import { useState, useSyncExternalStore } from 'react';

/** The modules running their fallback version (AppLayout shows it to who holds FALLBACK_BANNER_RIGHT); a fallback chosen when a module's code failed appears as it happens. */
export function FallbackBanner() {
  const { t } = useTranslationOf(['shell']);
  const runtime = getRuntime();
  const fallbacks = useSyncExternalStore(runtime.subscribe, () => runtime.composition.fallbacks);
  const [dismissed, setDismissed] = useState(0);
  if (fallbacks.length <= dismissed) return null;
  return (
    <Alert severity="info" onClose={() => setDismissed(fallbacks.length)} sx={{ m: 2, mb: 0 }} data-testid="fallback-banner">
      <Box component="strong" sx={{ display: 'block', mb: 0.5 }}>
        {t('fallbackBanner.title')}
      </Box>
      {fallbacks.map((f) => (
        <Box key={f.name} data-fallback={f.name}>
          {t('fallbackBanner.item', { name: f.name, asked: f.asked, running: f.running })}
        </Box>
      ))}
      <Link {...linkTo('/about')}>{t('fallbackBanner.details')}</Link>
    </Alert>
  );
}

/** Tells everyone that part of the console is missing, and why (details on the About page). */
export function RefusedModulesBanner() {
  const { t } = useTranslationOf(['shell']);
  const [dismissed, setDismissed] = useState(false);
  const { refused, configProblems } = getRuntime().composition;
  if (dismissed || (refused.length === 0 && configProblems.length === 0)) return null;
  return (
    <Alert severity="warning" onClose={() => setDismissed(true)} sx={{ m: 2, mb: 0 }} data-testid="refused-banner">
      {refused.length > 0 && (
        <Box component="strong" sx={{ display: 'block', mb: 0.5 }}>
          {t('refused.title')}
        </Box>
      )}
      {refused.map((r) => (
        <Box key={`${r.name}@${r.version}`}>
          <strong>
            {r.name} {r.version}
          </strong>
          : {r.reasons.join('; ')}
        </Box>
      ))}
      {configProblems.length > 0 && (
        <Box component="strong" sx={{ display: 'block', mb: 0.5 }}>
          {t('configBanner.title')}
        </Box>
      )}
      {configProblems.map((p) => (
        <Box key={`${p.source}|${p.path}`} data-config-path={p.path}>
          {t('configBanner.item', { source: p.source, path: p.path, expected: p.expected, found: p.found })}
        </Box>
      ))}
      <Link {...linkTo('/about')}>{t('refused.details')}</Link>
    </Alert>
  );
}
