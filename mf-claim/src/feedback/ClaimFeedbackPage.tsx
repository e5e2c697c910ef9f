import { linkTo, useFormat, useModuleTranslation, useRights } from '@kente/sdk';
import { FormCodeSelect, FormDateField, FormProvider, useVersionedEditor } from '@kente/sdk/forms';
import { Alert, Box, Button, Detail, DetailList, Link, ProgressLine, Stack, Typography } from '@kente/sdk/ui';
import { useState } from 'react';
import { useQuery } from 'urql';
import type { ResultOf } from '../graphql.js';
import { FeedbackAnswers } from './FeedbackAnswers.js';
import {
  ANSWER_FIELDS,
  ANSWERS,
  ASSESSMENTS,
  FEEDBACK_FORM_FIELDS,
  type FeedbackFormValues,
  feedbackInput,
  feedbackToForm,
  validateFeedback,
} from './feedbackForm.js';
import { DELIVER_FEEDBACK, FEEDBACK_CLAIM } from './feedbackQueries.js';

export type FeedbackClaim = NonNullable<ResultOf<typeof FEEDBACK_CLAIM>['claim']>;

const today = () => new Date().toISOString().slice(0, 10);
const SELECTED = 4;

/** /claims/:claimId/feedback (111009): the insuree's answers for a claim whose feedback is Selected; delivered answers read only. */
export default function ClaimFeedbackPage(props: { params?: { claimId?: string } }) {
  const { t } = useModuleTranslation();
  const claimId = props.params?.claimId ?? '';
  const [result, reexecute] = useQuery({ query: FEEDBACK_CLAIM, variables: { id: claimId } });
  const claim = result.data?.claim;
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2, maxWidth: 1100 }}>
      <Link {...linkTo('/claims/feedback')}>{t('feedback.back')}</Link>
      {result.fetching && !result.data && <ProgressLine aria-label={t('feedback.loading')} />}
      {result.error && (
        <Alert severity="error" action={<Button onClick={() => reexecute({ requestPolicy: 'network-only' })}>{t('feedback.retry')}</Button>}>
          {t('feedback.failed')}
        </Alert>
      )}
      {result.data && !claim && <Alert severity="warning">{t('feedback.notFound')}</Alert>}
      {/* keyed by the claim alone: the refetch after delivering must not remount the view and wipe its message */}
      {claim && <FeedbackClaimView key={claim.id} claim={claim} />}
    </Box>
  );
}

function ClaimHeader({ claim }: { claim: FeedbackClaim }) {
  const { t } = useModuleTranslation();
  const format = useFormat();
  return (
    <>
      <Typography variant="h5" component="h1">
        {t('feedback.formTitle', { code: claim.code })}
      </Typography>
      <DetailList>
        <Detail label={t('claim.facility')} value={claim.healthFacility ? `${claim.healthFacility.code} ${claim.healthFacility.name}` : ''} />
        <Detail label={t('claim.insuree')} value={`${claim.insuranceNumber} ${claim.insuree ? `${claim.insuree.lastName} ${claim.insuree.otherNames}` : ''}`} />
        <Detail label={t('claim.visitFrom')} value={format.date(claim.visitFrom)} />
        <Detail label={t('claim.visitTo')} value={claim.visitTo ? format.date(claim.visitTo) : ''} />
        <Detail label={t('claim.status')} value={t(`status.${claim.status}`)} />
        <Detail label={t('claim.claimed')} value={format.money(claim.claimed)} />
        <Detail label={t('feedback.status')} value={t(`feedback.statuses.${claim.feedbackStatus}`)} />
      </DetailList>
      <Link {...linkTo(`/claims/${claim.id}`)}>{t('feedback.openClaim')}</Link>
    </>
  );
}

function FeedbackClaimView({ claim }: { claim: FeedbackClaim }) {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  const [current, setCurrent] = useState(claim);
  const [delivered, setDelivered] = useState(false);
  return (
    <>
      <ClaimHeader claim={current} />
      {delivered && (
        <Alert severity="success" role="status" onClose={() => setDelivered(false)}>
          {t('feedback.deliveredOutcome')}
        </Alert>
      )}
      {current.feedbackStatus === SELECTED && has(111009) ? (
        <FeedbackEditor
          claim={current}
          onDelivered={(saved, mine) => {
            setCurrent(saved);
            setDelivered(mine);
          }}
        />
      ) : (
        <FeedbackAnswers claim={current} />
      )}
    </>
  );
}

function FeedbackEditor({ claim, onDelivered }: { claim: FeedbackClaim; onDelivered: (saved: FeedbackClaim, mine: boolean) => void }) {
  const { t } = useModuleTranslation();
  const day = today();
  const toForm = (c: FeedbackClaim) => feedbackToForm(c, day);
  const editor = useVersionedEditor<FeedbackClaim, FeedbackFormValues>({
    entity: claim,
    toForm,
    validate: (values) => validateFeedback(values, { today: day, visitFrom: claim.visitFrom }),
    mutation: DELIVER_FEEDBACK,
    field: 'deliverClaimFeedback',
    entityField: 'claim',
    input: feedbackInput,
    reload: async (client) => (await client.query(FEEDBACK_CLAIM, { id: claim.id }, { requestPolicy: 'network-only' }).toPromise()).data?.claim ?? undefined,
    formFields: FEEDBACK_FORM_FIELDS,
    conflict: [
      ...ANSWER_FIELDS.map((field) => ({
        key: field,
        label: t(`feedback.fields.${field}`),
        show: (v: FeedbackFormValues) => (v[field] ? t(`feedback.answers.${v[field]}`) : ''),
      })),
      { key: 'assessment', label: t('feedback.fields.assessment'), show: (v) => (v.assessment ? t(`feedback.assessments.${v.assessment}`) : '') },
      { key: 'feedbackDate', label: t('feedback.fields.feedbackDate'), show: (v) => v.feedbackDate },
    ],
    onSaved: (saved) => {
      editor.release();
      onDelivered(saved, true);
    },
    onReloaded: (theirs) => {
      onDelivered(theirs, false);
    },
  });
  const { form } = editor;
  return (
    <Box component="form" noValidate onSubmit={editor.onSubmit} aria-labelledby="feedback-form-title" sx={{ display: 'grid', gap: 2 }}>
      <Typography id="feedback-form-title" variant="h6" component="h2" color="primary">
        {t('feedback.answersTitle')}
      </Typography>
      {editor.problems}
      <FormProvider {...form}>
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', md: 'repeat(3, 1fr)' } }}>
          {ANSWER_FIELDS.map((field) => (
            <FormCodeSelect key={field} name={field} label={t(`feedback.fields.${field}`)} codes={ANSWERS} labels="feedback.answers" required />
          ))}
          <FormCodeSelect name="assessment" label={t('feedback.fields.assessment')} codes={ASSESSMENTS} labels="feedback.assessments" required />
          <FormDateField name="feedbackDate" label={t('feedback.fields.feedbackDate')} />
        </Box>
      </FormProvider>
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
          {t('feedback.deliver')}
        </Button>
      </Stack>
      {editor.conflictDialog}
    </Box>
  );
}
