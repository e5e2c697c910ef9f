/**
 * The user form's pure logic: values from a user and back to the server's input, the server's
 * field rules (core/validation.ts, core/officers.ts) run as the user types, and the authority rule
 * the server enforces (core/authority.ts) mirrored, so the form offers only what the administrator
 * may grant. A user may also be an enrolment officer and a claim administrator (openIMIS registers).
 */
import type { FieldIssue } from '@kente/sdk/forms';
import { blankToNull } from '@kente/sdk/forms';

export const LANGUAGES = ['en', 'fr'] as const;
export const MIN_PASSWORD = 8;
export const MAX_PASSWORD = 200;
const USERNAME = /^[A-Za-z0-9._-]{3,50}$/;
const EMAIL = /^[^@\s]+@[^@\s]+$/;
/** Officer and claim administrator codes (core/officers.ts). */
export const MAX_CODE = 8;
const CODE = /^[A-Za-z0-9._-]+$/;
const MIN_DATE = '1900-01-01';
const MAX_DATE = '2099-12-31';

/** The register rights (openIMIS): enrolment officers 121501-121504, claim administrators 121601-121604. */
export const DETAILS_RIGHTS = {
  officer: { search: 121501, add: 121502, edit: 121503, remove: 121504 },
  claimAdministrator: { search: 121601, add: 121602, edit: 121603, remove: 121604 },
} as const;
export type DetailsKind = keyof typeof DETAILS_RIGHTS;

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

/** A village an officer covers, with the district and region above it (to check it lies in the user's area). */
export interface VillageChoice {
  id: string;
  name: string;
  districtId: string | null;
  regionId: string | null;
}

/** Another enrolment officer (the substitute). */
export interface OfficerChoice {
  id: string;
  code: string;
  otherNames: string;
  lastName: string;
}

export interface OfficerFormValues {
  /** The user is an enrolment officer. */
  enabled: boolean;
  code: string;
  substitute: OfficerChoice | null;
  /** YYYY-MM-DD or '' (no end). */
  worksTo: string;
  villages: VillageChoice[];
}

export interface ClaimAdministratorFormValues {
  enabled: boolean;
  code: string;
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
  officer: OfficerFormValues;
  claimAdministrator: ClaimAdministratorFormValues;
}

/** A village as the server nests it: village > municipality > district > region. */
interface VillageNode {
  id: string;
  name: string;
  parent?: { id: string; parent?: { id: string; parent?: { id: string } | null } | null } | null;
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
  officer?: {
    code: string;
    worksTo?: string | null;
    substitute?: OfficerChoice | null;
    villages: readonly VillageNode[];
  } | null;
  claimAdministrator?: { code: string } | null;
}

/** Server fields -> form fields: the pickers hold objects. */
export function userFormField(field: string): string {
  const renamed: Record<string, string> = {
    healthFacilityId: 'healthFacility',
    locationIds: 'areas',
    'officer.substituteId': 'officer.substitute',
    'officer.villageIds': 'officer.villages',
  };
  return renamed[field] ?? field;
}

export const USER_FORM_FIELDS = [
  'username',
  'otherNames',
  'lastName',
  'email',
  'phone',
  'language',
  'password',
  'roleIds',
  'healthFacility',
  'areas',
  'officer.code',
  'officer.substitute',
  'officer.worksTo',
  'officer.villages',
  'claimAdministrator.code',
];

export function areaOf(location: UserValues['locations'][number]): AreaChoice {
  return { id: location.id, name: location.name, type: location.type, regionId: location.type === 'D' ? (location.parent?.id ?? null) : null };
}

export function villageOf(village: VillageNode): VillageChoice {
  const district = village.parent?.parent ?? null;
  return { id: village.id, name: village.name, districtId: district?.id ?? null, regionId: district?.parent?.id ?? null };
}

export function officerToForm(officer: UserValues['officer']): OfficerFormValues {
  return {
    enabled: Boolean(officer),
    code: officer?.code ?? '',
    substitute: officer?.substitute ?? null,
    worksTo: officer?.worksTo ?? '',
    villages: officer ? officer.villages.map(villageOf) : [],
  };
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
    officer: officerToForm(user?.officer),
    claimAdministrator: { enabled: Boolean(user?.claimAdministrator), code: user?.claimAdministrator?.code ?? '' },
  };
}

/** Which register sections the administrator may change: any of the register's add, edit or delete rights. */
export interface DetailsAccess {
  officer: boolean;
  claimAdministrator: boolean;
}

export function detailsAccess(rights: ReadonlySet<number>): DetailsAccess {
  const any = (kind: DetailsKind) => [DETAILS_RIGHTS[kind].add, DETAILS_RIGHTS[kind].edit, DETAILS_RIGHTS[kind].remove].some((r) => rights.has(r));
  return { officer: any('officer'), claimAdministrator: any('claimAdministrator') };
}

