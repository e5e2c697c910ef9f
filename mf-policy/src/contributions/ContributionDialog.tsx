import { useFormat, useModuleTranslation } from '@kente/sdk';
import { MoneyField } from '@kente/sdk/forms';
import {
  Alert,
  Button,
  Checkbox,
  DateField,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  FormHelperText,
  HistoryPanel,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@kente/sdk/ui';
import { type FormEvent, useState } from 'react';
import { useClient, useMutation } from 'urql';
import {
  type ContributionFormValues,
  contributionToForm,
  createContributionInput,
  formFieldOf,
  newContribution,
  offersPutInForce,
  PAY_TYPES,
  type PolicyForForm,
  updateContributionInput,
  validateContributionForm,
} from './contributionForm.js';
import {
  CONTRIBUTION,
  type Contribution,
  type ContributionWarning,
  CREATE_CONTRIBUTION,
  DELETE_CONTRIBUTION,
  type PolicyBalance,
  UPDATE_CONTRIBUTION,
} from './contributionQueries.js';
import { useContributionErrorText } from './contributionText.js';
import { PayerPicker } from './PayerPicker.js';

/** What a saved change did: the policy afterwards (status, balance) and the server's warnings. */
export interface ContributionOutcome {
  action: 'created' | 'updated' | 'deleted';
  policy: PolicyBalance | null;
  warnings: readonly ContributionWarning[];
}

interface UserErrorLike {
  field: string | null;
  code: string;
  message: string;
}

const CONFLICT = 'CONFLICT';

/**
 * The contribution form for one policy: a new contribution (amount prefilled with the balance;
 * on a partial payment of an Idle policy, the choice to put it in force now) or the edit of a
 * stored one at its version (a stale version is a conflict: the user loads the saved one). The
 * contract's rules run before sending; the server's errors land on their fields.
 */
export function ContributionDialog(props: {
  policy: PolicyForForm;
  /** The contribution to edit; absent: a new one. */
  contribution?: Contribution | null;
  onClose: () => void;
  onSaved: (outcome: ContributionOutcome) => void;
}) {
  const { policy, contribution } = props;
  const { t } = useModuleTranslation();
  const format = useFormat();
  const errorText = useContributionErrorText();
  const client = useClient();
  const [values, setValues] = useState<ContributionFormValues>(() => (contribution ? contributionToForm(contribution) : newContribution(policy)));
  const [version, setVersion] = useState(contribution?.version ?? 0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const [created, create] = useMutation(CREATE_CONTRIBUTION);
  const [updated, update] = useMutation(UPDATE_CONTRIBUTION);
  const saving = created.fetching || updated.fetching;
  const partial = !contribution && offersPutInForce(values, policy);
  const set = <K extends keyof ContributionFormValues>(key: K, value: ContributionFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => {
      const { [key]: _, ...rest } = current;
      return rest;
    });
  };

  const placeErrors = (serverErrors: readonly UserErrorLike[]) => {
    const onFields: Record<string, string> = {};
    const elsewhere: string[] = [];
    for (const error of serverErrors) {
      const field = formFieldOf(error.field);
      if (field) onFields[field] = error.code;
      // policyId INVALID: the policy is suspended or expired; other codes: ours, else the server's message
      else if (error.field === 'policyId' && error.code === 'INVALID') elsewhere.push(t('contributions.notPayable'));
      else elsewhere.push(t(`contribution.errors.${error.code}`, { defaultValue: error.message }));
    }
    setErrors(onFields);
    setProblem(elsewhere.length ? elsewhere.join(' ') : null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const issues = validateContributionForm(values, policy.id);
    setErrors(Object.fromEntries(issues.map((i) => [i.path, i.code])));
    if (issues.length) return;
    const result = contribution
      ? await update({ input: updateContributionInput(values, { id: contribution.id, version }) })
      : await create({ input: createContributionInput(values, policy) });
    const payload = result.data && ('updatePremium' in result.data ? result.data.updatePremium : result.data.createPremium);
    if (result.error || !payload) return setProblem(result.error?.graphQLErrors[0]?.message ?? result.error?.message ?? t('contribution.failed'));
    if (payload.errors.some((e) => e.code === CONFLICT)) return setConflict(true);
    if (payload.errors.length || !payload.premium) return placeErrors(payload.errors);
    props.onSaved({ action: contribution ? 'updated' : 'created', policy: payload.policy, warnings: payload.warnings });
  };

  /** After a conflict: the contribution as saved now, its version, in the form. */
  const reload = async () => {
    if (!contribution) return;
    const result = await client.query(CONTRIBUTION, { id: contribution.id }, { requestPolicy: 'network-only' }).toPromise();
    const saved = result.data?.premium;
    setConflict(false);
    setErrors({});
    if (!saved) return setProblem(t('contribution.gone'));
    setValues(contributionToForm(saved));
    setVersion(saved.version);
  };

  const fieldError = (field: string) => ({ error: Boolean(errors[field]), helperText: errorText(errors[field]) });
  const titleId = contribution ? 'contribution-edit-title' : 'contribution-new-title';
  return (
    <Dialog open onClose={props.onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{contribution ? t('contribution.editTitle') : t('contribution.newTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {!contribution && <Typography color="text.secondary">{t('contribution.balanceNow', { amount: format.money(policy.balance) })}</Typography>}
            {conflict && (
              <Alert
                severity="warning"
                role="alert"
                action={
                  <Button color="inherit" size="small" onClick={() => void reload()}>
                    {t('contribution.reload')}
                  </Button>
                }
              >
                {t('contribution.conflict')}
              </Alert>
            )}
            {problem && (
              <Alert severity="error" role="alert">
                {problem}
              </Alert>
            )}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField
                name="receipt"
                size="small"
                fullWidth
                required
                autoFocus
                label={t('contribution.receipt')}
                value={values.receipt}
                onChange={(e) => set('receipt', e.target.value)}
                slotProps={{ htmlInput: { maxLength: 50, 'aria-invalid': Boolean(errors.receipt) } }}
                {...fieldError('receipt')}
              />
              <MoneyField
                name="amount"
                required
                label={t('contribution.amount')}
                value={values.amount}
                onChange={(value) => set('amount', value)}
                {...fieldError('amount')}
              />
            </Stack>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <DateField
                name="payDate"
                required
                label={t('contribution.payDate')}
                value={values.payDate}
                onChange={(value) => set('payDate', value)}
                {...fieldError('payDate')}
              />
              <TextField
                select
                name="payType"
                size="small"
                fullWidth
                required
                label={t('contribution.payType')}
                value={values.payType}
                onChange={(e) => set('payType', e.target.value as ContributionFormValues['payType'])}
                {...fieldError('payType')}
              >
                {PAY_TYPES.map((code) => (
                  <MenuItem key={code} value={code}>
                    {t(`contribution.payTypes.${code}`)}
                  </MenuItem>
                ))}
              </TextField>
            </Stack>
            <PayerPicker
              label={t('contribution.payer')}
              value={values.payer}
              onChange={(payer) => set('payer', payer)}
              required={values.payType === 'F'}
              error={errorText(errors.payer)}
              helperText={t('contribution.payerHelp')}
            />
            {/* in a box like the put-in-force choice: the Stack would reset the label's margin and misalign the checkboxes */}
            <div>
              <FormControlLabel
                label={t('contribution.isPhotoFee')}
                control={<Checkbox name="isPhotoFee" checked={values.isPhotoFee} onChange={(e) => set('isPhotoFee', e.target.checked)} />}
              />
            </div>
            {contribution && showHistory && <HistoryPanel entityType="Premium" entityId={contribution.id} version={version} />}
            {partial && (
              <div>
                <FormControlLabel
                  label={t('contribution.putInForce')}
                  control={
                    <Checkbox
                      name="putInForce"
                      checked={values.putInForce}
                      onChange={(e) => set('putInForce', e.target.checked)}
                      slotProps={{ input: { 'aria-describedby': 'put-in-force-help' } }}
                    />
                  }
                />
                <FormHelperText id="put-in-force-help" sx={{ mt: 0 }}>
                  {t('contribution.putInForceHelp')}
                </FormHelperText>
              </div>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          {contribution && (
            <Button onClick={() => setShowHistory((shown) => !shown)} aria-expanded={showHistory} sx={{ mr: 'auto' }}>
              {showHistory ? t('contribution.hideHistory') : t('contribution.showHistory')}
            </Button>
          )}
          <Button onClick={props.onClose}>{t('contribution.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={saving || conflict}>
            {t('contribution.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

/** Deleting a contribution, after a confirmation, at its version (the policy's status is not changed). */
export function DeleteContributionDialog(props: { contribution: Contribution; onClose: () => void; onDeleted: (outcome: ContributionOutcome) => void }) {
  const { contribution } = props;
  const { t } = useModuleTranslation();
  const format = useFormat();
  const errorText = useContributionErrorText();
  const [deleting, remove] = useMutation(DELETE_CONTRIBUTION);
  const [problem, setProblem] = useState<string | null>(null);
  const confirm = async () => {
    setProblem(null);
    const result = await remove({ input: { id: contribution.id, version: contribution.version } });
    const payload = result.data?.deletePremium;
    if (result.error || !payload) return setProblem(result.error?.graphQLErrors[0]?.message ?? result.error?.message ?? t('contribution.failed'));
    if (payload.errors.some((e) => e.code === CONFLICT)) return setProblem(t('contribution.deleteConflict'));
    if (payload.errors.length) return setProblem(payload.errors.map((e) => errorText(e.code, e.message)).join(' '));
    props.onDeleted({ action: 'deleted', policy: payload.policy, warnings: payload.warnings });
  };
  return (
    <Dialog open onClose={props.onClose} aria-labelledby="contribution-delete-title" maxWidth="xs" fullWidth>
      <DialogTitle id="contribution-delete-title">{t('contribution.deleteTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{t('contribution.deleteText', { amount: format.money(contribution.amount), receipt: contribution.receipt })}</DialogContentText>
          {problem && (
            <Alert severity="error" role="alert">
              {problem}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose} autoFocus>
          {t('contribution.cancel')}
        </Button>
        <Button color="error" variant="contained" onClick={() => void confirm()} disabled={deleting.fetching}>
          {t('contribution.delete')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
