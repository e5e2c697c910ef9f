import type { EnquiryPanelsProps } from '@kente/contract-insuree/slots';
import { linkTo, useFormat, useModuleTranslation } from '@kente/sdk';
import { Alert, Box, Chip, Link, ProgressLine, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@kente/sdk/ui';
import { useQuery } from 'urql';
import { ENQUIRY_CLAIMS } from './enquiryQueries.js';
import { latestClaims, summaryCounts, twelveMonthsBefore } from './enquirySummary.js';

const LATEST = 5;

/**
 * Contributed to the enquiry (insuree.enquiry.panels 1.x, 111001): the insuree's claims of the last
 * twelve months, how many in each status, and the latest few with their facility, status and amount (among the window's first 50: the
 * query-cost budget of one request).
 */
export default function EnquiryClaimsPanel({ insuranceNumber }: EnquiryPanelsProps) {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const since = twelveMonthsBefore(new Date().toISOString().slice(0, 10));
  const [result] = useQuery({ query: ENQUIRY_CLAIMS, variables: { number: insuranceNumber, since } });
  const data = result.data;
  const counts = data ? summaryCounts(data) : [];
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const rows = data
    ? latestClaims(
        data.recent.edges.map((e) => e.node),
        LATEST,
      )
    : [];
  return (
    <Box component="section" aria-labelledby="enquiry-claims-title" sx={{ display: 'grid', gap: 1 }}>
      <Typography id="enquiry-claims-title" variant="h6" component="h2" color="primary">
        {t('enquiry.title')}
      </Typography>
      {result.fetching && !data && <ProgressLine aria-label={t('enquiry.loading')} />}
      {result.error && !data && <Alert severity="error">{t('enquiry.failed')}</Alert>}
      {data && total === 0 && <Typography color="text.secondary">{t('enquiry.empty', { date: format.date(since) })}</Typography>}
      {data && total > 0 && (
        <>
          <Typography color="text.secondary">{t('enquiry.since', { date: format.date(since) })}</Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} aria-label={t('enquiry.counts')} role="list">
            {counts.map((c) => (
              <Chip
                key={c.key}
                role="listitem"
                variant={c.count ? 'filled' : 'outlined'}
                color={c.key === 'rejected' && c.count ? 'warning' : 'default'}
                label={t('enquiry.count', {
                  status: t(`status.${c.status}`),
                  count: c.count,
                  shown: c.capped ? `${format.number(c.count)}+` : format.number(c.count),
                })}
              />
            ))}
          </Stack>
          <Table size="small" aria-label={t('enquiry.latest')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('claim.code')}</TableCell>
                <TableCell>{t('enquiry.visit')}</TableCell>
                <TableCell>{t('claim.facility')}</TableCell>
                <TableCell>{t('claim.status')}</TableCell>
                <TableCell align="right">{t('claim.claimed')}</TableCell>
                <TableCell align="right">{t('claim.approved')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.id}>
                  <TableCell>
                    <Link {...linkTo(`/claims/${row.id}`)}>{row.code}</Link>
                  </TableCell>
                  <TableCell>{format.date(row.visitTo ?? row.visitFrom)}</TableCell>
                  <TableCell>{row.healthFacility ? `${row.healthFacility.code} ${row.healthFacility.name}` : ''}</TableCell>
                  <TableCell>{t(`status.${row.status}`)}</TableCell>
                  <TableCell align="right">{format.money(row.claimed)}</TableCell>
                  <TableCell align="right">{row.approved === null ? '' : format.money(row.approved)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {data.recent.pageInfo.hasNextPage && (
            <Typography variant="body2" color="text.secondary">
              {t('enquiry.partial')}
            </Typography>
          )}
        </>
      )}
    </Box>
  );
}
