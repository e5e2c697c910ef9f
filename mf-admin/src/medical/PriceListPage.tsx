import { useModuleTranslation } from '@kente/sdk';
import { Alert, Box, ProgressLine, Typography } from '@kente/sdk/ui';
import { lazy, Suspense } from 'react';
import { useQuery } from 'urql';
import { PRICE_LIST_BY_ID } from './medicalQueries.js';

// The form, the lines and their dialogs load after the page's first paint.
const PriceListView = lazy(() => import('./PriceListView.js'));
const NewPriceList = lazy(() => import('./PriceListView.js').then((m) => ({ default: m.NewPriceList })));

/** A price list (/admin/price-lists/:priceListId): its name and location, its lines, duplicate, history; or a new one (/admin/price-lists/new). */
export default function PriceListPage(props: { params: { priceListId?: string } }) {
  const { t } = useModuleTranslation();
  const id = props.params.priceListId;
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
      <Suspense fallback={<ProgressLine aria-label={t('medical.loading')} />}>{id ? <Stored key={id} id={id} /> : <NewPriceList />}</Suspense>
    </Box>
  );
}

function Stored({ id }: { id: string }) {
  const { t } = useModuleTranslation();
  const [result, refetch] = useQuery({ query: PRICE_LIST_BY_ID, variables: { id } });
  const list = result.data?.priceList;
  if (result.fetching && !list) return <ProgressLine aria-label={t('medical.loading')} />;
  if (result.error) return <Alert severity="error">{result.error.graphQLErrors[0]?.message ?? result.error.message}</Alert>;
  if (!list)
    return (
      <>
        <Typography variant="h5" component="h1">
          {t('priceList.pageTitle')}
        </Typography>
        <Alert severity="info">{t('medical.notFound')}</Alert>
      </>
    );
  return <PriceListView list={list} reload={() => refetch({ requestPolicy: 'network-only' })} />;
}
