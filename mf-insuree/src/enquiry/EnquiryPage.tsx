import { Slot, useModuleConfig, useModuleTranslation } from '@kente/sdk';
import { Box, Button, Card, CardContent, Stack, TextField, Typography } from '@kente/sdk/ui';
import { type FormEvent, useState } from 'react';

export default function EnquiryPage() {
  const { t } = useModuleTranslation();
  const { insuranceNumberPattern } = useModuleConfig<{ insuranceNumberPattern: string }>();
  const [value, setValue] = useState('');
  const [checked, setChecked] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const number = value.trim();
    if (!new RegExp(insuranceNumberPattern).test(number)) {
      setError(t('enquiry.invalid'));
      return;
    }
    setError(null);
    setChecked(number);
  };
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2 }}>
      <Typography variant="h5" component="h1">
        {t('enquiry.title')}
      </Typography>
      <Typography color="text.secondary">{t('enquiry.intro')}</Typography>
      <Stack component="form" direction="row" spacing={1} onSubmit={submit} noValidate>
        <TextField
          label={t('enquiry.number')}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={Boolean(error)}
          helperText={error ?? ' '}
          inputMode="numeric"
          autoFocus
        />
        <Box>
          <Button type="submit" variant="contained">
            {t('enquiry.submit')}
          </Button>
        </Box>
      </Stack>
      {checked && (
        <>
          <Typography variant="h6" component="h2">
            {t('enquiry.answers', { number: checked })}
          </Typography>
          <Slot
            name="insuree.enquiry.panels"
            props={{ insuranceNumber: checked }}
            empty={<Typography color="text.secondary">{t('enquiry.noAnswer')}</Typography>}
            wrap={(node) => (
              <Card variant="outlined">
                <CardContent>{node}</CardContent>
              </Card>
            )}
          />
        </>
      )}
    </Box>
  );
}
