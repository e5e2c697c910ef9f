import { useFormat, useModuleTranslation, useRights } from '@kente/sdk';
import { deepestLocation, LocationPicker, SearchPage, SearchTextField, usePagedQuery, useSearchState } from '@kente/sdk/ui';
import { ENROLMENT_OFFICERS, type OfficerRow } from './officerQueries.js';
import { officerArea, personName, registerFilter } from './registerFilters.js';
import { StatusFilter } from './StatusFilter.js';

const SORTS = ['CODE'] as const;
const TEXT_FILTERS = ['q'] as const;

/**
 * Enrolment officers (openIMIS Officers, 121501): users with officer details, in the administrator's
 * area, by code; each row opens the user (with 121701). Search by code or name, area, status.
 */
export default function EnrolmentOfficersPage() {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  const format = useFormat();
  const search = useSearchState({ text: TEXT_FILTERS, sorts: SORTS, defaultSort: 'CODE' });
  const filter = registerFilter(search.query, deepestLocation(search.location));
  const paged = usePagedQuery<OfficerRow>({ query: ENROLMENT_OFFICERS, field: 'enrolmentOfficers', variables: { filter } });
  return (
    <SearchPage<OfficerRow>
      title={t('officers.title')}
      intro={t('officers.intro')}
      filtersLabel={t('officers.filters')}
      search={search}
      filters={
        <>
          <SearchTextField search={search} name="q" label={t('officers.search')} />
          <StatusFilter value={search.query.get('status') ?? ''} onChange={(status) => search.update({ status })} />
        </>
      }
      moreFilters={<LocationPicker filter depth="D" label={t('users.location')} value={search.location} onChange={search.setLocation} />}
      caption={t('officers.results')}
      empty={t('officers.empty')}
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
        {
          key: 'area',
          header: t('officers.area'),
          render: (row) =>
            officerArea(
              { locations: row.locations, hasFacility: Boolean(row.healthFacility) },
              row.villageCount ? t('officers.villageCount', { count: row.villageCount }) : null,
              t('user.national'),
            ),
        },
        {
          key: 'substitute',
          header: t('user.officer.substitute'),
          render: (row) => (row.substitute ? `${row.substitute.code} ${personName(row.substitute)}` : ''),
        },
        { key: 'worksTo', header: t('user.officer.worksTo'), render: (row) => (row.worksTo ? format.date(row.worksTo) : '') },
      ]}
    />
  );
}
