import { useModuleTranslation, useNavigate } from '@kente/sdk';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField, useErrorCodeText } from '@kente/sdk/ui';
import { useState } from 'react';
import { useMutation } from 'urql';
import { CREATE_ROLE } from './roleQueries.js';

/** Duplicate a role (122005): a new role with the same rights under a new name (createRole; the server checks every right is the administrator's). */
export function DuplicateRoleDialog({ role, onClose }: { role: { name: string; rights: readonly number[] }; onClose: () => void }) {
  const { t } = useModuleTranslation();
  const errorText = useErrorCodeText();
  const navigate = useNavigate();
  const [name, setName] = useState(t('role.duplicate.defaultName', { name: role.name }).slice(0, 50));
  const [problem, setProblem] = useState<{ field: string | null; text: string } | null>(null);
  const [saving, create] = useMutation(CREATE_ROLE);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setProblem({ field: 'name', text: errorText('REQUIRED') ?? '' });
    setProblem(null);
    const result = await create({ input: { name: name.trim(), rights: [...role.rights] } });
    if (result.error) return setProblem({ field: null, text: result.error.graphQLErrors[0]?.message ?? result.error.message });
    const payload = result.data?.createRole;
    const [first] = payload?.errors ?? [];
    if (first || !payload?.role) {
      return setProblem({ field: first?.field ?? null, text: first?.code === 'FORBIDDEN' ? first.message : (errorText(first?.code) ?? '') });
    }
    onClose();
    navigate(`/admin/roles/${payload.role.id}`);
  };
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth aria-labelledby="duplicate-role-title">
      <Box component="form" noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="duplicate-role-title">{t('role.duplicate.title', { name: role.name })}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2 }}>
          <DialogContentText>{t('role.duplicate.intro', { count: role.rights.length })}</DialogContentText>
          {problem && problem.field !== 'name' && <Alert severity="error">{problem.text}</Alert>}
          <TextField
            label={t('role.fields.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoFocus
            required
            size="small"
            slotProps={{ htmlInput: { maxLength: 50 } }}
            error={problem?.field === 'name'}
            helperText={problem?.field === 'name' ? problem.text : ' '}
          />
        </DialogContent>
        <DialogActions>
          <Button type="button" onClick={onClose}>
            {t('role.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={saving.fetching}>
            {t('role.duplicate.submit')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
