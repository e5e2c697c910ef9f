import { useTranslationOf } from '@kente/sdk';
import { Alert, Box, Button } from '@kente/sdk/ui';

/** Shown in place of a module page that failed to load or to render. */
export function ModuleError({ module, reason, kind }: { module: string; reason: string; kind: 'load' | 'render' }) {
  const { t } = useTranslationOf(['shell']);
  return (
    <Box sx={{ p: 3 }} data-module-error={module}>
      <Alert
        severity="error"
        role="alert"
        action={
          <Button color="inherit" size="small" onClick={() => window.location.reload()}>
            {t('module.retry')}
          </Button>
        }
      >
        <Box component="strong" sx={{ display: 'block', mb: 0.5 }}>
          {t(kind === 'load' ? 'module.loadFailed' : 'module.renderFailed', { module })}
        </Box>
        {t('module.keepsWorking')}
        <Box component="details" sx={{ mt: 1 }}>
          <summary>{t('module.details')}</summary>
          <Box component="code" sx={{ whiteSpace: 'pre-wrap', fontSize: '0.85em' }}>
            {reason}
          </Box>
        </Box>
      </Alert>
    </Box>
  );
}
