import { useFormat, useLanguage, useModuleTranslation, useRights } from '@kente/sdk';
import { type HealthFacilityChoice, HealthFacilityPicker } from '@kente/sdk/forms';
import {
  Alert,
  Box,
  Button,
  DateField,
  deepestLocation,
  type LocationPath,
  LocationPicker,
  MenuItem,
  ProgressLine,
  Stack,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Tabs,
  TextField,
  Typography,
  useErrorCodeText,
} from '@kente/sdk/ui';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { ResultOf } from '../graphql.js';
import { type AccountFilterValues, accountFilter, lastMonthOver, runFormIssues } from './batchForm.js';
import { ACCOUNT_PRODUCTS, BATCH_RUNS, CLAIM_ACCOUNTS, RUN_BATCH } from './batchQueries.js';

type BatchRun = ResultOf<typeof BATCH_RUNS>['claimBatchRuns'][number];
type AccountRow = ResultOf<typeof CLAIM_ACCOUNTS>['claimAccounts']['rows'][number];

const today = () => new Date().toISOString().slice(0, 10);
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const head = { fontWeight: 600 } as const;

/** Month names in the console's language. */
function useMonthName() {
  const language = useLanguage();
  return useMemo(() => {
    const names = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
    return (month: number) => names.format(new Date(Date.UTC(2000, month - 1, 1)));
  }, [language]);
}

/**
 * Batch runs (111101 run, 111102 view, 111103 account preview): the relative pricing runs, latest
 * first, with their per-product indexes; a run for a location and a month that is over; the account
 * preview in its own tab.
 */
export default function BatchRunsPage() {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  const canPreview = has(111103);
  const [tab, setTab] = useState<'runs' | 'accounts'>('runs');
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
      <Typography variant="h5" component="h1">
        {t('batchRuns.title')}
      </Typography>
      <Typography color="text.secondary">{t('batchRuns.intro')}</Typography>
      {canPreview && (
        <Tabs value={tab} onChange={(_e: React.SyntheticEvent, value: 'runs' | 'accounts') => setTab(value)} aria-label={t('batchRuns.tabs')}>
          <Tab value="runs" label={t('batchRuns.runsTab')} id="batch-tab-runs" aria-controls="batch-panel-runs" />
          <Tab value="accounts" label={t('accounts.title')} id="batch-tab-accounts" aria-controls="batch-panel-accounts" />
        </Tabs>
      )}
      {tab === 'runs' && (
        <Box
          role={canPreview ? 'tabpanel' : undefined}
          id="batch-panel-runs"
          aria-labelledby={canPreview ? 'batch-tab-runs' : undefined}
          sx={{ display: 'grid', gap: 2 }}
        >
          <BatchRuns />
        </Box>
      )}
      {tab === 'accounts' && canPreview && (
        <Box role="tabpanel" id="batch-panel-accounts" aria-labelledby="batch-tab-accounts">
          <AccountPreview />
        </Box>
      )}
    </Box>
  );
}

