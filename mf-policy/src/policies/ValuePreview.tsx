import { useFormat, useModuleTranslation } from '@kente/sdk';
import { Alert, Box, Detail, DetailList, ProgressLine, Stack, Typography } from '@kente/sdk/ui';
import { useQuery } from 'urql';
import { warningText } from './policyForm.js';
import { POLICY_VALUES } from './policyQueries.js';

/**
 * The value, its parts, the members counted and the dates of a policy as the server would
 * store it (`policyValues`), shown before saving; warnings (e.g. maximum members) translated.
 * `ready` false (no product or date yet): nothing is asked.
 */
export function ValuePreview(props: {
  ready: boolean;
  familyId: string;
  productId: string;
  enrolDate: string;
  stage?: 'N' | 'R';
  previousPolicyId?: string | null;
}) {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const [result] = useQuery({
    query: POLICY_VALUES,
    variables: {
      familyId: props.familyId,
      productId: props.productId,
      enrolDate: props.enrolDate,
      stage: props.stage ?? 'N',
      previousPolicyId: props.previousPolicyId ?? null,
    },
    pause: !props.ready,
  });
  const values = props.ready ? result.data?.policyValues : undefined;
  return (
    <Box component="section" aria-labelledby="policy-preview-title" aria-live="polite" sx={{ display: 'grid', gap: 1 }}>
      <Typography id="policy-preview-title" variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {t('preview.title')}
      </Typography>
      {!props.ready && <Typography color="text.secondary">{t('preview.choose')}</Typography>}
      {props.ready && result.fetching && <ProgressLine aria-label={t('preview.loading')} />}
      {props.ready && result.error && <Alert severity="error">{result.error.graphQLErrors[0]?.message ?? result.error.message}</Alert>}
      {values && (
        <>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
            <Typography color="text.secondary">{t('policy.value')}</Typography>
            <Typography variant="h6" component="p" data-testid="policy-preview-value">
              {format.money(values.value)}
            </Typography>
          </Stack>
          <DetailList>
            <Detail label={t('preview.contribution')} value={format.money(values.contribution)} />
            <Detail label={t('preview.members')} value={format.number(values.members)} />
            <Detail label={t('preview.generalAssembly')} value={format.money(values.generalAssembly)} />
            <Detail label={t('policy.startDate')} value={format.date(values.startDate)} />
            <Detail label={t('preview.registration')} value={format.money(values.registration)} />
            <Detail label={t('policy.expiryDate')} value={format.date(values.expiryDate)} />
            <Detail label={t('preview.discount')} value={format.money(values.discount)} />
            <Detail label={t('preview.lastPaymentDate')} value={values.lastPaymentDate ? format.date(values.lastPaymentDate) : ''} />
          </DetailList>
          {values.warnings.map((w) => (
            <Alert key={w.code} severity="warning">
              {warningText(w, (keys, options) => t(keys, options), format.money)}
            </Alert>
          ))}
        </>
      )}
    </Box>
  );
}
