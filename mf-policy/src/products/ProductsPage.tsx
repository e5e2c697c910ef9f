import { linkTo, useFormat, useModuleTranslation, useRights } from '@kente/sdk';
import { Button, DateField, deepestLocation, LocationPicker, locationLabel, SearchPage, SearchTextField, usePagedQuery, useSearchState } from '@kente/sdk/ui';
import { PRODUCTS, type ProductRow } from './productQueries.js';

const SORTS = ['CODE'] as const;
const TEXT_FILTERS = ['search'] as const;

/** Products (benefit packages): search by code or name, location, valid at a date; every filter in the URL. */
export default function ProductsPage() {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const { has } = useRights();
  const search = useSearchState({ text: TEXT_FILTERS, sorts: SORTS, defaultSort: 'CODE' });
  const { query, update } = search;
  const validAt = query.get('validAt') ?? '';
  const locationId = deepestLocation(search.location);
  const filter = {
    ...(query.get('search') ? { search: query.get('search') } : {}),
    ...(locationId ? { locationId } : {}),
    ...(/^\d{4}-\d{2}-\d{2}$/.test(validAt) ? { validAt } : {}),
  };
  const paged = usePagedQuery<ProductRow>({ query: PRODUCTS, field: 'products', variables: { filter } });
  const money = (value: string | null) => (value == null ? '' : format.money(value));
  return (
    <SearchPage<ProductRow>
      title={t('products.title')}
      intro={t('products.intro')}
      actions={
        has(121002) && (
          <Button variant="contained" {...linkTo('/admin/products/new')}>
            {t('products.create')}
          </Button>
        )
      }
      filtersLabel={t('products.filters')}
      search={search}
      filters={
        <>
          <SearchTextField search={search} name="search" label={t('products.search')} />
          <DateField label={t('products.validAt')} value={validAt} onChange={(value) => update({ validAt: value || null })} size="small" />
        </>
      }
      moreFilters={<LocationPicker filter depth="D" label={t('products.location')} value={search.location} onChange={search.setLocation} />}
      caption={t('products.results')}
      empty={t('products.empty')}
      rowKey={(row) => row.id}
      rowHref={(row) => `/admin/products/${row.id}`}
      source={paged}
      columns={[
        { key: 'code', header: t('product.fields.code'), render: (row) => row.code },
        { key: 'name', header: t('product.fields.name'), render: (row) => row.name },
        { key: 'location', header: t('product.fields.locationId'), render: (row) => (row.location ? locationLabel(row.location) : t('product.national')) },
        {
          key: 'validity',
          header: t('products.validity'),
          render: (row) => t('products.validityRange', { from: format.date(row.dateFrom), to: format.date(row.dateTo) }),
        },
        { key: 'lumpSum', header: t('product.fields.lumpSum'), align: 'right', render: (row) => money(row.lumpSum) },
        { key: 'premiumAdult', header: t('product.fields.premiumAdult'), align: 'right', render: (row) => money(row.premiumAdult) },
        { key: 'premiumChild', header: t('product.fields.premiumChild'), align: 'right', render: (row) => money(row.premiumChild) },
      ]}
    />
  );
}
