/**
 * Who may grant what: nobody gives, through a user or a role, a right they do not hold.
 * Pure rules (no database, no GraphQL): the services load the rights involved and ask here.
 * Each refusal names the first missing right, so the screen can say which one.
 */
import { declaredRight } from '../../platform/domain.js';
import { Rights, rightNameByCode } from './rights.js';

export interface Refusal {
  /** Input field at fault (roleIds, rights, id). */
  field: string;
  /** The right the acting user lacks, or null when the refusal is not about a right. */
  missingRight: number | null;
  message: string;
}

export interface RoleRights {
  id: number;
  name: string;
  rights: readonly number[];
}

const describe = (code: number) => `${code} (${declaredRight(code)?.name ?? rightNameByCode.get(code) ?? 'unknown'})`;

/** Rights in `wanted` that `held` does not contain, in ascending order. */
export function missingRights(held: ReadonlySet<number>, wanted: Iterable<number>): number[] {
  return [...new Set(wanted)].filter((code) => !held.has(code)).sort((a, b) => a - b);
}

/** The union of some roles' rights (blocked roles included: unblocking one later must not grant more). */
export function rightsOfRoles(roles: readonly RoleRights[]): Set<number> {
  return new Set(roles.flatMap((role) => role.rights));
}

/** A user may assign only roles whose rights are all rights they hold. */
export function checkAssignRoles(actorRights: ReadonlySet<number>, roles: readonly RoleRights[]): Refusal | null {
  for (const role of roles) {
    const [missing] = missingRights(actorRights, role.rights);
    if (missing !== undefined) {
      return {
        field: 'roleIds',
        missingRight: missing,
        message: `You cannot assign the role "${role.name}": it has right ${describe(missing)}, which you do not hold.`,
      };
    }
  }
  return null;
}

export type UserAction = 'edit' | 'reset the password of' | 'deactivate' | 'delete';

/** A user may not edit, reset, deactivate or delete a user who holds a right they lack. */
export function checkManageUser(actorRights: ReadonlySet<number>, targetRights: ReadonlySet<number>, action: UserAction): Refusal | null {
  const [missing] = missingRights(actorRights, targetRights);
  if (missing === undefined) return null;
  return {
    field: 'id',
    missingRight: missing,
    message: `You cannot ${action} this user: they hold right ${describe(missing)}, which you do not hold.`,
  };
}

/** A user's register details: enrolment officer (openIMIS Officer) or claim administrator (ClaimAdmin). */
export type DetailsKind = 'officer' | 'claimAdministrator';
export type DetailsChange = 'add' | 'edit' | 'remove';

const DETAILS_RIGHTS: Record<DetailsKind, Record<DetailsChange, number>> = {
  officer: { add: Rights.enrolmentOfficerAdd, edit: Rights.enrolmentOfficerEdit, remove: Rights.enrolmentOfficerDelete },
  claimAdministrator: { add: Rights.claimAdministratorAdd, edit: Rights.claimAdministratorEdit, remove: Rights.claimAdministratorDelete },
};
const DETAILS_NAMES: Record<DetailsKind, string> = { officer: 'enrolment officer', claimAdministrator: 'claim administrator' };

/**
 * Giving a user enrolment officer or claim administrator details needs that register's add right
 * (121502 / 121602), changing them its edit right (121503 / 121603), taking them away its delete
 * right (121504 / 121604), on top of the user right the mutation needs (121702 / 121703).
 */
export function checkDetailsChange(actorRights: ReadonlySet<number>, kind: DetailsKind, change: DetailsChange): Refusal | null {
  const right = DETAILS_RIGHTS[kind][change];
  if (actorRights.has(right)) return null;
  return {
    field: kind,
    missingRight: right,
    message: `You cannot ${change} the ${DETAILS_NAMES[kind]} details of a user: you do not hold right ${describe(right)}.`,
  };
}

export interface RoleChange {
  /** The role as stored (null when creating one). */
  existing: RoleRights | null;
  /** The rights it would have afterwards (null when deleting, or when rights are not changed). */
  nextRights: readonly number[] | null;
}

/**
 * A user may not change (or delete) a role they hold, nor a role carrying a right they lack
 * (that would let them weaken a stronger role), nor add to any role a right they lack.
 */
export function checkRoleChange(actor: { rights: ReadonlySet<number>; roleIds: readonly number[] }, change: RoleChange): Refusal | null {
  const { existing, nextRights } = change;
  if (existing && actor.roleIds.includes(existing.id)) {
    return { field: 'id', missingRight: null, message: `You cannot change the role "${existing.name}": you hold it yourself.` };
  }
  if (existing) {
    const [missing] = missingRights(actor.rights, existing.rights);
    if (missing !== undefined) {
      return {
        field: 'id',
        missingRight: missing,
        message: `You cannot change the role "${existing.name}": it has right ${describe(missing)}, which you do not hold.`,
      };
    }
  }
  if (nextRights) {
    const [missing] = missingRights(actor.rights, nextRights);
    if (missing !== undefined) {
      return { field: 'rights', missingRight: missing, message: `You cannot give right ${describe(missing)}: you do not hold it.` };
    }
  }
  return null;
}

export interface LocationNode {
  id: number;
  parentId: number | null;
}

/**
 * True when `locationId` is one of `scope` or lies under one of them. `parents` maps a location
 * to its parent (the chain up to the region). An empty scope is national: everything is inside.
 */
export function insideScope(scope: readonly number[], locationId: number, parents: ReadonlyMap<number, number | null>): boolean {
  if (scope.length === 0) return true;
  const seen = new Set<number>();
  for (let current: number | null | undefined = locationId; current != null && !seen.has(current); current = parents.get(current)) {
    if (scope.includes(current)) return true;
    seen.add(current);
  }
  return false;
}

export interface Binding {
  locationIds: readonly number[];
  healthFacilityId: number | null;
  /** The location of that facility (to place it in a scope). */
  facilityLocationId: number | null;
}

/**
 * A scoped user (bound to locations or to a facility) may bind users only inside their own area,
 * and may not make a user national (nor leave one national): that would widen what they see.
 * A national actor (no binding) may bind anywhere.
 */
export function checkBinding(
  actor: { locationIds: readonly number[]; healthFacilityId: number | null },
  target: Binding,
  parents: ReadonlyMap<number, number | null>,
): Refusal | null {
  const national = actor.locationIds.length === 0 && actor.healthFacilityId == null;
  if (national) return null;
  const outside = (message: string, field: string): Refusal => ({ field, missingRight: null, message });
  if (target.locationIds.length === 0 && target.healthFacilityId == null) {
    return outside('You can only create or edit users bound to a location or facility of your own area.', 'locationIds');
  }
  for (const id of target.locationIds) {
    // a facility-bound actor has no area of locations to give
    if (actor.locationIds.length === 0 || !insideScope(actor.locationIds, id, parents)) {
      return outside('You can only bind users to locations inside your own area.', 'locationIds');
    }
  }
  if (target.healthFacilityId != null && target.healthFacilityId !== actor.healthFacilityId) {
    const placed = target.facilityLocationId != null && actor.locationIds.length > 0 && insideScope(actor.locationIds, target.facilityLocationId, parents);
    if (!placed) return outside('You can only bind users to a health facility inside your own area.', 'healthFacilityId');
  }
  return null;
}
