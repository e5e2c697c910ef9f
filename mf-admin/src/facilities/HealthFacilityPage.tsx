import { useModuleTranslation, useRights } from '@kente/sdk';
import { Alert, Box, Card, CardContent, ProgressLine, RecordPanels, Typography } from '@kente/sdk/ui';
import { lazy, Suspense, useState } from 'react';
import { useQuery } from 'urql';
import { FACILITY_BY_ID, type FacilityDetails } from './facilityQueries.js';

// The form (react-hook-form) loads after the page's first paint.
const HealthFacilityEditor = lazy(() => import('./HealthFacilityEditor.js'));

/** A health facility (/admin/health-facilities/:facilityId) or a new one (/admin/health-facilities/new): the form, Delete, other modules' panels, the history. */
export default function HealthFacilityPage(props: { params: { facilityId?: string } }) {
  const facilityId = props.params.facilityId;
  return facilityId ? <StoredFacility key={facilityId} facilityId={facilityId} /> : <NewFacility />;
}

function NewFacility() {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
      <Typography variant="h5" component="h1">
        {t('facility.newTitle')}
      </Typography>
      {has(121102) ? (
        <Card variant="outlined">
          <CardContent>
            <Suspense fallback={<ProgressLine aria-label={t('facility.loading')} />}>
              <HealthFacilityEditor facility={null} />
            </Suspense>
          </CardContent>
        </Card>
      ) : (
        <Alert severity="warning">{t('facility.notAllowed')}</Alert>
      )}
    </Box>
  );
}

function StoredFacility({ facilityId }: { facilityId: string }) {
  const { t } = useModuleTranslation();
  const [result] = useQuery({ query: FACILITY_BY_ID, variables: { id: facilityId } });
  const [saved, setSaved] = useState<FacilityDetails | null>(null);
  const fetched = result.data?.healthFacility;
  const facility = saved && fetched && saved.version > fetched.version ? saved : fetched;
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
      {result.fetching && !facility && <ProgressLine aria-label={t('facility.loading')} />}
      {result.error && <Alert severity="error">{result.error.graphQLErrors[0]?.message ?? result.error.message}</Alert>}
      <Typography variant="h5" component="h1">
        {facility ? `${facility.name} (${facility.code})` : t('facility.pageTitle')}
      </Typography>
      {!result.fetching && !result.error && !facility && <Alert severity="info">{t('facility.notFound')}</Alert>}
      {facility && (
        <>
          <Card variant="outlined">
            <CardContent>
              <Suspense fallback={<ProgressLine aria-label={t('facility.loading')} />}>
                <HealthFacilityEditor key={facility.id} facility={facility} onSaved={setSaved} />
              </Suspense>
            </CardContent>
          </Card>
          <RecordPanels
            name="admin.healthFacility.panels"
            props={{ healthFacilityId: facility.id }}
            history={{
              entityType: 'HealthFacility',
              entityId: facility.id,
              version: facility.version,
              fieldLabel: (field: string) => t([`facility.fields.${field}`, field]),
            }}
          />
        </>
      )}
    </Box>
  );
}
