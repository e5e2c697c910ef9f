/**
 * A module's backend needs (`requires.backend: { insuree: '^1.0.0' }`) against
 * the domains the backend reports (`kente { domains { name version } }`).
 * When the backend did not say (an older backend, a network error), the needs
 * are unknown and nothing is refused on that ground.
 */
import { satisfies } from 'compare-versions';

export interface BackendDomain {
  name: string;
  version: string;
}

function inRange(version: string, range: string): boolean {
  try {
    return satisfies(version, range);
  } catch {
    return false;
  }
}

/** Why a module cannot work with this backend; empty when it can or when the backend did not say. */
export function backendNeedsProblems(needs: Readonly<Record<string, string>> | undefined, domains: readonly BackendDomain[] | null | undefined): string[] {
  if (!needs || !domains) return [];
  return Object.entries(needs).flatMap(([name, range]) => {
    const domain = domains.find((d) => d.name === name);
    if (!domain) return [`needs backend domain ${name} ${range}, which this backend does not have`];
    return inRange(domain.version, range) ? [] : [`needs backend domain ${name} ${range}, this backend has ${name} ${domain.version}`];
  });
}

/** Reads `{ kente { domains { name version } } }` from a GraphQL answer; null when the backend did not say. */
export function backendDomainsFrom(answer: unknown): BackendDomain[] | null {
  const domains = (answer as { data?: { kente?: { domains?: unknown } } } | null)?.data?.kente?.domains;
  if (!Array.isArray(domains)) return null;
  const valid = domains.filter(
    (d): d is BackendDomain => Boolean(d) && typeof (d as BackendDomain).name === 'string' && typeof (d as BackendDomain).version === 'string',
  );
  return valid.length === domains.length ? valid : null;
}

/** The query the shell sends, readable without signing in. */
export const BACKEND_DOMAINS_QUERY = 'query KenteDomains { kente { domains { name version } } }';
