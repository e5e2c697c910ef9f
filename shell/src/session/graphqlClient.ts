import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';

/**
 * The one GraphQL client of the page, shared with every module. Cookies carry
 * the session; the CSRF header proves the request comes from our own script.
 */
export function createGraphqlClient(onUnauthenticated: () => void): Client {
  return new Client({
    url: '/graphql',
    fetchOptions: { credentials: 'same-origin', headers: { 'x-kente-csrf': '1' } },
    requestPolicy: 'cache-and-network',
    exchanges: [
      mapExchange({
        onError(error) {
          if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
