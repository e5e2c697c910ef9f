import { useTranslationOf } from '@kente/sdk';
import { Alert, AlertTitle, Box, Button } from '@kente/sdk/ui-core';

export function UnreachablePage({ message }: { message: string }) {
  const { t } = useTranslationOf(['shell']);
  return (
    <Box sx={{ p: 4, maxWidth: 640, mx: 'auto' }}>
      <Alert
        severity="error"
        action={
          <Button color="inherit" onClick={() => window.location.reload()}>
            {t('unreachable.reload')}
          </Button>
        }
      >
        <AlertTitle>{t('unreachable.title')}</AlertTitle>
        {t('unreachable.body')} <code>{message}</code>
      </Alert>
    </Box>
  );
}
