import { linkTo, useModuleTranslation, useRights } from '@kente/sdk';
import { Alert, Box, Button, Card, CardContent, HistoryPanel, Link, ProgressLine, Stack, Typography, useLocationLevelName, useUrlQuery } from '@kente/sdk/ui';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { LocationsLayout } from './LocationsLayout.js';
import { childLevel, isLevel } from './locationForm.js';
import { LOCATION_BY_ID, LOCATION_PARENT, type LocationDetails } from './locationQueries.js';

// The form (react-hook-form) loads after the page's first paint.
const LocationEditor = lazy(() => import('./LocationEditor.js'));

interface ChainNode {
  id: string;
  name: string;
  type: string;
  parent?: ChainNode | null;
}

/** Region first: the locations above `node` and itself. */
function chainOf(node: ChainNode | null | undefined): ChainNode[] {
  const chain: ChainNode[] = [];
  for (let current = node; current; current = current.parent) chain.unshift(current);
  return chain;
}

/** The links to the locations above, region first. */
function Breadcrumbs({ chain }: { chain: ChainNode[] }) {
  const { t } = useModuleTranslation();
  if (!chain.length) return null;
  return (
    <Box component="nav" aria-label={t('location.path')} sx={{ typography: 'body2', color: 'text.secondary' }}>
      {chain.map((node, index) => (
        <span key={node.id}>
          {index > 0 && ' › '}
          <Link {...linkTo(`/admin/locations/${node.id}`)} underline="hover">
            {node.name}
          </Link>
        </span>
      ))}
    </Box>
  );
}

/** A location (/admin/locations/:locationId) or a new one (/admin/locations/new?parent=ID: under that parent; none: a region). */
export default function LocationPage(props: { params: { locationId?: string } }) {
  const locationId = props.params.locationId;
  return locationId ? <StoredLocation key={locationId} locationId={locationId} /> : <NewLocation />;
}

function NewLocation() {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  const levelName = useLocationLevelName();
  const { query } = useUrlQuery();
  const parentId = query.get('parent');
  const [result] = useQuery({ query: LOCATION_PARENT, variables: { id: parentId ?? '' }, pause: !parentId });
  const parent = result.data?.location;
  const level = parent ? (isLevel(parent.type) ? childLevel(parent.type) : null) : parentId ? null : 'R';
  const chain = useMemo(() => chainOf(parent), [parent]);
  return (
    <LocationsLayout selectedId={parent?.id} open={chain.map((n) => n.id)}>
      <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
        <Breadcrumbs chain={chain} />
        <Typography variant="h5" component="h1">
          {level ? t('location.newOf', { level: levelName(level) }) : t('location.newTitle')}
        </Typography>
        {result.fetching && <ProgressLine aria-label={t('location.loading')} />}
        {result.error && <Alert severity="error">{result.error.graphQLErrors[0]?.message ?? result.error.message}</Alert>}
        {parentId && !result.fetching && !result.error && !level && <Alert severity="info">{t('location.noChildLevel')}</Alert>}
        {!has(121902) ? (
          <Alert severity="warning">{t('location.notAllowed')}</Alert>
        ) : (
          level && (
            <Card variant="outlined">
              <CardContent>
                <Suspense fallback={<ProgressLine aria-label={t('location.loading')} />}>
                  <LocationEditor location={null} level={level} parentId={parent?.id ?? null} />
                </Suspense>
              </CardContent>
            </Card>
          )
        )}
      </Box>
    </LocationsLayout>
  );
}

function StoredLocation({ locationId }: { locationId: string }) {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  const levelName = useLocationLevelName();
  const [result] = useQuery({ query: LOCATION_BY_ID, variables: { id: locationId } });
  const [saved, setSaved] = useState<LocationDetails | null>(null);
  const fetched = result.data?.location;
  const location = saved && fetched && saved.version > fetched.version ? saved : fetched;
  const chain = useMemo(() => chainOf(location?.parent), [location?.parent]);
  const open = useMemo(() => [...chain.map((n) => n.id), locationId], [chain, locationId]);
  const level = location && isLevel(location.type) ? location.type : null;
  const below = level ? childLevel(level) : null;
  return (
    <LocationsLayout selectedId={locationId} open={open}>
      <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
        {result.fetching && !location && <ProgressLine aria-label={t('location.loading')} />}
        {result.error && <Alert severity="error">{result.error.graphQLErrors[0]?.message ?? result.error.message}</Alert>}
        <Breadcrumbs chain={chain} />
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
          <Typography variant="h5" component="h1">
            {location ? `${location.name}${level ? ` (${levelName(level)})` : ''}` : t('location.pageTitle')}
          </Typography>
          {location && below && has(121902) && (
            <Button variant="outlined" {...linkTo(`/admin/locations/new?parent=${location.id}`)}>
              {t('location.addChild', { level: levelName(below) })}
            </Button>
          )}
        </Stack>
        {!result.fetching && !result.error && !location && <Alert severity="info">{t('location.notFound')}</Alert>}
        {location && level && (
          <>
            <Card variant="outlined">
              <CardContent>
                <Suspense fallback={<ProgressLine aria-label={t('location.loading')} />}>
                  <LocationEditor key={location.id} location={location} level={level} parentId={location.parentId ?? null} onSaved={setSaved} />
                </Suspense>
              </CardContent>
            </Card>
            <Card variant="outlined">
              <CardContent>
                <HistoryPanel
                  entityType="Location"
                  entityId={location.id}
                  version={location.version}
                  fieldLabel={(field) => t([`location.fields.${field}`, field])}
                />
              </CardContent>
            </Card>
          </>
        )}
      </Box>
    </LocationsLayout>
  );
}
