import { PAYER_TYPES } from '@kente/contract-policy';
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
import { PAYERS, type PayerRow } from './payerQueries.js';

const SORTS = ['NAME'] as const;
const TEXT_FILTERS = ['name'] as const;

/** Payers: search by name, type and location (the payers that may work there); every filter in the URL. */
export default function PayersPage() {
  const { t } = useModuleTranslation();
  const { has } = useRights();
  const search = useSearchState({ text: TEXT_FILTERS, sorts: SORTS, defaultSort: 'NAME' });
  const { query, update } = search;
  const type = query.get('type') ?? '';
  const locationId = deepestLocation(search.location);
  const filter = {
    ...(query.get('name') ? { search: query.get('name') } : {}),
    ...((PAYER_TYPES as readonly string[]).includes(type) ? { type } : {}),
    ...(locationId ? { locationId } : {}),
  };
  const paged = usePagedQuery<PayerRow>({ query: PAYERS, field: 'payers', variables: { filter } });
  return (
    <SearchPage<PayerRow>
      title={t('payers.title')}
      intro={t('payers.intro')}
      actions={
        has(121802) && (
          <Button variant="contained" {...linkTo('/admin/payers/new')}>
            {t('payers.create')}
          </Button>
        )
      }
      filtersLabel={t('payers.filters')}
      search={search}
      filters={
        <>
          <SearchTextField search={search} name="name" label={t('payer.fields.name')} />
          <TextField
            select
            size="small"
            label={t('payer.fields.type')}
            value={type}
            onChange={(e) => update({ type: e.target.value || null })}
            sx={{ width: 220 }}
          >
            <MenuItem value="">{t('payers.anyType')}</MenuItem>
            {PAYER_TYPES.map((code) => (
              <MenuItem key={code} value={code}>
                {t(`payer.types.${code}`)}
              </MenuItem>
            ))}
          </TextField>
        </>
      }
      moreFilters={<LocationPicker filter depth="D" label={t('payer.fields.locationId')} value={search.location} onChange={search.setLocation} />}
      caption={t('payers.results')}
      empty={t('payers.empty')}
      rowKey={(row) => row.id}
      rowHref={(row) => `/admin/payers/${row.id}`}
      source={paged}
      columns={[
        { key: 'name', header: t('payer.fields.name'), render: (row) => row.name },
        { key: 'type', header: t('payer.fields.type'), render: (row) => t(`payer.types.${row.type}`) },
        { key: 'location', header: t('payer.fields.locationId'), render: (row) => (row.location ? locationLabel(row.location) : t('payer.national')) },
        { key: 'phone', header: t('payer.fields.phone'), render: (row) => row.phone ?? '' },
        { key: 'email', header: t('payer.fields.email'), render: (row) => row.email ?? '' },
      ]}
    />
  );
}
