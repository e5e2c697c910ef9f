import { useFormat, useModuleTranslation } from '@kente/sdk';
import {
  Box,
  DateField,
  deepestLocation,
  LocationPicker,
  MenuItem,
  SearchPage,
  SearchTextField,
  TextField,
  usePagedQuery,
  useSearchState,
} from '@kente/sdk/ui';
import { PAY_TYPES } from './contributionForm.js';
import { CONTRIBUTION_SEARCH, type ContributionRow } from './contributionQueries.js';
import { PayerPicker } from './PayerPicker.js';

/** The server has one order for contributions (newest id last); the search state still wants a sort key. */
const SORTS = ['ID'] as const;
const TEXT_FILTERS = ['receipt', 'paidFrom', 'paidTo'] as const;
const validDate = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

/**
 * Contribution search (right 101301): receipt, payer, pay type, payment dates, photo fees and
 * the families' location; filters in the URL; a row opens its policy.
 */
export default function ContributionsPage() {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const search = useSearchState({ text: TEXT_FILTERS, sorts: SORTS, defaultSort: 'ID' });
  const { query, update, text } = search;
  const payType = query.get('payType') ?? '';
  const photoFee = query.get('photoFee') ?? '';
  const payerId = query.get('payer');
  const payer = payerId ? { id: payerId, name: query.get('payerName') ?? payerId } : null;
  const filter = Object.fromEntries(
    Object.entries({
      receipt: query.get('receipt')?.trim() || undefined,
      payerId: payerId ?? undefined,
      payType: payType || undefined,
      payDateFrom: validDate(query.get('paidFrom')),
      payDateTo: validDate(query.get('paidTo')),
      isPhotoFee: photoFee === 'yes' ? true : photoFee === 'no' ? false : undefined,
      locationId: deepestLocation(search.location),
    }).filter(([, v]) => v !== undefined),
  );
  const paged = usePagedQuery<ContributionRow>({ query: CONTRIBUTION_SEARCH, field: 'premiums', variables: { filter } });
  const dateFilter = (key: 'paidFrom' | 'paidTo') => (
    <Box sx={{ width: 170 }}>
      <DateField label={t(`contributions.${key}`)} value={text.drafts[key]} onChange={(value) => text.set(key, value)} onBlur={text.endTyping} />
    </Box>
  );
  return (
    <SearchPage<ContributionRow>
      title={t('contributions.title')}
      intro={t('contributions.intro')}
      filtersLabel={t('contributions.filters')}
      search={search}
      filters={
        <>
          <SearchTextField search={search} name="receipt" label={t('contribution.receipt')} width={170} />
          <Box sx={{ width: 240 }}>
            <PayerPicker
              label={t('contribution.payer')}
              value={payer}
              onChange={(chosen) => update({ payer: chosen?.id ?? null, payerName: chosen?.name ?? null })}
            />
          </Box>
          <TextField
            select
            size="small"
            label={t('contribution.payType')}
            value={payType}
            onChange={(e) => update({ payType: e.target.value })}
            sx={{ width: 190 }}
          >
            <MenuItem value="">{t('contributions.any')}</MenuItem>
            {PAY_TYPES.map((code) => (
              <MenuItem key={code} value={code}>
                {t(`contribution.payTypes.${code}`)}
              </MenuItem>
            ))}
          </TextField>
          {dateFilter('paidFrom')}
          {dateFilter('paidTo')}
          <TextField
            select
            size="small"
            label={t('contributions.photoFee')}
            value={photoFee}
            onChange={(e) => update({ photoFee: e.target.value })}
            sx={{ width: 180 }}
          >
            <MenuItem value="">{t('contributions.any')}</MenuItem>
            <MenuItem value="yes">{t('contributions.onlyPhotoFees')}</MenuItem>
            <MenuItem value="no">{t('contributions.noPhotoFees')}</MenuItem>
          </TextField>
        </>
      }
      moreFilters={<LocationPicker filter label={t('contributions.location')} value={search.location} onChange={search.setLocation} />}
      caption={t('contributions.results')}
      empty={t('contributions.empty')}
      rowKey={(row) => row.id}
      rowHref={(row) => `/policies/${row.policyId}`}
      source={paged}
      columns={[
        { key: 'payDate', header: t('contribution.payDate'), render: (row) => format.date(row.payDate) },
        { key: 'receipt', header: t('contribution.receipt'), render: (row) => row.receipt },
        {
          key: 'policy',
          header: t('contributions.policy'),
          render: (row) => {
            const head = row.policy?.family?.head;
            return [row.policy?.product?.code, head && `${head.lastName} ${head.otherNames} (${head.insuranceNumber})`].filter(Boolean).join(' · ');
          },
        },
        { key: 'payer', header: t('contribution.payer'), render: (row) => row.payer?.name ?? '' },
        { key: 'payType', header: t('contribution.payType'), render: (row) => t(`contribution.payTypes.${row.payType}`) },
        { key: 'amount', header: t('contribution.amount'), align: 'right', render: (row) => format.money(row.amount) },
        { key: 'photoFee', header: t('contributions.photoFee'), render: (row) => (row.isPhotoFee ? t('contributions.yes') : '') },
      ]}
    />
  );
}
