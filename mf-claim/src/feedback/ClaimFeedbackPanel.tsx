import type { ClaimPanelsProps } from '@kente/contract-claim/slots';
import { linkTo, useModuleTranslation, useRights } from '@kente/sdk';
import { Link, Stack, Typography } from '@kente/sdk/ui';
import { useQuery } from 'urql';
import { FeedbackAnswers } from './FeedbackAnswers.js';
import { FEEDBACK_CLAIM } from './feedbackQueries.js';

const SELECTED = 4;
const DELIVERED = 8;

/**
 * Contributed to this module's own claim.claim.panels (111001): the claim's delivered feedback, read
 * only; otherwise its feedback status in one line, with a link to the feedback form while it is
 * Selected (111009). (A slot entry always has its card, so the panel never renders nothing.)
 */
export default function ClaimFeedbackPanel({ claimId }: ClaimPanelsProps) {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  const [result] = useQuery({ query: FEEDBACK_CLAIM, variables: { id: claimId } });
  const claim = result.data?.claim;
  if (!claim) return null;
  if (claim.feedbackStatus === DELIVERED) return <FeedbackAnswers claim={claim} />;
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
      <Typography>{t('feedback.statusLine', { status: t(`feedback.statuses.${claim.feedbackStatus}`) })}</Typography>
      {claim.feedbackStatus === SELECTED && has(111009) && <Link {...linkTo(`/claims/${claim.id}/feedback`)}>{t('feedback.enter')}</Link>}
    </Stack>
  );
}
