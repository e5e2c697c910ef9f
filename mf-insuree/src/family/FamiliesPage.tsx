import { useDataTableLabels, useFormat, useModuleTranslation, useNavigate, useRights } from '@kente/sdk';
import { Box, Button, DataTable, MenuItem, Stack, TextField, Typography, usePagedQuery } from '@kente/sdk/ui';
import type { FormEvent } from 'react';
import { LOCATION_PATH_FIELDS, type LocationNode, locationLabel } from '../insuree/insureeQueries.js';
import { deepestLocation, LocationPicker } from '../location/LocationPicker.js';
import { locationPathFromQuery, locationQueryPatch } from '../location/locationQuery.js';
import { SortHeader } from '../search/SortHeader.js';
import { useFilterDrafts } from '../search/useFilterDrafts.js';
import { useUrlQuery } from '../search/useUrlQuery.js';

const FAMILIES = /* GraphQL */ `
  query FamilySearch($filter: FamilyFilter, $orderBy: FamilyOrder, $first: Int, $after: String) {
    families(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo { hasNextPage endCursor }
      edges { node { id head { id insuranceNumber lastName otherNames } village { ${LOCATION_PATH_FIELDS} } povertyStatus memberCount } }
    }
  }
`;

interface FamilyRow {
  id: string;
  head: { id: string; insuranceNumber: string; lastName: string; otherNames: string };
  village: LocationNode;
  povertyStatus: boolean | null;
  memberCount: number;
}

const SORTS = ['HEAD_LAST_NAME', 'HEAD_INSURANCE_NUMBER'] as const;
const TEXT_FILTERS = ['name', 'number'] as const;

/** Family/group search: every filter and the sort live in the URL (bookmarkable, Back works). */
export default function FamiliesPage() {
  const { t } = useModuleTranslation();
  const labels = useDataTableLabels();
  const format = useFormat();
  const navigate = useNavigate();
  const { has } = useRights();
  const { query, update } = useUrlQuery();
  const text = useFilterDrafts(TEXT_FILTERS, query, update);
  const location = locationPathFromQuery(query);
  const poverty = query.get('poverty') ?? '';
  const sort = SORTS.find((s) => s === query.get('sort')) ?? 'HEAD_LAST_NAME';
  const locationId = deepestLocation(location);
  const filter = {
    ...(locationId ? { locationId } : {}),
    ...(query.get('name') ? { search: query.get('name') } : {}),
    ...(query.get('number') ? { headInsuranceNumber: query.get('number') } : {}),
    ...(poverty ? { povertyStatus: poverty === 'yes' } : {}),
  };
  const paged = usePagedQuery<FamilyRow>({ query: FAMILIES, field: 'families', variables: { filter, orderBy: sort } });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    text.apply();
  };
  return (
    <Box sx={{ p: 3 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="h5" component="h1">
          {t('families.title')}
        </Typography>
        {has(101002) && (
          <Button
            variant="contained"
            href="/insurees/families/new"
            onClick={(e) => {
              e.preventDefault();
              navigate('/insurees/families/new');
            }}
          >
            {t('families.create')}
          </Button>
        )}
      </Stack>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('families.intro')}
      </Typography>
      <Box component="form" role="search" aria-label={t('families.filters')} onSubmit={submit} sx={{ display: 'grid', gap: 1, mb: 2 }}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <TextField
            size="small"
            type="search"
            label={t('families.name')}
            value={text.drafts.name}
            onChange={(e) => text.set('name', e.target.value)}
            onBlur={text.endTyping}
            sx={{ width: 240 }}
          />
          <TextField
            size="small"
            type="search"
            label={t('families.headNumber')}
            value={text.drafts.number}
            onChange={(e) => text.set('number', e.target.value)}
            onBlur={text.endTyping}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            sx={{ width: 200 }}
          />
          <TextField
            select
            size="small"
            label={t('families.poverty')}
            value={poverty}
            onChange={(e) => update({ poverty: e.target.value })}
            sx={{ width: 160 }}
          >
            <MenuItem value="">{t('families.any')}</MenuItem>
            <MenuItem value="yes">{t('families.poor')}</MenuItem>
            <MenuItem value="no">{t('families.notPoor')}</MenuItem>
          </TextField>
          <Button type="submit" variant="outlined">
            {t('search.submit')}
          </Button>
          <Button type="button" onClick={() => navigate('/insurees/families')}>
            {t('search.clear')}
          </Button>
        </Stack>
        <LocationPicker filter label={t('search.location')} value={location} onChange={(path) => update(locationQueryPatch(path))} />
      </Box>
      <DataTable<FamilyRow>
        caption={t('families.results')}
        labels={{ ...labels, empty: t('families.empty') }}
        rowKey={(row) => row.id}
        onRowClick={(row) => navigate(`/insurees/families/${row.id}`)}
        source={paged}
        columns={[
          {
            key: 'head',
            header: <SortHeader label={t('families.head')} sortKey="HEAD_LAST_NAME" current={sort} onSort={(s) => update({ sort: s })} />,
            render: (row) => `${row.head.lastName} ${row.head.otherNames}`,
          },
          {
            key: 'number',
            header: <SortHeader label={t('insuree.insuranceNumber')} sortKey="HEAD_INSURANCE_NUMBER" current={sort} onSort={(s) => update({ sort: s })} />,
            render: (row) => row.head.insuranceNumber,
          },
          { key: 'village', header: t('family.village'), render: (row) => locationLabel(row.village) },
          { key: 'members', header: t('families.members'), align: 'right', render: (row) => format.number(row.memberCount) },
          {
            key: 'poverty',
            header: t('family.povertyStatus'),
            render: (row) => (row.povertyStatus == null ? '' : t(row.povertyStatus ? 'families.poor' : 'families.notPoor')),
          },
        ]}
      />
    </Box>
  );
}
