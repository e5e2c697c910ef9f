import { useDataTableLabels, useModuleTranslation } from '@kente/sdk';
import { Box, DataTable, TextField, Typography, usePagedQuery } from '@kente/sdk/ui';
import { useDeferredValue, useState } from 'react';

const USERS = /* GraphQL */ `
  query AdminUsers($filter: UserFilter, $first: Int, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo { hasNextPage endCursor }
      edges { node { id username otherNames lastName isActive roles { id name nameKey } } }
    }
  }
`;

interface UserRow {
  id: string;
  username: string;
  otherNames: string;
  lastName: string;
  isActive: boolean;
  roles: Array<{ id: string; name: string; nameKey: string | null }>;
}

export default function UsersPage() {
  const { t } = useModuleTranslation();
  const labels = useDataTableLabels();
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search.trim());
  const paged = usePagedQuery<UserRow>({ query: USERS, field: 'users', variables: { filter: deferredSearch ? { search: deferredSearch } : {} } });
  return (
    <Box sx={{ p: 3 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t('users.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('users.intro')}
      </Typography>
      <TextField label={t('search')} value={search} onChange={(e) => setSearch(e.target.value)} type="search" sx={{ width: 280, mb: 1 }} />
      <DataTable<UserRow>
        caption={t('users.title')}
        labels={labels}
        rowKey={(row) => row.id}
        columns={[
          { key: 'username', header: t('users.username'), render: (row) => row.username },
          { key: 'name', header: t('users.name'), render: (row) => `${row.otherNames} ${row.lastName}` },
          {
            key: 'roles',
            header: t('users.roles'),
            render: (row) => row.roles.map((r) => (r.nameKey ? t(`roles.${r.nameKey}`, { defaultValue: r.name }) : r.name)).join(', '),
          },
          { key: 'active', header: t('users.active'), render: (row) => t(row.isActive ? 'users.yes' : 'users.no') },
        ]}
        source={paged}
      />
    </Box>
  );
}