/**
 * What the section of a register lets the administrator do, given whether the user has the
 * details now: turn them on (add right), change them (edit right, or add right for new ones),
 * turn them off (delete right). The server checks the same (core/authority.ts checkDetailsChange).
 */
export function detailsPermissions(rights: ReadonlySet<number>, kind: DetailsKind, stored: boolean) {
  const r = DETAILS_RIGHTS[kind];
  return {
    turnOn: rights.has(r.add),
    turnOff: rights.has(r.remove),
    edit: stored ? rights.has(r.edit) : rights.has(r.add),
  };
}

/** A register section of the form: shown when the user has the details or the administrator may add them. */
export function detailsSection(rights: ReadonlySet<number>, kind: DetailsKind, stored: boolean) {
  const permissions = detailsPermissions(rights, kind, stored);
  return { visible: stored || permissions.turnOn, stored, permissions };
}

/** Both register sections for a user (null: a new one). */
export function detailsSections(rights: ReadonlySet<number>, user: Pick<UserValues, 'officer' | 'claimAdministrator'> | null) {
  return {
    officer: detailsSection(rights, 'officer', Boolean(user?.officer)),
    claimAdministrator: detailsSection(rights, 'claimAdministrator', Boolean(user?.claimAdministrator)),
  };
}

/** The officer details as the server takes them (a whole), or null to remove them. */
export function officerInput(officer: OfficerFormValues) {
  if (!officer.enabled) return null;
  return {
    code: officer.code.trim(),
    substituteId: officer.substitute?.id ?? null,
    worksTo: officer.worksTo || null,
    villageIds: officer.villages.map((village) => village.id),
  };
}

/** The register details of the input: only those the administrator may change (the others are left as they are). */
function detailsInput(values: UserFormValues, access: DetailsAccess) {
  return {
    ...(access.officer ? { officer: officerInput(values.officer) } : {}),
    ...(access.claimAdministrator ? { claimAdministrator: values.claimAdministrator.enabled ? { code: values.claimAdministrator.code.trim() } : null } : {}),
  };
}

/** The server's input: blank optional texts are null (they clear the field); no facility and no area = national. */
export function userInput(values: UserFormValues, access: DetailsAccess = { officer: false, claimAdministrator: false }) {
  return {
    ...detailsInput(values, access),
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

export function createUserInput(values: UserFormValues, access?: DetailsAccess) {
  return { ...userInput(values, access), password: values.password };
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

/** A village the officer may cover: inside one of the user's regions or districts (with none, the server decides: their facility's district, or anywhere). */
export function villageInsideAreas(areas: readonly AreaChoice[], village: VillageChoice): boolean {
  if (areas.length === 0) return true;
  return areas.some((area) => area.id === village.districtId || area.id === village.regionId);
}

function codeIssue(path: string, value: string): FieldIssue | null {
  const code = value.trim();
  if (!code) return { path, code: 'REQUIRED' };
  if (code.length > MAX_CODE) return { path, code: 'TOO_LONG' };
  return CODE.test(code) ? null : { path, code: 'CODE_FORMAT' };
}

/** The register sections' rules (core/officers.ts): codes, the works-to date, the villages, the substitute, a claim administrator's facility. */
export function detailsIssues(values: UserFormValues, userId: string | null): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { officer, claimAdministrator } = values;
  if (officer.enabled) {
    const code = codeIssue('officer.code', officer.code);
    if (code) issues.push(code);
    if (officer.substitute && officer.substitute.id === userId) issues.push({ path: 'officer.substitute', code: 'SUBSTITUTE_SELF' });
    if (officer.worksTo && (!/^\d{4}-\d{2}-\d{2}$/.test(officer.worksTo) || officer.worksTo < MIN_DATE || officer.worksTo > MAX_DATE)) {
      issues.push({ path: 'officer.worksTo', code: 'OUT_OF_RANGE' });
    }
    if (officer.villages.some((village) => !villageInsideAreas(values.areas, village))) issues.push({ path: 'officer.villages', code: 'VILLAGE_OUTSIDE' });
  }
  if (claimAdministrator.enabled) {
    const code = codeIssue('claimAdministrator.code', claimAdministrator.code);
    if (code) issues.push(code);
    if (!values.healthFacility) issues.push({ path: 'healthFacility', code: 'CLAIM_ADMINISTRATOR_FACILITY' });
  }
  return issues;
}

export function validateUserForm(values: UserFormValues, options: { creating: boolean; grantor: Grantor; userId?: string | null }): FieldIssue[] {
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
  issues.push(...detailsIssues(values, options.userId ?? null));
  return issues;
}

export function passwordIssues(path: string, password: string): FieldIssue[] {
  if (password.length < MIN_PASSWORD) return [{ path, code: 'PASSWORD_TOO_SHORT' }];
  if (password.length > MAX_PASSWORD) return [{ path, code: 'TOO_LONG' }];
  return [];
}
