/** Authority over users and roles, and the user location binding: the verified holes, as the users who exploited them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, type RunningServer, startServer } from './harness.js';

const USER_FIELDS = 'user { id version username locationIds healthFacilityId roles { name } } errors { field code message }';
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { ${USER_FIELDS} } }`;
const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { ${USER_FIELDS} } }`;
const ROLE_FIELDS = 'role { id version name rights } errors { field code message }';

describe.each(engines)('core authority on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;
  const roleIds = new Map<string, string>();
  let hospitalId: string;
  let regions: { id: string; districts: string[] }[];

  const signIn = async (username: string, password: string) => {
    const client = new Client(server.url);
    expect((await client.login(username, password)).errors).toEqual([]);
    return client;
  };
  const createRole = async (name: string, rights: number[]) => {
    const result = await admin.gql(`mutation($input: CreateRoleInput!) { createRole(input: $input) { ${ROLE_FIELDS} } }`, { input: { name, rights } });
    expect(result.json.data.createRole.errors).toEqual([]);
    return result.json.data.createRole.role as { id: string; version: number; rights: number[] };
  };
  const createUser = async (client: Client, input: Record<string, unknown>) =>
    (await client.gql(CREATE_USER, { input: { otherNames: 'Test', lastName: 'User', password: 'password-123', roleIds: [], ...input } })).json.data.createUser;
  const userByName = async (username: string) =>
    (
      await admin.gql('query($s: String) { users(first: 5, filter: {search: $s}) { edges { node { id version username isActive roles { name } } } } }', {
        s: username,
      })
    ).json.data.users.edges
      .map((e: { node: { username: string } }) => e.node)
      .find((u: { username: string }) => u.username === username);

  beforeAll(async () => {
    server = await startServer(engine);
    admin = await signIn('Admin', 'admin123');
    const roles = (await admin.gql('{ roles(first: 100) { edges { node { id name nameKey } } } }')).json.data.roles.edges;
    for (const { node } of roles) roleIds.set(node.name, node.id);
    const receptionist = await signIn('receptionist', 'receptionist123');
    hospitalId = (await receptionist.gql('{ me { healthFacility { id } } }')).json.data.me.healthFacility.id;
    const tree = await admin.gql('{ locations(first: 100, filter: {type: "D"}) { edges { node { id parent { id } } } } }');
    const byRegion = new Map<string, string[]>();
    for (const { node } of tree.json.data.locations.edges) byRegion.set(node.parent.id, [...(byRegion.get(node.parent.id) ?? []), node.id]);
    regions = [...byRegion].map(([id, districts]) => ({ id, districts }));
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  }, 30_000);

  it('an HF Administrator cannot give themselves IMIS Administrator, and gains nothing', async () => {
    await createUser(admin, { username: 'hfadmin', roleIds: [roleIds.get('HF Administrator')], healthFacilityId: hospitalId });
    const hf = await signIn('hfadmin', 'password-123');
    const me = (await hf.gql('{ me { id rights } }')).json.data.me;
    const before = await userByName('hfadmin');
    const result = await hf.gql(UPDATE_USER, { input: { id: me.id, version: before.version, roleIds: [roleIds.get('IMIS Administrator')] } });
    expect(result.json.errors).toBeUndefined();
    expect(result.json.data.updateUser.errors).toEqual([{ field: 'roleIds', code: 'FORBIDDEN', message: expect.stringContaining('101001 (familySearch)') }]);
    expect(await userByName('hfadmin')).toEqual(before);
    expect((await hf.gql('{ me { rights } }')).json.data.me.rights).toEqual(me.rights);
  });

  it('an HF Administrator cannot reset, deactivate or delete Admin; Admin stays signed in', async () => {
    const hf = await signIn('hfadmin', 'password-123');
    const target = await userByName('Admin');
    const reset = await hf.gql(UPDATE_USER, { input: { id: target.id, version: target.version, password: 'taken-over-1' } });
    expect(reset.json.data.updateUser.errors).toEqual([{ field: 'id', code: 'FORBIDDEN', message: expect.stringMatching(/reset the password.*101001/) }]);
    const deactivate = await hf.gql(UPDATE_USER, { input: { id: target.id, version: target.version, isActive: false } });
    expect(deactivate.json.data.updateUser.errors[0]).toMatchObject({ field: 'id', code: 'FORBIDDEN' });
    const edit = await hf.gql(UPDATE_USER, { input: { id: target.id, version: target.version, lastName: 'Hacked' } });
    expect(edit.json.data.updateUser.errors[0]).toMatchObject({ field: 'id', code: 'FORBIDDEN' });
    expect(await userByName('Admin')).toEqual(target);
    expect((await admin.gql('{ me { username } }')).json.data.me.username).toBe('Admin');
    expect((await new Client(server.url).login('Admin', 'admin123')).errors).toEqual([]);
  });

  it('an HF Administrator assigns only roles within their rights, and binds inside their facility', async () => {
    const hf = await signIn('hfadmin', 'password-123');
    const tooStrong = await createUser(hf, { username: 'hfclerk1', roleIds: [roleIds.get('Receptionist')], healthFacilityId: hospitalId });
    expect(tooStrong.errors).toEqual([{ field: 'roleIds', code: 'FORBIDDEN', message: expect.stringContaining('Receptionist') }]);
    const viewer = await createRole('Facility user viewer', [121701]);
    const national = await createUser(hf, { username: 'hfclerk2', roleIds: [viewer.id] });
    expect(national.errors[0]).toMatchObject({ field: 'locationIds', code: 'FORBIDDEN' });
    const ok = await createUser(hf, { username: 'hfclerk3', roleIds: [viewer.id], healthFacilityId: hospitalId });
    expect(ok.errors).toEqual([]);
    expect(ok.user).toMatchObject({ username: 'hfclerk3', healthFacilityId: hospitalId, locationIds: [] });
    expect(await userByName('hfclerk1')).toBeUndefined();
    expect(await userByName('hfclerk2')).toBeUndefined();
  });

  it('resetting a password ends that user’s sessions', async () => {
    await createUser(admin, { username: 'resetme', roleIds: [roleIds.get('Manager')] });
    const victim = await signIn('resetme', 'password-123');
    const other = await signIn('resetme', 'password-123');
    const target = await userByName('resetme');
    const reset = await admin.gql(UPDATE_USER, { input: { id: target.id, version: target.version, password: 'brand-new-pass' } });
    expect(reset.json.data.updateUser.errors).toEqual([]);
    expect((await victim.gql('{ me { username } }')).json.data.me).toBeNull();
    expect((await other.gql('{ me { username } }')).json.data.me).toBeNull();
    expect((await admin.gql('{ me { username } }')).json.data.me.username).toBe('Admin');
    expect((await new Client(server.url).login('resetme', 'brand-new-pass')).errors).toEqual([]);
    // one's own password is changed with the current one, not reset through updateUser
    const self = await userByName('Admin');
    const own = await admin.gql(UPDATE_USER, { input: { id: self.id, version: self.version, password: 'no-old-needed' } });
    expect(own.json.data.updateUser.errors).toEqual([{ field: 'password', code: 'INVALID', message: expect.stringContaining('changePassword') }]);
    expect((await new Client(server.url).login('Admin', 'admin123')).errors).toEqual([]);
  });

  it('role editors cannot give their own role, or any role, a right they lack', async () => {
    const editors = await createRole('Role editors', [122001, 122002, 122003]);
    await createUser(admin, { username: 'roleeditor', roleIds: [editors.id] });
    const editor = await signIn('roleeditor', 'password-123');
    const update = `mutation($input: UpdateRoleInput!) { updateRole(input: $input) { ${ROLE_FIELDS} } }`;
    const own = await editor.gql(update, { input: { id: editors.id, version: editors.version, rights: [122001, 122002, 122003, 121701] } });
    expect(own.json.data.updateRole.errors).toEqual([{ field: 'id', code: 'FORBIDDEN', message: expect.stringContaining('you hold it yourself') }]);
    const adminRole = await editor.gql(update, { input: { id: roleIds.get('IMIS Administrator'), version: 1, rights: [122001] } });
    expect(adminRole.json.data.updateRole.errors[0]).toMatchObject({ field: 'id', code: 'FORBIDDEN' });
    const fresh = await editor.gql(`mutation { createRole(input: {name: "Escalator", rights: [122001, 121704]}) { ${ROLE_FIELDS} } }`);
    expect(fresh.json.data.createRole.errors).toEqual([{ field: 'rights', code: 'FORBIDDEN', message: expect.stringContaining('121704 (userDelete)') }]);
    const allowed = await editor.gql(`mutation { createRole(input: {name: "Role readers", rights: [122001]}) { ${ROLE_FIELDS} } }`);
    expect(allowed.json.data.createRole.errors).toEqual([]);
    const grow = await editor.gql(update, { input: { id: allowed.json.data.createRole.role.id, version: 1, rights: [122001, 101001] } });
    expect(grow.json.data.updateRole.errors).toEqual([{ field: 'rights', code: 'FORBIDDEN', message: expect.stringContaining('101001') }]);

    const roles = (await admin.gql('{ roles(first: 100) { edges { node { name rights version } } } }')).json.data.roles.edges.map(
      (e: { node: unknown }) => e.node,
    );
    expect(roles.find((r: { name: string }) => r.name === 'Role editors')).toEqual({ name: 'Role editors', rights: [122001, 122002, 122003], version: 1 });
    expect(roles.find((r: { name: string }) => r.name === 'Role readers')).toMatchObject({ rights: [122001], version: 1 });
    expect(roles.find((r: { name: string }) => r.name === 'IMIS Administrator').version).toBe(1);
    expect(roles.some((r: { name: string }) => r.name === 'Escalator')).toBe(false);
  });

  it('binds users to regions or districts, validated, and the session carries them', async () => {
    const [first, second] = regions;
    if (!first || !second) throw new Error('the seed has at least two regions');
    const village = (await admin.gql('{ locations(first: 1, filter: {type: "V"}) { edges { node { id } } } }')).json.data.locations.edges[0].node.id;
    const toVillage = await createUser(admin, { username: 'bound0', locationIds: [village] });
    expect(toVillage.errors).toEqual([{ field: 'locationIds', code: 'INVALID', message: expect.stringContaining('regions or districts') }]);
    const unknown = await createUser(admin, { username: 'bound0', locationIds: ['999999'] });
    expect(unknown.errors[0]).toMatchObject({ field: 'locationIds', code: 'INVALID' });
    const badFacility = await createUser(admin, { username: 'bound0', healthFacilityId: '999999' });
    expect(badFacility.errors[0]).toMatchObject({ field: 'healthFacilityId', code: 'INVALID' });
    expect(await userByName('bound0')).toBeUndefined();

    const managers = await createRole('User managers', [121701, 121702, 121703]);
    const district = first.districts[0];
    const created = await createUser(admin, { username: 'districtadmin', roleIds: [managers.id], locationIds: [district, first.id] });
    expect(created.errors).toEqual([]);
    expect(created.user.locationIds).toEqual([district, first.id].sort((a, b) => Number(a) - Number(b)));
    const narrowed = await admin.gql(UPDATE_USER, { input: { id: created.user.id, version: created.user.version, locationIds: [district] } });
    expect(narrowed.json.data.updateUser.user.locationIds).toEqual([district]);
    const history = await admin.gql('query($id: ID!) { history(entityType: "User", entityId: $id, first: 1) { edges { node { before after } } } }', {
      id: created.user.id,
    });
    const [change] = history.json.data.history.edges;
    expect(change.node.before.locationIds).toHaveLength(2);
    expect(change.node.after.locationIds).toEqual([Number(district)]);
    const scoped = await signIn('districtadmin', 'password-123');
    expect((await scoped.gql('{ me { locationIds } }')).json.data.me.locationIds).toEqual([district]);

    // a district user binds inside the district only
    expect((await createUser(scoped, { username: 'inside1', roleIds: [managers.id], locationIds: [district] })).errors).toEqual([]);
    const wider = await createUser(scoped, { username: 'wider1', locationIds: [first.id] });
    expect(wider.errors[0]).toMatchObject({ field: 'locationIds', code: 'FORBIDDEN' });
    const elsewhere = await createUser(scoped, { username: 'elsewhere1', locationIds: [second.districts[0]] });
    expect(elsewhere.errors[0]).toMatchObject({ field: 'locationIds', code: 'FORBIDDEN' });
    const national = await createUser(scoped, { username: 'national1' });
    expect(national.errors[0]).toMatchObject({ field: 'locationIds', code: 'FORBIDDEN' });
    // and cannot edit a user of another area
    const outsider = await createUser(admin, { username: 'outsider1', locationIds: [second.districts[0]] });
    const edit = await scoped.gql(UPDATE_USER, { input: { id: outsider.user.id, version: outsider.user.version, lastName: 'Moved' } });
    expect(edit.json.data.updateUser.errors[0]).toMatchObject({ field: 'id', code: 'FORBIDDEN' });
    // not even a stale version reveals them
    const stale = await scoped.gql(UPDATE_USER, { input: { id: outsider.user.id, version: outsider.user.version + 5, lastName: 'Moved' } });
    expect(stale.json.data.updateUser).toMatchObject({ user: null, errors: [{ field: 'id', code: 'FORBIDDEN' }] });
    for (const name of ['wider1', 'elsewhere1', 'national1']) expect(await userByName(name)).toBeUndefined();
    // and lists only the users of the district (or of a facility in it)
    const listed = await scoped.gql('{ users(first: 100) { totalCount edges { node { username } } } }');
    const names = listed.json.data.users.edges.map((e: { node: { username: string } }) => e.node.username).sort();
    expect(names).toEqual(expect.arrayContaining(['districtadmin', 'inside1']));
    for (const name of ['Admin', 'outsider1', 'hfadmin', 'manager']) expect(names).not.toContain(name);
    expect((await scoped.gql('query($id: ID!) { user(id: $id) { username } }', { id: outsider.user.id })).json.data.user).toBeNull();
    const hf = await signIn('hfadmin', 'password-123');
    const atFacility = (await hf.gql('{ users(first: 100) { edges { node { username } } } }')).json.data.users.edges.map(
      (e: { node: { username: string } }) => e.node.username,
    );
    expect(atFacility.sort()).toEqual(['claimadmin', 'hfadmin', 'hfclerk3', 'receptionist']);
  });

  it('seeds the enrolment officer in one district, Admin national; system roles have name keys', async () => {
    const enrolment = await signIn('enrolment', 'enrolment123');
    const [district] = (await enrolment.gql('{ me { locationIds } }')).json.data.me.locationIds;
    const location = await admin.gql('query($id: ID!) { location(id: $id) { type } }', { id: district });
    expect(location.json.data.location.type).toBe('D');
    expect((await admin.gql('{ me { locationIds } }')).json.data.me.locationIds).toEqual([]);
    const roles = (await admin.gql('{ roles(first: 100, filter: {isSystem: true}) { edges { node { name altLanguage nameKey } } } }')).json.data.roles.edges;
    expect(roles.find((e: { node: { name: string } }) => e.node.name === 'IMIS Administrator').node).toEqual({
      name: 'IMIS Administrator',
      altLanguage: 'Administrateur IMIS',
      nameKey: 'imisAdministrator',
    });
  });

  it('too long fields are TOO_LONG user errors, not server errors, and nothing is stored', async () => {
    const long = (n: number) => 'x'.repeat(n);
    const phone = await createUser(admin, { username: 'longphone', phone: long(51) });
    expect(phone.errors).toEqual([{ field: 'phone', code: 'TOO_LONG', message: expect.any(String) }]);
    const username = await createUser(admin, { username: long(196) });
    expect(username.errors).toEqual([{ field: 'username', code: 'TOO_LONG', message: expect.any(String) }]);
    const login = await new Client(server.url).gql(
      'mutation($u: String!) { login(input: {username: $u, password: "whatever"}) { me { id } errors { field code } } }',
      {
        u: long(196),
      },
    );
    expect(login.json.data.login.errors).toEqual([{ field: 'username', code: 'TOO_LONG' }]);
    const role = await admin.gql(`mutation($a: String) { createRole(input: {name: "Long alt", altLanguage: $a, rights: []}) { ${ROLE_FIELDS} } }`, {
      a: long(51),
    });
    expect(role.json.data.createRole.errors).toEqual([{ field: 'altLanguage', code: 'TOO_LONG', message: expect.any(String) }]);
    const nul = await createUser(admin, { username: 'nulname', lastName: 'Bad\u0000Name' });
    expect(nul.errors).toEqual([{ field: 'lastName', code: 'INVALID_FORMAT', message: expect.any(String) }]);
    expect(await userByName('longphone')).toBeUndefined();
    expect(await userByName('nulname')).toBeUndefined();
  });
});
