import { CLAIM_STATUSES } from '@kente/contract-claim';
import { useFormat, useModuleTranslation, useNavigate, useRights, useUser } from '@kente/sdk';
import { type HealthFacilityChoice, HealthFacilityPicker } from '@kente/sdk/forms';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  DateField,
  MenuItem,
  SearchPage,
  SearchTextField,
  Stack,
  TextField,
  Typography,
  usePagedQuery,
  useSearchState,
} from '@kente/sdk/ui';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { ResultOf } from '../graphql.js';
import { selectedSum, submissionCounts } from './claimForm.js';
import { CLAIMS, SUBMIT_CLAIMS } from './claimQueries.js';

type ClaimRow = ResultOf<typeof CLAIMS>['claims']['edges'][number]['node'];

const TEXT_FILTERS = ['number', 'code', 'from', 'to', 'min', 'max'] as const;
const SORTS = ['ID'] as const;
const validDate = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
const validAmount = (value: string | null) => (value && /^\d+([.,]\d{1,2})?$/.test(value.trim()) ? value.trim().replace(',', '.') : undefined);

/**
 * Claim search (111001): filters in the URL; rows selected across pages; bulk Submit (111007)
 * telling how many came out Checked and Rejected; the sum of the selected claims.
 */
export default function ClaimsPage() {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { has } = useRights();
  const user = useUser();
  const search = useSearchState({ text: TEXT_FILTERS, sorts: SORTS, defaultSort: 'ID' });
  const { query, update, text } = search;
  const status = query.get('status') ?? '';
  const facilityId = user?.healthFacility?.id ?? query.get('hf') ?? undefined;
  const [facility, setFacility] = useState<HealthFacilityChoice | null>(null);
  const filter = Object.fromEntries(
    Object.entries({
      healthFacilityId: facilityId,
      status: status ? Number(status) : undefined,
      insuranceNumber: query.get('number') ?? undefined,
      code: query.get('code') ?? undefined,
      visitFrom: validDate(query.get('from')),
      visitTo: validDate(query.get('to')),
      claimedMin: validAmount(query.get('min')),
      claimedMax: validAmount(query.get('max')),
    }).filter(([, v]) => v !== undefined && v !== ''),
  );
  const paged = usePagedQuery<ClaimRow>({ query: CLAIMS, field: 'claims', variables: { filter } });
  const [selected, setSelected] = useState<Map<string, string>>(new Map());
  const [submitting, submit] = useMutation(SUBMIT_CLAIMS);
  const [outcome, setOutcome] = useState<{ checked: number; rejected: number; refused: number } | null>(null);
  const [failed, setFailed] = useState(false);

  const toggle = (row: ClaimRow) =>
    setSelected((current) => {
      const next = new Map(current);
      if (next.has(row.id)) next.delete(row.id);
      else next.set(row.id, row.claimed);
      return next;
    });

  const submitSelected = async () => {
    setOutcome(null);
    setFailed(false);
    const result = await submit({ ids: [...selected.keys()] });
    const payload = result.data?.submitClaims;
    if (!payload) {
      setFailed(true);
      return;
    }
    setOutcome({ ...submissionCounts(payload.submissions.map((s) => s.claim.status)), refused: payload.errors.length });
    setSelected(new Map());
    paged.refetch();
  };

  const dateFilter = (key: 'from' | 'to') => (
    <Box sx={{ width: 160 }}>
      <DateField label={t(`claims.${key}`)} value={text.drafts[key]} onChange={(value) => text.set(key, value)} onBlur={text.endTyping} />
    </Box>
  );

  return (
    <SearchPage<ClaimRow>
      title={t('claims.title')}
      intro={t('claims.intro')}
      actions={
        has(111002) && (
          <Button variant="contained" onClick={() => navigate('/claims/new')}>
            {t('claims.new')}
          </Button>
        )
      }
      filtersLabel={t('claims.filters')}
      search={search}
      filters={
        <>
          {user?.healthFacility ? (
            <TextField
              size="small"
              label={t('claim.facility')}
              value={`${user.healthFacility.code} ${user.healthFacility.name}`}
              disabled
              sx={{ width: 220 }}
            />
          ) : (
            <Box sx={{ width: 240 }}>
              <HealthFacilityPicker
                label={t('claim.facility')}
                value={facility}
                onChange={(value) => {
                  setFacility(value);
                  update({ hf: value?.id ?? '' });
                }}
              />
            </Box>
          )}
          <TextField select size="small" label={t('claim.status')} value={status} onChange={(e) => update({ status: e.target.value })} sx={{ width: 140 }}>
            <MenuItem value="">{t('claims.any')}</MenuItem>
            {CLAIM_STATUSES.map((s) => (
              <MenuItem key={s} value={String(s)}>
                {t(`status.${s}`)}
              </MenuItem>
            ))}
          </TextField>
          <SearchTextField search={search} name="number" label={t('claim.insuranceNumber')} numeric width={160} />
          <SearchTextField search={search} name="code" label={t('claim.code')} width={130} />
          {dateFilter('from')}
          {dateFilter('to')}
        </>
      }
      moreFilters={
        <Stack direction="row" spacing={1}>
          <SearchTextField search={search} name="min" label={t('claims.claimedMin')} numeric width={150} />
          <SearchTextField search={search} name="max" label={t('claims.claimedMax')} numeric width={150} />
        </Stack>
      }
      caption={t('claims.results')}
      empty={t('claims.empty')}
      rowKey={(row) => row.id}
      rowHref={(row) => `/claims/${row.id}`}
      source={paged}
      columns={[
        {
          key: 'select',
          header: t('claims.select'),
          render: (row) => (
            <Checkbox
              size="small"
              checked={selected.has(row.id)}
              disabled={row.status !== 2}
              onClick={(e) => e.stopPropagation()}
              onKeyDown={(e) => e.stopPropagation()}
              onChange={() => toggle(row)}
              slotProps={{ input: { 'aria-label': t('claims.selectOne', { code: row.code }) } }}
            />
          ),
        },
        { key: 'code', header: t('claim.code'), render: (row) => row.code },
        { key: 'facility', header: t('claim.facility'), render: (row) => row.healthFacility?.code ?? '' },
        { key: 'number', header: t('claim.insuranceNumber'), render: (row) => row.insuranceNumber },
        { key: 'name', header: t('claim.insuree'), render: (row) => (row.insuree ? `${row.insuree.lastName} ${row.insuree.otherNames}` : '') },
        { key: 'visit', header: t('claim.visitFrom'), render: (row) => format.date(row.visitFrom) },
        { key: 'status', header: t('claim.status'), render: (row) => t(`status.${row.status}`) },
        { key: 'claimed', header: t('claim.claimed'), align: 'right', render: (row) => format.money(row.claimed) },
        { key: 'approved', header: t('claim.approved'), align: 'right', render: (row) => (row.approved === null ? '' : format.money(row.approved)) },
      ]}
      toolbar={
        <Stack spacing={1}>
          {(selected.size > 0 || outcome || failed) && (
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} aria-live="polite">
              <Typography>{t('claims.selected', { count: selected.size, sum: format.money(selectedSum(selected)) })}</Typography>
              {has(111007) && (
                <Button variant="contained" disabled={selected.size === 0 || submitting.fetching} onClick={submitSelected}>
                  {t('claims.submitSelected')}
                </Button>
              )}
              {selected.size > 0 && <Button onClick={() => setSelected(new Map())}>{t('claims.clearSelection')}</Button>}
            </Stack>
          )}
          {outcome && (
            <Alert severity={outcome.rejected > 0 || outcome.refused > 0 ? 'warning' : 'success'} role="status">
              {t('claims.submitted', { checked: outcome.checked, rejected: outcome.rejected })}
              {outcome.refused > 0 && ` ${t('claims.refused', { count: outcome.refused })}`}
            </Alert>
          )}
          {failed && <Alert severity="error">{t('claims.submitFailed')}</Alert>}
        </Stack>
      }
    />
  );
}
