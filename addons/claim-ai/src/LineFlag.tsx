import type { ClaimLineFlagsProps } from '@kente/contract-claim/slots';
import { useModuleTranslation } from '@kente/sdk';
import { Chip } from '@kente/sdk/ui';
import { useQuery } from 'urql';
import { CLAIM_SCORE } from './score.js';

/** Contributed to claim.line.flags (right 111301): a flag on a line the score names (the same service again within days). */
export default function LineFlag({ claimId, lineNo }: ClaimLineFlagsProps) {
  const { t } = useModuleTranslation();
  const [result] = useQuery({ query: CLAIM_SCORE, variables: { id: claimId } });
  const reason = result.data?.claim?.fraudScore?.reasons.find((r) => r.lines?.includes(lineNo));
  if (!reason) return null;
  const text = t(`flags.${reason.code}`, { defaultValue: reason.code });
  return (
    <Chip
      size="small"
      color="warning"
      variant="outlined"
      label={t('flags.label')}
      title={text}
      aria-label={text}
      data-testid={`fraud-flag-${lineNo}`}
      sx={{ mt: 0.5 }}
    />
  );
}
