import { useModuleTranslation, useRights } from '@kente/sdk';
import { Alert, Box, Card, CardContent, HistoryPanel, ProgressLine, Typography } from '@kente/sdk/ui';
import { lazy, Suspense, useState } from 'react';
import { useQuery } from 'urql';
import { PAYER_BY_ID, type PayerDetails } from './payerQueries.js';

// The form (react-hook-form, the contract's rules) loads after the page's first paint.
const PayerEditor = lazy(() => import('./PayerEditor.js'));

/** A payer (/admin/payers/:payerId) or a new one (/admin/payers/new): the form, Delete, the history. */
export default function PayerPage(props: { params: { payerId?: string } }) {
  const payerId = props.params.payerId;
  return payerId ? <StoredPayer key={payerId} payerId={payerId} /> : <NewPayer />;
}

function NewPayer() {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
      <Typography variant="h5" component="h1">
        {t('payer.newTitle')}
      </Typography>
      {has(121802) ? (
        <Card variant="outlined">
          <CardContent>
            <Suspense fallback={<ProgressLine aria-label={t('payer.loading')} />}>
              <PayerEditor payer={null} />
            </Suspense>
          </CardContent>
        </Card>
      ) : (
        <Alert severity="warning">{t('payer.notAllowed')}</Alert>
      )}
    </Box>
  );
}

function StoredPayer({ payerId }: { payerId: string }) {
  const { t } = useModuleTranslation();
  const [result] = useQuery({ query: PAYER_BY_ID, variables: { id: payerId } });
  const [saved, setSaved] = useState<PayerDetails | null>(null);
  const fetched = result.data?.payer;
  const payer = saved && fetched && saved.version > fetched.version ? saved : fetched;
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
      {result.fetching && !payer && <ProgressLine aria-label={t('payer.loading')} />}
      {result.error && <Alert severity="error">{result.error.graphQLErrors[0]?.message ?? result.error.message}</Alert>}
      <Typography variant="h5" component="h1">
        {payer ? payer.name : t('payer.pageTitle')}
      </Typography>
      {!result.fetching && !result.error && !payer && <Alert severity="info">{t('payer.notFound')}</Alert>}
      {payer && (
        <>
          <Card variant="outlined">
            <CardContent>
              <Suspense fallback={<ProgressLine aria-label={t('payer.loading')} />}>
                <PayerEditor key={payer.id} payer={payer} onSaved={setSaved} />
              </Suspense>
            </CardContent>
          </Card>
          <Card variant="outlined">
            <CardContent>
              <HistoryPanel entityType="Payer" entityId={payer.id} version={payer.version} fieldLabel={(field) => t([`payer.fields.${field}`, field])} />
            </CardContent>
          </Card>
        </>
      )}
    </Box>
  );
}
