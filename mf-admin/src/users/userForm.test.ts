import { describe, expect, it } from 'vitest';
import { areaGrantable, createUserInput, type Grantor, grantableRoles, userToForm, validateUserForm } from './userForm.js';

const national: Grantor = { rights: new Set([121701, 121702, 101001, 101002]), locationIds: [], healthFacilityId: null };
const district: Grantor = { ...national, locationIds: ['20'] };
const region: Grantor = { ...national, locationIds: ['1'] };

const valid = { ...userToForm(null), username: 'officer.one', otherNames: 'Ama', lastName: 'Mensah', password: 'long-enough' };

describe('the user form', () => {
  it('offers only roles whose every right the administrator holds', () => {
    const roles = [
      { id: 'a', rights: [101001] },
      { id: 'b', rights: [101001, 111001] },
      { id: 'c', rights: [] },
    ];
    expect(grantableRoles(national, roles).map((r) => r.id)).toEqual(['a', 'c']);
  });

  it('binds users only inside the administrator’s area: a district of their region, their district, never beside it', () => {
    const inRegion = { id: '20', name: 'D', type: 'D', regionId: '1' };
    const otherRegion = { id: '30', name: 'E', type: 'D', regionId: '2' };
    expect(areaGrantable(national, otherRegion)).toBe(true);
    expect(areaGrantable(region, inRegion)).toBe(true);
    expect(areaGrantable(region, otherRegion)).toBe(false);
    expect(areaGrantable(district, inRegion)).toBe(true);
    // the region above a district administrator is wider than their area
    expect(areaGrantable(district, { id: '1', name: 'R', type: 'R', regionId: null })).toBe(false);
    expect(validateUserForm({ ...valid, areas: [otherRegion] }, { creating: true, grantor: region })).toEqual([{ path: 'areas', code: 'OUTSIDE_AREA' }]);
  });

  it('a scoped administrator cannot leave a user national; a national one can', () => {
    expect(validateUserForm(valid, { creating: true, grantor: national })).toEqual([]);
    expect(validateUserForm(valid, { creating: true, grantor: district })).toEqual([{ path: 'areas', code: 'AREA_REQUIRED' }]);
  });

  it('applies the server’s field rules: user name format, required names, email, password only when creating', () => {
    const issues = validateUserForm({ ...valid, username: 'a b', otherNames: ' ', email: 'nope', password: 'short' }, { creating: true, grantor: national });
    expect(issues).toEqual([
      { path: 'username', code: 'USERNAME_FORMAT' },
      { path: 'otherNames', code: 'REQUIRED' },
      { path: 'email', code: 'INVALID_FORMAT' },
      { path: 'password', code: 'PASSWORD_TOO_SHORT' },
    ]);
    expect(validateUserForm({ ...valid, password: '' }, { creating: false, grantor: national })).toEqual([]);
  });

  it('round-trips a user: roles, facility and area to ids; blank texts to null', () => {
    const form = userToForm({
      username: 'eo',
      otherNames: 'Ama',
      lastName: 'Mensah',
      email: '',
      language: 'fr',
      roles: [{ id: '3' }],
      healthFacility: { id: '9', code: 'HF9', name: 'Nine' },
      locations: [{ id: '20', name: 'D', type: 'D', parent: { id: '1' } }],
    });
    expect(form.areas).toEqual([{ id: '20', name: 'D', type: 'D', regionId: '1' }]);
    expect(createUserInput({ ...form, password: 'long-enough' })).toEqual({
      username: 'eo',
      otherNames: 'Ama',
      lastName: 'Mensah',
      email: null,
      phone: null,
      language: 'fr',
      roleIds: ['3'],
      healthFacilityId: '9',
      locationIds: ['20'],
      password: 'long-enough',
    });
  });
});
