import { useDataTableLabels, useModuleTranslation } from '@kente/sdk';
import { Box, DataTable, MenuItem, Stack, TextField, Typography, usePagedQuery } from '@kente/sdk/ui';
import { useDeferredValue, useState } from 'react';

const LOCATIONS = /* GraphQL */ `
  query AdminLocations($filter: LocationFilter, $first: Int, $after: String) {
    locations(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo { hasNextPage endCursor }
      edges { node { id code name type parent { id name } } }
    }
  }
`;

interface LocationRow {
  id: string;
  code: string;
  name: string;
  type: 'R' | 'D' | 'M' | 'V';
  parent: { id: string; name: string } | null;
}

export default function LocationsPage() {
  const { t } = useModuleTranslation();
  const labels = useDataTableLabels();
  const [search, setSearch] = useState('');
  const [type, setType] = useState('');
  const deferredSearch = useDeferredValue(search.trim());
  const paged = usePagedQuery<LocationRow>({
    query: LOCATIONS,
    field: 'locations',
    variables: { filter: { ...(type ? { type } : {}), ...(deferredSearch ? { search: deferredSearch } : {}) } },
  });
  return (
    <Box sx={{ p: 3 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t('locations.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('locations.intro')}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
        <TextField label={t('search')} value={search} onChange={(e) => setSearch(e.target.value)} type="search" sx={{ width: 280 }} />
        <TextField select label={t('locations.type')} value={type} onChange={(e) => setType(e.target.value)} sx={{ width: 180 }}>
          <MenuItem value="">{t('locations.types.all')}</MenuItem>
          {(['R', 'D', 'M', 'V'] as const).map((code) => (
            <MenuItem key={code} value={code}>
              {t(`locations.types.${code}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <DataTable<LocationRow>
        caption={t('locations.title')}
        labels={labels}
        rowKey={(row) => row.id}
        columns={[
          { key: 'code', header: t('locations.code'), render: (row) => row.code },
          { key: 'name', header: t('locations.name'), render: (row) => row.name },
          { key: 'type', header: t('locations.type'), render: (row) => t(`locations.types.${row.type}`) },
          { key: 'parent', header: t('locations.parent'), render: (row) => row.parent?.name ?? '—' },
        ]}
        source={paged}
      />
    </Box>
  );
}
