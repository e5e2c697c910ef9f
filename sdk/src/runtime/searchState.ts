/**
 * Search state in the URL and the unsaved-changes guard, on top of ./navigation.ts.
 * Exported from @kente/sdk/ui and @kente/sdk/forms (loaded after sign-in).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from './hooks.js';
import { type NavigateOptions, navigate } from './navigation.js';

export type QueryPatch = Record<string, string | null | undefined>;

/** The query string after a patch: '', null and undefined remove a key. */
export function patchQuery(search: string, patch: QueryPatch): string {
  const next = new URLSearchParams(search);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined || value === '') next.delete(key);
    else next.set(key, value);
  }
  const text = next.toString();
  return text ? `?${text}` : '';
}

/**
 * Search state kept in the query string, so a search can be bookmarked and Back
 * returns to the previous one. `update` pushes a history entry (a submitted
 * search, a new sort); `{ replace: true }` rewrites the current one (typing).
 */
export function useUrlQuery(): { query: URLSearchParams; update: (patch: QueryPatch, options?: NavigateOptions) => void } {
  const { pathname, search } = useLocation();
  const query = useMemo(() => new URLSearchParams(search), [search]);
  const update = useCallback(
    (patch: QueryPatch, options: NavigateOptions = {}) => {
      const to = `${pathname}${patchQuery(window.location.search, patch)}`;
      if (to === window.location.pathname + window.location.search) return;
      navigate(to, options);
    },
    [pathname],
  );
  return { query, update };
}

/**
 * Text filters the user is typing, seeded from the URL and reset when the URL
 * changes (Back, a bookmark). After a pause in typing the search runs and goes
 * to the URL: the first pause pushes a history entry, later ones (still typing
 * the same search) replace it, so Back returns to the previous search rather
 * than to every keystroke. Enter applies at once; leaving the field ends the
 * search being typed.
 */
export function useFilterDrafts<K extends string>(
  keys: readonly K[],
  query: URLSearchParams,
  update: (patch: QueryPatch, options?: NavigateOptions) => void,
  delayMs = 500,
) {
  const fromUrl = () => Object.fromEntries(keys.map((k) => [k, query.get(k) ?? ''])) as Record<K, string>;
  const urlKey = keys.map((k) => query.get(k) ?? '').join('\u0000');
  const [drafts, setDrafts] = useState(fromUrl);
  const typing = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the URL's values change
  useEffect(() => setDrafts(fromUrl()), [urlKey]);
  const pending = keys.some((k) => drafts[k].trim() !== (query.get(k) ?? ''));
  // biome-ignore lint/correctness/useExhaustiveDependencies: debounce on the drafts only
  useEffect(() => {
    if (!pending) return;
    const timer = window.setTimeout(() => {
      update(trimmed(drafts), { replace: typing.current });
      typing.current = true;
    }, delayMs);
    return () => window.clearTimeout(timer);
  }, [drafts, pending]);
  return {
    drafts,
    set: (key: K, value: string) => setDrafts((d) => ({ ...d, [key]: value })),
    apply: () => {
      update(trimmed(drafts), { replace: typing.current });
      typing.current = false;
    },
    endTyping: () => {
      typing.current = false;
    },
  };
}

function trimmed(drafts: Record<string, string>): QueryPatch {
  return Object.fromEntries(Object.entries(drafts).map(([k, v]) => [k, v.trim()]));
}

interface BeforeRoutingEvent extends CustomEvent {
  detail: { oldUrl: string; newUrl: string; cancelNavigation?: (cancel?: boolean) => void };
}

/**
 * Warns before unsaved changes are lost: closing or reloading the tab
 * (beforeunload) and moving to another page of the console (single-spa's
 * before-routing-event, which every in-app navigation, menu link and Back goes
 * through). Changes of the query string only are not leaving the page.
 * Returns `release`, to call before navigating away on purpose (after a save).
 */
export function useUnsavedChangesGuard(dirty: boolean, message: string): () => void {
  const released = useRef(false);
  useEffect(() => {
    released.current = false;
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (released.current) return;
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = '';
    };
    const onBeforeRouting = (event: Event) => {
      const { oldUrl, newUrl, cancelNavigation } = (event as BeforeRoutingEvent).detail;
      if (released.current || !cancelNavigation) return;
      if (new URL(oldUrl).pathname === new URL(newUrl).pathname) return;
      if (!window.confirm(message)) cancelNavigation(true);
      else released.current = true;
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('single-spa:before-routing-event', onBeforeRouting);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('single-spa:before-routing-event', onBeforeRouting);
    };
  }, [dirty, message]);
  return useCallback(() => {
    released.current = true;
  }, []);
}
