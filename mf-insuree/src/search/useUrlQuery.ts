import { NAVIGATE_EVENT, useLocation, useNavigate } from '@kente/sdk';
import { useCallback, useMemo } from 'react';

export type QueryPatch = Record<string, string | null | undefined>;

/**
 * Search state kept in the query string, so a search can be bookmarked and Back
 * returns to the previous one. `update` pushes a history entry (a submitted
 * search, a new sort); `{ replace: true }` rewrites the current one (typing).
 */
export function useUrlQuery(): { query: URLSearchParams; update: (patch: QueryPatch, options?: { replace?: boolean }) => void } {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const query = useMemo(() => new URLSearchParams(search), [search]);
  const update = useCallback(
    (patch: QueryPatch, options: { replace?: boolean } = {}) => {
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(patch)) {
        if (value === null || value === undefined || value === '') next.delete(key);
        else next.set(key, value);
      }
      const text = next.toString();
      const to = `${pathname}${text ? `?${text}` : ''}`;
      if (to === window.location.pathname + window.location.search) return;
      if (options.replace) {
        window.history.replaceState(window.history.state, '', to);
        window.dispatchEvent(new Event(NAVIGATE_EVENT));
      } else {
        navigate(to);
      }
    },
    [pathname, navigate],
  );
  return { query, update };
}
