import { useTranslationOf, useUser } from '@kente/sdk';
import { Alert, Box, Button, Paper, Stack, TextField, Typography } from '@kente/sdk/ui';
import { type FormEvent, useState } from 'react';
import { changePassword, MIN_PASSWORD, type PasswordField, passwordProblems } from './password.js';

/** Changes the signed-in user's password (the backend signs out the user's other sessions). */
export function PasswordPage() {
  const { t } = useTranslationOf(['shell']);
  const user = useUser();
  const [values, setValues] = useState<Record<PasswordField, string>>({ current: '', next: '', confirm: '' });
  const [shown, setShown] = useState<Partial<Record<PasswordField, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    setError(null);
    const problems = passwordProblems(values);
    setShown(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    const outcome = await changePassword(values.current, values.next);
    setBusy(false);
    if (outcome.ok) {
      setDone(true);
      setValues({ current: '', next: '', confirm: '' });
      return;
    }
    const key = `password.errors.${outcome.code}`;
    if (outcome.field === 'oldPassword') setShown({ current: key });
    else if (outcome.field === 'newPassword') setShown({ next: key });
    else setError(t(key, { min: MIN_PASSWORD }));
  }

  const field = (name: PasswordField, label: string, autoComplete: string, helper?: string) => (
    <TextField
      name={name}
      type="password"
      label={label}
      autoComplete={autoComplete}
      required
      fullWidth
      value={values[name]}
      onChange={(event) => setValues((v) => ({ ...v, [name]: event.target.value }))}
      error={Boolean(shown[name])}
      helperText={shown[name] ? t(shown[name] as string, { min: MIN_PASSWORD }) : helper}
    />
  );

  return (
    <Box sx={{ p: 3 }}>
      <Paper variant="outlined" sx={{ p: 3, maxWidth: 480 }}>
        <Stack component="form" spacing={2} onSubmit={submit} noValidate aria-labelledby="password-title">
          <Typography id="password-title" variant="h5" component="h1">
            {t('password.title')}
          </Typography>
          {/* The browser's password manager files the new password under this account. */}
          <input type="text" name="username" autoComplete="username" value={user?.username ?? ''} readOnly hidden />
          {done && (
            <Alert severity="success" role="status">
              {t('password.done')}
            </Alert>
          )}
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
          {field('current', t('password.current'), 'current-password')}
          {field('next', t('password.new'), 'new-password', t('password.hint', { min: MIN_PASSWORD }))}
          {field('confirm', t('password.confirm'), 'new-password')}
          <Box>
            <Button type="submit" variant="contained" disabled={busy}>
              {busy ? t('password.submitting') : t('password.submit')}
            </Button>
          </Box>
        </Stack>
      </Paper>
    </Box>
  );
}
