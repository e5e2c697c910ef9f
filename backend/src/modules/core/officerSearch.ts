/**
 * The enrolment officer and claim administrator registers: their data scope (declared in core's
 * `scope`) and their searches (code prefix or name, location, facility, status), keyset-paged.
 * Facilities are read by table name: core does not import the medical domain.
 */
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { type ConnectionArgs, likeEscape, paginate } from '../../graphql/connection.js';
import { parseId } from '../../graphql/crud.js';
import { badInput } from '../../graphql/errors.js';
import type { ScopeRule } from '../../platform/domain.js';
import { locationAndBelow, type ScopeCtx, scopeWhere } from '../../platform/scope.js';
import { claimAdministrators, enrolmentOfficers, enrolmentOfficerVillages, userLocations, users } from './tables.js';

/** Users (by the id column given) bound to a location of `locations`, or working at a facility there. */
function usersIn(userId: PgColumn, locations: SQL): SQL {
  return sql`(${userId} in (select ${userLocations.userId} from ${userLocations} where ${userLocations.locationId} in ${locations})
    or ${userId} in (select ${users.id} from ${users} where ${users.healthFacilityId} in (select id from health_facilities where location_id in ${locations})))`;
}

/** Officers bound to a location of `locations` (or at a facility there), or covering a village there. */
function officersIn(locations: SQL): SQL {
  return sql`(${usersIn(enrolmentOfficers.id, locations)}
    or ${enrolmentOfficers.id} in (select ${enrolmentOfficerVillages.officerId} from ${enrolmentOfficerVillages} where ${enrolmentOfficerVillages.locationId} in ${locations}))`;
}

/** Claim administrators whose facility lies in one of `locations`. */
function claimAdministratorsIn(locations: SQL): SQL {
  return sql`${claimAdministrators.id} in (select ${users.id} from ${users} join health_facilities hf on hf.id = ${users.healthFacilityId} where hf.location_id in ${locations})`;
}

const anyOf = (area: SQL) => sql`(select unnest(${area}))`;
const sameFacility = (userId: PgColumn, facilityId: number) =>
  sql`${userId} in (select ${users.id} from ${users} where ${users.healthFacilityId} = ${facilityId})`;

/**
 * An officer is in a user's area when their own area meets it: bound there, working at a facility
 * there, or covering a village there. A claim administrator, through their facility. Staff bound
 * to a facility alone see those of their facility.
 */
export const officerScopes: Record<'EnrolmentOfficer' | 'ClaimAdministrator', ScopeRule> = {
  EnrolmentOfficer: {
    table: enrolmentOfficers,
    where: (area) => officersIn(anyOf(area)),
    ownFacility: (facilityId) => sameFacility(enrolmentOfficers.id, facilityId),
  },
  ClaimAdministrator: {
    table: claimAdministrators,
    where: (area) => claimAdministratorsIn(anyOf(area)),
    ownFacility: (facilityId) => sameFacility(claimAdministrators.id, facilityId),
  },
};

export interface OfficerFilter {
  search?: string | null;
  locationId?: string | null;
  healthFacilityId?: string | null;
  isActive?: boolean | null;
}

function idFilter(value: string | null | undefined, field: string): number | null {
  if (value == null || value === '') return null;
  const id = parseId(value);
  if (id === null) throw badInput(`${field} is not an id.`, field);
  return id;
}

/**
 * The register's search: a code-like term (a digit and no space) or a short one matches a code
 * prefix, in code order; any other term a code prefix or a fragment of the user's names, in id
 * order (as every list's search, graphql/connection.ts textSearch).
 */
function searchOf(code: PgColumn, userId: PgColumn, text: string | null | undefined): { where: SQL | undefined; byCode: boolean } {
  const term = text?.trim();
  if (!term) return { where: undefined, byCode: true };
  const escaped = likeEscape(term);
  const codeMatch = sql`(${code} COLLATE "C" like ${`${escaped.toUpperCase()}%`} or ${code} COLLATE "C" like ${`${escaped}%`})`;
  if (term.length < 3 || (/\d/.test(term) && !/\s/.test(term))) return { where: codeMatch, byCode: true };
  const fragment = `%${escaped}%`;
  const named = sql`${userId} in (select ${users.id} from ${users} where ${users.lastName} ilike ${fragment} or ${users.otherNames} ilike ${fragment} or ${users.username} ilike ${fragment})`;
  return { where: sql`(${codeMatch} or ${named})`, byCode: false };
}

const activeIs = (userId: PgColumn, active: boolean | null | undefined) =>
  active == null ? undefined : sql`${userId} in (select ${users.id} from ${users} where ${eq(users.isActive, active)})`;

/** Enrolment officers in the caller's area (the caller's rights are checked by the resolver). */
export async function searchOfficers(ctx: ScopeCtx, filter: OfficerFilter, args: ConnectionArgs) {
  const search = searchOf(enrolmentOfficers.code, enrolmentOfficers.id, filter.search);
  const locationId = idFilter(filter.locationId, 'locationId');
  const facilityId = idFilter(filter.healthFacilityId, 'healthFacilityId');
  const where = and(
    search.where,
    locationId ? officersIn(locationAndBelow(locationId)) : undefined,
    facilityId ? sameFacility(enrolmentOfficers.id, facilityId) : undefined,
    activeIs(enrolmentOfficers.id, filter.isActive),
    await scopeWhere(ctx, 'EnrolmentOfficer'),
  );
  const sort = search.byCode ? { expr: sql`${enrolmentOfficers.code} COLLATE "C"`, value: (row: { code: string }) => row.code } : undefined;
  return paginate({ db: ctx.db, table: enrolmentOfficers, where, sort, args });
}

/** Claim administrators in the caller's area. */
export async function searchClaimAdministrators(ctx: ScopeCtx, filter: OfficerFilter, args: ConnectionArgs) {
  const search = searchOf(claimAdministrators.code, claimAdministrators.id, filter.search);
  const locationId = idFilter(filter.locationId, 'locationId');
  const facilityId = idFilter(filter.healthFacilityId, 'healthFacilityId');
  const where = and(
    search.where,
    locationId ? claimAdministratorsIn(locationAndBelow(locationId)) : undefined,
    facilityId ? sameFacility(claimAdministrators.id, facilityId) : undefined,
    activeIs(claimAdministrators.id, filter.isActive),
    await scopeWhere(ctx, 'ClaimAdministrator'),
  );
  const sort = search.byCode ? { expr: sql`${claimAdministrators.code} COLLATE "C"`, value: (row: { code: string }) => row.code } : undefined;
  return paginate({ db: ctx.db, table: claimAdministrators, where, sort, args });
}
