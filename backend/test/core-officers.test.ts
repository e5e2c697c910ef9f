/**
 * Enrolment officers and claim administrators (openIMIS Officer / ClaimAdmin, 121501-121504 and
 * 121601-121604) as details of users: created, edited and removed with the user (its version, its
 * history), their rules (unique codes, the substitute, villages inside the user's area, a facility),
 * the authority rule, the registers' scope, and the report officer picker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, type RunningServer, startServer } from './harness.js';

const DETAILS = 'officer { code substituteId worksTo villageIds villageCount } claimAdministrator { code healthFacilityId }';
const USER_FIELDS = `user { id version username ${DETAILS} } errors { field code message }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { ${USER_FIELDS} } }`;
const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { ${USER_FIELDS} } }`;
const OFFICERS = `query($f: EnrolmentOfficerFilter) { enrolmentOfficers(first: 50, filter: $f) {
  totalCount edges { node { id code username lastName worksTo villageCount locations { id } substitute { code } healthFacility { code } } } } }`;
const CLAIM_ADMINS = `query($f: ClaimAdministratorFilter) { claimAdministrators(first: 50, filter: $f) {
  edges { node { id code username healthFacility { id code location { id type } } } } } }`;

interface Tree {
  /** the demo officer's district, its villages and a municipality */
  district: string;
  villages: string[];
  municipality: string;
  /** a district of another region, with a village */
  otherDistrict: string;
  otherVillage: string;
}

