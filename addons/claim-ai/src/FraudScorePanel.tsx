import type { ClaimPanelsProps } from '@kente/contract-claim/slots';
import { useFormat, useModuleTranslation } from '@kente/sdk';
import { Alert, Box, Chip, List, ListItem, ListItemText, ProgressLine, Stack, Typography } from '@kente/sdk/ui';
import { useQuery } from 'urql';
import { CLAIM_SCORE, type FraudReason, riskLevel, useThresholds } from './score.js';

const COLOR = { high: 'error', medium: 'warning', low: 'success' } as const;

/**
 * Contributed to claim.claim.panels and claim.review.panels (right 111301): the claim's fraud score,
 * its level against the configured thresholds, and every reason with its points and figures.
 */
export default function FraudScorePanel({ claimId }: ClaimPanelsProps) {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const thresholds = useThresholds();
  const [result] = useQuery({ query: CLAIM_SCORE, variables: { id: claimId } });
  if (result.fetching && !result.data) return <ProgressLine aria-label={t('panel.loading')} />;
  if (result.error && !result.data) return <Alert severity="error">{t('panel.failed')}</Alert>;
  const score = result.data?.claim?.fraudScore;
  const reasonText = (reason: FraudReason) =>
    t(`reasons.${reason.code}`, {
      defaultValue: reason.code,
      value: reason.value === null ? '' : reason.code === 'PROVIDER_REJECTIONS' ? format.number(reason.value) : format.money(String(reason.value)),
      norm: reason.norm === null ? '' : reason.code === 'PROVIDER_REJECTIONS' ? format.number(reason.norm) : format.money(String(reason.norm)),
      count: reason.count ?? 0,
      lines: (reason.lines ?? []).join(', '),
    });
  return (
    <Box component="section" aria-labelledby={`claim-ai-${claimId}`} data-testid="fraud-score">
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography id={`claim-ai-${claimId}`} variant="subtitle1" component="h2">
          {t('panel.title')}
        </Typography>
        {score && (
          <Chip
            size="small"
            color={COLOR[riskLevel(score.score, thresholds)]}
            label={t('panel.score', { score: score.score, level: t(`levels.${riskLevel(score.score, thresholds)}`) })}
          />
        )}
      </Stack>
      {!score ? (
        <Typography color="text.secondary">{t('panel.notScored')}</Typography>
      ) : score.reasons.length === 0 ? (
        <Typography color="text.secondary">{t('panel.noReason')}</Typography>
      ) : (
        <List dense disablePadding aria-label={t('panel.reasons')}>
          {score.reasons.map((reason) => (
            <ListItem key={reason.code} disableGutters>
              <ListItemText primary={reasonText(reason)} secondary={t('panel.points', { count: reason.points })} />
            </ListItem>
          ))}
        </List>
      )}
      {score && (
        <Typography variant="caption" color="text.secondary">
          {t('panel.model', { model: score.model, date: format.date(score.scoredAt.slice(0, 10)) })}
        </Typography>
      )}
    </Box>
  );
}
