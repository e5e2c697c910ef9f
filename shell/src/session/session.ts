import type { KenteUser } from '@kente/sdk';
import type { Client } from 'urql';

const USER_FIELDS = 'username names language rights healthFacility { id code name }';

export const ME_QUERY = `query Me { me { ${USER_FIELDS} } }`;
export const LOGIN_MUTATION = `mutation Login($input: LoginInput!) { login(input: $input) { user { ${USER_FIELDS} } errors { field code message } } }`;
export const LOGOUT_MUTATION = 'mutation Logout { logout { ok } }';

export type SessionState = { status: 'signed-in'; user: KenteUser } | { status: 'signed-out' } | { status: 'unreachable'; message: string };

export async function fetchSession(client: Client): Promise<SessionState> {
  const result = await client.query<{ me: KenteUser | null }>(ME_QUERY, {}, { requestPolicy: 'network-only' }).toPromise();
  if (result.error?.networkError) return { status: 'unreachable', message: result.error.networkError.message };
  if (result.data?.me) return { status: 'signed-in', user: result.data.me };
  return { status: 'signed-out' };
}

export interface LoginOutcome {
  user?: KenteUser;
  /** Error code for the login page to translate: INVALID_CREDENTIALS, RATE_LIMITED, NETWORK... */
  error?: string;
}

export async function signIn(client: Client, username: string, password: string): Promise<LoginOutcome> {
  const result = await client
    .mutation<{ login: { user: KenteUser | null; errors: Array<{ code: string; message: string }> } }>(LOGIN_MUTATION, { input: { username, password } })
    .toPromise();
  if (result.error?.networkError) return { error: 'NETWORK' };
  const gqlCode = result.error?.graphQLErrors[0]?.extensions?.code;
  if (typeof gqlCode === 'string') return { error: gqlCode };
  const payload = result.data?.login;
  if (payload?.user) return { user: payload.user };
  return { error: payload?.errors[0]?.code ?? 'INVALID_CREDENTIALS' };
}

export async function signOut(client: Client): Promise<void> {
  await client.mutation(LOGOUT_MUTATION, {}).toPromise();
}
