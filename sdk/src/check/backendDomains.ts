/**
 * What a running Kente backend serves (`kente { domains { name version } }`), for kente-check's
 * `--backend <console URL>`: the modules' `requires.backend` ranges are then checked as the shell
 * will check them.
 */
import type { BackendDomain } from '../composition/backend.js';

export async function backendDomainsOf(consoleUrl: string): Promise<BackendDomain[]> {
  const url = new URL('graphql', consoleUrl.endsWith('/') ? consoleUrl : `${consoleUrl}/`);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kente-csrf': '1' },
    body: JSON.stringify({ query: '{ kente { domains { name version } } }' }),
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) throw new Error(`${url.href} answered ${response.status}`);
  const body = (await response.json()) as { data?: { kente?: { domains?: BackendDomain[] } }; errors?: Array<{ message: string }> };
  const domains = body.data?.kente?.domains;
  if (!domains) throw new Error(`${url.href}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no kente { domains } in the answer'}`);
  return domains.map(({ name, version }) => ({ name, version }));
}
