import { contributionFailures, getRuntime, slotEntries, useTranslationOf, useUser } from '@kente/sdk';
import { Alert, Box, Card, CardContent, CardHeader, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@kente/sdk/ui';
import { useSyncExternalStore } from 'react';

/**
 * What this console is made of, and why anything is missing: refused modules
 * with their reasons, every slot with each contribution's status.
 */
export function AboutPage() {
  const { t } = useTranslationOf(['shell']);
  const user = useUser();
  const runtime = getRuntime();
  const { composition } = runtime;
  const fallbacks = useSyncExternalStore(runtime.subscribe, () => composition.fallbacks);
  const failures = contributionFailures();
  const slots = [...composition.slots.entries()].sort(([a], [b]) => a.localeCompare(b));
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
      <Typography variant="h5" component="h1">
        {t('about.title')}
      </Typography>
      <Card variant="outlined">
        <CardHeader title={t('about.modules')} titleTypographyProps={{ variant: 'h6', component: 'h2' }} />
        <Table aria-label={t('about.modules')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('about.name')}</TableCell>
              <TableCell>{t('about.version')}</TableCell>
              <TableCell>{t('about.offers')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {composition.modules.map(({ manifest }) => (
              <TableRow key={manifest.name} data-module={manifest.name}>
                <TableCell>{manifest.name}</TableCell>
                <TableCell>{runtime.runningVersion?.(manifest.name) ?? manifest.version}</TableCell>
                <TableCell>{manifest.slots.map((s) => `${s.name}@${s.version}`).join(', ')}</TableCell>
              </TableRow>
            ))}
            {composition.packs.map(({ manifest }) => (
              <TableRow key={manifest.name} data-module={manifest.name}>
                <TableCell>{manifest.name}</TableCell>
                <TableCell>{manifest.version}</TableCell>
                <TableCell>
                  {[...(manifest.country ? [`${manifest.country.name} (${manifest.country.code})`] : []), ...manifest.languages.map((l) => l.label)].join(', ')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Card>
      <Card variant="outlined" data-testid="fallbacks">
        <CardHeader title={t('about.fallbacks')} titleTypographyProps={{ variant: 'h6', component: 'h2' }} />
        {fallbacks.length === 0 ? (
          <CardContent>
            <Typography>{t('about.fallbacksNone')}</Typography>
          </CardContent>
        ) : (
          <Table aria-label={t('about.fallbacks')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('about.name')}</TableCell>
                <TableCell>{t('about.fallbackAsked')}</TableCell>
                <TableCell>{t('about.fallbackRunning')}</TableCell>
                <TableCell>{t('about.fallbackWhy')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {fallbacks.map((f) => (
                <TableRow key={f.name} data-fallback={f.name}>
                  <TableCell>{f.name}</TableCell>
                  <TableCell>{f.asked}</TableCell>
                  <TableCell>{f.running}</TableCell>
                  <TableCell>
                    <Typography variant="caption" component="div" color="text.secondary">
                      {t(`about.fallbackWhen.${f.when}`)}
                    </Typography>
                    {f.reasons.join('; ')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
      <Card variant="outlined">
        <CardHeader title={t('about.refused')} titleTypographyProps={{ variant: 'h6', component: 'h2' }} />
        <CardContent sx={{ display: 'grid', gap: 1 }}>
          {composition.refused.length === 0 && <Typography>{t('about.refusedNone')}</Typography>}
          {composition.refused.map((r) => (
            <Alert key={`${r.name}@${r.version}`} severity="error" data-refused={r.name}>
              <strong>
                {r.name} {r.version}
              </strong>
              : {r.reasons.join('; ')}
            </Alert>
          ))}
          {composition.warnings.map((w) => (
            <Alert key={w} severity="info">
              {w}
            </Alert>
          ))}
          {composition.orderingProblems.map((p) => (
            <Alert key={`${p.id}:${p.message}`} severity="warning">
              {p.id}: {p.message}
            </Alert>
          ))}
        </CardContent>
      </Card>
      <Card variant="outlined" data-testid="config-problems">
        <CardHeader title={t('about.configuration')} titleTypographyProps={{ variant: 'h6', component: 'h2' }} />
        <CardContent sx={{ display: 'grid', gap: 1 }}>
          {composition.configProblems.length === 0 && <Typography>{t('about.configurationNone')}</Typography>}
          {composition.configProblems.map((p) => (
            <Alert key={`${p.source}|${p.path}`} severity="warning" data-config-path={p.path}>
              {t('configBanner.item', { source: p.source, path: p.path, expected: p.expected, found: p.found })}
              {p.using !== undefined && <> — {t('about.configurationUsing', { value: p.using })}</>}
            </Alert>
          ))}
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardHeader title={t('about.backend')} titleTypographyProps={{ variant: 'h6', component: 'h2' }} />
        <CardContent>
          <Typography data-testid="backend-domains">
            {composition.backendDomains ? composition.backendDomains.map((d) => `${d.name} ${d.version}`).join(', ') : t('about.backendUnknown')}
          </Typography>
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardHeader title={t('about.slots')} titleTypographyProps={{ variant: 'h6', component: 'h2' }} />
        <Table aria-label={t('about.slots')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('about.slots')}</TableCell>
              <TableCell>{t('about.contribution')}</TableCell>
              <TableCell>{t('about.status')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {slots.flatMap(([slot, offer]) =>
              slotEntries(slot, user).map(({ contribution, hidden }) => {
                const failed = failures.get(contribution.globalId);
                return (
                  <TableRow key={`${slot}:${contribution.globalId}`} data-slot-entry={contribution.globalId}>
                    <TableCell>
                      {slot}{' '}
                      <Typography component="span" variant="caption">
                        ({offer.owner} {offer.version}
                        {offer.single ? ', 1' : ''})
                      </Typography>
                    </TableCell>
                    <TableCell>{contribution.globalId}</TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        color={failed ? 'error' : hidden ? 'default' : 'success'}
                        label={failed ? t('about.hidden.failed', { reason: failed }) : hidden ? t(`about.hidden.${hidden}`) : t('about.shown')}
                      />
                    </TableCell>
                  </TableRow>
                );
              }),
            )}
          </TableBody>
        </Table>
      </Card>
    </Box>
  );
}