describe.each(engines)('enrolment officers and claim administrators on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;
  let tree: Tree;
  let hospitalId: string;
  const roleIds = new Map<string, string>();
  let serial = 0;

  const signIn = async (username: string, password = 'password-123') => {
    const client = new Client(server.url);
    expect((await client.login(username, password)).errors).toEqual([]);
    return client;
  };
  const create = async (client: Client, input: Record<string, unknown>) => {
    serial += 1;
    const result = await client.gql(CREATE_USER, {
      input: { username: `officer-${serial}`, otherNames: 'Test', lastName: `Officer${serial}`, password: 'password-123', roleIds: [], ...input },
    });
    expect(result.json.errors).toBeUndefined();
    return result.json.data.createUser;
  };
  const update = async (client: Client, input: Record<string, unknown>) => {
    const result = await client.gql(UPDATE_USER, { input });
    expect(result.json.errors).toBeUndefined();
    return result.json.data.updateUser;
  };
  const roleWith = async (name: string, rights: number[]) => {
    const result = await admin.gql('mutation($input: CreateRoleInput!) { createRole(input: $input) { role { id } errors { code } } }', {
      input: { name, rights },
    });
    expect(result.json.data.createRole.errors).toEqual([]);
    return result.json.data.createRole.role.id as string;
  };
  const locationsOf = async (type: string, parentId: string) =>
    (
      await admin.gql('query($f: LocationFilter) { locations(first: 100, filter: $f) { edges { node { id } } } }', { f: { type, parentId } })
    ).json.data.locations.edges.map((e: { node: { id: string } }) => e.node.id) as string[];

  beforeAll(async () => {
    server = await startServer(engine);
    admin = await signIn('Admin', 'admin123');
    for (const { node } of (await admin.gql('{ roles(first: 100) { edges { node { id name } } } }')).json.data.roles.edges) roleIds.set(node.name, node.id);
    const enrolment = (await admin.gql('{ users(first: 5, filter: {search: "enrolment"}) { edges { node { username locations { id parent { id } } } } } }'))
      .json.data.users.edges[0].node;
    const district = enrolment.locations[0];
    const [municipality] = await locationsOf('M', district.id);
    if (!municipality) throw new Error('no municipality in the demo district');
    const villages = await locationsOf('V', municipality);
    const districts = (await admin.gql('{ locations(first: 100, filter: {type: "D"}) { edges { node { id parent { id } } } } }')).json.data.locations.edges.map(
      (e: { node: { id: string; parent: { id: string } } }) => e.node,
    );
    const other = districts.find((d: { parent: { id: string } }) => d.parent.id !== district.parent.id);
    const [otherMunicipality] = await locationsOf('M', other.id);
    const [otherVillage] = await locationsOf('V', otherMunicipality ?? '');
    if (!otherVillage || villages.length < 3) throw new Error('the demo tree is smaller than this test needs');
    tree = { district: district.id, villages, municipality, otherDistrict: other.id, otherVillage };
    const receptionist = await signIn('receptionist', 'receptionist123');
    hospitalId = (await receptionist.gql('{ me { healthFacility { id } } }')).json.data.me.healthFacility.id;
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  }, 30_000);

  it('the demo officer and claim administrator are in their registers, with their area and facility', async () => {
    const officers = (await admin.gql(OFFICERS, { f: { search: 'EO0001' } })).json.data.enrolmentOfficers.edges.map((e: { node: unknown }) => e.node);
    expect(officers).toEqual([
      expect.objectContaining({
        code: 'EO0001',
        username: 'enrolment',
        villageCount: 3,
        locations: [{ id: tree.district }],
        substitute: null,
        healthFacility: null,
      }),
    ]);
    const admins = (await admin.gql(CLAIM_ADMINS, { f: { search: 'CA0001' } })).json.data.claimAdministrators.edges.map(
      (e: { node: { username: string; healthFacility: { code: string; location: { type: string } } } }) => e.node,
    );
    expect(admins).toEqual([expect.objectContaining({ code: 'CA0001', username: 'claimadmin' })]);
    expect(admins[0].healthFacility).toMatchObject({ id: hospitalId, code: 'HFH001', location: { type: 'D' } });
    // found by name, and by the district of their facility
    expect((await admin.gql(CLAIM_ADMINS, { f: { search: 'Mwangi' } })).json.data.claimAdministrators.edges).toHaveLength(1);
    const facilityDistrict = admins[0].healthFacility.location.id;
    expect((await admin.gql(CLAIM_ADMINS, { f: { locationId: facilityDistrict } })).json.data.claimAdministrators.edges.length).toBeGreaterThan(0);
    expect((await admin.gql(OFFICERS, { f: { locationId: tree.otherDistrict, search: 'EO0001' } })).json.data.enrolmentOfficers.edges).toEqual([]);
  });

  it('creates, edits and removes officer details with the user: one version, one history row each', async () => {
    const created = await create(admin, {
      locationIds: [tree.district],
      officer: { code: 'EOT1', worksTo: '2030-12-31', villageIds: [tree.villages[0], tree.villages[1]] },
    });
    expect(created.errors).toEqual([]);
    expect(created.user.officer).toEqual({
      code: 'EOT1',
      substituteId: null,
      worksTo: '2030-12-31',
      villageIds: expect.arrayContaining([tree.villages[0], tree.villages[1]]),
      villageCount: 2,
    });
    const { id, version } = created.user;
    const edited = await update(admin, { id, version, officer: { code: 'EOT1B', substituteId: null, worksTo: null, villageIds: [tree.villages[2]] } });
    expect(edited.errors).toEqual([]);
    expect(edited.user).toMatchObject({ version: version + 1, officer: { code: 'EOT1B', worksTo: null, villageIds: [tree.villages[2]], villageCount: 1 } });
    // a stale version is a conflict and changes nothing
    const stale = await update(admin, { id, version, officer: { code: 'EOT1C' } });
    expect(stale.errors[0].code).toBe('CONFLICT');
    const removed = await update(admin, { id, version: version + 1, officer: null });
    expect(removed.errors).toEqual([]);
    expect(removed.user).toMatchObject({ version: version + 2, officer: null });
    const history = await admin.gql(`{ history(entityType: "User", entityId: "${id}", first: 5) { edges { node { action before after } } } }`);
    const [removal, edit] = history.json.data.history.edges.map((e: { node: { before: { officer: unknown }; after: { officer: unknown } } }) => e.node);
    expect(removal.before.officer).toMatchObject({ code: 'EOT1B' });
    expect(removal.after.officer).toBeNull();
    expect(edit.before.officer).toMatchObject({ code: 'EOT1', worksTo: '2030-12-31' });
    // the same officer code is free again; the claim administrator details come and go the same way
    const again = await create(admin, { healthFacilityId: hospitalId, officer: { code: 'EOT1B' }, claimAdministrator: { code: 'CAT1' } });
    expect(again.errors).toEqual([]);
    expect(again.user.claimAdministrator).toEqual({ code: 'CAT1', healthFacilityId: hospitalId });
    const noAdmin = await update(admin, { id: again.user.id, version: again.user.version, claimAdministrator: null });
    expect(noAdmin.user.claimAdministrator).toBeNull();
    expect(noAdmin.user.officer.code).toBe('EOT1B');
  });

  it('refuses a code another officer or claim administrator uses, bad codes and dates', async () => {
    const taken = await create(admin, { locationIds: [tree.district], officer: { code: 'EO0001' } });
    expect(taken.errors).toEqual([{ field: 'officer.code', code: 'DUPLICATE', message: expect.any(String) }]);
    const takenAdmin = await create(admin, { healthFacilityId: hospitalId, claimAdministrator: { code: 'CA0001' } });
    expect(takenAdmin.errors).toEqual([{ field: 'claimAdministrator.code', code: 'DUPLICATE', message: expect.any(String) }]);
    const long = await create(admin, { officer: { code: 'TOO-LONG-CODE' } });
    expect(long.errors).toEqual([{ field: 'officer.code', code: 'TOO_LONG', message: expect.any(String) }]);
    const bad = await create(admin, { officer: { code: 'A B', worksTo: '2200-01-01' } });
    expect(bad.errors).toEqual([
      { field: 'officer.code', code: 'INVALID_FORMAT', message: expect.any(String) },
      { field: 'officer.worksTo', code: 'OUT_OF_RANGE', message: expect.any(String) },
    ]);
    const blank = await create(admin, { claimAdministrator: { code: '  ' } });
    expect(blank.errors).toEqual([{ field: 'claimAdministrator.code', code: 'REQUIRED', message: expect.any(String) }]);
  });

  it('a substitute is another officer, never the officer themselves; an officer others rely on keeps their details', async () => {
    const first = await create(admin, { locationIds: [tree.district], officer: { code: 'SUB1' } });
    const second = await create(admin, { locationIds: [tree.district], officer: { code: 'SUB2', substituteId: first.user.id } });
    expect(second.errors).toEqual([]);
    expect(second.user.officer.substituteId).toBe(first.user.id);
    const self = await update(admin, { id: first.user.id, version: first.user.version, officer: { code: 'SUB1', substituteId: first.user.id } });
    expect(self.errors).toEqual([{ field: 'officer.substituteId', code: 'INVALID', message: expect.any(String) }]);
    const notOfficer = await create(admin, { locationIds: [tree.district] });
    const unknown = await update(admin, { id: first.user.id, version: first.user.version, officer: { code: 'SUB1', substituteId: notOfficer.user.id } });
    expect(unknown.errors).toEqual([{ field: 'officer.substituteId', code: 'INVALID', message: expect.any(String) }]);
    const list = (await admin.gql(OFFICERS, { f: { search: 'SUB2' } })).json.data.enrolmentOfficers.edges;
    expect(list[0].node.substitute).toEqual({ code: 'SUB1' });
    // SUB2 stands in on SUB1: SUB1 cannot stop being an officer, nor be deleted, until SUB2 has another substitute
    const removal = await update(admin, { id: first.user.id, version: first.user.version, officer: null });
    expect(removal.errors).toEqual([{ field: 'officer', code: 'IN_USE', message: expect.any(String) }]);
    const deletion = await admin.gql('mutation($input: DeleteInput!) { deleteUser(input: $input) { errors { code } } }', { input: { id: first.user.id } });
    expect(deletion.json.data.deleteUser.errors).toEqual([{ code: 'IN_USE' }]);
  });

  it('villages are villages inside the user’s area; a claim administrator works at a facility', async () => {
    const outside = await create(admin, { locationIds: [tree.district], officer: { code: 'VIL1', villageIds: [tree.otherVillage] } });
    expect(outside.errors).toEqual([{ field: 'officer.villageIds', code: 'INVALID', message: expect.any(String) }]);
    const notVillage = await create(admin, { locationIds: [tree.district], officer: { code: 'VIL1', villageIds: [tree.municipality] } });
    expect(notVillage.errors).toEqual([{ field: 'officer.villageIds', code: 'INVALID', message: expect.any(String) }]);
    // moving the user to another district leaves their villages outside: refused until they change
    const officer = await create(admin, { locationIds: [tree.district], officer: { code: 'VIL1', villageIds: [tree.villages[0]] } });
    expect(officer.errors).toEqual([]);
    const moved = await update(admin, { id: officer.user.id, version: officer.user.version, locationIds: [tree.otherDistrict] });
    expect(moved.errors).toEqual([{ field: 'officer.villageIds', code: 'INVALID', message: expect.any(String) }]);
    const movedWithVillages = await update(admin, {
      id: officer.user.id,
      version: officer.user.version,
      locationIds: [tree.otherDistrict],
      officer: { code: 'VIL1', villageIds: [tree.otherVillage] },
    });
    expect(movedWithVillages.errors).toEqual([]);
    // deleting a covered village is refused with the reason
    const village = await admin.gql(`{ location(id: "${tree.otherVillage}") { version } }`);
    const deletion = await admin.gql('mutation($input: VersionedDeleteInput!) { deleteLocation(input: $input) { errors { code message } } }', {
      input: { id: tree.otherVillage, version: village.json.data.location.version },
    });
    expect(deletion.json.data.deleteLocation.errors).toContainEqual({ code: 'IN_USE', message: 'Enrolment officers cover this village.' });
    // a claim administrator needs a facility, and keeps it
    const noFacility = await create(admin, { claimAdministrator: { code: 'CAF1' } });
    expect(noFacility.errors).toEqual([{ field: 'healthFacilityId', code: 'REQUIRED', message: expect.any(String) }]);
    const claimAdmin = await create(admin, { healthFacilityId: hospitalId, claimAdministrator: { code: 'CAF1' } });
    expect(claimAdmin.errors).toEqual([]);
    const leaves = await update(admin, { id: claimAdmin.user.id, version: claimAdmin.user.version, healthFacilityId: null });
    expect(leaves.errors).toEqual([{ field: 'healthFacilityId', code: 'REQUIRED', message: expect.any(String) }]);
  });

  it('setting details needs the register’s rights on top of the user rights; reading them too', async () => {
    const usersOnly = await roleWith('User administrators only', [121701, 121702, 121703]);
    await create(admin, { username: 'users-only', roleIds: [usersOnly] });
    const clerk = await signIn('users-only');
    const refused = await create(clerk, { officer: { code: 'AUTH1' } });
    expect(refused.errors).toEqual([{ field: 'officer', code: 'FORBIDDEN', message: expect.stringContaining('121502') }]);
    const refusedAdmin = await create(clerk, { healthFacilityId: hospitalId, claimAdministrator: { code: 'AUTH1' } });
    expect(refusedAdmin.errors).toEqual([{ field: 'claimAdministrator', code: 'FORBIDDEN', message: expect.stringContaining('121602') }]);
    // an officer made by Admin: the user administrator edits the user, sends the same details (no change, no right needed)...
    const officer = await create(admin, { locationIds: [tree.district], officer: { code: 'AUTH2', villageIds: [tree.villages[0]] } });
    const phone = await update(clerk, {
      id: officer.user.id,
      version: officer.user.version,
      phone: '+233 20 000 0000',
      officer: { code: 'AUTH2', villageIds: [tree.villages[0]] },
    });
    expect(phone.errors).toEqual([]);
    expect(phone.user.officer.code).toBe('AUTH2');
    // ...but neither changes nor removes them
    const edit = await update(clerk, { id: officer.user.id, version: phone.user.version, officer: { code: 'AUTH3' } });
    expect(edit.errors).toEqual([{ field: 'officer', code: 'FORBIDDEN', message: expect.stringContaining('121503') }]);
    const remove = await update(clerk, { id: officer.user.id, version: phone.user.version, officer: null });
    expect(remove.errors).toEqual([{ field: 'officer', code: 'FORBIDDEN', message: expect.stringContaining('121504') }]);
    // with 121503 the change goes through
    const editors = await roleWith('Officer editors', [121701, 121702, 121703, 121503]);
    await create(admin, { username: 'officer-editor', roleIds: [editors] });
    const editor = await signIn('officer-editor');
    expect((await update(editor, { id: officer.user.id, version: phone.user.version, officer: { code: 'AUTH3' } })).errors).toEqual([]);

    // nested: a user editor without 121701 nor the register rights does not read the details
    const blind = await roleWith('User editors without search', [121702, 121703]);
    await create(admin, { username: 'blind-editor', roleIds: [blind] });
    const blindEditor = await signIn('blind-editor');
    const current = (await admin.gql(`{ user(id: "${officer.user.id}") { version } }`)).json.data.user;
    const hidden = await blindEditor.gql(UPDATE_USER, { input: { id: officer.user.id, version: current.version, email: 'eo@example.org' } });
    expect(hidden.json.data.updateUser.user.officer).toBeNull();
    expect(hidden.json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(hidden.json.errors?.[0]?.message).toMatch(/EnrolmentOfficer/);
    // the register right alone lists officers, not users
    const registerOnly = await roleWith('Officer register', [121501]);
    await create(admin, { username: 'register-reader', roleIds: [registerOnly] });
    const reader = await signIn('register-reader');
    expect((await reader.gql(OFFICERS, { f: { search: 'AUTH3' } })).json.data.enrolmentOfficers.edges[0].node.code).toBe('AUTH3');
    expect((await reader.gql('{ users(first: 1) { totalCount } }')).json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await reader.gql(CLAIM_ADMINS)).json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a district-bound administrator lists only the officers and claim administrators of their district', async () => {
    const role = await roleWith('District registers', [121501, 121601]);
    await create(admin, { username: 'district-registers', roleIds: [role], locationIds: [tree.district] });
    const elsewhere = await create(admin, { locationIds: [tree.otherDistrict], officer: { code: 'FAR1', villageIds: [tree.otherVillage] } });
    expect(elsewhere.errors).toEqual([]);
    const district = await signIn('district-registers');
    const codes = (await district.gql(OFFICERS)).json.data.enrolmentOfficers.edges.map((e: { node: { code: string } }) => e.node.code);
    expect(codes).toContain('EO0001');
    expect(codes).not.toContain('FAR1');
    expect((await admin.gql(OFFICERS, { f: { search: 'FAR1' } })).json.data.enrolmentOfficers.totalCount).toBe(1);
    // even when asking for the other district
    expect((await district.gql(OFFICERS, { f: { locationId: tree.otherDistrict } })).json.data.enrolmentOfficers.edges).toEqual([]);
    // claim administrators: by their facility's district
    const facilityDistrict = (await admin.gql(`{ healthFacility(id: "${hospitalId}") { location { id } } }`)).json.data.healthFacility.location.id;
    const admins = (await district.gql(CLAIM_ADMINS)).json.data.claimAdministrators.edges.map((e: { node: { code: string } }) => e.node.code);
    if (facilityDistrict === tree.district) expect(admins).toContain('CA0001');
    else expect(admins).not.toContain('CA0001');
  });

  it('the report officer picker: the manager lists officers; a user with no such report right cannot', async () => {
    const PICKER = 'query($s: String) { reportOfficers(first: 10, filter: {search: $s}) { edges { node { id code otherNames lastName } } } }';
    const manager = await signIn('manager', 'manager123');
    const picked = await manager.gql(PICKER, { s: 'EO0001' });
    expect(picked.json.errors).toBeUndefined();
    expect(picked.json.data.reportOfficers.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { id: expect.any(String), code: 'EO0001', otherNames: 'Kwame', lastName: 'Boateng' },
    ]);
    // the manager holds no user or officer right: the registers stay closed to them
    expect((await manager.gql(OFFICERS)).json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // the picked officer is a valid parameter of the renewals report
    const id = picked.json.data.reportOfficers.edges[0].node.id;
    const report = await fetch(`${server.url}/api/reports/policy_renewals.csv?dateFrom=2020-01-01&dateTo=2030-12-31&officerId=${id}`, {
      headers: { cookie: [...manager.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(report.status).toBe(200);
    await report.body?.cancel();
    // the medical officer may run no report with an officer parameter
    const medical = await signIn('medical', 'medical123');
    expect((await medical.gql(PICKER, { s: 'EO' })).json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // a single report right with an officer parameter is enough (policy renewals, 131217)
    const renewals = await roleWith('Renewals report', [131217]);
    await create(admin, { username: 'renewals-reader', roleIds: [renewals] });
    const reader = await signIn('renewals-reader');
    expect((await reader.gql(PICKER, { s: 'EO0001' })).json.data.reportOfficers.edges).toHaveLength(1);
  });
});
