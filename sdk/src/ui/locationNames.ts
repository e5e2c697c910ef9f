import type { QueryPatch } from '../runtime/searchState.js';

/** Region > District > Municipality > Village, openIMIS' location levels. */
export const LOCATION_LEVELS = ['R', 'D', 'M', 'V'] as const;
export type LocationLevel = (typeof LOCATION_LEVELS)[number];

/** The chosen location at each level, by id; a level is set only if the ones above it are. */
export type LocationPath = Partial<Record<LocationLevel, string>>;

/** A location with its parents, as the backend's Location type nests them. */
export interface LocationNode {
  id: string;
  name: string;
  type: string;
  parent?: LocationNode | null;
}

/** The selection that fetches a location with its parents up to the region, for `LocationNode`. */
export const LOCATION_PATH_FIELDS = 'id name type parent { id name type parent { id name type parent { id name type } } }';

/** The deepest chosen location: what a search filters on. */
export function deepestLocation(path: LocationPath): string | undefined {
  return path.V ?? path.M ?? path.D ?? path.R;
}

/** The chain of ids from the region down to a location, for the cascading picker. */
export function locationPathOf(node: LocationNode | null | undefined): LocationPath {
  const path: LocationPath = {};
  for (let current = node; current; current = current.parent) {
    if ((LOCATION_LEVELS as readonly string[]).includes(current.type)) path[current.type as LocationLevel] = current.id;
  }
  return path;
}

/** "Village, Municipality, District, Region". */
export function locationLabel(node: LocationNode | null | undefined): string {
  const names: string[] = [];
  for (let current = node; current; current = current.parent) names.push(current.name);
  return names.join(', ');
}

/** Names of the locations this page has shown, by id: lets a form say "Village X" for an id it holds (e.g. in a conflict). */
const names = new Map<string, string>();

export function rememberLocationNames(locations: ReadonlyArray<{ id: string; name: string }>) {
  for (const l of locations) names.set(l.id, l.name);
}

export function rememberLocationChain(node: LocationNode | null | undefined) {
  for (let current = node; current; current = current.parent) names.set(current.id, current.name);
}

/** "Village, Municipality, District, Region" for a path, from the names seen. */
export function locationPathLabel(path: LocationPath): string {
  return (['V', 'M', 'D', 'R'] as const)
    .map((level) => path[level])
    .filter((id): id is string => Boolean(id))
    .map((id) => names.get(id) ?? id)
    .join(', ');
}

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
