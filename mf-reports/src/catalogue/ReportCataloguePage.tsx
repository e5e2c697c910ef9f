import { Slot, slotEntries, useLocation, useModuleTranslation, useNavigate, useTranslationsOf, useUser } from '@kente/sdk';
import { Box, Button, Card, CardContent, Stack, TextField, Typography } from '@kente/sdk/ui';
import { useState } from 'react';

/**
 * The catalogue reads each report's label from its contribution's meta: no
 * report code is downloaded until the user opens one.
 */
export default function ReportCataloguePage() {
  const { t } = useModuleTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const { search } = useLocation();
  const [filter, setFilter] = useState('');
  const selected = new URLSearchParams(search).get('report');
  const entries = slotEntries('reports.catalogue', user).filter((e) => !e.hidden);
  const translate = useTranslationsOf(entries.map((e) => e.contribution.module));
  const label = (key: unknown, module: string) => translate(module, key);

  if (selected) {
    const entry = entries.find((e) => e.contribution.globalId === selected);
    return (
      <Box sx={{ p: 3 }}>
        <Button onClick={() => navigate('/reports')} sx={{ mb: 2 }}>
          ← {t('catalogue.back')}
        </Button>
        {entry && (
          <>
            <Typography variant="h5" component="h1" gutterBottom>
              {label(entry.contribution.meta?.label, entry.contribution.module)}
            </Typography>
            <ReportSlotOne id={selected} />
          </>
        )}
      </Box>
    );
  }

  const shown = entries.filter((e) => label(e.contribution.meta?.label, e.contribution.module).toLowerCase().includes(filter.toLowerCase()));
  return (
    <Box sx={{ p: 3 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t('catalogue.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('catalogue.intro')}
      </Typography>
      <TextField label={t('catalogue.search')} value={filter} onChange={(e) => setFilter(e.target.value)} sx={{ mb: 2, width: 320 }} />
      {shown.length === 0 && <Typography>{t('catalogue.empty')}</Typography>}
      <Stack spacing={1.5}>
        {shown.map(({ contribution }) => (
          <Card key={contribution.globalId} variant="outlined">
            <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
              <Box sx={{ flexGrow: 1 }}>
                <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
                  {label(contribution.meta?.label, contribution.module)}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {label(contribution.meta?.description, contribution.module)}
                </Typography>
              </Box>
              <Button variant="outlined" onClick={() => navigate(`/reports?report=${encodeURIComponent(contribution.globalId)}`)}>
                {t('catalogue.open')}
              </Button>
            </CardContent>
          </Card>
        ))}
      </Stack>
    </Box>
  );
}

/** Renders the one chosen report through the slot, so it keeps its error boundary and lazy load. */
function ReportSlotOne({ id }: { id: string }) {
  return <Slot name="reports.catalogue" filter={(c) => c.globalId === id} />;
}