function BatchRuns() {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const monthName = useMonthName();
  const { has } = useRights();
  const [year, setYear] = useState('');
  const yearFilter = /^\d{4}$/.test(year) ? Number(year) : null;
  const [result, refetch] = useQuery({ query: BATCH_RUNS, variables: { year: yearFilter } });
  const runs = result.data?.claimBatchRuns ?? [];
  const period = (run: Pick<BatchRun, 'year' | 'month'>) => `${monthName(run.month)} ${run.year}`;
  return (
    <>
      {has(111101) && <RunForm onRun={() => refetch({ requestPolicy: 'network-only' })} />}
      <Box component="section" aria-labelledby="batch-runs-list" sx={{ display: 'grid', gap: 1 }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Typography id="batch-runs-list" variant="h6" component="h2" color="primary">
            {t('batchRuns.list')}
          </Typography>
          <TextField
            size="small"
            type="search"
            label={t('batchRuns.yearFilter')}
            value={year}
            onChange={(e) => setYear(e.target.value)}
            slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }}
            sx={{ width: 130 }}
          />
        </Stack>
        {result.fetching && !result.data && <ProgressLine aria-label={t('batchRuns.loading')} />}
        {result.error && <Alert severity="error">{result.error.graphQLErrors[0]?.message ?? t('batchRuns.failed')}</Alert>}
        {result.data && runs.length === 0 && <Typography color="text.secondary">{t('batchRuns.empty')}</Typography>}
        {runs.length > 0 && (
          <TableContainer>
            <Table size="small" aria-label={t('batchRuns.list')}>
              <TableHead>
                <TableRow>
                  <TableCell sx={head}>{t('batchRuns.period')}</TableCell>
                  <TableCell sx={head}>{t('batchRuns.location')}</TableCell>
                  <TableCell sx={head} align="right">
                    {t('batchRuns.claims')}
                  </TableCell>
                  <TableCell sx={head} align="right">
                    {t('batchRuns.remunerated')}
                  </TableCell>
                  <TableCell sx={head}>{t('batchRuns.indexes')}</TableCell>
                  <TableCell sx={head}>{t('batchRuns.runAt')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {runs.map((run) => (
                  <TableRow key={run.id}>
                    <TableCell>{period(run)}</TableCell>
                    <TableCell>{run.location ? `${run.location.code} ${run.location.name}` : t('batchRuns.national')}</TableCell>
                    <TableCell align="right">{format.number(run.claims)}</TableCell>
                    <TableCell align="right">{format.money(run.remunerated)}</TableCell>
                    <TableCell>
                      {run.indexes.length === 0
                        ? t('batchRuns.noIndex')
                        : run.indexes.map((i) => (
                            <Box key={i.productId} component="span" sx={{ display: 'block' }}>
                              {t('batchRuns.indexLine', {
                                product: i.product?.code ?? i.productId,
                                index: i.index,
                                allocated: format.money(i.allocated),
                                share: i.distribution,
                                valuated: format.money(i.valuated),
                              })}
                            </Box>
                          ))}
                    </TableCell>
                    <TableCell>{format.dateTime(run.runAt)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Box>
    </>
  );
}

function RunForm({ onRun }: { onRun: () => void }) {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const monthName = useMonthName();
  const errorText = useErrorCodeText();
  const last = lastMonthOver(today());
  const [location, setLocation] = useState<LocationPath>({});
  const [values, setValues] = useState({ year: String(last.year), month: String(last.month) });
  const [shown, setShown] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [running, run] = useMutation(RUN_BATCH);
  const fieldError = (field: string) => {
    const code = shown[field];
    if (!code) return undefined;
    if (code === 'ALREADY_RUN') return t('batchRuns.alreadyRun', { period: `${monthName(Number(values.month))} ${values.year}` });
    if (code === 'DATE_IN_FUTURE') return t('batchRuns.notOver');
    return errorText(code);
  };
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    const issues = runFormIssues(values, today());
    setShown(issues);
    if (Object.keys(issues).length) return;
    const result = await run({ input: { locationId: deepestLocation(location) ?? null, year: Number(values.year), month: Number(values.month) } });
    const payload = result.data?.runClaimBatch;
    if (!payload) return setOutcome({ severity: 'error', text: result.error?.graphQLErrors[0]?.message ?? t('batchRuns.failed') });
    const byField: Record<string, string> = {};
    const other: string[] = [];
    for (const e of payload.errors) {
      if (e.field === 'year' || e.field === 'month') byField[e.field] = e.code;
      else other.push(e.code === 'FORBIDDEN' ? t('batchRuns.outside') : (errorText(e.code) ?? e.message));
    }
    setShown(byField);
    if (other.length) setOutcome({ severity: 'error', text: other.join(' ') });
    if (payload.run) {
      setOutcome({
        severity: 'success',
        text: t('batchRuns.done', {
          period: `${monthName(payload.run.month)} ${payload.run.year}`,
          count: payload.run.claims,
          amount: format.money(payload.run.remunerated),
        }),
      });
      onRun();
    }
  };
  return (
    <Box
      component="form"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby="batch-run-form"
      sx={{ display: 'grid', gap: 1.5, p: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}
    >
      <Typography id="batch-run-form" variant="h6" component="h2" color="primary">
        {t('batchRuns.runTitle')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('batchRuns.runHint')}
      </Typography>
      <LocationPicker label={t('batchRuns.location')} value={location} onChange={setLocation} depth="D" />
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <TextField
          size="small"
          label={t('batchRuns.year')}
          value={values.year}
          onChange={(e) => setValues({ ...values, year: e.target.value })}
          required
          error={Boolean(shown.year)}
          helperText={fieldError('year')}
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }}
          sx={{ width: 120 }}
        />
        <TextField
          select
          size="small"
          label={t('batchRuns.month')}
          value={values.month}
          onChange={(e) => setValues({ ...values, month: e.target.value })}
          required
          error={Boolean(shown.month)}
          helperText={fieldError('month')}
          sx={{ minWidth: 180, maxWidth: 360 }}
        >
          {MONTHS.map((m) => (
            <MenuItem key={m} value={String(m)}>
              {monthName(m)}
            </MenuItem>
          ))}
        </TextField>
        <Button type="submit" variant="contained" disabled={running.fetching}>
          {t('batchRuns.run')}
        </Button>
      </Stack>
      {outcome && (
        <Alert severity={outcome.severity} role="status" onClose={() => setOutcome(null)}>
          {outcome.text}
        </Alert>
      )}
    </Box>
  );
}

const initialFilter = (): AccountFilterValues => {
  const last = lastMonthOver(today());
  return { period: 'month', year: String(last.year), month: String(last.month), from: '', to: '', locationId: '', healthFacilityId: '', productId: '' };
};

function AccountPreview() {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const monthName = useMonthName();
  const [values, setValues] = useState<AccountFilterValues>(initialFilter);
  const [location, setLocation] = useState<LocationPath>({});
  const [facility, setFacility] = useState<HealthFacilityChoice | null>(null);
  const [groupBy, setGroupBy] = useState<'FACILITY' | 'PRODUCT'>('FACILITY');
  const [products] = useQuery({ query: ACCOUNT_PRODUCTS });
  const filter = accountFilter({ ...values, locationId: deepestLocation(location) ?? '', healthFacilityId: facility?.id ?? '' });
  const [result] = useQuery({ query: CLAIM_ACCOUNTS, variables: { filter: filter ?? {}, groupBy }, pause: filter === null });
  const answer = result.data?.claimAccounts;
  const set = (patch: Partial<AccountFilterValues>) => setValues((v) => ({ ...v, ...patch }));
  const label = (row: AccountRow) =>
    groupBy === 'FACILITY'
      ? row.healthFacility
        ? `${row.healthFacility.code} ${row.healthFacility.name}`
        : (row.healthFacilityId ?? '')
      : row.product
        ? `${row.product.code} ${row.product.name}`
        : (row.productId ?? '');
  const amounts = (row: AccountRow) => (
    <>
      <TableCell align="right">{format.number(row.claims)}</TableCell>
      <TableCell align="right">{format.number(row.processed)}</TableCell>
      <TableCell align="right">{format.money(row.claimed)}</TableCell>
      <TableCell align="right">{format.money(row.approved)}</TableCell>
      <TableCell align="right">{format.money(row.valuated)}</TableCell>
      <TableCell align="right">{format.money(row.remunerated)}</TableCell>
    </>
  );
  return (
    <Box sx={{ display: 'grid', gap: 2, pt: 1 }}>
      <Typography color="text.secondary">{t('accounts.intro')}</Typography>
      <Box component="form" role="search" aria-label={t('accounts.filters')} onSubmit={(e) => e.preventDefault()} sx={{ display: 'grid', gap: 1 }}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
          <TextField
            select
            size="small"
            label={t('accounts.period')}
            value={values.period}
            onChange={(e) => set({ period: e.target.value as AccountFilterValues['period'] })}
            sx={{ width: 160 }}
          >
            {(['month', 'year', 'range'] as const).map((p) => (
              <MenuItem key={p} value={p}>
                {t(`accounts.periods.${p}`)}
              </MenuItem>
            ))}
          </TextField>
          {values.period !== 'range' && (
            <TextField
              size="small"
              label={t('batchRuns.year')}
              value={values.year}
              onChange={(e) => set({ year: e.target.value })}
              slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }}
              sx={{ width: 110 }}
            />
          )}
          {values.period === 'month' && (
            <TextField
              select
              size="small"
              label={t('batchRuns.month')}
              value={values.month}
              onChange={(e) => set({ month: e.target.value })}
              sx={{ width: 170 }}
            >
              {MONTHS.map((m) => (
                <MenuItem key={m} value={String(m)}>
                  {monthName(m)}
                </MenuItem>
              ))}
            </TextField>
          )}
          {values.period === 'range' && (
            <>
              <Box sx={{ width: 160 }}>
                <DateField label={t('accounts.from')} value={values.from} onChange={(value) => set({ from: value })} />
              </Box>
              <Box sx={{ width: 160 }}>
                <DateField label={t('accounts.to')} value={values.to} onChange={(value) => set({ to: value })} />
              </Box>
            </>
          )}
          <Box sx={{ width: 240 }}>
            <HealthFacilityPicker label={t('claim.facility')} value={facility} onChange={setFacility} />
          </Box>
          <TextField
            select
            size="small"
            label={t('accounts.product')}
            value={values.productId}
            onChange={(e) => set({ productId: e.target.value })}
            sx={{ width: 220 }}
          >
            <MenuItem value="">{t('accounts.anyProduct')}</MenuItem>
            {(products.data?.products.edges ?? []).map(({ node }) => (
              <MenuItem key={node.id} value={node.id}>
                {`${node.code} ${node.name}`}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            label={t('accounts.groupBy')}
            value={groupBy}
            onChange={(e) => setGroupBy(e.target.value as 'FACILITY' | 'PRODUCT')}
            sx={{ width: 180 }}
          >
            <MenuItem value="FACILITY">{t('accounts.byFacility')}</MenuItem>
            <MenuItem value="PRODUCT">{t('accounts.byProduct')}</MenuItem>
          </TextField>
        </Stack>
        <LocationPicker label={t('accounts.location')} value={location} onChange={setLocation} depth="D" filter />
      </Box>
      {filter === null && <Alert severity="info">{t('accounts.incomplete')}</Alert>}
      {result.fetching && <ProgressLine aria-label={t('accounts.loading')} />}
      {result.error && <Alert severity="error">{result.error.graphQLErrors[0]?.message ?? t('accounts.failed')}</Alert>}
      {answer && answer.rows.length === 0 && <Typography color="text.secondary">{t('accounts.empty')}</Typography>}
      {answer && answer.rows.length > 0 && (
        <TableContainer>
          <Table size="small" aria-label={t('accounts.title')}>
            <TableHead>
              <TableRow>
                <TableCell sx={head}>{groupBy === 'FACILITY' ? t('claim.facility') : t('accounts.product')}</TableCell>
                {(['claims', 'processed', 'claimed', 'approved', 'valuated', 'remunerated'] as const).map((c) => (
                  <TableCell key={c} sx={head} align="right">
                    {t(`accounts.columns.${c}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {answer.rows.map((row) => (
                <TableRow key={`${row.healthFacilityId}:${row.productId}`}>
                  <TableCell>{label(row)}</TableCell>
                  {amounts(row)}
                </TableRow>
              ))}
              <TableRow sx={{ '& td': { fontWeight: 600 } }}>
                <TableCell>{t('accounts.total')}</TableCell>
                {amounts(answer.total)}
              </TableRow>
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Box>
  );
}
