import { getRuntime } from '@kente/sdk';

const CHANGE_PASSWORD = /* GraphQL */ `
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) { ok errors { field code } }
  }
`;

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
