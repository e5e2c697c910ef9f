import Alert from '@mui/material/Alert';
import { useErrorCodeText } from '../ui/kitText.js';
import type { UserError } from './userErrors.js';

/** Errors the server returned that belong to no field of the form, or a failed request. */
export function FormProblems({ errors, requestError }: { errors: readonly UserError[]; requestError?: string | null }) {
  const text = useErrorCodeText();
  if (!requestError && errors.length === 0) return null;
  return (
    <Alert severity="error" role="alert">
      {requestError ?? errors.map((e) => text(e.code, { defaultValue: e.message })).join(' ')}
    </Alert>
  );
}
