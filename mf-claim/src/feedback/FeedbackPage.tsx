import { useFormat, useModuleTranslation, useRights, useUser } from '@kente/sdk';
import { Alert, Box, Button, SearchPage, Stack, TextField, Typography, useErrorCodeText, usePagedQuery, useSearchState } from '@kente/sdk/ui';
import { useState } from 'react';
import { useMutation } from 'urql';
import { type ClaimRow, ClaimSearchFilters, TickedBar, useClaimColumns, useTicked } from '../claims/ClaimQueue.js';
import { claimFilterFromQuery } from '../claims/claimFilter.js';
import { CLAIMS } from '../claims/claimQueries.js';
import { selectionInput } from './feedbackForm.js';
import { BYPASS_FEEDBACK, SELECT_FOR_FEEDBACK } from './feedbackQueries.js';

const TEXT_FILTERS = ['number', 'code', 'from', 'to'] as const;
const SORTS = ['ID'] as const;
const SELECTED = 4;

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
  const canBypass = has(111010);
  const tick = useTicked(canBypass);
  const claimColumns = useClaimColumns();
  const search = useSearchState({ text: TEXT_FILTERS, sorts: SORTS, defaultSort: 'ID' });
  const { query } = search;
  const { status: _status, reviewStatus: _review, feedbackStatus: _feedback, ...base } = claimFilterFromQuery(query, user?.healthFacility?.id);
  const paged = usePagedQuery<ClaimRow>({ query: CLAIMS, field: 'claims', variables: { filter: { ...base, feedbackStatus: SELECTED } } });
  const [tool, setTool] = useState({ randomPercent: '', aboveAmount: '' });
  const [selecting, select] = useMutation(SELECT_FOR_FEEDBACK);
  const [bypassing, bypass] = useMutation(BYPASS_FEEDBACK);
  const [message, setMessage] = useState<{ severity: 'success' | 'error' | 'info'; text: string } | null>(null);
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
    const result = await bypass({ input: { ids: [...tick.ticked], review: false, feedback: true } });
    const payload = result.data?.bypassClaims;
    if (!payload) return setMessage({ severity: 'error', text: result.error?.graphQLErrors[0]?.message ?? t('feedback.failed') });
    setMessage({
      severity: payload.errors.length ? 'error' : 'success',
      text: [t('feedback.bypassed', { count: payload.claims.length }), ...payload.errors.map((e) => errorText(e.code) ?? e.message)].join(' '),
    });
    tick.clear();
    paged.refetch();
  };

  return (
    <SearchPage<ClaimRow>
      title={t('feedback.title')}
      intro={t('feedback.intro')}
      filtersLabel={t('feedback.filters')}
      search={search}
      filters={<ClaimSearchFilters search={search} />}
      caption={t('feedback.results')}
      empty={t('feedback.empty')}
      rowKey={(row) => row.id}
      rowHref={(row) => `/claims/${row.id}/feedback`}
      source={paged}
      columns={[...tick.column, ...claimColumns, { key: 'claimed', header: t('claim.claimed'), align: 'right', render: (row) => format.money(row.claimed) }]}
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
          {canBypass && (
            <TickedBar
              count={tick.ticked.size}
              label={t('feedback.ticked', { count: tick.ticked.size })}
              bypassLabel={t('feedback.bypass')}
              busy={bypassing.fetching}
              onBypass={() => void runBypass()}
              onClear={tick.clear}
            />
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
