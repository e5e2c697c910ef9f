import { INSUREE_STATUSES, validateStatus } from '@kente/contract-insuree';
import { useModuleTranslation } from '@kente/sdk';
import { Alert, Button, DateField, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField, useErrorCodeText } from '@kente/sdk/ui';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { type InsureeDetails, SET_INSUREE_STATUS } from './insureeQueries.js';

/** Marks an insuree active, inactive or deceased (with a date and a reason), checked by the contract's rules. */
export function InsureeStatusDialog({ insuree, onClose, onSaved }: { insuree: InsureeDetails; onClose: () => void; onSaved: (saved: InsureeDetails) => void }) {
  const { t } = useModuleTranslation();
  const errorCode = useErrorCodeText();
  const [status, setStatus] = useState(insuree.status);
  const [statusDate, setStatusDate] = useState(insuree.statusDate ?? '');
  const [statusReason, setStatusReason] = useState(insuree.statusReason ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setInsureeStatus] = useMutation(SET_INSUREE_STATUS);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const values = { status, statusDate: statusDate || null, statusReason: statusReason.trim() || null };
    const issues = validateStatus(values);
    setErrors(Object.fromEntries(issues.map((i) => [i.path, i.code])));
    if (issues.length) return;
    const result = await setInsureeStatus({ input: { id: insuree.id, version: insuree.version, ...values } });
    const payload = result.data?.setInsureeStatus;
    if (result.error || !payload?.insuree) {
      const serverErrors = payload?.errors ?? [];
      setErrors(Object.fromEntries(serverErrors.filter((e) => e.field).map((e) => [e.field as string, e.code])));
      setProblem(result.error?.message ?? serverErrors.map((e) => errorCode(e.code, { defaultValue: e.message })).join(' '));
      return;
    }
    onSaved(payload.insuree);
    onClose();
  };
  const errorText = (field: string) => errorCode(errors[field]);
  return (
    <Dialog open onClose={onClose} aria-labelledby="status-title" fullWidth maxWidth="xs">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="status-title">{t('status.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {problem && <Alert severity="error">{problem}</Alert>}
            <TextField
              select
              size="small"
              label={t('insuree.status')}
              value={status}
              onChange={(e) => setStatus(e.target.value)}
              error={Boolean(errors.status)}
              helperText={errorText('status')}
            >
              {INSUREE_STATUSES.map((s) => (
                <MenuItem key={s} value={s}>
                  {t(`codes.status.${s}`)}
                </MenuItem>
              ))}
            </TextField>
            <DateField
              label={t('status.date')}
              value={statusDate}
              onChange={setStatusDate}
              required={status === 'DECEASED'}
              error={Boolean(errors.statusDate)}
              helperText={errorText('statusDate')}
            />
            <TextField
              size="small"
              label={t('status.reason')}
              value={statusReason}
              onChange={(e) => setStatusReason(e.target.value)}
              error={Boolean(errors.statusReason)}
              helperText={errorText('statusReason')}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('form.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={saving.fetching}>
            {t('form.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
