import { describe, expect, it } from 'vitest';
import {
  checkAssignRoles,
  checkBinding,
  checkDetailsChange,
  checkManageUser,
  checkRoleChange,
  insideScope,
  missingRights,
  rightsOfRoles,
} from './authority.js';
import { Rights, roleKey, systemRoleKeys, systemRoles } from './rights.js';
import { delayAfter } from './throttle.js';

const roleOf = (name: string) => {
  const role = systemRoles.find((r) => r.name === name);
  if (!role) throw new Error(name);
  return { id: systemRoles.indexOf(role) + 1, name, rights: role.rights };
};
const hfAdmin = new Set(roleOf('HF Administrator').rights);

describe('authority: assigning roles', () => {
  it('refuses a role with a right the actor lacks, naming the lowest missing right', () => {
    const refusal = checkAssignRoles(hfAdmin, [roleOf('IMIS Administrator')]);
    expect(refusal).toMatchObject({ field: 'roleIds', missingRight: Rights.familySearch });
    expect(refusal?.message).toContain('101001 (familySearch)');
    expect(refusal?.message).toContain('IMIS Administrator');
  });

  it('allows roles whose rights the actor all holds, and no role at all', () => {
    expect(checkAssignRoles(hfAdmin, [{ id: 99, name: 'Viewer', rights: [Rights.userSearch, Rights.roleSearch] }])).toBeNull();
    expect(checkAssignRoles(hfAdmin, [])).toBeNull();
  });

  it('counts the rights of every role, one missing right is enough', () => {
    const refusal = checkAssignRoles(hfAdmin, [
      { id: 1, name: 'Fine', rights: [Rights.userSearch] },
      { id: 2, name: 'Too much', rights: [Rights.userSearch, Rights.userDelete] },
    ]);
    expect(refusal?.missingRight).toBe(Rights.userDelete);
  });
});

describe('authority: managing users', () => {
  it('refuses to touch a user holding a right the actor lacks', () => {
    const admin = rightsOfRoles([roleOf('IMIS Administrator')]);
    for (const action of ['edit', 'reset the password of', 'deactivate', 'delete'] as const) {
      const refusal = checkManageUser(hfAdmin, admin, action);
      expect(refusal).toMatchObject({ field: 'id', missingRight: Rights.familySearch });
      expect(refusal?.message).toContain(action);
    }
  });

  it('allows a user whose rights are a subset of the actor’s', () => {
    expect(checkManageUser(hfAdmin, new Set([Rights.claimSearch]), 'edit')).toBeNull();
    expect(checkManageUser(hfAdmin, new Set(), 'delete')).toBeNull();
  });

  it('missingRights sorts and removes duplicates', () => {
    expect(missingRights(new Set([1]), [5, 3, 5, 1])).toEqual([3, 5]);
  });
});

describe('authority: changing roles', () => {
  const editor = { rights: new Set([Rights.roleSearch, Rights.roleAdd, Rights.roleEdit]), roleIds: [7] };
  const own = { id: 7, name: 'Role editors', rights: [Rights.roleSearch, Rights.roleAdd, Rights.roleEdit] };

  it('refuses to change a role the actor holds, even to remove rights', () => {
    expect(checkRoleChange(editor, { existing: own, nextRights: [Rights.roleSearch] })).toMatchObject({ field: 'id', missingRight: null });
    expect(checkRoleChange(editor, { existing: own, nextRights: null })?.message).toContain('you hold it yourself');
  });

  it('refuses to add a right the actor lacks, to a new or another role', () => {
    expect(checkRoleChange(editor, { existing: null, nextRights: [Rights.userAdd] })).toMatchObject({ field: 'rights', missingRight: Rights.userAdd });
    const other = { id: 8, name: 'Viewers', rights: [Rights.roleSearch] };
    expect(checkRoleChange(editor, { existing: other, nextRights: [...other.rights, Rights.userDelete] })?.missingRight).toBe(Rights.userDelete);
  });

  it('refuses to change a stronger role (it would weaken its holders)', () => {
    const admin = roleOf('IMIS Administrator');
    expect(checkRoleChange(editor, { existing: admin, nextRights: [Rights.roleSearch] })).toMatchObject({ field: 'id' });
  });

  it('allows changes within the actor’s rights to roles they do not hold', () => {
    const other = { id: 8, name: 'Viewers', rights: [Rights.roleSearch] };
    expect(checkRoleChange(editor, { existing: other, nextRights: [Rights.roleSearch, Rights.roleAdd] })).toBeNull();
    expect(checkRoleChange(editor, { existing: null, nextRights: [Rights.roleSearch] })).toBeNull();
  });
});

