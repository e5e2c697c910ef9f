import { useTranslationOf, useUser } from '@kente/sdk';
import { Alert, Box, Button, Paper, Stack, TextField, Typography } from '@kente/sdk/ui';
import { type FormEvent, useState } from 'react';
import { changePassword } from './password.js';

/** The backend's minimum (core module, MIN_PASSWORD): checked here first so the user hears it at once. */
export const MIN_PASSWORD = 8;

type Field = 'current' | 'next' | 'confirm';

/** What is wrong with the form, as translation keys per field; empty when it can be sent. */
export function passwordProblems(values: Record<Field, string>): Partial<Record<Field, string>> {
  const problems: Partial<Record<Field, string>> = {};
  if (!values.current) problems.current = 'password.errors.required';
  if (!values.next) problems.next = 'password.errors.required';
  else if (values.next.length < MIN_PASSWORD) problems.next = 'password.errors.tooShort';
  else if (values.next === values.current) problems.next = 'password.errors.same';
  if (!problems.next && values.confirm !== values.next) problems.confirm = 'password.errors.mismatch';
  return problems;
}

/** Changes the signed-in user's password (the backend signs out the user's other sessions). */
export function PasswordPage() {
  const { t } = useTranslationOf(['shell']);
  const user = useUser();
  const [values, setValues] = useState<Record<Field, string>>({ current: '', next: '', confirm: '' });
  const [shown, setShown] = useState<Partial<Record<Field, string>>>({});
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

  const field = (name: Field, label: string, autoComplete: string, helper?: string) => (
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
