/**
 * Route patterns (`/insurees/families/:familyId`): matching, ranking and overlap.
 * A fixed segment beats a parameter at the first segment where two patterns
 * differ, so `/insurees/families/new` wins over `/insurees/families/:familyId`
 * whatever the order of the manifests. Two patterns of the same shape
 * (`/a/:id` and `/a/:key`) would serve the same paths: an overlap.
 */

const PARAM = /^:([A-Za-z0-9_]+)$/;

function segments(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** Parameters of a route pattern against a path, or null when it does not match. */
export function matchRoute(pattern: string, pathname: string): Record<string, string> | null {
  const want = segments(pattern);
  const have = segments(pathname);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    const h = have[i] as string;
    const param = PARAM.exec(w);
    if (param) {
      try {
        params[param[1] as string] = decodeURIComponent(h);
      } catch {
        return null;
      }
    } else if (w !== h) return null;
  }
  return params;
}

/** The pattern with parameter names erased: two routes with the same shape serve the same paths. */
export function routeShape(path: string): string {
  return `/${segments(path)
    .map((s) => (PARAM.test(s) ? ':' : s))
    .join('/')}`;
}

/** Negative when `a` is more specific than `b`: at the first differing segment, a fixed segment beats a parameter. */
export function compareRouteSpecificity(a: string, b: string): number {
  const sa = segments(a);
  const sb = segments(b);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const pa = PARAM.test(sa[i] as string);
    const pb = PARAM.test(sb[i] as string);
    if (pa !== pb) return pa ? 1 : -1;
  }
  // Different lengths never match the same path; longer first keeps the list readable.
  return sb.length - sa.length;
}

/** Routes, most specific first (stable for equals). */
export function rankRoutes<R extends { path: string }>(routes: readonly R[]): R[] {
  return [...routes].sort((a, b) => compareRouteSpecificity(a.path, b.path));
}

/** The one route that serves a path: the most specific match. */
export function findRoute<R extends { path: string }>(routes: readonly R[], pathname: string): R | undefined {
  let best: R | undefined;
  for (const route of routes) {
    if (matchRoute(route.path, pathname) && (!best || compareRouteSpecificity(route.path, best.path) < 0)) best = route;
  }
  return best;
}
