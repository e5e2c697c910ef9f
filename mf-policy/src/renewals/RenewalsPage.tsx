import { useFormat, useModuleConfig, useModuleTranslation, useRights } from '@kente/sdk';
import { Box, Button, Chip, deepestLocation, LocationPicker, MenuItem, SearchPage, Stack, TextField, usePagedQuery, useSearchState } from '@kente/sdk/ui';
import { useState } from 'react';
import { useQuery } from 'urql';
import { PolicyStatusChip } from '../policies/PolicyStatusChip.js';
import { blockerKey, renewalDaysOf, windowChoices } from '../policies/policyForm.js';
import { type PolicyDetails, type PolicyRenewalRow, PRODUCT_CHOICES, RENEWALS } from '../policies/policyQueries.js';
import { RenewDialog } from '../policies/RenewDialog.js';

const NO_TEXT: readonly never[] = [];
const SORTS = ['EXPIRY'] as const;

/**
 * Policies expiring within some days (the module's `renewalDays` by default), soonest first, with
 * what blocks their renewal (translated); Renew opens the renewal form. Filters live in the URL.
 */
export default function RenewalsPage() {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const { has } = useRights();
  const config = useModuleConfig<{ renewalDays?: number }>();
  const search = useSearchState({ text: NO_TEXT, sorts: SORTS, defaultSort: 'EXPIRY' });
  const { query, update } = search;
  const days = renewalDaysOf(query.get('days'), config.renewalDays);
  const productId = query.get('product') ?? '';
  const locationId = deepestLocation(search.location);
  const [products] = useQuery({ query: PRODUCT_CHOICES, variables: { filter: {} } });
  const [renewing, setRenewing] = useState<PolicyDetails | null>(null);
  const filter = { days, ...(productId ? { productId } : {}), ...(locationId ? { locationId } : {}) };
  const paged = usePagedQuery<PolicyRenewalRow>({ query: RENEWALS, field: 'policyRenewals', variables: { filter } });
  return (
    <>
      <SearchPage<PolicyRenewalRow>
        title={t('renewals.title')}
        intro={t('renewals.intro')}
        filtersLabel={t('renewals.filters')}
        search={search}
        filters={
          <>
            <TextField
              select
              size="small"
              label={t('renewals.days')}
              value={String(days)}
              onChange={(e) => update({ days: e.target.value })}
              sx={{ width: 160 }}
            >
              {windowChoices(config.renewalDays, days).map((d) => (
                <MenuItem key={d} value={String(d)}>
                  {t('renewals.daysChoice', { count: d })}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              size="small"
              label={t('policy.product')}
              value={products.data?.products.edges.some((e) => e.node.id === productId) ? productId : ''}
              onChange={(e) => update({ product: e.target.value })}
              sx={{ width: 280 }}
            >
              <MenuItem value="">{t('policies.any')}</MenuItem>
              {(products.data?.products.edges ?? []).map((e) => (
                <MenuItem key={e.node.id} value={e.node.id}>{`${e.node.code} — ${e.node.name}`}</MenuItem>
              ))}
            </TextField>
          </>
        }
        moreFilters={<LocationPicker filter label={t('renewals.location')} value={search.location} onChange={search.setLocation} />}
        caption={t('renewals.results')}
        empty={t('renewals.empty', { count: days })}
        rowKey={(row) => row.id}
        rowHref={(row) => `/policies/${row.policy.id}`}
        source={paged}
        columns={[
          {
            key: 'head',
            header: t('policy.head'),
            render: (row) =>
              row.policy.family ? `${row.policy.family.head.lastName} ${row.policy.family.head.otherNames} (${row.policy.family.head.insuranceNumber})` : '',
          },
          { key: 'product', header: t('policy.product'), render: (row) => row.policy.product?.code ?? '' },
          { key: 'status', header: t('policy.status'), render: (row) => <PolicyStatusChip status={row.policy.status} /> },
          { key: 'expiry', header: t('policy.expiryDate'), render: (row) => format.date(row.policy.expiryDate) },
          { key: 'renewal', header: t('renewals.renewalDate'), render: (row) => format.date(row.renewalDate) },
          { key: 'value', header: t('policy.value'), align: 'right', render: (row) => format.money(row.policy.value) },
          {
            key: 'blockers',
            header: t('renewals.blockersHeader'),
            render: (row) =>
              row.blockers.length === 0 ? (
                t('renewals.none')
              ) : (
                <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                  {row.blockers.map((b) => (
                    <Chip key={b} size="small" color="warning" variant="outlined" label={t(blockerKey(b), { defaultValue: b })} />
                  ))}
                </Stack>
              ),
          },
          {
            key: 'actions',
            header: t('familyPanel.actions'),
            render: (row) =>
              has(101205) && (
                // A button inside a clickable row: its click must not open the policy.
                <Box onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
                  <Button size="small" onClick={() => setRenewing(row.policy)}>
                    {t('policy.renew')}
                  </Button>
                </Box>
              ),
          },
        ]}
      />
      {renewing && <RenewDialog policy={renewing} onClose={() => setRenewing(null)} />}
    </>
  );
}
