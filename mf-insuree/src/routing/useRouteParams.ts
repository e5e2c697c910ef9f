import { matchRoute, useLocation } from '@kente/sdk';

/**
 * The route's parameters, following the URL. The shell passes `params` when it
 * mounts a page, but single-spa keeps a page mounted while the URL moves within
 * the same route (family 17 to family 18, or /new to the family just saved),
 * so the page reads them again from the current path.
 */
export function useRouteParams<K extends string>(pattern: string, mounted: Record<K, string>): Record<K, string> {
  const { pathname } = useLocation();
  return (matchRoute(pattern, pathname) as Record<K, string> | null) ?? mounted;
}
