import { describe, expect, it } from 'vitest';
import {
  areaGrantable,
  createUserInput,
  detailsAccess,
  detailsSections,
  type Grantor,
  grantableRoles,
  userInput,
  userToForm,
  validateUserForm,
} from './userForm.js';

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

describe('the enrolment officer and claim administrator sections', () => {
  const stored = {
    username: 'kwame.eo',
    otherNames: 'Kwame',
    lastName: 'Boateng',
    language: 'en',
    roles: [],
    healthFacility: { id: '9', code: 'HFH001', name: 'Hospital' },
    locations: [{ id: '20', name: 'North', type: 'D', parent: { id: '1' } }],
    officer: {
      code: 'EO0001',
      worksTo: '2030-12-31',
      substitute: { id: '7', code: 'EO0002', otherNames: 'Ama', lastName: 'Mensah' },
      villages: [{ id: '300', name: 'Asante', parent: { id: '200', parent: { id: '20', parent: { id: '1' } } } }],
    },
    claimAdministrator: { code: 'CA0001' },
  };
  const officers = new Set([121501, 121502, 121503, 121504]);
  const both = new Set([...officers, 121601, 121602, 121603, 121604]);

  it('maps the details to the form and back: the village with its district and region, the substitute by id', () => {
    const form = userToForm(stored);
    expect(form.officer).toEqual({
      enabled: true,
      code: 'EO0001',
      substitute: stored.officer.substitute,
      worksTo: '2030-12-31',
      villages: [{ id: '300', name: 'Asante', districtId: '20', regionId: '1' }],
    });
    expect(form.claimAdministrator).toEqual({ enabled: true, code: 'CA0001' });
    const input = userInput({ ...form, officer: { ...form.officer, code: ' EO0009 ', worksTo: '' } }, detailsAccess(both));
    expect(input.officer).toEqual({ code: 'EO0009', substituteId: '7', worksTo: null, villageIds: ['300'] });
    expect(input.claimAdministrator).toEqual({ code: 'CA0001' });
    // switched off: null removes them
    expect(userInput({ ...form, claimAdministrator: { enabled: false, code: 'CA0001' } }, detailsAccess(both)).claimAdministrator).toBeNull();
  });

  it('sends only the details the administrator may change (the others stay as they are on the server)', () => {
    const form = userToForm(stored);
    const input = userInput(form, detailsAccess(officers));
    expect(input).toHaveProperty('officer');
    expect(input).not.toHaveProperty('claimAdministrator');
    expect(createUserInput(userToForm(null), detailsAccess(new Set([121701, 121702])))).not.toHaveProperty('officer');
  });

  it('shows a section when the user has the details or the administrator may add them; editable with the right rights', () => {
    expect(detailsSections(new Set([121501]), null).officer).toEqual({
      visible: false,
      stored: false,
      permissions: { turnOn: false, turnOff: false, edit: false },
    });
    expect(detailsSections(new Set([121502]), null).officer).toMatchObject({ visible: true, permissions: { turnOn: true, edit: true } });
    const readOnly = detailsSections(new Set([121701]), stored);
    expect(readOnly.officer).toEqual({ visible: true, stored: true, permissions: { turnOn: false, turnOff: false, edit: false } });
    // adding is not editing: a stored officer needs 121503 to change, 121504 to stop
    expect(detailsSections(new Set([121502]), stored).officer.permissions).toEqual({ turnOn: true, turnOff: false, edit: false });
    expect(detailsSections(both, stored).claimAdministrator.permissions).toEqual({ turnOn: true, turnOff: true, edit: true });
  });

  it('applies the server’s rules: codes, substitute, works-to range, villages inside the user’s area, a claim administrator’s facility', () => {
    const form = userToForm(stored);
    const options = { creating: false, grantor: national, userId: '5' };
    expect(validateUserForm(form, options)).toEqual([]);
    const issues = validateUserForm(
      {
        ...form,
        healthFacility: null,
        officer: {
          ...form.officer,
          code: 'TOO-LONG-CODE',
          substitute: { id: '5', code: 'X', otherNames: 'Self', lastName: 'Same' },
          worksTo: '2100-01-01',
          villages: [...form.officer.villages, { id: '900', name: 'Far', districtId: '90', regionId: '9' }],
        },
        claimAdministrator: { enabled: true, code: 'a b' },
      },
      options,
    );
    expect(issues).toEqual([
      { path: 'officer.code', code: 'TOO_LONG' },
      { path: 'officer.substitute', code: 'SUBSTITUTE_SELF' },
      { path: 'officer.worksTo', code: 'OUT_OF_RANGE' },
      { path: 'officer.villages', code: 'VILLAGE_OUTSIDE' },
      { path: 'claimAdministrator.code', code: 'CODE_FORMAT' },
      { path: 'healthFacility', code: 'CLAIM_ADMINISTRATOR_FACILITY' },
    ]);
    // the same village in a region the user is bound to is inside; with no area the server decides
    expect(validateUserForm({ ...form, areas: [{ id: '1', name: 'R', type: 'R', regionId: null }] }, options)).toEqual([]);
    expect(validateUserForm({ ...form, areas: [] }, options)).toEqual([]);
    // switched off: nothing of the section is checked
    expect(validateUserForm({ ...form, officer: { ...form.officer, enabled: false, code: '' } }, options)).toEqual([]);
  });
});
