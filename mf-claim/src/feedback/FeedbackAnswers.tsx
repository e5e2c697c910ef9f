import { useFormat, useModuleTranslation } from '@kente/sdk';
import { Alert, Box, Detail, DetailList, Typography } from '@kente/sdk/ui';
import { ANSWER_FIELDS } from './feedbackForm.js';

const DELIVERED = 8;

interface Answers {
  feedbackStatus: number;
  careRendered: boolean | null;
  paymentAsked: boolean | null;
  drugPrescribed: boolean | null;
  drugReceived: boolean | null;
  assessment: number | null;
  feedbackDate: string | null;
}

/** The delivered answers, read only (also the notice when there are none). */
export function FeedbackAnswers({ claim }: { claim: Answers }) {
  const { t } = useModuleTranslation();
  const format = useFormat();
  if (claim.feedbackStatus !== DELIVERED)
    return <Alert severity="info">{t(`feedback.notOpen.${claim.feedbackStatus}`, { defaultValue: t('feedback.notOpen.other') })}</Alert>;
  const yesNo = (value: boolean | null) => (value === null ? '' : t(value ? 'feedback.answers.yes' : 'feedback.answers.no'));
  return (
    <Box component="section" aria-labelledby="feedback-answers-title" sx={{ display: 'grid', gap: 1 }}>
      <Typography id="feedback-answers-title" variant="h6" component="h2" color="primary">
        {t('feedback.delivered')}
      </Typography>
      <DetailList>
        {ANSWER_FIELDS.map((field) => (
          <Detail key={field} label={t(`feedback.fields.${field}`)} value={yesNo(claim[field])} />
        ))}
        <Detail label={t('feedback.fields.assessment')} value={claim.assessment === null ? '' : t(`feedback.assessments.${claim.assessment}`)} />
        <Detail label={t('feedback.fields.feedbackDate')} value={claim.feedbackDate ? format.date(claim.feedbackDate) : ''} />
      </DetailList>
    </Box>
  );
}
