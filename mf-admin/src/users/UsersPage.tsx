import { linkTo, useModuleTranslation, useRights } from '@kente/sdk';
import { type HealthFacilityChoice, HealthFacilityPicker } from '@kente/sdk/forms';
import { Box, Button, deepestLocation, LocationPicker, MenuItem, SearchPage, SearchTextField, TextField, usePagedQuery, useSearchState } from '@kente/sdk/ui';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ROLES } from '../roles/roleQueries.js';
import { areaLabel, roleLabel } from './userLabels.js';
import { USERS, type UserRow } from './userQueries.js';

const SORTS = ['USERNAME'] as const;
const TEXT_FILTERS = ['name'] as const;

/** Users: search by name or user name, role, facility, location, status. Enrolment officers and claim administrators have their own registers (src/officers). */
export default function UsersPage() {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  const search = useSearchState({ text: TEXT_FILTERS, sorts: SORTS, defaultSort: 'USERNAME' });
  const { query, update } = search;
  const [roles] = useQuery({ query: ROLES, variables: { first: 100 } });
  const roleList = roles.data?.roles.edges.map((e) => e.node) ?? [];
  const roleId = query.get('role') ?? '';
  const status = query.get('status') ?? '';
  // the facility picker needs its label; the URL keeps the id (a bookmark shows it as picked again after a search)
  const [facility, setFacility] = useState<HealthFacilityChoice | null>(null);
  const facilityId = query.get('facility') ?? '';
  const locationId = deepestLocation(search.location);
  const filter = {
    ...(query.get('name') ? { search: query.get('name') } : {}),
    ...(roleId ? { roleId } : {}),
    ...(facilityId ? { healthFacilityId: facilityId } : {}),
    ...(locationId ? { locationId } : {}),
    ...(status === 'active' ? { isActive: true } : status === 'inactive' ? { isActive: false } : {}),
  };
  const paged = usePagedQuery<UserRow>({ query: USERS, field: 'users', variables: { filter } });
  return (
    <SearchPage<UserRow>
      title={t('users.title')}
      intro={t('users.intro')}
      actions={
        <>
          {has(121501) && <Button {...linkTo('/admin/enrolment-officers')}>{t('menu.enrolmentOfficers')}</Button>}
          {has(121601) && <Button {...linkTo('/admin/claim-administrators')}>{t('menu.claimAdministrators')}</Button>}
          {has(122001) && <Button {...linkTo('/admin/roles')}>{t('users.rolesLink')}</Button>}
          {has(121702) && (
            <Button variant="contained" {...linkTo('/admin/users/new')}>
              {t('users.create')}
            </Button>
          )}
        </>
      }
      filtersLabel={t('users.filters')}
      search={search}
      filters={
        <>
          <SearchTextField search={search} name="name" label={t('users.searchName')} />
          <TextField select size="small" label={t('users.role')} value={roleId} onChange={(e) => update({ role: e.target.value || null })} sx={{ width: 220 }}>
            <MenuItem value="">{t('users.anyRole')}</MenuItem>
            {roleList.map((role) => (
              <MenuItem key={role.id} value={role.id}>
                {roleLabel(t, role)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            label={t('users.status')}
            value={status}
            onChange={(e) => update({ status: e.target.value || null })}
            sx={{ width: 160 }}
          >
            <MenuItem value="">{t('users.anyStatus')}</MenuItem>
            <MenuItem value="active">{t('users.active')}</MenuItem>
            <MenuItem value="inactive">{t('users.inactive')}</MenuItem>
          </TextField>
        </>
      }
      moreFilters={
        <>
          <LocationPicker filter depth="D" label={t('users.location')} value={search.location} onChange={search.setLocation} />
          <Box sx={{ width: 360 }}>
            <HealthFacilityPicker
              label={t('users.facility')}
              value={facility && facility.id === facilityId ? facility : null}
              onChange={(choice) => {
                setFacility(choice);
                update({ facility: choice?.id ?? null });
              }}
            />
          </Box>
        </>
      }
      caption={t('users.results')}
      empty={t('users.empty')}
      rowKey={(row) => row.id}
      rowHref={(row) => `/admin/users/${row.id}`}
      source={paged}
      columns={[
        { key: 'username', header: t('user.fields.username'), render: (row) => row.username },
        { key: 'name', header: t('users.name'), render: (row) => `${row.otherNames} ${row.lastName}` },
        { key: 'roles', header: t('user.fields.roleIds'), render: (row) => row.roles.map((role) => roleLabel(t, role)).join(', ') },
        {
          key: 'facility',
          header: t('user.fields.healthFacility'),
          render: (row) => (row.healthFacility ? `${row.healthFacility.code} ${row.healthFacility.name}` : ''),
        },
        {
          key: 'area',
          header: t('user.fields.areas'),
          render: (row) => (row.locations.length ? areaLabel(row.locations) : row.healthFacility ? '' : t('user.national')),
        },
        { key: 'active', header: t('users.status'), render: (row) => t(row.isActive ? 'users.active' : 'users.inactive') },
      ]}
    />
  );
}
