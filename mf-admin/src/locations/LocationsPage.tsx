import { linkTo, useModuleTranslation, useRights } from '@kente/sdk';
import {
  Button,
  deepestLocation,
  LOCATION_LEVELS,
  LocationPicker,
  locationLabel,
  MenuItem,
  SearchPage,
  SearchTextField,
  TextField,
  useLocationLevelName,
  usePagedQuery,
  useSearchState,
} from '@kente/sdk/ui';
import { LocationsLayout } from './LocationsLayout.js';
import { isLevel } from './locationForm.js';
import { LOCATIONS, type LocationRow } from './locationQueries.js';

const SORTS = ['CODE'] as const;
const TEXT_FILTERS = ['q'] as const;

/** Locations: the tree to browse, and a server search by code or name, level and parent; every filter in the URL. */
export default function LocationsPage() {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  const levelName = useLocationLevelName();
  const search = useSearchState({ text: TEXT_FILTERS, sorts: SORTS, defaultSort: 'CODE' });
  const { query, update } = search;
  const type = query.get('type') ?? '';
  const parentId = deepestLocation(search.location);
  const filter = {
    ...(query.get('q') ? { search: query.get('q') } : {}),
    ...(isLevel(type) ? { type } : {}),
    ...(parentId ? { parentId } : {}),
  };
  const paged = usePagedQuery<LocationRow>({ query: LOCATIONS, field: 'locations', variables: { filter } });
  return (
    <LocationsLayout>
      <SearchPage<LocationRow>
        title={t('locations.title')}
        intro={t('locations.intro')}
        actions={
          has(121902) && (
            <Button variant="contained" {...linkTo('/admin/locations/new')}>
              {t('location.newOf', { level: levelName('R') })}
            </Button>
          )
        }
        filtersLabel={t('locations.filters')}
        search={search}
        filters={
          <>
            <SearchTextField search={search} name="q" label={t('search')} />
            <TextField
              select
              size="small"
              label={t('locations.type')}
              value={type}
              onChange={(e) => update({ type: e.target.value || null })}
              sx={{ width: 180 }}
            >
              <MenuItem value="">{t('locations.types.all')}</MenuItem>
              {LOCATION_LEVELS.map((code) => (
                <MenuItem key={code} value={code}>
                  {levelName(code)}
                </MenuItem>
              ))}
            </TextField>
          </>
        }
        moreFilters={<LocationPicker filter depth="M" label={t('locations.under')} value={search.location} onChange={search.setLocation} />}
        caption={t('locations.results')}
        empty={t('locations.empty')}
        rowKey={(row) => row.id}
        rowHref={(row) => `/admin/locations/${row.id}`}
        source={paged}
        columns={[
          { key: 'code', header: t('locations.code'), render: (row) => row.code },
          { key: 'name', header: t('locations.name'), render: (row) => row.name },
          { key: 'type', header: t('locations.type'), render: (row) => (isLevel(row.type) ? levelName(row.type) : row.type) },
          { key: 'parent', header: t('locations.parent'), render: (row) => (row.parent ? locationLabel(row.parent) : '—') },
        ]}
      />
    </LocationsLayout>
  );
}
