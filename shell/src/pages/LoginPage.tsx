import { type KenteUser, useTranslationOf } from '@kente/sdk';
import { Alert, Box, Button, FormControl, InputLabel, OutlinedInput, Paper, Stack, Typography } from '@kente/sdk/ui-core';
import { type FormEvent, useId, useState } from 'react';
import { LanguageSwitcher } from '../layout/LanguageSwitcher.js';
import { signIn } from '../session/session.js';

const knownErrors = new Set(['INVALID_CREDENTIALS', 'RATE_LIMITED', 'NETWORK']);

/** A labelled input built from the light kit, so the sign-in page stays small. */
function LoginField(props: { label: string; name: string; type?: string; autoComplete: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <FormControl fullWidth required size="small">
      <InputLabel htmlFor={id}>{props.label}</InputLabel>
      <OutlinedInput
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        label={props.label}
        autoComplete={props.autoComplete}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </FormControl>
  );
}

export function LoginPage({ onSignedIn }: { onSignedIn: (user: KenteUser) => void }) {
  const { t } = useTranslationOf(['shell']);
  const expired = new URLSearchParams(window.location.search).has('expired');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(t('login.required'));
      return;
    }
    setBusy(true);
    setError(null);
    const outcome = await signIn(username.trim(), password);
    setBusy(false);
    if (outcome.user) onSignedIn(outcome.user);
    else {
      const code = outcome.error && knownErrors.has(outcome.error) ? outcome.error : 'UNKNOWN';
      setError(t(`login.errors.${code}`));
      setPassword('');
    }
  }

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2 }}>
      <Paper elevation={2} sx={{ p: 4, width: '100%', maxWidth: 380 }}>
        <Stack component="form" spacing={2} onSubmit={submit} noValidate aria-labelledby="login-title">
          <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 2 }}>
            <Box>
              <Typography variant="h5" component="p" color="primary" sx={{ fontWeight: 700 }}>
                {t('app.name')}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {t('app.tagline')}
              </Typography>
            </Box>
            <LanguageSwitcher tone="light" />
          </Box>
          <Typography id="login-title" variant="h6" component="h1">
            {t('login.title')}
          </Typography>
          {expired && !error && <Alert severity="info">{t('login.expired')}</Alert>}
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
          {/* No autofocus: Tab follows the page from the top, so the language selector comes before the fields and the Sign in button. */}
          <LoginField label={t('login.username')} name="username" autoComplete="username" value={username} onChange={setUsername} />
          <LoginField label={t('login.password')} name="password" type="password" autoComplete="current-password" value={password} onChange={setPassword} />
          <Button type="submit" variant="contained" size="large" disabled={busy}>
            {busy ? t('login.submitting') : t('login.submit')}
          </Button>
        </Stack>
      </Paper>
    </Box>
  );
}
