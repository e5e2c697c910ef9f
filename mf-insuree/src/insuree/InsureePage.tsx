import { linkTo, useFormat, useModuleTranslation, useRights } from '@kente/sdk';
import { Alert, Box, Button, Card, CardContent, Chip, Link, ProgressLine, RecordPanels, Stack, Typography } from '@kente/sdk/ui';
import { lazy, Suspense, useState } from 'react';
import { useQuery } from 'urql';
import { InsureeStatusDialog } from './InsureeStatusDialog.js';
import { INSUREE_BY_ID, type InsureeDetails } from './insureeQueries.js';

// The form (react-hook-form, the contract's rules) loads after the page's first paint.
const InsureeEditor = lazy(() => import('./InsureeEditor.js'));

/** An insuree: the form, other modules' panels (insuree.insuree.panels) and the history of changes. */
export default function InsureePage(props: { params: { insureeId: string } }) {
  const { params } = props;
  const { t } = useModuleTranslation();
  const format = useFormat();
  const { has } = useRights();
  const [result] = useQuery({ query: INSUREE_BY_ID, variables: { id: params.insureeId } });
  const [changingStatus, setChangingStatus] = useState(false);
  // The latest saved version (from a save or a conflict reload) until the query catches up.
  const [saved, setSaved] = useState<InsureeDetails | null>(null);
  const [statusVersion, setStatusVersion] = useState<number | undefined>(undefined);
  const fetched = result.data?.insuree;
  const insuree = saved && fetched && saved.id === fetched.id && saved.version > fetched.version ? saved : fetched;
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
      {result.fetching && !insuree && <ProgressLine aria-label={t('form.loading')} />}
      {result.error && <Alert severity="error">{result.error.graphQLErrors[0]?.message ?? result.error.message}</Alert>}
      {!insuree && (
        <Typography variant="h5" component="h1">
          {t('insuree.title')}
        </Typography>
      )}
      {!result.fetching && !result.error && !insuree && <Alert severity="info">{t('insuree.notFound')}</Alert>}
      {insuree && (
        <>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="h5" component="h1">
              {insuree.lastName} {insuree.otherNames}
            </Typography>
            <Chip label={insuree.insuranceNumber} variant="outlined" />
            <Chip label={t(`codes.status.${insuree.status}`)} color={insuree.status === 'ACTIVE' ? 'success' : 'default'} />
            {insuree.statusDate && <Typography color="text.secondary">{format.date(insuree.statusDate)}</Typography>}
            {insuree.isHead && <Chip label={t('family.head')} color="primary" />}
            <Box sx={{ flex: 1 }} />
            {has(101103) && (
              <Button variant="outlined" onClick={() => setChangingStatus(true)}>
                {t('status.change')}
              </Button>
            )}
          </Stack>
          <Typography color="text.secondary">
            {t('insuree.familyOf')}{' '}
            <Link {...linkTo(`/insurees/families/${insuree.family.id}`)}>
              {t('family.headLine', { name: `${insuree.family.head.lastName} ${insuree.family.head.otherNames}`, number: insuree.family.head.insuranceNumber })}
            </Link>
          </Typography>
          <Card variant="outlined">
            <CardContent>
              <Suspense fallback={<ProgressLine aria-label={t('form.loading')} />}>
                <InsureeEditor key={insuree.id} insuree={insuree} statusVersion={statusVersion} onSaved={setSaved} />
              </Suspense>
            </CardContent>
          </Card>
          <RecordPanels
            name="insuree.insuree.panels"
            props={{ insureeId: insuree.id, insuranceNumber: insuree.insuranceNumber }}
            history={{ entityType: 'Insuree', entityId: insuree.id, version: insuree.version }}
          />
          {changingStatus && (
            <InsureeStatusDialog
              insuree={insuree}
              onClose={() => setChangingStatus(false)}
              onSaved={(updated) => {
                setSaved(updated);
                setStatusVersion(updated.version);
              }}
            />
          )}
        </>
      )}
    </Box>
  );
}