describe('authority: binding users to an area', () => {
  // region 1 > districts 10, 11; region 2 > district 20
  const parents = new Map<number, number | null>([
    [1, null],
    [2, null],
    [10, 1],
    [11, 1],
    [20, 2],
  ]);
  const national = { locationIds: [], healthFacilityId: null };
  const district10 = { locationIds: [10], healthFacilityId: null };

  it('insideScope walks up the tree; an empty scope is national', () => {
    expect(insideScope([1], 10, parents)).toBe(true);
    expect(insideScope([10], 1, parents)).toBe(false);
    expect(insideScope([10], 20, parents)).toBe(false);
    expect(insideScope([], 20, parents)).toBe(true);
  });

  it('a national actor binds anywhere, or nowhere', () => {
    expect(checkBinding(national, { locationIds: [20], healthFacilityId: null, facilityLocationId: null }, parents)).toBeNull();
    expect(checkBinding(national, { locationIds: [], healthFacilityId: null, facilityLocationId: null }, parents)).toBeNull();
  });

  it('a district actor binds inside the district only, and never makes a national user', () => {
    expect(checkBinding(district10, { locationIds: [10], healthFacilityId: null, facilityLocationId: null }, parents)).toBeNull();
    expect(checkBinding(district10, { locationIds: [1], healthFacilityId: null, facilityLocationId: null }, parents)?.field).toBe('locationIds');
    expect(checkBinding(district10, { locationIds: [20], healthFacilityId: null, facilityLocationId: null }, parents)?.field).toBe('locationIds');
    expect(checkBinding(district10, { locationIds: [], healthFacilityId: null, facilityLocationId: null }, parents)?.field).toBe('locationIds');
  });

  it('facilities: inside the actor’s districts, or the actor’s own facility', () => {
    expect(checkBinding(district10, { locationIds: [], healthFacilityId: 5, facilityLocationId: 10 }, parents)).toBeNull();
    expect(checkBinding(district10, { locationIds: [], healthFacilityId: 6, facilityLocationId: 20 }, parents)?.field).toBe('healthFacilityId');
    const atFacility = { locationIds: [], healthFacilityId: 5 };
    expect(checkBinding(atFacility, { locationIds: [], healthFacilityId: 5, facilityLocationId: 10 }, parents)).toBeNull();
    expect(checkBinding(atFacility, { locationIds: [], healthFacilityId: 6, facilityLocationId: 10 }, parents)?.field).toBe('healthFacilityId');
    expect(checkBinding(atFacility, { locationIds: [10], healthFacilityId: 5, facilityLocationId: 10 }, parents)?.field).toBe('locationIds');
  });
});

describe('authority: officer and claim administrator details', () => {
  it('adding needs the register’s add right, changing its edit right, removing its delete right', () => {
    const officers = new Set([Rights.enrolmentOfficerAdd, Rights.enrolmentOfficerEdit]);
    expect(checkDetailsChange(officers, 'officer', 'add')).toBeNull();
    expect(checkDetailsChange(officers, 'officer', 'edit')).toBeNull();
    const refusal = checkDetailsChange(officers, 'officer', 'remove');
    expect(refusal).toMatchObject({ field: 'officer', missingRight: 121504 });
    expect(refusal?.message).toContain('121504 (enrolmentOfficerDelete)');
    // the officer rights say nothing about claim administrators
    expect(checkDetailsChange(officers, 'claimAdministrator', 'add')).toMatchObject({ field: 'claimAdministrator', missingRight: 121602 });
  });
});

describe('sign-in delays', () => {
  const policy = { free: 5, baseMs: 1000, maxMs: 8000 };
  it('are free up to the limit, then double up to the ceiling', () => {
    expect([0, 4, 5, 6, 7, 8, 9, 50].map((n) => delayAfter(n, policy))).toEqual([0, 0, 1000, 2000, 4000, 8000, 8000, 8000]);
    expect(delayAfter(10_000, { ...policy, maxMs: Number.MAX_SAFE_INTEGER })).toBeLessThan(Number.MAX_SAFE_INTEGER);
  });
});

describe('system role names', () => {
  it('have stable translation keys', () => {
    expect(roleKey('IMIS Administrator')).toBe('imisAdministrator');
    expect(roleKey('HF Administrator')).toBe('hfAdministrator');
    expect(systemRoleKeys.get('Enrolment Officer')).toBe('enrolmentOfficer');
    expect(new Set(systemRoleKeys.values()).size).toBe(systemRoles.length);
  });
});
