import type {} from '@kente/contract-insuree/slots';
import { type SlotComponent, useDataTableLabels, useFormat, useModuleConfig, useModuleTranslation, useNavigate, useRights } from '@kente/sdk';
import { Box, Button, DataTable, listSource, Stack, Typography } from '@kente/sdk/ui';
import { useState } from 'react';
import { useQuery } from 'urql';
import { PolicyStatusChip } from '../policies/PolicyStatusChip.js';
import { canRenew } from '../policies/policyForm.js';
import { FAMILY_POLICIES, type PolicyDetails } from '../policies/policyQueries.js';
import { RenewDialog } from '../policies/RenewDialog.js';

/**
 * Contributed to mf-insuree's family page (insuree.family.panels 1.x): the family's policies,
 * newest first, with New policy (101202) and Renew on an expiring or expired policy (101205).
 */
const FamilyPoliciesPanel: SlotComponent<'insuree.family.panels'> = ({ familyId }) => {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const labels = useDataTableLabels();
  const navigate = useNavigate();
  const { has } = useRights();
  const { renewalDays = 14 } = useModuleConfig<{ renewalDays?: number }>();
  const [result] = useQuery({ query: FAMILY_POLICIES, variables: { id: familyId } });
  const [renewing, setRenewing] = useState<PolicyDetails | null>(null);
  const policies = result.data?.family?.policies ?? [];
  const error = result.error ? (result.error.graphQLErrors[0]?.message ?? result.error.message) : null;
  return (
    <Box component="section" aria-labelledby="family-policies-title">
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography id="family-policies-title" variant="h6" component="h2" color="primary">
          {t('familyPanel.title')}
        </Typography>
        {has(101202) && (
          <Button variant="outlined" onClick={() => navigate(`/policies/new/${familyId}`)}>
            {t('familyPanel.newPolicy')}
          </Button>
        )}
      </Stack>
      <DataTable<PolicyDetails>
        caption={t('familyPanel.caption')}
        labels={{ ...labels, empty: t('familyPanel.empty') }}
        rowKey={(p) => p.id}
        onRowClick={(p) => navigate(`/policies/${p.id}`)}
        source={listSource(policies, { fetching: result.fetching, error })}
        columns={[
          { key: 'product', header: t('policy.product'), render: (p) => (p.product ? `${p.product.code} — ${p.product.name}` : '') },
          { key: 'status', header: t('policy.status'), render: (p) => <PolicyStatusChip status={p.status} /> },
          { key: 'enrol', header: t('policy.enrolDate'), render: (p) => format.date(p.enrolDate) },
          { key: 'start', header: t('policy.startDate'), render: (p) => format.date(p.startDate) },
          { key: 'expiry', header: t('policy.expiryDate'), render: (p) => format.date(p.expiryDate) },
          { key: 'value', header: t('policy.value'), align: 'right', render: (p) => format.money(p.value) },
          { key: 'paid', header: t('policy.paid'), align: 'right', render: (p) => format.money(p.paid) },
          { key: 'balance', header: t('policy.balance'), align: 'right', render: (p) => format.money(p.balance) },
          {
            key: 'actions',
            header: t('familyPanel.actions'),
            render: (p) =>
              has(101205) &&
              canRenew(p, policies, renewalDays) && (
                // A button inside a clickable row: its click must not open the policy.
                <Box onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
                  <Button size="small" onClick={() => setRenewing(p)}>
                    {t('policy.renew')}
                  </Button>
                </Box>
              ),
          },
        ]}
      />
      {renewing && <RenewDialog policy={renewing} onClose={() => setRenewing(null)} />}
    </Box>
  );
};

export default FamilyPoliciesPanel;
