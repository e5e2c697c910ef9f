import { useCallback } from 'react';
import { useModuleScope } from '../runtime/ModuleScope.js';
import { useTranslationOf } from '../runtime/translation.js';

/**
 * The kit's own texts live in the shell's namespace under `kit.` (a language
 * pack translates them once for every module).
 */
export function useKitText() {
  return useTranslationOf(['shell']).t;
}

/**
 * The text of an error code: the module's own `errors.CODE` first (a rule only
 * it has), then the kit's `kit.errors.CODE`, then "Not a valid value".
 */
export function useErrorCodeText(): (code: string | undefined | null, options?: Record<string, unknown>) => string | undefined {
  const { namespace } = useModuleScope();
  const { t } = useTranslationOf([namespace, 'shell']);
  return useCallback((code, options) => (code ? t([`errors.${code}`, `shell:kit.errors.${code}`, 'shell:kit.errors.INVALID'], options ?? {}) : undefined), [t]);
}
