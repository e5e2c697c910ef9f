import type {} from '@kente/contract-insuree/slots';
import { type SlotPropsOf, useFormat, useModuleTranslation, useNavigate } from '@kente/sdk';
import { Alert, Box, List, ListItemButton, ListItemText, ProgressLine, Typography } from '@kente/sdk/ui';
import { useQuery } from 'urql';
import { PolicyStatusChip } from '../policies/PolicyStatusChip.js';
import { inForce } from '../policies/policyForm.js';
import { INSUREE_POLICIES } from '../policies/policyQueries.js';

/** Contributed to the insuree page (insuree.insuree.panels 1.x): the policies in force that cover the insuree (product, status, expiry). */
export default function InsureePoliciesPanel({ insureeId }: SlotPropsOf<'insuree.insuree.panels'>) {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [result] = useQuery({ query: INSUREE_POLICIES, variables: { id: insureeId } });
  const policies = inForce(result.data?.insuree?.policies ?? []);
  return (
    <Box component="section" aria-labelledby="insuree-policies-title">
      <Typography id="insuree-policies-title" variant="h6" component="h2" color="primary">
        {t('insureePanel.title')}
      </Typography>
      {result.fetching && !result.data && <ProgressLine aria-label={t('form.loading')} />}
      {result.error && <Alert severity="error">{result.error.graphQLErrors[0]?.message ?? result.error.message}</Alert>}
      {result.data && policies.length === 0 && <Typography color="text.secondary">{t('insureePanel.empty')}</Typography>}
      {policies.length > 0 && (
        <List dense aria-labelledby="insuree-policies-title">
          {policies.map((p) => (
            <ListItemButton key={p.id} onClick={() => navigate(`/policies/${p.id}`)}>
              <ListItemText
                primary={p.product ? `${p.product.code} — ${p.product.name}` : ''}
                secondary={t('insureePanel.expires', { date: format.date(p.expiryDate) })}
              />
              <PolicyStatusChip status={p.status} />
            </ListItemButton>
          ))}
        </List>
      )}
    </Box>
  );
}
