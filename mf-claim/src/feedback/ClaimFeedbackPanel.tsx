import type { ClaimPanelsProps } from '@kente/contract-claim/slots';
import { linkTo, useModuleTranslation, useRights } from '@kente/sdk';
import { Alert, Box, Link } from '@kente/sdk/ui';
import { useQuery } from 'urql';
import { FeedbackAnswers } from './FeedbackAnswers.js';
import { FEEDBACK_CLAIM } from './feedbackQueries.js';

const SELECTED = 4;
const DELIVERED = 8;

/**
 * Contributed to this module's own claim.claim.panels (111001): the claim's delivered feedback, read
 * only; while it is Selected, a link to its feedback form (111009). Nothing otherwise.
 */
export default function ClaimFeedbackPanel({ claimId }: ClaimPanelsProps) {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  const [result] = useQuery({ query: FEEDBACK_CLAIM, variables: { id: claimId } });
  const claim = result.data?.claim;
  if (!claim || (claim.feedbackStatus !== DELIVERED && claim.feedbackStatus !== SELECTED)) return null;
  if (claim.feedbackStatus === SELECTED)
    return (
      <Alert severity="info" action={has(111009) ? <Link {...linkTo(`/claims/${claim.id}/feedback`)}>{t('feedback.enter')}</Link> : undefined}>
        {t('feedback.awaiting')}
      </Alert>
    );
  return (
    <Box>
      <FeedbackAnswers claim={claim} />
    </Box>
  );
}
