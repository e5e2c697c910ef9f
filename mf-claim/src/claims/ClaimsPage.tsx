import { CLAIM_STATUSES } from '@kente/contract-claim';
import { useFormat, useModuleTranslation, useNavigate, useRights, useUser } from '@kente/sdk';
import {
  Alert,
  Button,
  MenuItem,
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
import { applicableIds, type BulkAction, type BulkRow, processCounts, SELECTION_STATUSES } from '../review/review.js';
import { PROCESS_CLAIMS, SELECT_FOR_FEEDBACK, SELECT_FOR_REVIEW } from '../review/reviewQueries.js';
import { type ClaimRow, ClaimSearchFilters, TickBox, useClaimColumns } from './ClaimQueue.js';
import { claimFilterFromQuery } from './claimFilter.js';
import { selectedSum, submissionCounts } from './claimForm.js';
import { CLAIMS, SUBMIT_CLAIMS } from './claimQueries.js';

type Selected = BulkRow & { claimed: string };

/** The bulk actions, each with its right, in the bar's order. */
const ACTIONS: ReadonlyArray<{ action: BulkAction; right: number }> = [
  { action: 'submit', right: 111007 },
  { action: 'review', right: 111008 },
  { action: 'feedback', right: 111009 },
  { action: 'process', right: 111011 },
];

/** What the last bulk action answered. */
type Outcome =
  | { action: 'submit'; checked: number; rejected: number; refused: number }
  | { action: 'review' | 'feedback'; selected: number; refused: number }
  | { action: 'process'; valuated: number; processed: number; refused: number; errors: string[] };

const TEXT_FILTERS = ['number', 'code', 'from', 'to', 'min', 'max'] as const;
const SORTS = ['ID'] as const;

/**
 * Claim search (111001): filters in the URL; rows selected across pages (any claim); bulk Submit
 * (111007), Select for review (111008), Select for feedback (111009), Process (111011), each button
 * telling how many of the selected it applies to and running on those only; the outcome in a status.
 */
export default function ClaimsPage() {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { has } = useRights();
  const user = useUser();
  const claimColumns = useClaimColumns();
  const search = useSearchState({ text: TEXT_FILTERS, sorts: SORTS, defaultSort: 'ID' });
  const { query, update } = search;
  const status = query.get('status') ?? '';
  const reviewStatus = query.get('review') ?? '';
  const feedbackStatus = query.get('feedback') ?? '';
  const filter = claimFilterFromQuery(query, user?.healthFacility?.id);
  const paged = usePagedQuery<ClaimRow>({ query: CLAIMS, field: 'claims', variables: { filter } });
  const [selected, setSelected] = useState<Map<string, Selected>>(new Map());
  const [submitting, submit] = useMutation(SUBMIT_CLAIMS);
  const [reviewing, selectForReview] = useMutation(SELECT_FOR_REVIEW);
  const [feedbacking, selectForFeedback] = useMutation(SELECT_FOR_FEEDBACK);
  const [processing, process] = useMutation(PROCESS_CLAIMS);
  const busy = submitting.fetching || reviewing.fetching || feedbacking.fetching || processing.fetching;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failed, setFailed] = useState(false);
  const errorText = useErrorCodeText();
  const actions = ACTIONS.filter((a) => has(a.right));

  const toggle = (row: ClaimRow) =>
    setSelected((current) => {
      const next = new Map(current);
      if (next.has(row.id)) next.delete(row.id);
      else next.set(row.id, { claimed: row.claimed, status: row.status, reviewStatus: row.reviewStatus, feedbackStatus: row.feedbackStatus });
      return next;
    });

  /** Runs an action on the selected claims it applies to; the others stay selected. */
  const run = async (action: BulkAction) => {
    setOutcome(null);
    setFailed(false);
    const ids = applicableIds(action, selected);
    if (ids.length === 0) return;
    let next: Outcome | null = null;
    if (action === 'submit') {
      const payload = (await submit({ ids })).data?.submitClaims;
      if (payload) next = { action, ...submissionCounts(payload.submissions.map((s) => s.claim.status)), refused: payload.errors.length };
    } else if (action === 'review' || action === 'feedback') {
      const answer = action === 'review' ? await selectForReview({ input: { ids } }) : await selectForFeedback({ input: { ids } });
      const payload = answer.data && ('selectClaimsForReview' in answer.data ? answer.data.selectClaimsForReview : answer.data.selectClaimsForFeedback);
      if (payload) next = { action, selected: payload.selected.length, refused: payload.errors.length };
    } else {
      const payload = (await process({ ids })).data?.processClaims;
      if (payload)
        next = {
          action,
          ...processCounts(payload.claims.map((c) => c.status)),
          refused: payload.errors.length,
          errors: [...new Set(payload.errors.map((e) => errorText(e.code, { defaultValue: e.message }) ?? e.message))],
        };
    }
    if (!next) {
      setFailed(true);
      return;
    }
    setOutcome(next);
    setSelected((current) => new Map([...current].filter(([id]) => !ids.includes(id))));
    paged.refetch();
  };

  const amounts = new Map([...selected].map(([id, row]) => [id, row.claimed]));

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
        <ClaimSearchFilters search={search}>
          <TextField select size="small" label={t('claim.status')} value={status} onChange={(e) => update({ status: e.target.value })} sx={{ width: 140 }}>
            <MenuItem value="">{t('claims.any')}</MenuItem>
            {CLAIM_STATUSES.map((s) => (
              <MenuItem key={s} value={String(s)}>
                {t(`status.${s}`)}
              </MenuItem>
            ))}
          </TextField>
        </ClaimSearchFilters>
      }
      moreFilters={
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          <SearchTextField search={search} name="min" label={t('claims.claimedMin')} numeric width={150} />
          <SearchTextField search={search} name="max" label={t('claims.claimedMax')} numeric width={150} />
          {(['review', 'feedback'] as const).map((key) => (
            <TextField
              key={key}
              select
              size="small"
              label={t(`claims.${key}Status`)}
              value={key === 'review' ? reviewStatus : feedbackStatus}
              onChange={(e) => update({ [key]: e.target.value })}
              sx={{ width: 160 }}
            >
              <MenuItem value="">{t('claims.any')}</MenuItem>
              {SELECTION_STATUSES.map((s) => (
                <MenuItem key={s} value={String(s)}>
                  {t(`claims.selection.${s}`)}
                </MenuItem>
              ))}
            </TextField>
          ))}
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
          render: (row) => <TickBox checked={selected.has(row.id)} disabled={actions.length === 0} code={row.code} onToggle={() => toggle(row)} />,
        },
        ...claimColumns,
        {
          // one column for both (a 1366 px screen): the review's status, the feedback's under it
          key: 'selections',
          header: t('claims.selections'),
          render: (row) => (
            <>
              {t(`claims.selection.${row.reviewStatus}`)}
              <Typography variant="body2" color="text.secondary">
                {t(`claims.selection.${row.feedbackStatus}`)}
              </Typography>
            </>
          ),
        },
        { key: 'claimed', header: t('claim.claimed'), align: 'right', render: (row) => format.money(row.claimed) },
        { key: 'approved', header: t('claim.approved'), align: 'right', render: (row) => (row.approved === null ? '' : format.money(row.approved)) },
      ]}
      toolbar={
        <Stack spacing={1}>
          {(selected.size > 0 || outcome || failed) && (
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} aria-live="polite">
              <Typography>{t('claims.selected', { count: selected.size, sum: format.money(selectedSum(amounts)) })}</Typography>
              {actions.map(({ action }) => {
                const count = applicableIds(action, selected).length;
                return (
                  <Button key={action} variant={action === 'submit' ? 'contained' : 'outlined'} disabled={count === 0 || busy} onClick={() => run(action)}>
                    {t(`claims.bulk.${action}`, { count })}
                  </Button>
                );
              })}
              {selected.size > 0 && <Button onClick={() => setSelected(new Map())}>{t('claims.clearSelection')}</Button>}
            </Stack>
          )}
          {outcome?.action === 'submit' && (
            <Alert severity={outcome.rejected > 0 || outcome.refused > 0 ? 'warning' : 'success'} role="status">
              {t('claims.submitted', { checked: outcome.checked, rejected: outcome.rejected })}
              {outcome.refused > 0 && ` ${t('claims.refused', { count: outcome.refused })}`}
            </Alert>
          )}
          {(outcome?.action === 'review' || outcome?.action === 'feedback') && (
            <Alert severity={outcome.refused > 0 ? 'warning' : 'success'} role="status">
              {t(`claims.selectedFor.${outcome.action}`, { count: outcome.selected })}
              {outcome.refused > 0 && ` ${t('claims.notSelectable', { count: outcome.refused })}`}
            </Alert>
          )}
          {outcome?.action === 'process' && (
            <Alert severity={outcome.refused > 0 ? 'warning' : 'success'} role="status">
              {t('claims.processed', { valuated: outcome.valuated, processed: outcome.processed })}
              {outcome.refused > 0 && ` ${t('claims.notProcessed', { count: outcome.refused, errors: outcome.errors.join(' ') })}`}
            </Alert>
          )}
          {failed && <Alert severity="error">{t('claims.bulkFailed')}</Alert>}
        </Stack>
      }
    />
  );
}
