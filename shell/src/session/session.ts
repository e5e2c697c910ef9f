/**
 * Sign-in, session and sign-out with plain fetch: the sign-in page does not
 * download the GraphQL client that signed-in pages use.
 */
import type { KenteUser } from '@kente/sdk';
import { takeEarly } from '../boot/early.js';
import { LOGIN_MUTATION, LOGOUT_MUTATION, ME_QUERY } from './queries.js';

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function graphqlRequest<T>(query: string, variables: Record<string, unknown> = {}, started?: Response | null): Promise<GraphqlResponse<T>> {
  const response =
    started ??
    (await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-kente-csrf': '1' },
      body: JSON.stringify({ query, variables }),
    }));
  if (!response.ok && !response.headers.get('content-type')?.includes('json')) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as GraphqlResponse<T>;
}

export type SessionState = { status: 'signed-in'; user: KenteUser } | { status: 'signed-out' } | { status: 'unreachable'; message: string };

/** Who is signed in: the answer to index.html's early request when there is one. */
export async function fetchSession(): Promise<SessionState> {
  try {
    const result = await graphqlRequest<{ me: KenteUser | null }>(ME_QUERY, {}, await takeEarly('me'));
    if (result.data?.me) return { status: 'signed-in', user: result.data.me };
    return { status: 'signed-out' };
  } catch (error) {
    return { status: 'unreachable', message: (error as Error).message };
  }
}

export interface LoginOutcome {
  user?: KenteUser;
  /** Error code for the sign-in page to translate: INVALID_CREDENTIALS, RATE_LIMITED, NETWORK... */
  error?: string;
}

export async function signIn(username: string, password: string): Promise<LoginOutcome> {
  let result: GraphqlResponse<{ login: { me: KenteUser | null; errors: Array<{ code: string; message: string }> } }>;
  try {
    result = await graphqlRequest(LOGIN_MUTATION, { input: { username, password } });
  } catch {
    return { error: 'NETWORK' };
  }
  const code = result.errors?.[0]?.extensions?.code;
  if (code) return { error: code };
  const payload = result.data?.login;
  if (payload?.me) return { user: payload.me };
  return { error: payload?.errors[0]?.code ?? 'INVALID_CREDENTIALS' };
}

export async function signOut(): Promise<void> {
  await graphqlRequest(LOGOUT_MUTATION).catch(() => undefined);
}
