/** The location form's pure logic: levels, the form's values from a location and back to the server's input, the server's rules. */
import type { FieldIssue } from '@kente/sdk/forms';
import { LOCATION_LEVELS, type LocationLevel, type LocationNode, type LocationPath, locationPathOf } from '@kente/sdk/ui';

/** The server's limits (backend/src/modules/location/service.ts). */
export const MAX_CODE = 8;
export const MAX_NAME = 100;

export function isLevel(type: string | null | undefined): type is LocationLevel {
  return (LOCATION_LEVELS as readonly string[]).includes(type ?? '');
}

/** The level above (a village's municipality); none for a region. */
export function parentLevel(level: LocationLevel): LocationLevel | null {
  const index = LOCATION_LEVELS.indexOf(level);
  return index > 0 ? (LOCATION_LEVELS[index - 1] as LocationLevel) : null;
}

/** The level below (a municipality's villages); none for a village. */
export function childLevel(level: LocationLevel): LocationLevel | null {
  return (LOCATION_LEVELS[LOCATION_LEVELS.indexOf(level) + 1] as LocationLevel | undefined) ?? null;
}

/** What the location form edits: code, name and, below the region, the parent as a path of the cascade (a move). */
export interface LocationFormValues {
  code: string;
  name: string;
  parent: LocationPath;
}

export interface LocationValues {
  code: string;
  name: string;
  type: string;
  parent?: LocationNode | null;
}

export function locationToForm(location: LocationValues | null): LocationFormValues {
  return { code: location?.code ?? '', name: location?.name ?? '', parent: locationPathOf(location?.parent) };
}

/** The form field a server field is shown on (the parent picker holds a path). */
export function locationFormField(field: string): string {
  return field === 'parentId' ? 'parent' : field;
}

export const LOCATION_FORM_FIELDS = ['code', 'name', 'parent'] as const;

/** The parent the form names for a location of `level`: the path's entry at the level above (null for a region, or none chosen). */
export function chosenParent(level: LocationLevel, path: LocationPath): string | null {
  const above = parentLevel(level);
  return above ? (path[above] ?? null) : null;
}

/** The server's update input: code and name trimmed; the parent only below the region (a changed parent moves it). */
export function locationInput(level: LocationLevel) {
  return (values: LocationFormValues) => ({
    code: values.code.trim(),
    name: values.name.trim(),
    ...(parentLevel(level) ? { parentId: chosenParent(level, values.parent) } : {}),
  });
}

/** The server's rules, as the user types: code and name required and bounded; below the region, a parent at the level above. */
export function validateLocation(level: LocationLevel) {
  return (values: LocationFormValues): FieldIssue[] => {
    const issues: FieldIssue[] = [];
    const code = values.code.trim();
    const name = values.name.trim();
    if (!code) issues.push({ path: 'code', code: 'REQUIRED' });
    else if (code.length > MAX_CODE) issues.push({ path: 'code', code: 'TOO_LONG' });
    if (!name) issues.push({ path: 'name', code: 'REQUIRED' });
    else if (name.length > MAX_NAME) issues.push({ path: 'name', code: 'TOO_LONG' });
    if (parentLevel(level) && !chosenParent(level, values.parent)) issues.push({ path: 'parent', code: 'REQUIRED' });
    return issues;
  };
}
