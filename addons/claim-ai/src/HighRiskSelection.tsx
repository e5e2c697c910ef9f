import type { ClaimReviewSelectionProps } from '@kente/contract-claim/slots';
import { useModuleTranslation } from '@kente/sdk';
import { Alert, Box, Button, TextField, Typography } from '@kente/sdk/ui';
import { useState } from 'react';
import { gql, useClient } from 'urql';
import { useThresholds } from './score.js';

const AT_RISK = gql<
  { claimsAtRisk: { claimId: string; score: number }[] },
  { minScore: number; healthFacilityId?: string; visitFrom?: string; visitTo?: string }
>`
  query ClaimAiAtRisk($minScore: Int!, $healthFacilityId: ID, $visitFrom: Date, $visitTo: Date) {
    claimsAtRisk(minScore: $minScore, healthFacilityId: $healthFacilityId, visitFrom: $visitFrom, visitTo: $visitTo, first: 200) {
      claimId
      score
    }
  }
`;
const SELECT = gql<
  { selectClaimsForReview: { selected: { id: string }[]; notSelected: number; errors: { code: string; message: string }[] } },
  { ids: string[] }
>`
  mutation ClaimAiSelect($ids: [ID!]!) {
    selectClaimsForReview(input: { ids: $ids }) {
      selected {
        id
      }
      notSelected
      errors {
        code
        message
      }
    }
  }
`;

/**
 * Contributed to claim.review.selection (111301 and 111008): selects for review the Checked claims of
 * the page's filter whose fraud score is at least the threshold (the configured High risk by default).
 */
export default function HighRiskSelection({ filter, onSelected }: ClaimReviewSelectionProps) {
  const { t } = useModuleTranslation();
  const client = useClient();
  const thresholds = useThresholds();
  const [minScore, setMinScore] = useState(String(thresholds.high));
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ severity: 'info' | 'error'; text: string } | null>(null);
  const valid = /^\d{1,3}$/.test(minScore) && Number(minScore) >= 0 && Number(minScore) <= 100;

  const run = async () => {
    if (!valid) return;
    setBusy(true);
    setMessage(null);
    try {
      const found = await client
        .query(
          AT_RISK,
          { minScore: Number(minScore), healthFacilityId: filter.healthFacilityId, visitFrom: filter.visitFrom, visitTo: filter.visitTo },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (!found.data) return setMessage({ severity: 'error', text: t('selection.failed') });
      const ids = found.data.claimsAtRisk.map((c) => c.claimId);
      if (ids.length === 0) return setMessage({ severity: 'info', text: t('selection.none', { score: minScore }) });
      const answer = await client.mutation(SELECT, { ids }).toPromise();
      const payload = answer.data?.selectClaimsForReview;
      if (!payload || payload.errors.length)
        return setMessage({ severity: 'error', text: payload?.errors.map((e) => e.message).join(' ') || t('selection.failed') });
      onSelected({ selected: payload.selected.length, notSelected: payload.notSelected });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box
      component="section"
      aria-labelledby="claim-ai-selection"
      sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'flex-start', p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}
    >
      <Typography id="claim-ai-selection" sx={{ fontWeight: 600, mr: 1, mt: 1 }}>
        {t('selection.title')}
      </Typography>
      <TextField
        size="small"
        label={t('selection.minScore')}
        value={minScore}
        onChange={(e) => setMinScore(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void run();
          }
        }}
        error={!valid}
        helperText={valid ? t('selection.hint', { high: thresholds.high }) : t('selection.invalid')}
        slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 3 } }}
        sx={{ width: 220 }}
      />
      <Button variant="outlined" onClick={() => void run()} disabled={!valid || busy} sx={{ mt: 0.25 }}>
        {t('selection.select')}
      </Button>
      {message && (
        <Alert severity={message.severity} role="status" sx={{ flexBasis: '100%' }}>
          {message.text}
        </Alert>
      )}
    </Box>
  );
}
