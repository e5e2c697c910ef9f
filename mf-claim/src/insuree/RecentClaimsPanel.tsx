import type { InsureePanelsProps } from '@kente/contract-insuree/slots';
import { linkTo, useFormat, useModuleTranslation } from '@kente/sdk';
import { Alert, Link, ProgressLine, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@kente/sdk/ui';
import { useQuery } from 'urql';
import { CLAIMS } from '../claims/claimQueries.js';

/** Contributed to mf-insuree's insuree page (insuree.insuree.panels 1.x): the insuree's latest claims. */
export default function RecentClaimsPanel({ insureeId }: InsureePanelsProps) {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const [result] = useQuery({ query: CLAIMS, variables: { filter: { insureeId }, first: 5 } });
  const rows = result.data?.claims.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby={`recent-claims-${insureeId}`}>
      <Typography variant="h6" component="h2" color="primary" id={`recent-claims-${insureeId}`}>
        {t('recent.title')}
      </Typography>
      {result.fetching && !result.data && <ProgressLine aria-label={t('recent.loading')} />}
      {result.error && !result.data && <Alert severity="error">{t('recent.failed')}</Alert>}
      {result.data && rows.length === 0 && <Typography color="text.secondary">{t('recent.empty')}</Typography>}
      {rows.length > 0 && (
        <Table size="small" aria-label={t('recent.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('claim.code')}</TableCell>
              <TableCell>{t('claim.facility')}</TableCell>
              <TableCell>{t('claim.visitFrom')}</TableCell>
              <TableCell>{t('claim.status')}</TableCell>
              <TableCell align="right">{t('claim.claimed')}</TableCell>
              <TableCell align="right">{t('review.valuated')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id}>
                <TableCell>
                  <Link {...linkTo(`/claims/${row.id}`)}>{row.code}</Link>
                </TableCell>
                <TableCell>{row.healthFacility?.name ?? ''}</TableCell>
                <TableCell>{format.date(row.visitFrom)}</TableCell>
                <TableCell>{t(`status.${row.status}`)}</TableCell>
                <TableCell align="right">{format.money(row.claimed)}</TableCell>
                <TableCell align="right">{row.valuated === null ? '' : format.money(row.valuated)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
