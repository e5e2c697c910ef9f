import { useModuleTranslation } from '@kente/sdk';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField, useErrorCodeText } from '@kente/sdk/ui';
import { useState } from 'react';
import { useMutation } from 'urql';
import { passwordIssues } from './userForm.js';
import { UPDATE_USER, type UserDetails } from './userQueries.js';

/**
 * An administrator sets a new password for a user (121703). The server ends every session of that
 * user in the same transaction, so whoever is signed in as them is sent to the sign-in page.
 */
export function ResetPasswordDialog(props: { user: UserDetails; version: number; onClose: () => void; onDone: (user: UserDetails) => void }) {
  const { t } = useModuleTranslation();
  const errorText = useErrorCodeText();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [touched, setTouched] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, update] = useMutation(UPDATE_USER);
  const issue = passwordIssues('password', password)[0]?.code ?? (repeat !== password ? 'PASSWORD_MISMATCH' : undefined);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (issue) return;
    setProblem(null);
    const result = await update({ input: { id: props.user.id, version: props.version, password } });
    if (result.error) return setProblem(result.error.graphQLErrors[0]?.message ?? result.error.message);
    const payload = result.data?.updateUser;
    const [first] = payload?.errors ?? [];
    if (first || !payload?.user) {
      return setProblem(first?.code === 'CONFLICT' ? t('user.resetConflict') : first?.code === 'FORBIDDEN' ? first.message : (errorText(first?.code) ?? ''));
    }
    props.onDone(payload.user);
  };
  return (
    <Dialog open onClose={props.onClose} maxWidth="xs" fullWidth aria-labelledby="reset-password-title">
      <Box component="form" noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="reset-password-title">{t('user.reset.title', { username: props.user.username })}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2 }}>
          <DialogContentText>{t('user.reset.intro')}</DialogContentText>
          {problem && <Alert severity="error">{problem}</Alert>}
          <TextField
            type="password"
            autoComplete="new-password"
            label={t('user.reset.password')}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoFocus
            required
            size="small"
            error={touched && issue !== undefined && issue !== 'PASSWORD_MISMATCH'}
            helperText={touched && issue && issue !== 'PASSWORD_MISMATCH' ? errorText(issue) : t('user.passwordHint')}
          />
          <TextField
            type="password"
            autoComplete="new-password"
            label={t('user.reset.repeat')}
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            required
            size="small"
            error={touched && issue === 'PASSWORD_MISMATCH'}
            helperText={touched && issue === 'PASSWORD_MISMATCH' ? errorText('PASSWORD_MISMATCH') : ' '}
          />
        </DialogContent>
        <DialogActions>
          <Button type="button" onClick={props.onClose}>
            {t('user.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={saving.fetching}>
            {t('user.reset.submit')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
