/**
 * The user form's pure logic: values from a user and back to the server's input, the server's
 * field rules (core/validation.ts) run as the user types, and the authority rule the server
 * enforces (core/authority.ts) mirrored, so the form offers only what the administrator may grant.
 */
import type { FieldIssue } from '@kente/sdk/forms';
import { blankToNull } from '@kente/sdk/forms';

export const LANGUAGES = ['en', 'fr'] as const;
export const MIN_PASSWORD = 8;
export const MAX_PASSWORD = 200;
const USERNAME = /^[A-Za-z0-9._-]{3,50}$/;
const EMAIL = /^[^@\s]+@[^@\s]+$/;

/** A region or district the user is bound to (their data scope), with what the chips show. */
export interface AreaChoice {
  id: string;
  name: string;
  type: string;
  /** The region of a district (to check it lies inside the administrator's area). */
  regionId: string | null;
}

export interface FacilityChoice {
  id: string;
  code: string;
  name: string;
}

export interface UserFormValues {
  username: string;
  otherNames: string;
  lastName: string;
  email: string;
  phone: string;
  language: string;
  /** Only for a new user (an existing one gets a new password through Reset password). */
  password: string;
  roleIds: string[];
  healthFacility: FacilityChoice | null;
  areas: AreaChoice[];
}

export interface UserValues {
  username: string;
  otherNames: string;
  lastName: string;
  email?: string | null;
  phone?: string | null;
  language: string;
  roles: ReadonlyArray<{ id: string }>;
  healthFacility?: FacilityChoice | null;
  locations: ReadonlyArray<{ id: string; name: string; type: string; parent?: { id: string } | null }>;
}

/** Server fields -> form fields: the pickers hold objects. */
export function userFormField(field: string): string {
  if (field === 'healthFacilityId') return 'healthFacility';
  if (field === 'locationIds') return 'areas';
  return field;
}

export const USER_FORM_FIELDS = ['username', 'otherNames', 'lastName', 'email', 'phone', 'language', 'password', 'roleIds', 'healthFacility', 'areas'];

export function areaOf(location: UserValues['locations'][number]): AreaChoice {
  return { id: location.id, name: location.name, type: location.type, regionId: location.type === 'D' ? (location.parent?.id ?? null) : null };
}

export function userToForm(user: UserValues | null): UserFormValues {
  return {
    username: user?.username ?? '',
    otherNames: user?.otherNames ?? '',
    lastName: user?.lastName ?? '',
    email: user?.email ?? '',
    phone: user?.phone ?? '',
    language: user?.language ?? 'en',
    password: '',
    roleIds: user ? user.roles.map((role) => role.id) : [],
    healthFacility: user?.healthFacility ? { id: user.healthFacility.id, code: user.healthFacility.code, name: user.healthFacility.name } : null,
    areas: user ? user.locations.map(areaOf) : [],
  };
}

/** The server's input: blank optional texts are null (they clear the field); no facility and no area = national. */
export function userInput(values: UserFormValues) {
  return {
    username: values.username.trim(),
    otherNames: values.otherNames.trim(),
    lastName: values.lastName.trim(),
    email: blankToNull(values.email),
    phone: blankToNull(values.phone),
    language: values.language,
    roleIds: values.roleIds,
    healthFacilityId: values.healthFacility?.id ?? null,
    locationIds: values.areas.map((area) => area.id),
  };
}

export function createUserInput(values: UserFormValues) {
  return { ...userInput(values), password: values.password };
}

/** The administrator's own reach: their rights, the regions/districts they are bound to, their facility. */
export interface Grantor {
  rights: ReadonlySet<number>;
  locationIds: readonly string[];
  healthFacilityId: string | null;
}

export const isNational = (grantor: Grantor) => grantor.locationIds.length === 0 && grantor.healthFacilityId == null;

/** Rights of `wanted` the grantor lacks, ascending (core/authority.ts missingRights). */
export function missingRights(held: ReadonlySet<number>, wanted: Iterable<number>): number[] {
  return [...new Set(wanted)].filter((code) => !held.has(code)).sort((a, b) => a - b);
}

/** Roles the grantor may assign: every right of the role is one they hold (blocked roles count too). */
export function grantableRoles<R extends { rights: readonly number[] }>(grantor: Grantor, roles: readonly R[]): R[] {
  return roles.filter((role) => missingRights(grantor.rights, role.rights).length === 0);
}

/** A region or district the grantor may bind a user to: anywhere when national, else inside their own regions/districts. */
export function areaGrantable(grantor: Grantor, area: AreaChoice): boolean {
  if (isNational(grantor)) return true;
  return grantor.locationIds.includes(area.id) || (area.regionId != null && grantor.locationIds.includes(area.regionId));
}

export function validateUserForm(values: UserFormValues, options: { creating: boolean; grantor: Grantor }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const username = values.username.trim();
  if (!username) issues.push({ path: 'username', code: 'REQUIRED' });
  else if (!USERNAME.test(username)) issues.push({ path: 'username', code: 'USERNAME_FORMAT' });
  if (!values.otherNames.trim()) issues.push({ path: 'otherNames', code: 'REQUIRED' });
  else if (values.otherNames.length > 100) issues.push({ path: 'otherNames', code: 'TOO_LONG' });
  if (!values.lastName.trim()) issues.push({ path: 'lastName', code: 'REQUIRED' });
  else if (values.lastName.length > 100) issues.push({ path: 'lastName', code: 'TOO_LONG' });
  if (values.email.length > 200) issues.push({ path: 'email', code: 'TOO_LONG' });
  else if (values.email.trim() && !EMAIL.test(values.email.trim())) issues.push({ path: 'email', code: 'INVALID_FORMAT' });
  if (values.phone.length > 50) issues.push({ path: 'phone', code: 'TOO_LONG' });
  if (!(LANGUAGES as readonly string[]).includes(values.language)) issues.push({ path: 'language', code: 'REQUIRED' });
  if (options.creating) issues.push(...passwordIssues('password', values.password));
  const { grantor } = options;
  if (values.areas.some((area) => !areaGrantable(grantor, area))) issues.push({ path: 'areas', code: 'OUTSIDE_AREA' });
  // a scoped administrator never makes a user national (that would widen what the user sees)
  if (!isNational(grantor) && values.areas.length === 0 && !values.healthFacility) issues.push({ path: 'areas', code: 'AREA_REQUIRED' });
  return issues;
}

export function passwordIssues(path: string, password: string): FieldIssue[] {
  if (password.length < MIN_PASSWORD) return [{ path, code: 'PASSWORD_TOO_SHORT' }];
  if (password.length > MAX_PASSWORD) return [{ path, code: 'TOO_LONG' }];
  return [];
}
