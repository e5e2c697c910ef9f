import { useModuleTranslation, useRights } from '@kente/sdk';
import { Alert, Box, Card, CardContent, HistoryPanel, ProgressLine, Typography } from '@kente/sdk/ui';
import { lazy, Suspense, useState } from 'react';
import { useQuery } from 'urql';
import type { CatalogDetails } from './CatalogEditor.js';
import { KINDS } from './kinds.js';
import type { CatalogKind } from './medicalForm.js';
import { DIAGNOSIS_BY_ID, ITEM_BY_ID, SERVICE_BY_ID } from './medicalQueries.js';

// The form (react-hook-form) loads after the page's first paint.
const CatalogEditor = lazy(() => import('./CatalogEditor.js'));

const BY_ID = { S: [SERVICE_BY_ID, 'medicalService'], I: [ITEM_BY_ID, 'medicalItem'], D: [DIAGNOSIS_BY_ID, 'diagnosis'] } as const;

/** A service, item or diagnosis (`<base>/:id`) or a new one (`<base>/new`): the form, Delete, the history. */
export function CatalogRecordPage({ kind, id }: { kind: CatalogKind; id?: string }) {
  return id ? <Stored key={id} kind={kind} id={id} /> : <New kind={kind} />;
}

function New({ kind }: { kind: CatalogKind }) {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  const spec = KINDS[kind];
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
      <Typography variant="h5" component="h1">
        {t(`medical.${spec.key}.newTitle`)}
      </Typography>
      {has(spec.rights.add) ? (
        <Card variant="outlined">
          <CardContent>
            <Suspense fallback={<ProgressLine aria-label={t('medical.loading')} />}>
              <CatalogEditor kind={kind} record={null} />
            </Suspense>
          </CardContent>
        </Card>
      ) : (
        <Alert severity="warning">{t('medical.notAllowed')}</Alert>
      )}
    </Box>
  );
}

function Stored({ kind, id }: { kind: CatalogKind; id: string }) {
  const { t } = useModuleTranslation();
  const spec = KINDS[kind];
  const [doc, field] = BY_ID[kind];
  const [result] = useQuery({ query: doc, variables: { id } });
  const [saved, setSaved] = useState<CatalogDetails | null>(null);
  const fetched = (result.data as Record<string, CatalogDetails | null> | undefined)?.[field] ?? null;
  const record = saved && fetched && saved.version > fetched.version ? saved : fetched;
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
      {result.fetching && !record && <ProgressLine aria-label={t('medical.loading')} />}
      {result.error && <Alert severity="error">{result.error.graphQLErrors[0]?.message ?? result.error.message}</Alert>}
      <Typography variant="h5" component="h1">
        {record ? `${record.code} ${record.name}` : t(`medical.${spec.key}.pageTitle`)}
      </Typography>
      {!result.fetching && !result.error && !record && <Alert severity="info">{t('medical.notFound')}</Alert>}
      {record && (
        <>
          <Card variant="outlined">
            <CardContent>
              <Suspense fallback={<ProgressLine aria-label={t('medical.loading')} />}>
                <CatalogEditor key={record.id} kind={kind} record={record} onSaved={setSaved} />
              </Suspense>
            </CardContent>
          </Card>
          <Card variant="outlined">
            <CardContent>
              <HistoryPanel entityType={spec.entity} entityId={record.id} version={record.version} fieldLabel={(f) => t([`medical.fields.${f}`, f])} />
            </CardContent>
          </Card>
        </>
      )}
    </Box>
  );
}
