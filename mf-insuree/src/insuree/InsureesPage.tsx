import { GENDERS, INSUREE_STATUSES } from '@kente/contract-insuree';
import { useDataTableLabels, useFormat, useModuleTranslation, useNavigate } from '@kente/sdk';
import { Box, Button, DataTable, MenuItem, Stack, TextField, Typography, usePagedQuery } from '@kente/sdk/ui';
import type { FormEvent } from 'react';
import { deepestLocation, LocationPicker } from '../location/LocationPicker.js';
import { locationPathFromQuery, locationQueryPatch } from '../location/locationQuery.js';
import { SortHeader } from '../search/SortHeader.js';
import { useFilterDrafts } from '../search/useFilterDrafts.js';
import { useUrlQuery } from '../search/useUrlQuery.js';

const INSUREES = /* GraphQL */ `
  query InsureeSearch($filter: InsureeFilter, $orderBy: InsureeOrder, $first: Int, $after: String) {
    insurees(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo { hasNextPage endCursor }
      edges { node { id insuranceNumber lastName otherNames gender birthDate status isHead family { id village { id name } } } }
    }
  }
`;

interface InsureeRow {
  id: string;
  insuranceNumber: string;
  lastName: string;
  otherNames: string;
  gender: string;
  birthDate: string;
  status: string;
  isHead: boolean;
  family: { id: string; village: { id: string; name: string } };
}

const SORTS = ['LAST_NAME', 'INSURANCE_NUMBER', 'BIRTH_DATE'] as const;
const TEXT_FILTERS = ['name', 'number', 'bornFrom', 'bornTo'] as const;

/** Insuree search: filters and sort live in the URL (bookmarkable, Back works). */
export default function InsureesPage() {
  const { t } = useModuleTranslation();
  const labels = useDataTableLabels();
  const format = useFormat();
  const navigate = useNavigate();
  const { query, update } = useUrlQuery();
  const text = useFilterDrafts(TEXT_FILTERS, query, update);
  const location = locationPathFromQuery(query);
  const gender = query.get('gender') ?? '';
  const status = query.get('status') ?? '';
  const sort = SORTS.find((s) => s === query.get('sort')) ?? 'LAST_NAME';
  const locationId = deepestLocation(location);
  const validDate = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
  const filter = Object.fromEntries(
    Object.entries({
      locationId,
      search: query.get('name') ?? undefined,
      insuranceNumber: query.get('number') ?? undefined,
      gender: gender || undefined,
      status: status || undefined,
      birthDateFrom: validDate(query.get('bornFrom')),
      birthDateTo: validDate(query.get('bornTo')),
    }).filter(([, v]) => v),
  );
  const paged = usePagedQuery<InsureeRow>({ query: INSUREES, field: 'insurees', variables: { filter, orderBy: sort } });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    text.apply();
  };
  const onSort = (key: string) => update({ sort: key });
  return (
    <Box sx={{ p: 3 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t('insurees.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('insurees.intro')}
      </Typography>
      <Box component="form" role="search" aria-label={t('insurees.filters')} onSubmit={submit} sx={{ display: 'grid', gap: 1, mb: 2 }}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <TextField
            size="small"
            type="search"
            label={t('insurees.name')}
            value={text.drafts.name}
            onChange={(e) => text.set('name', e.target.value)}
            onBlur={text.endTyping}
            sx={{ width: 220 }}
          />
          <TextField
            size="small"
            type="search"
            label={t('insuree.insuranceNumber')}
            value={text.drafts.number}
            onChange={(e) => text.set('number', e.target.value)}
            onBlur={text.endTyping}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            sx={{ width: 170 }}
          />
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
          <TextField
            size="small"
            type="date"
            label={t('insurees.bornFrom')}
            value={text.drafts.bornFrom}
            onChange={(e) => text.set('bornFrom', e.target.value)}
            onBlur={text.endTyping}
            slotProps={{ inputLabel: { shrink: true } }}
            sx={{ width: 160 }}
          />
          <TextField
            size="small"
            type="date"
            label={t('insurees.bornTo')}
            value={text.drafts.bornTo}
            onChange={(e) => text.set('bornTo', e.target.value)}
            onBlur={text.endTyping}
            slotProps={{ inputLabel: { shrink: true } }}
            sx={{ width: 160 }}
          />
          <Button type="submit" variant="outlined">
            {t('search.submit')}
          </Button>
          <Button type="button" onClick={() => navigate('/insurees/insurees')}>
            {t('search.clear')}
          </Button>
        </Stack>
        <LocationPicker filter label={t('search.location')} value={location} onChange={(path) => update(locationQueryPatch(path))} />
      </Box>
      <DataTable<InsureeRow>
        caption={t('insurees.results')}
        labels={{ ...labels, empty: t('insurees.empty') }}
        rowKey={(row) => row.id}
        onRowClick={(row) => navigate(`/insurees/insurees/${row.id}`)}
        source={paged}
        columns={[
          {
            key: 'number',
            header: <SortHeader label={t('insuree.insuranceNumber')} sortKey="INSURANCE_NUMBER" current={sort} onSort={onSort} />,
            render: (row) => row.insuranceNumber,
          },
          {
            key: 'name',
            header: <SortHeader label={t('insuree.name')} sortKey="LAST_NAME" current={sort} onSort={onSort} />,
            render: (row) => `${row.lastName} ${row.otherNames}`,
          },
          { key: 'gender', header: t('insuree.gender'), render: (row) => t(`codes.gender.${row.gender}`) },
          {
            key: 'birthDate',
            header: <SortHeader label={t('insuree.birthDate')} sortKey="BIRTH_DATE" current={sort} onSort={onSort} />,
            render: (row) => format.date(row.birthDate),
          },
          { key: 'village', header: t('family.village'), render: (row) => row.family.village.name },
          { key: 'status', header: t('insuree.status'), render: (row) => t(`codes.status.${row.status}`) },
        ]}
      />
    </Box>
  );
}
