import { linkTo, useModuleTranslation, useRights } from '@kente/sdk';
import {
  Button,
  deepestLocation,
  LocationPicker,
  locationLabel,
  MenuItem,
  SearchPage,
  SearchTextField,
  TextField,
  usePagedQuery,
  useSearchState,
} from '@kente/sdk/ui';
import { CARE_TYPES, FACILITY_LEVELS, LEGAL_FORMS } from './facilityForm.js';
import { FACILITIES, type FacilityRow } from './facilityQueries.js';

const SORTS = ['CODE'] as const;
const TEXT_FILTERS = ['q'] as const;

/** One code-list filter of the search: the URL parameter `name`, its codes and their labels. */
function CodeFilter(props: { name: string; value: string; codes: readonly string[]; labels: string; onChange: (value: string | null) => void }) {
  const { t } = useModuleTranslation();
  return (
    <TextField
      select
      size="small"
      label={t(`facility.fields.${props.name}`)}
      value={props.codes.includes(props.value) ? props.value : ''}
      onChange={(e) => props.onChange(e.target.value || null)}
      sx={{ width: 180 }}
    >
      <MenuItem value="">{t('facilities.any')}</MenuItem>
      {props.codes.map((code) => (
        <MenuItem key={code} value={code}>
          {t(`${props.labels}.${code}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** Health facilities: search by code or name, level, legal form, care type and location (a region: its districts' facilities); every filter in the URL. */
export default function HealthFacilitiesPage() {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  const search = useSearchState({ text: TEXT_FILTERS, sorts: SORTS, defaultSort: 'CODE' });
  const { query, update } = search;
  const pick = (name: string, codes: readonly string[]) => {
    const value = query.get(name) ?? '';
    return codes.includes(value) ? { [name]: value } : {};
  };
  const locationId = deepestLocation(search.location);
  const filter = {
    ...(query.get('q') ? { search: query.get('q') } : {}),
    ...pick('level', FACILITY_LEVELS),
    ...pick('legalForm', LEGAL_FORMS),
    ...pick('careType', CARE_TYPES),
    ...(locationId ? { locationId } : {}),
  };
  const paged = usePagedQuery<FacilityRow>({ query: FACILITIES, field: 'healthFacilities', variables: { filter } });
  return (
    <SearchPage<FacilityRow>
      title={t('facilities.title')}
      intro={t('facilities.intro')}
      actions={
        has(121102) && (
          <Button variant="contained" {...linkTo('/admin/health-facilities/new')}>
            {t('facilities.create')}
          </Button>
        )
      }
      filtersLabel={t('facilities.filters')}
      search={search}
      filters={
        <>
          <SearchTextField search={search} name="q" label={t('search')} />
          <CodeFilter
            name="level"
            value={query.get('level') ?? ''}
            codes={FACILITY_LEVELS}
            labels="facilities.levels"
            onChange={(level) => update({ level })}
          />
          <CodeFilter
            name="legalForm"
            value={query.get('legalForm') ?? ''}
            codes={LEGAL_FORMS}
            labels="facility.legalForms"
            onChange={(legalForm) => update({ legalForm })}
          />
          <CodeFilter
            name="careType"
            value={query.get('careType') ?? ''}
            codes={CARE_TYPES}
            labels="facility.careTypes"
            onChange={(careType) => update({ careType })}
          />
        </>
      }
      moreFilters={<LocationPicker filter depth="D" label={t('facility.fields.locationId')} value={search.location} onChange={search.setLocation} />}
      caption={t('facilities.results')}
      empty={t('facilities.empty')}
      rowKey={(row) => row.id}
      rowHref={(row) => `/admin/health-facilities/${row.id}`}
      source={paged}
      columns={[
        { key: 'code', header: t('facilities.code'), render: (row) => row.code },
        { key: 'name', header: t('facilities.name'), render: (row) => row.name },
        { key: 'level', header: t('facilities.level'), render: (row) => t(`facilities.levels.${row.level}`) },
        { key: 'careType', header: t('facility.fields.careType'), render: (row) => t(`facility.careTypes.${row.careType}`) },
        { key: 'location', header: t('facilities.location'), render: (row) => (row.location ? locationLabel(row.location) : '—') },
        { key: 'phone', header: t('facility.fields.phone'), render: (row) => row.phone ?? '' },
      ]}
    />
  );
}
