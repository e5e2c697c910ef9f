import type { QueryPatch } from '../search/useUrlQuery.js';
import type { LocationPath } from './LocationPicker.js';

/** Query-string keys of the location filter, one per level, so a bookmarked search restores the whole cascade. */
const KEYS = { R: 'region', D: 'district', M: 'municipality', V: 'village' } as const;

export function locationPathFromQuery(query: URLSearchParams): LocationPath {
  const path: LocationPath = {};
  for (const [level, key] of Object.entries(KEYS) as Array<[keyof typeof KEYS, string]>) {
    const id = query.get(key);
    if (!id) break;
    path[level] = id;
  }
  return path;
}

export function locationQueryPatch(path: LocationPath): QueryPatch {
  return Object.fromEntries(Object.entries(KEYS).map(([level, key]) => [key, path[level as keyof typeof KEYS] ?? null]));
}
