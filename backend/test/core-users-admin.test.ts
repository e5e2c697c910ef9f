/** What the users console relies on: rename, search by location, a user's facility and area, a password reset ending the sessions. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, type RunningServer, startServer } from './harness.js';

const USER_FIELDS = 'user { id version username locationIds locations { id name type } healthFacility { id code } } errors { field code message }';
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { ${USER_FIELDS} } }`;
const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { ${USER_FIELDS} } }`;
const USERS = 'query($f: UserFilter) { users(first: 100, filter: $f) { edges { node { username } } } }';

describe.each(engines)('users administration on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;
  let region: { id: string; districts: string[] };
  let managerRole: string;

  const names = async (client: Client, filter: Record<string, unknown>) =>
    (await client.gql(USERS, { f: filter })).json.data.users.edges.map((e: { node: { username: string } }) => e.node.username).sort();
  const create = async (input: Record<string, unknown>) => {
    const result = await admin.gql(CREATE_USER, {
      input: { otherNames: 'Test', lastName: 'User', password: 'password-123', roleIds: [managerRole], ...input },
    });
    expect(result.json.data.createUser.errors).toEqual([]);
    return result.json.data.createUser.user;
  };

  beforeAll(async () => {
    server = await startServer(engine);
    admin = new Client(server.url);
    expect((await admin.login('Admin', 'admin123')).errors).toEqual([]);
    const roles = (await admin.gql('{ roles(first: 100) { edges { node { id name } } } }')).json.data.roles.edges;
    managerRole = roles.find((e: { node: { name: string } }) => e.node.name === 'Manager').node.id;
    const tree = await admin.gql('{ locations(first: 100, filter: {type: "D"}) { edges { node { id parent { id } } } } }');
    const byRegion = new Map<string, string[]>();
    for (const { node } of tree.json.data.locations.edges) byRegion.set(node.parent.id, [...(byRegion.get(node.parent.id) ?? []), node.id]);
    const [first] = [...byRegion].filter(([, districts]) => districts.length >= 2);
    if (!first) throw new Error('the seed has no region with two districts');
    region = { id: first[0], districts: first[1] };
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  }, 30_000);

  it('renames a user: the new name signs in, a taken or malformed name is refused and nothing changes', async () => {
    const user = await create({ username: 'rename-me' });
    const taken = await admin.gql(UPDATE_USER, { input: { id: user.id, version: user.version, username: 'Admin' } });
    expect(taken.json.data.updateUser.errors).toEqual([{ field: 'username', code: 'DUPLICATE', message: expect.any(String) }]);
    const bad = await admin.gql(UPDATE_USER, { input: { id: user.id, version: user.version, username: 'a b' } });
    expect(bad.json.data.updateUser.errors).toEqual([{ field: 'username', code: 'INVALID', message: expect.any(String) }]);
    const renamed = await admin.gql(UPDATE_USER, { input: { id: user.id, version: user.version, username: 'renamed' } });
    expect(renamed.json.data.updateUser.errors).toEqual([]);
    expect(renamed.json.data.updateUser.user).toMatchObject({ username: 'renamed', version: user.version + 1 });
    expect((await new Client(server.url).login('renamed', 'password-123')).errors).toEqual([]);
    expect((await new Client(server.url).login('rename-me', 'password-123')).errors[0]?.code).toBe('INVALID_CREDENTIALS');
  });

  it('finds users by location (bound inside it, or at a facility inside it) and answers their area and facility', async () => {
    const [districtA, districtB] = region.districts;
    const inA = await create({ username: 'bound-a', locationIds: [districtA] });
    await create({ username: 'bound-b', locationIds: [districtB] });
    await create({ username: 'bound-region', locationIds: [region.id] });
    expect(inA.locations).toEqual([{ id: districtA, name: expect.any(String), type: 'D' }]);
    expect(inA.healthFacility).toBeNull();
    const inDistrictA = await names(admin, { locationId: districtA });
    expect(inDistrictA).toContain('bound-a');
    expect(inDistrictA).not.toContain('bound-b');
    expect(inDistrictA).not.toContain('bound-region');
    expect(await names(admin, { locationId: region.id })).toEqual(expect.arrayContaining(['bound-a', 'bound-b', 'bound-region']));
    // the demo claim administrator works at a hospital: found through the hospital's district, with the facility answered
    const claimadmin = await admin.gql('{ users(first: 5, filter: {search: "claimadmin"}) { edges { node { healthFacility { id code location { id } } } } } }');
    const facility = claimadmin.json.data.users.edges[0].node.healthFacility;
    expect(facility.code).toBe('HFH001');
    expect(await names(admin, { locationId: facility.location.id })).toContain('claimadmin');
    // a scoped user reads only their area even when asking for another one
    const clerk = await create({ username: 'scoped-searcher', locationIds: [districtA], roleIds: [] });
    const searcherRole = await admin.gql('mutation { createRole(input: {name: "User readers", rights: [121701]}) { role { id } errors { code } } }');
    await admin.gql(UPDATE_USER, { input: { id: clerk.id, version: clerk.version, roleIds: [searcherRole.json.data.createRole.role.id] } });
    const scoped = new Client(server.url);
    expect((await scoped.login('scoped-searcher', 'password-123')).errors).toEqual([]);
    expect(await names(scoped, { locationId: districtB })).toEqual([]);
    expect(await names(scoped, { locationId: districtA })).toContain('bound-a');
    // a user administrator lists the roles (the user form offers them) without the role rights
    const roles = await scoped.gql('{ roles(first: 100) { edges { node { name rights } } } }');
    expect(roles.json.errors).toBeUndefined();
    expect(roles.json.data.roles.edges.length).toBeGreaterThan(5);
    // the role editor knows which roles the administrator holds (those they cannot change)
    const admins = roles.json.data.roles.edges.length;
    expect(admins).toBeGreaterThan(0);
    const me = (await admin.gql('{ me { roleIds } }')).json.data.me;
    const all = (await admin.gql('{ roles(first: 100) { edges { node { id name } } } }')).json.data.roles.edges;
    expect(me.roleIds).toEqual([all.find((e: { node: { name: string } }) => e.node.name === 'IMIS Administrator').node.id]);
    const nobody = new Client(server.url);
    await create({ username: 'no-rights', locationIds: [districtA], roleIds: [] });
    expect((await nobody.login('no-rights', 'password-123')).errors).toEqual([]);
    expect((await nobody.gql('{ roles(first: 5) { totalCount } }')).json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a password reset ends the user’s open session: its next request answers UNAUTHENTICATED; history keeps no password', async () => {
    const user = await create({ username: 'reset-target' });
    const victim = new Client(server.url);
    expect((await victim.login('reset-target', 'password-123')).errors).toEqual([]);
    expect((await victim.gql('{ families(first: 1) { totalCount } }')).json.data.families.totalCount).toBeGreaterThan(0);
    const short = await admin.gql(UPDATE_USER, { input: { id: user.id, version: user.version, password: 'short' } });
    expect(short.json.data.updateUser.errors).toEqual([{ field: 'password', code: 'INVALID', message: expect.any(String) }]);
    const reset = await admin.gql(UPDATE_USER, { input: { id: user.id, version: user.version, password: 'a-new-password' } });
    expect(reset.json.data.updateUser.errors).toEqual([]);
    const after = await victim.gql('{ families(first: 1) { totalCount } }');
    expect(after.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await new Client(server.url).login('reset-target', 'a-new-password')).errors).toEqual([]);
    const history = await admin.gql(`{ history(entityType: "User", entityId: "${user.id}", first: 1) { edges { node { action before after } } } }`);
    const entry = history.json.data.history.edges[0].node;
    expect(entry.action).toBe('UPDATE');
    expect(JSON.stringify(entry)).not.toMatch(/passwordHash|a-new-password|scrypt/i);
    // a stale version is a conflict and keeps the password
    const stale = await admin.gql(UPDATE_USER, { input: { id: user.id, version: user.version, password: 'another-password' } });
    expect(stale.json.data.updateUser.errors[0].code).toBe('CONFLICT');
    expect((await new Client(server.url).login('reset-target', 'a-new-password')).errors).toEqual([]);
  });
});
