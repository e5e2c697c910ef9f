import { linkTo, useModuleTranslation, useRights } from '@kente/sdk';
import { Button, MenuItem, SearchPage, SearchTextField, TextField, usePagedQuery, useSearchState } from '@kente/sdk/ui';
import { roleLabel } from '../users/userLabels.js';
import { ROLES, type RoleRow } from './roleQueries.js';

const SORTS = ['NAME'] as const;
const TEXT_FILTERS = ['name'] as const;

/** Roles: search by name, system or not; each opens its rights matrix. */
export default function RolesPage() {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  const search = useSearchState({ text: TEXT_FILTERS, sorts: SORTS, defaultSort: 'NAME' });
  const { query, update } = search;
  const system = query.get('system') ?? '';
  const filter = {
    ...(query.get('name') ? { search: query.get('name') } : {}),
    ...(system === 'yes' ? { isSystem: true } : system === 'no' ? { isSystem: false } : {}),
  };
  const paged = usePagedQuery<RoleRow>({ query: ROLES, field: 'roles', variables: { filter } });
  return (
    <SearchPage<RoleRow>
      title={t('rolesPage.title')}
      intro={t('rolesPage.intro')}
      actions={
        has(122002) && (
          <Button variant="contained" {...linkTo('/admin/roles/new')}>
            {t('rolesPage.create')}
          </Button>
        )
      }
      filtersLabel={t('rolesPage.filters')}
      search={search}
      filters={
        <>
          <SearchTextField search={search} name="name" label={t('role.fields.name')} />
          <TextField
            select
            size="small"
            label={t('rolesPage.kind')}
            value={system}
            onChange={(e) => update({ system: e.target.value || null })}
            sx={{ width: 200 }}
          >
            <MenuItem value="">{t('rolesPage.anyKind')}</MenuItem>
            <MenuItem value="yes">{t('rolesPage.system')}</MenuItem>
            <MenuItem value="no">{t('rolesPage.custom')}</MenuItem>
          </TextField>
        </>
      }
      caption={t('rolesPage.results')}
      empty={t('rolesPage.empty')}
      rowKey={(row) => row.id}
      rowHref={(row) => `/admin/roles/${row.id}`}
      source={paged}
      columns={[
        { key: 'name', header: t('role.fields.name'), render: (row) => roleLabel(t, row) },
        { key: 'altLanguage', header: t('role.fields.altLanguage'), render: (row) => row.altLanguage ?? '' },
        { key: 'system', header: t('rolesPage.kind'), render: (row) => t(row.isSystem ? 'rolesPage.system' : 'rolesPage.custom') },
        { key: 'blocked', header: t('role.fields.isBlocked'), render: (row) => (row.isBlocked ? t('role.blocked') : '') },
        { key: 'rights', header: t('rolesPage.rightCount'), render: (row) => String(row.rights.length) },
      ]}
    />
  );
}
