import { linkTo, useFormat, useModuleTranslation, useRights } from '@kente/sdk';
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
import { graphql, LOCATION_PATH, type ResultOf } from '../graphql.js';

const FAMILIES = graphql(
  `
  query FamilySearch($filter: FamilyFilter, $orderBy: FamilyOrder, $first: Int, $after: String) {
    families(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo { hasNextPage endCursor }
      edges { node { id head { id insuranceNumber lastName otherNames } village { ...LocationPath } povertyStatus memberCount } }
    }
  }
`,
  [LOCATION_PATH],
);

type FamilyRow = ResultOf<typeof FAMILIES>['families']['edges'][number]['node'];

const SORTS = ['HEAD_LAST_NAME', 'HEAD_INSURANCE_NUMBER'] as const;
const TEXT_FILTERS = ['name', 'number'] as const;

/** Family/group search: every filter and the sort live in the URL (bookmarkable, Back works). */
export default function FamiliesPage() {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const { has } = useRights();
  const search = useSearchState({ text: TEXT_FILTERS, sorts: SORTS, defaultSort: 'HEAD_LAST_NAME' });
  const { query, update } = search;
  const poverty = query.get('poverty') ?? '';
  const locationId = deepestLocation(search.location);
  const filter = {
    ...(locationId ? { locationId } : {}),
    ...(query.get('name') ? { search: query.get('name') } : {}),
    ...(query.get('number') ? { headInsuranceNumber: query.get('number') } : {}),
    ...(poverty ? { povertyStatus: poverty === 'yes' } : {}),
  };
  const paged = usePagedQuery<FamilyRow>({ query: FAMILIES, field: 'families', variables: { filter, orderBy: search.sort } });
  const povertyLabel = (poor: boolean | null) => (poor == null ? '' : t(poor ? 'families.poor' : 'families.notPoor'));
  return (
    <SearchPage<FamilyRow>
      title={t('families.title')}
      intro={t('families.intro')}
      actions={
        has(101002) && (
          <Button variant="contained" {...linkTo('/insurees/families/new')}>
            {t('families.create')}
          </Button>
        )
      }
      filtersLabel={t('families.filters')}
      search={search}
      filters={
        <>
          <SearchTextField search={search} name="name" label={t('families.name')} />
          <SearchTextField search={search} name="number" label={t('families.headNumber')} numeric width={200} />
          <TextField
            select
            size="small"
            label={t('families.poverty')}
            value={poverty}
            onChange={(e) => update({ poverty: e.target.value })}
            sx={{ width: 160 }}
          >
            <MenuItem value="">{t('families.any')}</MenuItem>
            <MenuItem value="yes">{povertyLabel(true)}</MenuItem>
            <MenuItem value="no">{povertyLabel(false)}</MenuItem>
          </TextField>
        </>
      }
      moreFilters={<LocationPicker filter label={t('search.location')} value={search.location} onChange={search.setLocation} />}
      caption={t('families.results')}
      empty={t('families.empty')}
      rowKey={(row) => row.id}
      rowHref={(row) => `/insurees/families/${row.id}`}
      source={paged}
      columns={[
        { key: 'head', header: t('families.head'), sortKey: 'HEAD_LAST_NAME', render: (row) => `${row.head.lastName} ${row.head.otherNames}` },
        { key: 'number', header: t('insuree.insuranceNumber'), sortKey: 'HEAD_INSURANCE_NUMBER', render: (row) => row.head.insuranceNumber },
        { key: 'village', header: t('family.village'), render: (row) => locationLabel(row.village) },
        { key: 'members', header: t('families.members'), align: 'right', render: (row) => format.number(row.memberCount) },
        // The same words as the filter above.
        { key: 'poverty', header: t('family.povertyStatus'), render: (row) => povertyLabel(row.povertyStatus) },
      ]}
    />
  );
}
