import { POLICY_STAGES, POLICY_STATUSES } from '@kente/contract-policy';
import { useFormat, useModuleTranslation } from '@kente/sdk';
import {
  Box,
  DateField,
  deepestLocation,
  LocationPicker,
  MenuItem,
  SearchPage,
  SearchTextField,
  Stack,
  TextField,
  usePagedQuery,
  useSearchState,
} from '@kente/sdk/ui';
import { useQuery } from 'urql';
import { PolicyStatusChip } from './PolicyStatusChip.js';
import { stageKey, statusKey } from './policyForm.js';
import { POLICIES, type PolicyDetails, PRODUCT_CHOICES } from './policyQueries.js';

const TEXT_FILTERS = ['number'] as const;
const DATE_FILTERS = ['enrolDateFrom', 'enrolDateTo', 'expiryDateFrom', 'expiryDateTo'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SORTS = ['NEWEST'] as const;

/**
 * Policy search by product, status, stage, the head's insurance number, location, enrolment and
 * expiry date ranges and balance (filters in the URL); a row opens the policy.
 */
export default function PoliciesPage() {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const search = useSearchState({ text: TEXT_FILTERS, sorts: SORTS, defaultSort: 'NEWEST' });
  const { query, update } = search;
  const productId = query.get('product') ?? '';
  const status = query.get('status') ?? '';
  const stage = query.get('stage') ?? '';
  const balance = query.get('balance') ?? '';
  const locationId = deepestLocation(search.location);
  const dates = Object.fromEntries(DATE_FILTERS.flatMap((name) => (ISO_DATE.test(query.get(name) ?? '') ? [[name, query.get(name)]] : [])));
  const [products] = useQuery({ query: PRODUCT_CHOICES, variables: { filter: {} } });
  const filter = {
    ...(productId ? { productId } : {}),
    ...(status ? { status: Number(status) } : {}),
    ...(stage ? { stage } : {}),
    ...(query.get('number') ? { headInsuranceNumber: query.get('number') } : {}),
    ...(locationId ? { locationId } : {}),
    ...(balance ? { hasBalance: balance === 'owing' } : {}),
    ...dates,
  };
  const paged = usePagedQuery<PolicyDetails>({ query: POLICIES, field: 'policies', variables: { filter } });
  const select = (name: string, label: string, value: string, options: Array<{ value: string; label: string }>, width = 180) => (
    <TextField select size="small" label={label} value={value} onChange={(e) => update({ [name]: e.target.value })} sx={{ width }}>
      <MenuItem value="">{t('policies.any')}</MenuItem>
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <SearchPage<PolicyDetails>
      title={t('policies.title')}
      intro={t('policies.intro')}
      filtersLabel={t('policies.filters')}
      search={search}
      filters={
        <>
          {select(
            'product',
            t('policy.product'),
            products.data?.products.edges.some((e) => e.node.id === productId) ? productId : '',
            (products.data?.products.edges ?? []).map((e) => ({ value: e.node.id, label: `${e.node.code} — ${e.node.name}` })),
            280,
          )}
          {select(
            'status',
            t('policy.status'),
            status,
            POLICY_STATUSES.map((s) => ({ value: String(s), label: t(statusKey(s)) })),
          )}
          {select(
            'stage',
            t('policy.stage'),
            stage,
            POLICY_STAGES.map((s) => ({ value: s, label: t(stageKey(s)) })),
          )}
          {select('balance', t('policies.balance'), balance, [
            { value: 'owing', label: t('policies.owing') },
            { value: 'paid', label: t('policies.fullyPaid') },
          ])}
          <SearchTextField search={search} name="number" label={t('policies.headNumber')} numeric width={200} />
        </>
      }
      moreFilters={
        <>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {DATE_FILTERS.map((name) => (
              <Box key={name} sx={{ width: 180 }}>
                <DateField
                  size="small"
                  fullWidth
                  label={t(`policies.${name}`)}
                  value={query.get(name) ?? ''}
                  onChange={(v) => update({ [name]: ISO_DATE.test(v) || v === '' ? v : (query.get(name) ?? '') })}
                />
              </Box>
            ))}
          </Stack>
          <LocationPicker filter label={t('policies.location')} value={search.location} onChange={search.setLocation} />
        </>
      }
      caption={t('policies.results')}
      empty={t('policies.empty')}
      rowKey={(row) => row.id}
      rowHref={(row) => `/policies/${row.id}`}
      source={paged}
      columns={[
        {
          key: 'head',
          header: t('policy.head'),
          render: (row) => (row.family ? `${row.family.head.lastName} ${row.family.head.otherNames} (${row.family.head.insuranceNumber})` : ''),
        },
        { key: 'product', header: t('policy.product'), render: (row) => row.product?.code ?? '' },
        { key: 'stage', header: t('policy.stage'), render: (row) => t(stageKey(row.stage)) },
        { key: 'status', header: t('policy.status'), render: (row) => <PolicyStatusChip status={row.status} /> },
        { key: 'enrol', header: t('policy.enrolDate'), render: (row) => format.date(row.enrolDate) },
        { key: 'start', header: t('policy.startDate'), render: (row) => format.date(row.startDate) },
        { key: 'expiry', header: t('policy.expiryDate'), render: (row) => format.date(row.expiryDate) },
        { key: 'value', header: t('policy.value'), align: 'right', render: (row) => format.money(row.value) },
        { key: 'balance', header: t('policy.balance'), align: 'right', render: (row) => format.money(row.balance) },
      ]}
    />
  );
}
