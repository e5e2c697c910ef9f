import { useModuleTranslation, useRights } from '@kente/sdk';
import { type DataColumn, deepestLocation, LocationPicker, SearchPage, SearchTextField, usePagedQuery, useSearchState } from '@kente/sdk/ui';
import type { ClaimAdministratorRow, OfficerRow } from './officerQueries.js';
import { CLAIM_ADMINISTRATORS, ENROLMENT_OFFICERS } from './officerQueries.js';
import { personName, registerFilter } from './registerFilters.js';
import { StatusFilter } from './StatusFilter.js';

const SORTS = ['CODE'] as const;
const TEXT_FILTERS = ['q'] as const;

/** The two registers: their connection and the first key of their words (title, intro, filters, results, empty). */
const REGISTERS = {
  officers: { query: ENROLMENT_OFFICERS, field: 'enrolmentOfficers' },
  claimAdministrators: { query: CLAIM_ADMINISTRATORS, field: 'claimAdministrators' },
} as const;

interface Rows {
  officers: OfficerRow;
  claimAdministrators: ClaimAdministratorRow;
}

/**
 * A register of users with officer or claim administrator details: search by code or name,
 * status, area; columns code, name (inactive marked), facility, then the register's own; each row
 * opens the user (with 121701).
 */
export function RegisterPage<K extends keyof Rows>(props: { register: K; columns: DataColumn<Rows[K]>[] }) {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  const { register } = props;
  const words = (key: 'title' | 'intro' | 'filters' | 'results' | 'empty'): string => t(`${register as string}.${key}`);
  const search = useSearchState({ text: TEXT_FILTERS, sorts: SORTS, defaultSort: 'CODE' });
  const filter = registerFilter(search.query, deepestLocation(search.location));
  const paged = usePagedQuery<Rows[K]>({ query: REGISTERS[register].query, field: REGISTERS[register].field, variables: { filter } });
  return (
    <SearchPage<Rows[K]>
      title={words('title')}
      intro={words('intro')}
      filtersLabel={words('filters')}
      search={search}
      filters={
        <>
          <SearchTextField search={search} name="q" label={t('officers.search')} />
          <StatusFilter value={search.query.get('status') ?? ''} onChange={(status) => search.update({ status })} />
        </>
      }
      moreFilters={<LocationPicker filter depth="D" label={t('users.location')} value={search.location} onChange={search.setLocation} />}
      caption={words('results')}
      empty={words('empty')}
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
        ...props.columns,
      ]}
    />
  );
}
