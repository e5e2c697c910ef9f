import type { DashboardFilter } from '@kente/contract-reports/slots';
import { Slot, useModuleTranslation } from '@kente/sdk';
import {
  Alert,
  Box,
  DateField,
  type LocationPath,
  LocationPicker,
  locationPathFromQuery,
  locationQueryPatch,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
  useUrlQuery,
} from '@kente/sdk/ui';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { DASHBOARD_PRODUCTS } from './dashboardQueries.js';
import { DEFAULT_PRESET, PRESETS, type Preset, periodProblem, presetPeriod } from './period.js';

const isPreset = (value: string | null): value is Preset => PRESETS.includes(value as Preset);

/**
 * The dashboard: a filter bar (period preset or dates, location within the user's area, product),
 * kept in the URL so a view can be bookmarked, and the cards modules contribute to
 * `reports.dashboard.cards`, each given the filter. The cards carry their own rights.
 */
export default function DashboardPage() {
  const { t } = useModuleTranslation();
  const { query, update } = useUrlQuery();
  const preset: Preset = isPreset(query.get('period')) ? (query.get('period') as Preset) : DEFAULT_PRESET;
  const dates = presetPeriod(preset) ?? { from: query.get('from') ?? '', to: query.get('to') ?? '' };
  const location = locationPathFromQuery(query);
  const locationId = location.V ?? location.M ?? location.D ?? location.R;
  const productId = query.get('product') ?? undefined;
  const problem = periodProblem(dates.from, dates.to);
  const filter = useMemo<DashboardFilter>(
    () => ({ from: dates.from, to: dates.to, ...(locationId ? { locationId } : {}), ...(productId ? { productId } : {}) }),
    [dates.from, dates.to, locationId, productId],
  );
  const [products] = useQuery({ query: DASHBOARD_PRODUCTS });
  const choosePreset = (next: Preset) => {
    // custom starts from the dates shown, so the user edits them rather than typing both
    update(next === 'custom' ? { period: next, from: dates.from, to: dates.to } : { period: next === DEFAULT_PRESET ? null : next, from: null, to: null });
  };
  return (
    <Box sx={{ p: { xs: 2, md: 3 } }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t('dashboard.title')}
      </Typography>
      <Paper variant="outlined" component="section" aria-label={t('dashboard.filters')} sx={{ p: 2, mb: 2 }}>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
          <TextField
            select
            size="small"
            label={t('dashboard.period')}
            value={preset}
            onChange={(e) => choosePreset(e.target.value as Preset)}
            sx={{ minWidth: 200 }}
            slotProps={{ htmlInput: { 'data-testid': 'dashboard-period' } }}
          >
            {PRESETS.map((p) => (
              <MenuItem key={p} value={p}>
                {t(`dashboard.presets.${p}`)}
              </MenuItem>
            ))}
          </TextField>
          {preset === 'custom' && (
            <>
              <Box sx={{ width: 170 }}>
                <DateField
                  size="small"
                  label={t('dashboard.from')}
                  value={dates.from}
                  onChange={(value) => update({ from: value || null }, { replace: true })}
                  error={problem === 'from' || problem === 'order' || problem === 'tooLong'}
                />
              </Box>
              <Box sx={{ width: 170 }}>
                <DateField
                  size="small"
                  label={t('dashboard.to')}
                  value={dates.to}
                  onChange={(value) => update({ to: value || null }, { replace: true })}
                  error={problem === 'to' || problem === 'order'}
                />
              </Box>
            </>
          )}
          <TextField
            select
            size="small"
            label={t('dashboard.product')}
            value={products.data?.products.edges.some((e) => e.node.id === productId) ? productId : ''}
            onChange={(e) => update({ product: e.target.value || null })}
            disabled={!products.data}
            helperText={products.error ? t('dashboard.productsFailed') : undefined}
            sx={{ minWidth: 220 }}
          >
            <MenuItem value="">
              <em>{t('dashboard.anyProduct')}</em>
            </MenuItem>
            {products.data?.products.edges.map(({ node }) => (
              <MenuItem key={node.id} value={node.id}>
                {node.code} — {node.name}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        <Box sx={{ mt: 2 }}>
          <LocationPicker filter label={t('dashboard.location')} value={location} onChange={(path: LocationPath) => update(locationQueryPatch(path))} />
        </Box>
      </Paper>
      {problem ? (
        <Alert severity="warning" role="alert">
          {t(`dashboard.problems.${problem}`)}
        </Alert>
      ) : (
        <Box
          sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))', xl: 'repeat(3, minmax(0, 1fr))' } }}
          data-testid="dashboard-cards"
        >
          <Slot name="reports.dashboard.cards" props={{ filter }} empty={<Typography>{t('dashboard.empty')}</Typography>} />
        </Box>
      )}
    </Box>
  );
}
