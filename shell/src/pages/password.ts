import { getRuntime } from '@kente/sdk';

const CHANGE_PASSWORD = /* GraphQL */ `
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) { ok errors { field code } }
  }
`;

/** The backend's minimum (core module, MIN_PASSWORD): checked here first so the user hears it at once. */
export const MIN_PASSWORD = 8;

export type PasswordField = 'current' | 'next' | 'confirm';

/** What is wrong with the form, as translation keys per field; empty when it can be sent. */
export function passwordProblems(values: Record<PasswordField, string>): Partial<Record<PasswordField, string>> {
  const problems: Partial<Record<PasswordField, string>> = {};
  if (!values.current) problems.current = 'password.errors.required';
  if (!values.next) problems.next = 'password.errors.required';
  else if (values.next.length < MIN_PASSWORD) problems.next = 'password.errors.tooShort';
  else if (values.next === values.current) problems.next = 'password.errors.same';
  if (!problems.next && values.confirm !== values.next) problems.confirm = 'password.errors.mismatch';
  return problems;
}

export type PasswordOutcome = { ok: true } | { ok: false; code: string; field?: string };

const knownCodes = new Set(['INVALID_CREDENTIALS', 'INVALID']);

/** Sends the change through the console's GraphQL client; answers an error code the page translates. */
export async function changePassword(oldPassword: string, newPassword: string): Promise<PasswordOutcome> {
  const result = await getRuntime()
    .graphql.mutation<{ changePassword: { ok: boolean; errors: Array<{ field: string | null; code: string }> } }>(CHANGE_PASSWORD, {
      input: { oldPassword, newPassword },
    })
    .toPromise();
  if (result.error) return { ok: false, code: result.error.networkError ? 'NETWORK' : 'UNKNOWN' };
  const payload = result.data?.changePassword;
  if (payload?.ok) return { ok: true };
  const first = payload?.errors[0];
  return { ok: false, code: first && knownCodes.has(first.code) ? first.code : 'UNKNOWN', ...(first?.field ? { field: first.field } : {}) };
}
