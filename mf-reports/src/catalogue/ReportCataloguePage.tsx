import {
  getRuntime,
  type ResolvedReport,
  Slot,
  slotEntries,
  useLanguage,
  useLocation,
  useModuleTranslation,
  useNavigate,
  useTranslationsOf,
  useUser,
} from '@kente/sdk';
import { Alert, Box, Button, Card, CardContent, ProgressLine, Stack, TextField, Typography } from '@kente/sdk/ui';
import { lazy, Suspense, useState } from 'react';
import { useQuery } from 'urql';
import { REPORT_DEFINITIONS, type ReportDefinition } from '../run/definitions.js';

// The form code loads when a report is opened, not with the list (first-page budget).
const ReportRunner = lazy(() => import('../run/ReportRunner.js'));

/** One line of the catalogue: a report a module lists in its manifest, or one contributed to `reports.catalogue`. */
interface Item {
  key: string;
  module: string;
  label: string;
  description: string;
  group: string;
  open: string;
}

const SELF = 'mf-reports';

/**
 * The catalogue lists the reports of the composed modules from their manifests (data, no
 * code downloaded), those the server says the user may run (`reportDefinitions`), and
 * the reports contributed to `reports.catalogue`; grouped by module, then by group.
 */
export default function ReportCataloguePage() {
  const { t } = useModuleTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const { search } = useLocation();
  const [filter, setFilter] = useState('');
  const query = new URLSearchParams(search);
  const language = useLanguage();
  const [definitions] = useQuery<{ reportDefinitions: ReportDefinition[] }>({ query: REPORT_DEFINITIONS, variables: { lang: language } });
  const composed = getRuntime().composition.reports;
  const entries = slotEntries('reports.catalogue', user).filter((e) => !e.hidden);
  const modules = [...new Set([...composed.map((r) => r.module), ...entries.map((e) => e.contribution.module)])];
  const translate = useTranslationsOf(modules);
  const label = (module: string, key: unknown) => (key ? translate(module, key) : '');
  const allowed = new Map((definitions.data?.reportDefinitions ?? []).map((d) => [d.name, d]));

  const selectedReport = query.get('run');
  const selectedSlot = query.get('report');
  if (selectedReport || selectedSlot) {
    const report = selectedReport ? composed.find((r) => r.name === selectedReport) : undefined;
    const definition = selectedReport ? allowed.get(selectedReport) : undefined;
    const entry = selectedSlot ? entries.find((e) => e.contribution.globalId === selectedSlot) : undefined;
    const title = report ? label(report.module, report.label) : entry ? label(entry.contribution.module, entry.contribution.meta?.label) : '';
    return (
      <Box sx={{ p: 3 }}>
        <Button onClick={() => navigate('/reports')} sx={{ mb: 2 }}>
          ← {t('catalogue.back')}
        </Button>
        {title && (
          <Typography variant="h5" component="h1" gutterBottom>
            {title}
          </Typography>
        )}
        {report?.description && (
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {label(report.module, report.description)}
          </Typography>
        )}
        {selectedReport && definitions.fetching && <ProgressLine aria-label={t('catalogue.loading')} />}
        {selectedReport && definitions.error && <Alert severity="error">{t('catalogue.loadFailed')}</Alert>}
        {selectedReport && !definitions.fetching && !definitions.error && (!report || !definition) && (
          <Alert severity="warning">{t('catalogue.notAvailable')}</Alert>
        )}
        {report && definition && (
          <Suspense fallback={<ProgressLine aria-label={t('catalogue.loading')} />}>
            <ReportRunner key={report.name} report={report} definition={definition} />
          </Suspense>
        )}
        {entry && <Slot name="reports.catalogue" filter={(c) => c.globalId === selectedSlot} />}
      </Box>
    );
  }

  const items: Item[] = [
    ...composed
      .filter((r: ResolvedReport) => allowed.has(r.name))
      .map((r) => ({
        key: `${r.module}/${r.name}`,
        module: r.module,
        label: label(r.module, r.label),
        description: label(r.module, r.description),
        group: label(r.module, r.group),
        open: `/reports?run=${encodeURIComponent(r.name)}`,
      })),
    ...entries.map(({ contribution: c }) => ({
      key: c.globalId,
      module: c.module,
      label: label(c.module, c.meta?.label),
      description: label(c.module, c.meta?.description),
      group: label(c.module, c.meta?.group),
      open: `/reports?report=${encodeURIComponent(c.globalId)}`,
    })),
  ];
  const needle = filter.trim().toLocaleLowerCase();
  const shown = needle ? items.filter((i) => `${i.label} ${i.description} ${i.group}`.toLocaleLowerCase().includes(needle)) : items;
  const byModule = modules.map((m) => ({ module: m, items: shown.filter((i) => i.module === m) })).filter((m) => m.items.length > 0);

  return (
    <Box sx={{ p: 3 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t('catalogue.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('catalogue.intro')}
      </Typography>
      <TextField
        type="search"
        size="small"
        label={t('catalogue.search')}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        sx={{ mb: 2, width: 320, maxWidth: '100%' }}
      />
      {definitions.fetching && <ProgressLine aria-label={t('catalogue.loading')} />}
      {definitions.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {t('catalogue.loadFailed')}
        </Alert>
      )}
      {!definitions.fetching && shown.length === 0 && <Typography role="status">{needle ? t('catalogue.noMatch') : t('catalogue.empty')}</Typography>}
      <Stack spacing={3}>
        {byModule.map(({ module, items: moduleItems }) => {
          const groups = [...new Set(moduleItems.map((i) => i.group))];
          const headingId = `reports-${module}`;
          return (
            <Box component="section" key={module} aria-labelledby={headingId} data-module={module}>
              <Typography id={headingId} variant="h6" component="h2" sx={{ mb: 1 }}>
                {module === SELF ? t('catalogue.console') : translate(module, 'reports.module') || module}
              </Typography>
              {groups.map((group) => (
                <Box key={group} sx={{ mb: 2 }}>
                  {group && (
                    <Typography variant="subtitle2" component="h3" color="text.secondary" sx={{ mb: 1, textTransform: 'uppercase', letterSpacing: 0.5 }}>
                      {group}
                    </Typography>
                  )}
                  <Stack spacing={1} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
                    {moduleItems
                      .filter((i) => i.group === group)
                      .map((i) => (
                        <Card key={i.key} component="li" variant="outlined" data-report={i.key}>
                          <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 2, py: 1.5, '&:last-child': { pb: 1.5 } }}>
                            <Box sx={{ flexGrow: 1 }}>
                              <Typography variant="subtitle1" component="h4" sx={{ fontWeight: 600 }}>
                                {i.label}
                              </Typography>
                              {i.description && (
                                <Typography variant="body2" color="text.secondary">
                                  {i.description}
                                </Typography>
                              )}
                            </Box>
                            <Button variant="outlined" onClick={() => navigate(i.open)} aria-label={t('catalogue.openReport', { label: i.label })}>
                              {t('catalogue.open')}
                            </Button>
                          </CardContent>
                        </Card>
                      ))}
                  </Stack>
                </Box>
              ))}
            </Box>
          );
        })}
      </Stack>
    </Box>
  );
}
