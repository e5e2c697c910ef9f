import { useModuleTranslation, useRights } from '@kente/sdk';
import { deepestLocation, LocationPicker, SearchPage, SearchTextField, usePagedQuery, useSearchState } from '@kente/sdk/ui';
import { CLAIM_ADMINISTRATORS, type ClaimAdministratorRow } from './officerQueries.js';
import { personName, registerFilter } from './registerFilters.js';
import { StatusFilter } from './StatusFilter.js';

const SORTS = ['CODE'] as const;
const TEXT_FILTERS = ['q'] as const;

/**
 * Claim administrators (openIMIS ClaimAdmins, 121601): users with claim administrator details, at the
 * facilities of the administrator's area, with the facility's district; each row opens the user (121701).
 */
export default function ClaimAdministratorsPage() {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  const search = useSearchState({ text: TEXT_FILTERS, sorts: SORTS, defaultSort: 'CODE' });
  const filter = registerFilter(search.query, deepestLocation(search.location));
  const paged = usePagedQuery<ClaimAdministratorRow>({ query: CLAIM_ADMINISTRATORS, field: 'claimAdministrators', variables: { filter } });
  return (
    <SearchPage<ClaimAdministratorRow>
      title={t('claimAdministrators.title')}
      intro={t('claimAdministrators.intro')}
      filtersLabel={t('claimAdministrators.filters')}
      search={search}
      filters={
        <>
          <SearchTextField search={search} name="q" label={t('officers.search')} />
          <StatusFilter value={search.query.get('status') ?? ''} onChange={(status) => search.update({ status })} />
        </>
      }
      moreFilters={<LocationPicker filter depth="D" label={t('users.location')} value={search.location} onChange={search.setLocation} />}
      caption={t('claimAdministrators.results')}
      empty={t('claimAdministrators.empty')}
      rowKey={(row) => row.id}
      rowHref={has(121701) ? (row) => `/admin/users/${row.id}` : undefined}
      source={paged}
      columns={[
        { key: 'code', header: t('officers.code'), render: (row) => row.code },
        { key: 'name', header: t('users.name'), render: (row) => (row.isActive ? personName(row) : `${personName(row)} (${t('users.inactive')})`) },
        {
          key: 'facility',
          header: t('user.fields.healthFacility'),
          render: (row) => (row.healthFacility ? `${row.healthFacility.code} ${row.healthFacility.name}` : ''),
        },
        { key: 'district', header: t('claimAdministrators.district'), render: (row) => row.healthFacility?.location?.name ?? '' },
      ]}
    />
  );
}
