import { linkTo, useModuleTranslation, useRights } from '@kente/sdk';
import {
  Button,
  deepestLocation,
  LocationPicker,
  locationLabel,
  MenuItem,
  SearchPage,
  SearchTextField,
  TextField,
  usePagedQuery,
  useSearchState,
} from '@kente/sdk/ui';
import { PRICE_LIST_RIGHTS } from './kinds.js';
import { PRICE_LISTS, type PriceListDetails } from './medicalQueries.js';

const SORTS = ['NAME'] as const;
const TEXT = ['name'] as const;

/** Price lists of services and items: by kind, name and the region or district they belong to (or national ones); every filter in the URL. */
export default function PriceListsPage() {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  const search = useSearchState({ text: TEXT, sorts: SORTS, defaultSort: 'NAME' });
  const { query, update } = search;
  const canServices = has(PRICE_LIST_RIGHTS.S.search);
  const canItems = has(PRICE_LIST_RIGHTS.I.search);
  // a user who reads one kind only sees that kind (the server refuses the other)
  const asked = query.get('kind');
  const kind = canServices && canItems ? (asked === 'S' || asked === 'I' ? asked : '') : canServices ? 'S' : 'I';
  const national = query.get('national') === '1';
  const locationId = deepestLocation(search.location);
  const filter = {
    ...(query.get('name') ? { search: query.get('name') } : {}),
    ...(kind ? { kind } : {}),
    ...(national ? { nationalOnly: true } : locationId ? { locationId } : {}),
  };
  const paged = usePagedQuery<PriceListDetails>({ query: PRICE_LISTS, field: 'priceLists', variables: { filter } });
  const canAdd = has(PRICE_LIST_RIGHTS.S.add) || has(PRICE_LIST_RIGHTS.I.add);
  return (
    <SearchPage<PriceListDetails>
      title={t('priceLists.title')}
      intro={t('priceLists.intro')}
      actions={
        canAdd && (
          <Button variant="contained" {...linkTo('/admin/price-lists/new')}>
            {t('priceLists.create')}
          </Button>
        )
      }
      filtersLabel={t('priceLists.filters')}
      search={search}
      filters={
        <>
          <SearchTextField search={search} name="name" label={t('priceLists.fields.name')} />
          {canServices && canItems && (
            <TextField
              select
              size="small"
              label={t('priceLists.fields.kind')}
              value={kind}
              onChange={(e) => update({ kind: e.target.value || null })}
              sx={{ width: 220 }}
            >
              <MenuItem value="">{t('medical.any')}</MenuItem>
              <MenuItem value="S">{t('priceLists.kinds.S')}</MenuItem>
              <MenuItem value="I">{t('priceLists.kinds.I')}</MenuItem>
            </TextField>
          )}
          <TextField
            select
            size="small"
            label={t('priceLists.scope')}
            value={national ? '1' : ''}
            onChange={(e) => update({ national: e.target.value || null })}
            sx={{ width: 200 }}
          >
            <MenuItem value="">{t('priceLists.byLocation')}</MenuItem>
            <MenuItem value="1">{t('priceLists.nationalOnly')}</MenuItem>
          </TextField>
        </>
      }
      moreFilters={
        !national && <LocationPicker filter depth="D" label={t('priceLists.fields.location')} value={search.location} onChange={search.setLocation} />
      }
      caption={t('priceLists.results')}
      empty={t('priceLists.empty')}
      rowKey={(row) => row.id}
      rowHref={(row) => `/admin/price-lists/${row.id}`}
      source={paged}
      columns={[
        { key: 'name', header: t('priceLists.fields.name'), render: (row) => row.name, sortKey: 'NAME' },
        { key: 'kind', header: t('priceLists.fields.kind'), render: (row) => t(`priceLists.kinds.${row.kind}`) },
        { key: 'location', header: t('priceLists.fields.location'), render: (row) => (row.location ? locationLabel(row.location) : t('priceLists.national')) },
      ]}
    />
  );
}
