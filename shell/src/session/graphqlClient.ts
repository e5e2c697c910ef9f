import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { currentPath, loginUrl } from './urls.js';

export const CSRF_HEADER = { 'x-kente-csrf': '1' };

/**
 * The one urql client of the page, shared with every module once a user is
 * signed in (it is not on the sign-in page: bytes). Cookies carry the session;
 * the CSRF header proves the request comes from our own script. A request that
 * finds the session gone sends the user to sign in, then back here.
 */
export function createGraphqlClient(): Client {
  return new Client({
    url: '/graphql',
    fetchOptions: { credentials: 'same-origin', headers: CSRF_HEADER },
    requestPolicy: 'cache-and-network',
    exchanges: [
      mapExchange({
        onError(error) {
          if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) window.location.assign(loginUrl(currentPath(), true));
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
