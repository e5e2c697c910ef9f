import { useModuleTranslation, useNavigate } from '@kente/sdk';
import { Box, Button, Stack, TextField, Typography } from '@kente/sdk/ui';
import { type FormEvent, useState } from 'react';

export default function FamiliesPage() {
  const { t } = useModuleTranslation();
  const navigate = useNavigate();
  const [familyId, setFamilyId] = useState('');
  const open = (event: FormEvent) => {
    event.preventDefault();
    if (familyId.trim()) navigate(`/insurees/families/${encodeURIComponent(familyId.trim())}`);
  };
  return (
    <Box sx={{ p: 3 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t('families.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('families.intro')}
      </Typography>
      <Stack component="form" direction="row" spacing={1} onSubmit={open}>
        <TextField label={t('families.number')} value={familyId} onChange={(e) => setFamilyId(e.target.value)} />
        <Button type="submit" variant="contained">
          {t('families.open')}
        </Button>
      </Stack>
    </Box>
  );
}
