import { useFormat, useModuleTranslation, useRights, useUser } from '@kente/sdk';
import { type HealthFacilityChoice, HealthFacilityPicker } from '@kente/sdk/forms';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  DateField,
  SearchPage,
  SearchTextField,
  Stack,
  TextField,
  Typography,
  useErrorCodeText,
  usePagedQuery,
  useSearchState,
} from '@kente/sdk/ui';
import { useState } from 'react';
import { useMutation } from 'urql';
import { CLAIMS } from '../claims/claimQueries.js';
import type { ResultOf } from '../graphql.js';
import { selectionInput } from './feedbackForm.js';
import { BYPASS_FEEDBACK, SELECT_FOR_FEEDBACK } from './feedbackQueries.js';

type ClaimRow = ResultOf<typeof CLAIMS>['claims']['edges'][number]['node'];

const TEXT_FILTERS = ['number', 'code', 'from', 'to'] as const;
const SORTS = ['ID'] as const;
const SELECTED = 4;
const validDate = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

/**
 * Feedback (111009): the claims whose feedback is Selected (filters in the URL), a row opens its
 * feedback form; the selection tool draws the search's Checked claims for feedback (a random
 * share, above an amount); ticked rows can be bypassed (111010).
 */
export default function FeedbackPage() {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const errorText = useErrorCodeText();
  const { has } = useRights();
  const user = useUser();
  const search = useSearchState({ text: TEXT_FILTERS, sorts: SORTS, defaultSort: 'ID' });
  const { query, update, text } = search;
  const facilityId = user?.healthFacility?.id ?? query.get('hf') ?? undefined;
  const [facility, setFacility] = useState<HealthFacilityChoice | null>(null);
  const base = Object.fromEntries(
    Object.entries({
      healthFacilityId: facilityId,
      insuranceNumber: query.get('number') ?? undefined,
      code: query.get('code') ?? undefined,
      visitFrom: validDate(query.get('from')),
      visitTo: validDate(query.get('to')),
    }).filter(([, v]) => v !== undefined && v !== ''),
  );
  const paged = usePagedQuery<ClaimRow>({ query: CLAIMS, field: 'claims', variables: { filter: { ...base, feedbackStatus: SELECTED } } });
  const [tool, setTool] = useState({ randomPercent: '', aboveAmount: '' });
  const [selecting, select] = useMutation(SELECT_FOR_FEEDBACK);
  const [bypassing, bypass] = useMutation(BYPASS_FEEDBACK);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<{ severity: 'success' | 'error' | 'info'; text: string } | null>(null);
  const canBypass = has(111010);
  const request = selectionInput(base, tool);

  const runSelection = async () => {
    if (!request) return;
    setMessage(null);
    const result = await select({ input: request });
    const payload = result.data?.selectClaimsForFeedback;
    if (!payload) return setMessage({ severity: 'error', text: result.error?.graphQLErrors[0]?.message ?? t('feedback.failed') });
    if (payload.errors.length) return setMessage({ severity: 'error', text: payload.errors.map((e) => errorText(e.code) ?? e.message).join(' ') });
    setMessage({ severity: 'success', text: t('feedback.selectedOutcome', { count: payload.selected.length, notSelected: payload.notSelected }) });
    paged.refetch();
  };

  const runBypass = async () => {
    setMessage(null);
    const result = await bypass({ input: { ids: [...ticked], review: false, feedback: true } });
    const payload = result.data?.bypassClaims;
    if (!payload) return setMessage({ severity: 'error', text: result.error?.graphQLErrors[0]?.message ?? t('feedback.failed') });
    setMessage({
      severity: payload.errors.length ? 'error' : 'success',
      text: [t('feedback.bypassed', { count: payload.claims.length }), ...payload.errors.map((e) => errorText(e.code) ?? e.message)].join(' '),
    });
    setTicked(new Set());
    paged.refetch();
  };

  const dateFilter = (key: 'from' | 'to') => (
    <Box sx={{ width: 160 }}>
      <DateField label={t(`claims.${key}`)} value={text.drafts[key]} onChange={(value) => text.set(key, value)} onBlur={text.endTyping} />
    </Box>
  );

  return (
    <SearchPage<ClaimRow>
      title={t('feedback.title')}
      intro={t('feedback.intro')}
      filtersLabel={t('feedback.filters')}
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
          <SearchTextField search={search} name="number" label={t('claim.insuranceNumber')} numeric width={160} />
          <SearchTextField search={search} name="code" label={t('claim.code')} width={130} />
          {dateFilter('from')}
          {dateFilter('to')}
        </>
      }
      caption={t('feedback.results')}
      empty={t('feedback.empty')}
      rowKey={(row) => row.id}
      rowHref={(row) => `/claims/${row.id}/feedback`}
      source={paged}
      columns={[
        ...(canBypass
          ? [
              {
                key: 'select',
                header: t('claims.select'),
                render: (row: ClaimRow) => (
                  <Checkbox
                    size="small"
                    checked={ticked.has(row.id)}
                    onClick={(e) => e.stopPropagation()}
                    onKeyDown={(e) => e.stopPropagation()}
                    onChange={() =>
                      setTicked((current) => {
                        const next = new Set(current);
                        if (!next.delete(row.id)) next.add(row.id);
                        return next;
                      })
                    }
                    slotProps={{ input: { 'aria-label': t('claims.selectOne', { code: row.code }) } }}
                  />
                ),
              },
            ]
          : []),
        { key: 'code', header: t('claim.code'), render: (row) => row.code },
        { key: 'facility', header: t('claim.facility'), render: (row) => row.healthFacility?.code ?? '' },
        { key: 'number', header: t('claim.insuranceNumber'), render: (row) => row.insuranceNumber },
        { key: 'name', header: t('claim.insuree'), render: (row) => (row.insuree ? `${row.insuree.lastName} ${row.insuree.otherNames}` : '') },
        { key: 'visit', header: t('claim.visitFrom'), render: (row) => format.date(row.visitFrom) },
        { key: 'status', header: t('claim.status'), render: (row) => t(`status.${row.status}`) },
        { key: 'claimed', header: t('claim.claimed'), align: 'right', render: (row) => format.money(row.claimed) },
      ]}
      toolbar={
        <Stack spacing={1}>
          <Box
            component="section"
            aria-labelledby="feedback-selection-title"
            sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center', p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}
          >
            <Typography id="feedback-selection-title" sx={{ fontWeight: 600, mr: 1 }}>
              {t('feedback.selection')}
            </Typography>
            <TextField
              size="small"
              label={t('feedback.randomPercent')}
              value={tool.randomPercent}
              onChange={(e) => setTool({ ...tool, randomPercent: e.target.value })}
              slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 3 } }}
              sx={{ width: 150 }}
            />
            <TextField
              size="small"
              label={t('feedback.aboveAmount')}
              value={tool.aboveAmount}
              onChange={(e) => setTool({ ...tool, aboveAmount: e.target.value })}
              slotProps={{ htmlInput: { inputMode: 'decimal', maxLength: 18 } }}
              sx={{ width: 170 }}
            />
            <Button variant="contained" disabled={!request || selecting.fetching} onClick={() => void runSelection()}>
              {t('feedback.select')}
            </Button>
            <Typography variant="body2" color="text.secondary">
              {t('feedback.selectionHint')}
            </Typography>
          </Box>
          {canBypass && ticked.size > 0 && (
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <Typography>{t('feedback.ticked', { count: ticked.size })}</Typography>
              <Button variant="outlined" disabled={bypassing.fetching} onClick={() => void runBypass()}>
                {t('feedback.bypass')}
              </Button>
              <Button onClick={() => setTicked(new Set())}>{t('claims.clearSelection')}</Button>
            </Stack>
          )}
          {message && (
            <Alert severity={message.severity} role="status" onClose={() => setMessage(null)}>
              {message.text}
            </Alert>
          )}
        </Stack>
      }
    />
  );
}
