import type {} from '@kente/contract-insuree/slots';
import { type SlotPropsOf, useFormat, useModuleTranslation } from '@kente/sdk';
import { Alert, Box, Card, CardContent, Chip, ProgressLine, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@kente/sdk/ui';
import { useQuery } from 'urql';
import { PolicyStatusChip } from '../policies/PolicyStatusChip.js';
import { eligible, limitKey } from '../policies/policyForm.js';
import { ELIGIBILITY, type EligiblePolicy } from '../policies/policyQueries.js';

/**
 * Contributed to the enquiry (insuree.enquiry.panels 1.x): is the insuree covered today, by which
 * product until when, and what is left of the product's ceilings and maximum counts.
 */
export default function EnquiryPoliciesPanel({ insuranceNumber }: SlotPropsOf<'insuree.enquiry.panels'>) {
  const { t } = useModuleTranslation();
  const [result] = useQuery({ query: ELIGIBILITY, variables: { insuranceNumber } });
  const answer = result.data?.eligibility;
  return (
    <Box component="section" aria-labelledby="enquiry-policies-title" sx={{ display: 'grid', gap: 1 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography id="enquiry-policies-title" variant="h6" component="h2" color="primary">
          {t('enquiryPanel.title')}
        </Typography>
        {answer?.insuree && (
          <Chip
            color={eligible(answer.policies) ? 'success' : 'error'}
            label={t(eligible(answer.policies) ? 'enquiryPanel.eligible' : 'enquiryPanel.notEligible')}
          />
        )}
      </Stack>
      {result.fetching && !answer && <ProgressLine aria-label={t('form.loading')} />}
      {result.error && <Alert severity="error">{result.error.graphQLErrors[0]?.message ?? result.error.message}</Alert>}
      {answer && answer.policies.length === 0 && <Typography color="text.secondary">{t('enquiryPanel.empty', { number: insuranceNumber })}</Typography>}
      {answer?.policies.map((p) => (
        <EligiblePolicyCard key={p.policyId} policy={p} />
      ))}
    </Box>
  );
}

function EligiblePolicyCard({ policy }: { policy: EligiblePolicy }) {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const rows = [
    ...policy.amounts.map((a) => ({ field: a.field, max: format.money(a.max), used: format.money(a.used), remaining: format.money(a.remaining) })),
    ...policy.counts.map((c) => ({ field: c.field, max: format.number(c.max), used: format.number(c.used), remaining: format.number(c.remaining) })),
  ];
  return (
    <Card variant="outlined" component="article" aria-label={`${policy.productCode} — ${policy.productName}`}>
      <CardContent sx={{ display: 'grid', gap: 1 }}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography sx={{ fontWeight: 600 }}>{`${policy.productCode} — ${policy.productName}`}</Typography>
          <PolicyStatusChip status={policy.status} />
          <Typography color="text.secondary">{t('enquiryPanel.until', { date: format.date(policy.expiryDate) })}</Typography>
        </Stack>
        {rows.length > 0 && (
          <Table size="small" aria-label={t('enquiryPanel.limits')}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ fontWeight: 600 }}>{t('enquiryPanel.limit')}</TableCell>
                <TableCell align="right" sx={{ fontWeight: 600 }}>
                  {t('enquiryPanel.max')}
                </TableCell>
                <TableCell align="right" sx={{ fontWeight: 600 }}>
                  {t('enquiryPanel.used')}
                </TableCell>
                <TableCell align="right" sx={{ fontWeight: 600 }}>
                  {t('enquiryPanel.remaining')}
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.field}>
                  {/* The product form's own label of the field (product.fields.*). */}
                  <TableCell>{t(limitKey(r.field), { defaultValue: r.field })}</TableCell>
                  <TableCell align="right">{r.max}</TableCell>
                  <TableCell align="right">{r.used}</TableCell>
                  <TableCell align="right">{r.remaining}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
