import type { LocationNode } from '../insuree/insureeQueries.js';
import type { LocationPath } from './LocationPicker.js';

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
