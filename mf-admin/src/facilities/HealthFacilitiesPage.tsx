import { useDataTableLabels, useModuleTranslation } from '@kente/sdk';
import { Box, DataTable, TextField, Typography, usePagedQuery } from '@kente/sdk/ui';
import { useDeferredValue, useState } from 'react';

const FACILITIES = /* GraphQL */ `
  query AdminHealthFacilities($filter: HealthFacilityFilter, $first: Int, $after: String) {
    healthFacilities(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo { hasNextPage endCursor }
      edges { node { id code name level location { id name } } }
    }
  }
`;

interface FacilityRow {
  id: string;
  code: string;
  name: string;
  level: 'D' | 'C' | 'H';
  location: { id: string; name: string } | null;
}

export default function HealthFacilitiesPage() {
  const { t } = useModuleTranslation();
  const labels = useDataTableLabels();
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search.trim());
  const paged = usePagedQuery<FacilityRow>({
    query: FACILITIES,
    field: 'healthFacilities',
    variables: { filter: deferredSearch ? { search: deferredSearch } : {} },
  });
  return (
    <Box sx={{ p: 3 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t('facilities.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('facilities.intro')}
      </Typography>
      <TextField label={t('search')} value={search} onChange={(e) => setSearch(e.target.value)} type="search" sx={{ width: 280, mb: 1 }} />
      <DataTable<FacilityRow>
        caption={t('facilities.title')}
        labels={labels}
        rowKey={(row) => row.id}
        columns={[
          { key: 'code', header: t('facilities.code'), render: (row) => row.code },
          { key: 'name', header: t('facilities.name'), render: (row) => row.name },
          { key: 'level', header: t('facilities.level'), render: (row) => t(`facilities.levels.${row.level}`) },
          { key: 'location', header: t('facilities.location'), render: (row) => row.location?.name ?? '—' },
        ]}
        source={paged}
      />
    </Box>
  );
}
