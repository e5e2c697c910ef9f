import { useEffect, useRef, useState } from 'react';
import type { QueryPatch } from './useUrlQuery.js';

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
  update: (patch: QueryPatch, options?: { replace?: boolean }) => void,
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
