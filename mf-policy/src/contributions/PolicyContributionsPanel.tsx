import type { PolicyPanelsProps } from '@kente/contract-policy/slots';
import { useFormat, useModuleTranslation, useRights } from '@kente/sdk';
import { Alert, Box, Button, Chip, ProgressLine, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@kente/sdk/ui';
import { type ReactNode, useState } from 'react';
import { useQuery } from 'urql';
import { ContributionDialog, type ContributionOutcome, DeleteContributionDialog } from './ContributionDialog.js';
import { type Contribution, POLICY_CONTRIBUTIONS } from './contributionQueries.js';
import { useContributionWarningText } from './contributionText.js';

/** Contributions are paid on Idle (1) and Active (2) policies only (the server refuses others). */
const PAYABLE = [1, 2];

function Figure(props: { label: string; children: ReactNode }) {
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" component="div">
        {props.label}
      </Typography>
      <Typography component="div" sx={{ fontWeight: 500 }}>
        {props.children}
      </Typography>
    </Box>
  );
}

type Editing = { kind: 'new' } | { kind: 'edit'; contribution: Contribution } | { kind: 'delete'; contribution: Contribution } | null;

/**
 * The policy page's Contributions panel (slot `policy.policy.panels`, right 101301): the
 * policy's value, paid and balance, its contributions, and the contribution dialogs by right
 * (add 101302, edit 101303, delete 101304). After a change the policy's new status and
 * balance are shown, with the server's warnings.
 */
export default function PolicyContributionsPanel({ policyId }: PolicyPanelsProps) {
  const { t } = useModuleTranslation();
  const format = useFormat();
  const { has } = useRights();
  const warningText = useContributionWarningText();
  const [result, reexecute] = useQuery({ query: POLICY_CONTRIBUTIONS, variables: { id: policyId } });
  const [editing, setEditing] = useState<Editing>(null);
  const [outcome, setOutcome] = useState<ContributionOutcome | null>(null);
  const policy = result.data?.policy;

  const done = (change: ContributionOutcome) => {
    setEditing(null);
    setOutcome(change);
    reexecute({ requestPolicy: 'network-only' });
  };

  const heading = (
    <Typography variant="h6" component="h2" id={`contributions-${policyId}`}>
      {t('contributions.panelTitle')}
    </Typography>
  );
  if (result.error && !policy) {
    return (
      <Stack spacing={1}>
        {heading}
        <Alert severity="error">{t('contributions.loadFailed')}</Alert>
      </Stack>
    );
  }
  if (!policy) {
    return (
      <Stack spacing={1}>
        {heading}
        {result.fetching ? <ProgressLine aria-label={t('contributions.loading')} /> : <Alert severity="info">{t('contributions.noPolicy')}</Alert>}
      </Stack>
    );
  }
  const payable = PAYABLE.includes(policy.status);
  const canEdit = has(101303);
  const canDelete = has(101304);
  return (
    <Stack spacing={2} component="section" aria-labelledby={`contributions-${policyId}`}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        {heading}
        {has(101302) && payable && (
          <Button variant="contained" onClick={() => setEditing({ kind: 'new' })}>
            {t('contributions.add')}
          </Button>
        )}
      </Stack>
      <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap' }} data-testid="policy-balance">
        <Figure label={t('contributions.value')}>{format.money(policy.value)}</Figure>
        <Figure label={t('contributions.paid')}>{format.money(policy.paid)}</Figure>
        <Figure label={t('contributions.balance')}>{format.money(policy.balance)}</Figure>
        <Figure label={t('contributions.status')}>
          <Chip size="small" label={t(`contribution.policyStatus.${policy.status}`)} color={policy.status === 2 ? 'success' : 'default'} />
        </Figure>
      </Stack>
      {!payable && <Typography color="text.secondary">{t('contributions.notPayable')}</Typography>}
      {outcome && (
        <Alert severity={outcome.warnings.length ? 'warning' : 'success'} onClose={() => setOutcome(null)} role="status">
          {t(`contributions.${outcome.action}`)}{' '}
          {outcome.policy &&
            t('contributions.policyNow', {
              status: t(`contribution.policyStatus.${outcome.policy.status}`),
              balance: format.money(outcome.policy.balance),
            })}
          {outcome.warnings.map((warning) => (
            <Box key={warning.code} component="span" sx={{ display: 'block' }}>
              {warningText(warning)}
            </Box>
          ))}
        </Alert>
      )}
      {policy.premiums.length === 0 ? (
        <Typography color="text.secondary">{t('contributions.none')}</Typography>
      ) : (
        <TableContainer>
          <Table size="small">
            <caption style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{t('contributions.panelTitle')}</caption>
            <TableHead>
              <TableRow>
                <TableCell>{t('contribution.payDate')}</TableCell>
                <TableCell>{t('contribution.receipt')}</TableCell>
                <TableCell>{t('contribution.payer')}</TableCell>
                <TableCell>{t('contribution.payType')}</TableCell>
                <TableCell align="right">{t('contribution.amount')}</TableCell>
                <TableCell>{t('contributions.photoFee')}</TableCell>
                {(canEdit || canDelete) && <TableCell>{t('contributions.actions')}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {policy.premiums.map((row) => (
                <TableRow key={row.id}>
                  <TableCell>{format.date(row.payDate)}</TableCell>
                  <TableCell>{row.receipt}</TableCell>
                  <TableCell>{row.payer?.name ?? '—'}</TableCell>
                  <TableCell>{t(`contribution.payTypes.${row.payType}`)}</TableCell>
                  <TableCell align="right">{format.money(row.amount)}</TableCell>
                  <TableCell>{row.isPhotoFee ? t('contributions.yes') : ''}</TableCell>
                  {(canEdit || canDelete) && (
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {canEdit && (
                        <Button
                          size="small"
                          onClick={() => setEditing({ kind: 'edit', contribution: row })}
                          aria-label={t('contributions.editOne', { receipt: row.receipt })}
                        >
                          {t('contributions.edit')}
                        </Button>
                      )}
                      {canDelete && (
                        <Button
                          size="small"
                          color="error"
                          onClick={() => setEditing({ kind: 'delete', contribution: row })}
                          aria-label={t('contributions.deleteOne', { receipt: row.receipt })}
                        >
                          {t('contribution.delete')}
                        </Button>
                      )}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {(editing?.kind === 'new' || editing?.kind === 'edit') && (
        <ContributionDialog
          policy={policy}
          contribution={editing.kind === 'edit' ? editing.contribution : null}
          onClose={() => setEditing(null)}
          onSaved={done}
        />
      )}
      {editing?.kind === 'delete' && <DeleteContributionDialog contribution={editing.contribution} onClose={() => setEditing(null)} onDeleted={done} />}
    </Stack>
  );
}
