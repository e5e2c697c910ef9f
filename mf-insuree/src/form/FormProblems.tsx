import { useModuleTranslation } from '@kente/sdk';
import { Alert } from '@kente/sdk/ui';
import type { UserError } from './userErrors.js';

/** Errors the server returned that belong to no field of the form, or a failed request. */
export function FormProblems({ errors, requestError }: { errors: readonly UserError[]; requestError?: string | null }) {
  const { t } = useModuleTranslation();
  if (!requestError && errors.length === 0) return null;
  return (
    <Alert severity="error" role="alert">
      {requestError ?? errors.map((e) => t(`errors.${e.code}`, { defaultValue: e.message })).join(' ')}
    </Alert>
  );
}
