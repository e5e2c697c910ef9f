/** Asked only when /boot.json did not say what the backend serves (another server answers the shell). */
import { BACKEND_DOMAINS_QUERY, type BackendDomain, backendDomainsFrom } from '@kente/sdk';
import { withTimeout } from './withTimeout.js';

/** What the backend says it serves (`kente { domains }`, no sign-in needed); null when it does not say. */
export async function fetchBackendDomains(timeoutMs: number): Promise<BackendDomain[] | null> {
  try {
    const response = await withTimeout(
      fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-kente-csrf': '1' },
        body: JSON.stringify({ query: BACKEND_DOMAINS_QUERY }),
      }),
      timeoutMs,
      'the backend did not answer',
    );
    return backendDomainsFrom(await response.json());
  } catch {
    return null;
  }
}
