import { useTranslationOf } from '@kente/sdk';
import { Alert, Box, Button } from '@kente/sdk/ui-core';

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
        <Box component="strong" sx={{ display: 'block', mb: 0.5 }}>
          {t('unreachable.title')}
        </Box>
        {t('unreachable.body')} <code>{message}</code>
      </Alert>
    </Box>
  );
}
