import { GENDERS, INSUREE_STATUSES } from '@kente/contract-insuree';
import { useFormat, useModuleTranslation } from '@kente/sdk';
import {
  Box,
  DateField,
  deepestLocation,
  LocationPicker,
  MenuItem,
  SearchPage,
  SearchTextField,
  TextField,
  usePagedQuery,
  useSearchState,
} from '@kente/sdk/ui';
import { graphql, type ResultOf } from '../graphql.js';

const INSUREES = graphql(`
  query InsureeSearch($filter: InsureeFilter, $orderBy: InsureeOrder, $first: Int, $after: String) {
    insurees(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo { hasNextPage endCursor }
      edges { node { id insuranceNumber lastName otherNames gender birthDate status isHead family { id village { id name } } } }
    }
  }
`);

type InsureeRow = ResultOf<typeof INSUREES>['insurees']['edges'][number]['node'];

const SORTS = ['LAST_NAME', 'INSURANCE_NUMBER', 'BIRTH_DATE'] as const;
const TEXT_FILTERS = ['name', 'number', 'bornFrom', 'bornTo'] as const;
const validDate = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

/** Insuree search: filters and sort live in the URL (bookmarkable, Back works). */
export default function InsureesPage() {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const search = useSearchState({ text: TEXT_FILTERS, sorts: SORTS, defaultSort: 'LAST_NAME' });
  const { query, update, text } = search;
  const gender = query.get('gender') ?? '';
  const status = query.get('status') ?? '';
  const filter = Object.fromEntries(
    Object.entries({
      locationId: deepestLocation(search.location),
      search: query.get('name') ?? undefined,
      insuranceNumber: query.get('number') ?? undefined,
      gender: gender || undefined,
      status: status || undefined,
      birthDateFrom: validDate(query.get('bornFrom')),
      birthDateTo: validDate(query.get('bornTo')),
    }).filter(([, v]) => v),
  );
  const paged = usePagedQuery<InsureeRow>({ query: INSUREES, field: 'insurees', variables: { filter, orderBy: search.sort } });
  const dateFilter = (key: 'bornFrom' | 'bornTo') => (
    <Box sx={{ width: 170 }}>
      <DateField label={t(`insurees.${key}`)} value={text.drafts[key]} onChange={(value) => text.set(key, value)} onBlur={text.endTyping} />
    </Box>
  );
  return (
    <SearchPage<InsureeRow>
      title={t('insurees.title')}
      intro={t('insurees.intro')}
      filtersLabel={t('insurees.filters')}
      search={search}
      filters={
        <>
          <SearchTextField search={search} name="name" label={t('insurees.name')} />
          <SearchTextField search={search} name="number" label={t('insuree.insuranceNumber')} numeric width={170} />
          <TextField select size="small" label={t('insuree.gender')} value={gender} onChange={(e) => update({ gender: e.target.value })} sx={{ width: 130 }}>
            <MenuItem value="">{t('families.any')}</MenuItem>
            {GENDERS.map((g) => (
              <MenuItem key={g} value={g}>
                {t(`codes.gender.${g}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField select size="small" label={t('insuree.status')} value={status} onChange={(e) => update({ status: e.target.value })} sx={{ width: 130 }}>
            <MenuItem value="">{t('families.any')}</MenuItem>
            {INSUREE_STATUSES.map((s) => (
              <MenuItem key={s} value={s}>
                {t(`codes.status.${s}`)}
              </MenuItem>
            ))}
          </TextField>
          {dateFilter('bornFrom')}
          {dateFilter('bornTo')}
        </>
      }
      moreFilters={<LocationPicker filter label={t('search.location')} value={search.location} onChange={search.setLocation} />}
      caption={t('insurees.results')}
      empty={t('insurees.empty')}
      rowKey={(row) => row.id}
      rowHref={(row) => `/insurees/insurees/${row.id}`}
      source={paged}
      columns={[
        { key: 'number', header: t('insuree.insuranceNumber'), sortKey: 'INSURANCE_NUMBER', render: (row) => row.insuranceNumber },
        { key: 'name', header: t('insuree.name'), sortKey: 'LAST_NAME', render: (row) => `${row.lastName} ${row.otherNames}` },
        { key: 'gender', header: t('insuree.gender'), render: (row) => t(`codes.gender.${row.gender}`) },
        { key: 'birthDate', header: t('insuree.birthDate'), sortKey: 'BIRTH_DATE', render: (row) => format.date(row.birthDate) },
        { key: 'village', header: t('family.village'), render: (row) => row.family.village.name },
        { key: 'status', header: t('insuree.status'), render: (row) => t(`codes.status.${row.status}`) },
      ]}
    />
  );
}
