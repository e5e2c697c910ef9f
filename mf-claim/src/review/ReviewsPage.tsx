import { Slot, useFormat, useModuleTranslation, useNavigate, useRights, useUser } from '@kente/sdk';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  MenuItem,
  SearchPage,
  Stack,
  TextField,
  Typography,
  useErrorCodeText,
  usePagedQuery,
  useSearchState,
} from '@kente/sdk/ui';
import { useState } from 'react';
import { useMutation } from 'urql';
import { type ClaimRow, ClaimSearchFilters, TickedBar, useClaimColumns, useTicked } from '../claims/ClaimQueue.js';
import { claimFilterFromQuery } from '../claims/claimFilter.js';
import { CLAIMS } from '../claims/claimQueries.js';
import { RULES, type Rule, ruleValue } from './review.js';
import { BYPASS_REVIEWS, SELECT_FOR_REVIEW } from './reviewQueries.js';

const TEXT_FILTERS = ['number', 'code', 'from', 'to'] as const;
const SORTS = ['ID'] as const;
const SELECTED = 4;

/**
 * Reviews (111008): the claims whose review is Selected, searched by facility, visit dates,
 * insurance number and code; the selection tool draws reviews among the filter's Checked claims;
 * Bypass (111010) the ticked reviews. A row opens the claim's review.
 */
export default function ReviewsPage() {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const errorText = useErrorCodeText();
  const { has } = useRights();
  const user = useUser();
  const canBypass = has(111010);
  const tick = useTicked(canBypass);
  const claimColumns = useClaimColumns();
  const search = useSearchState({ text: TEXT_FILTERS, sorts: SORTS, defaultSort: 'ID' });
  const { query } = search;
  const { status: _status, reviewStatus: _review, ...scope } = claimFilterFromQuery(query, user?.healthFacility?.id);
  const paged = usePagedQuery<ClaimRow>({ query: CLAIMS, field: 'claims', variables: { filter: { ...scope, reviewStatus: SELECTED } } });
  const [rule, setRule] = useState<Rule>('randomPercent');
  const [ruleText, setRuleText] = useState('');
  const [ruleError, setRuleError] = useState<string | null>(null);
  const [selecting, select] = useMutation(SELECT_FOR_REVIEW);
  const [bypassing, bypass] = useMutation(BYPASS_REVIEWS);
  const [outcome, setOutcome] = useState<
    { kind: 'selected'; selected: number; notSelected: number } | { kind: 'bypassed'; count: number; refused: number } | null
  >(null);
  const [problem, setProblem] = useState<string | null>(null);

  const runSelection = async () => {
    setOutcome(null);
    setProblem(null);
    const parsed = ruleValue(rule, ruleText);
    if ('error' in parsed) return setRuleError(parsed.error);
    setRuleError(null);
    const answer = await select({ input: { filter: scope, [rule]: parsed.value } });
    const payload = answer.data?.selectClaimsForReview;
    if (!payload) return setProblem(t('reviews.failed'));
    if (payload.errors.length > 0) {
      const first = payload.errors[0];
      if (first?.field && RULES.some((r) => first.field === r)) return setRuleError(first.code);
      return setProblem(payload.errors.map((e) => errorText(e.code, { defaultValue: e.message })).join(' '));
    }
    setOutcome({ kind: 'selected', selected: payload.selected.length, notSelected: payload.notSelected });
    paged.refetch();
  };

  const bypassTicked = async () => {
    setOutcome(null);
    setProblem(null);
    const answer = await bypass({ ids: [...tick.ticked] });
    const payload = answer.data?.bypassClaims;
    if (!payload) return setProblem(t('reviews.failed'));
    setOutcome({ kind: 'bypassed', count: payload.claims.length, refused: payload.errors.length });
    tick.clear();
    paged.refetch();
  };

  return (
    <SearchPage<ClaimRow>
      title={t('reviews.title')}
      intro={t('reviews.intro')}
      filtersLabel={t('reviews.filters')}
      search={search}
      filters={<ClaimSearchFilters search={search} />}
      caption={t('reviews.results')}
      empty={t('reviews.empty')}
      rowKey={(row) => row.id}
      rowHref={(row) => `/claims/${row.id}/review`}
      source={paged}
      columns={[
        ...tick.column,
        ...claimColumns,
        { key: 'claimed', header: t('claim.claimed'), align: 'right', render: (row) => format.money(row.claimed) },
        { key: 'approved', header: t('claim.approved'), align: 'right', render: (row) => (row.approved === null ? '' : format.money(row.approved)) },
      ]}
      toolbar={
        <Stack spacing={1}>
          <Card variant="outlined">
            <CardContent sx={{ display: 'grid', gap: 1 }}>
              <Typography variant="subtitle1" component="h2">
                {t('reviews.selectTitle')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t('reviews.selectIntro')}
              </Typography>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}>
                <TextField
                  select
                  size="small"
                  label={t('reviews.rule')}
                  value={rule}
                  onChange={(e) => {
                    setRule(e.target.value as Rule);
                    setRuleError(null);
                  }}
                  sx={{ width: 300 }}
                >
                  {RULES.map((r) => (
                    <MenuItem key={r} value={r}>
                      {t(`reviews.rules.${r}`)}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField
                  size="small"
                  label={t(`reviews.ruleValue.${rule}`)}
                  value={ruleText}
                  onChange={(e) => setRuleText(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') {
                      e.preventDefault();
                      void runSelection();
                    }
                  }}
                  error={Boolean(ruleError)}
                  helperText={ruleError ? errorText(ruleError) : undefined}
                  slotProps={{ htmlInput: { inputMode: 'decimal', maxLength: 20 } }}
                  sx={{ width: 200 }}
                />
                <Button variant="contained" onClick={runSelection} disabled={selecting.fetching}>
                  {t('reviews.select')}
                </Button>
              </Stack>
            </CardContent>
          </Card>
          <Slot
            name="claim.review.selection"
            props={{
              filter: scope,
              onSelected: ({ selected, notSelected }) => {
                setOutcome({ kind: 'selected', selected, notSelected });
                paged.refetch();
              },
            }}
          />
          {canBypass && (
            <TickedBar
              count={tick.ticked.size}
              label={t('reviews.ticked', { count: tick.ticked.size })}
              bypassLabel={t('reviews.bypass', { count: tick.ticked.size })}
              busy={bypassing.fetching}
              onBypass={bypassTicked}
              onClear={tick.clear}
            />
          )}
          {outcome?.kind === 'selected' && (
            <Alert severity="success" role="status">
              {t('reviews.selectedOutcome', { count: outcome.selected, notSelected: outcome.notSelected })}
            </Alert>
          )}
          {outcome?.kind === 'bypassed' && (
            <Alert severity={outcome.refused > 0 ? 'warning' : 'success'} role="status">
              {t('reviews.bypassed', { count: outcome.count })}
              {outcome.refused > 0 && ` ${t('claims.notSelectable', { count: outcome.refused })}`}
            </Alert>
          )}
          {problem && (
            <Alert severity="error" role="alert">
              {problem}
            </Alert>
          )}
          <Box>
            <Button size="small" onClick={() => navigate('/claims?status=4')}>
              {t('reviews.toCandidates')}
            </Button>
          </Box>
        </Stack>
      }
    />
  );
}
