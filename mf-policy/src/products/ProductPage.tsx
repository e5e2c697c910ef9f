import { useModuleTranslation, useRights } from '@kente/sdk';
import { Alert, Box, Button, Card, CardContent, Chip, HistoryPanel, ProgressLine, Stack, Typography } from '@kente/sdk/ui';
import { lazy, Suspense, useState } from 'react';
import { useQuery } from 'urql';
import { PRODUCT_BY_ID, type ProductDetails } from './productQueries.js';

// The form (react-hook-form, the contract's rules) and its dialogs load after the page's first paint.
const Editors = lazy(() => import('./productEditors.js'));

/** A product (/admin/products/:productId) or a new one (/admin/products/new): the tabbed form, Duplicate, the history. */
export default function ProductPage(props: { params: { productId?: string } }) {
  const productId = props.params.productId;
  return productId ? <StoredProduct key={productId} productId={productId} /> : <NewProduct />;
}

function NewProduct() {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
      <Typography variant="h5" component="h1">
        {t('product.newTitle')}
      </Typography>
      {has(121002) ? (
        <Card variant="outlined">
          <CardContent>
            <Suspense fallback={<ProgressLine aria-label={t('product.loading')} />}>
              <Editors mode="new" />
            </Suspense>
          </CardContent>
        </Card>
      ) : (
        <Alert severity="warning">{t('product.notAllowed')}</Alert>
      )}
    </Box>
  );
}

/** A covered-lines change as its history holds it ({ added: ids, removed: ids, settings }): how many of each. */
function linesChange(json: string): { added: number; removed: number } | null {
  try {
    const value = JSON.parse(json) as { added?: unknown; removed?: unknown };
    return { added: Array.isArray(value.added) ? value.added.length : 0, removed: Array.isArray(value.removed) ? value.removed.length : 0 };
  } catch {
    return null;
  }
}

function StoredProduct({ productId }: { productId: string }) {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  const [result] = useQuery({ query: PRODUCT_BY_ID, variables: { id: productId } });
  // The latest saved product (a save, a conflict reload) until the query catches up; the version raised by covered lines.
  const [saved, setSaved] = useState<ProductDetails | null>(null);
  const [linesVersion, setLinesVersion] = useState(0);
  const [duplicating, setDuplicating] = useState(false);
  // Changes name the form's labels; the covered lines are listed under their own words.
  const historyLabel = (field: string) => t([`product.fields.${field}`, `product.tabs.${field}`, field]);
  const describeLines = (change: { field: string; to: string }) => {
    const lines = change.field === 'services' || change.field === 'items' ? linesChange(change.to) : null;
    return lines && t(`product.lines.${change.field}.history`, lines);
  };
  const fetched = result.data?.product;
  const product = saved && fetched && saved.version > fetched.version ? saved : fetched;
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
      {result.fetching && !product && <ProgressLine aria-label={t('product.loading')} />}
      {result.error && <Alert severity="error">{result.error.graphQLErrors[0]?.message ?? result.error.message}</Alert>}
      {!product && (
        <Typography variant="h5" component="h1">
          {t('product.pageTitle')}
        </Typography>
      )}
      {!result.fetching && !result.error && !product && <Alert severity="info">{t('product.notFound')}</Alert>}
      {product && (
        <>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="h5" component="h1">
              {product.name}
            </Typography>
            <Chip label={product.code} variant="outlined" />
            <Box sx={{ flex: 1 }} />
            {has(121005) && (
              <Button variant="outlined" onClick={() => setDuplicating(true)}>
                {t('product.duplicate.action')}
              </Button>
            )}
          </Stack>
          <Card variant="outlined">
            <CardContent>
              <Suspense fallback={<ProgressLine aria-label={t('product.loading')} />}>
                <Editors mode="edit" product={product} onSaved={setSaved} onVersion={setLinesVersion} />
                {duplicating && <Editors mode="duplicate" product={product} onClose={() => setDuplicating(false)} />}
              </Suspense>
            </CardContent>
          </Card>
          <Card variant="outlined">
            <CardContent>
              <HistoryPanel
                entityType="Product"
                entityId={product.id}
                version={Math.max(product.version, linesVersion)}
                fieldLabel={historyLabel}
                describe={describeLines}
              />
            </CardContent>
          </Card>
        </>
      )}
    </Box>
  );
}
