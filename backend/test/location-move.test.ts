/**
 * Moving a location (mf-admin's Locations page): `updateLocation` with another `parentId` moves a
 * village to another municipality, a municipality (with its villages) to another district. The
 * parent must be at the level just above (so no cycle can be made), inside the user's area like
 * the location itself, the version must be current, and the move is in the history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, type RunningServer, startServer } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: test convenience
type Any = any;

const ERR = 'errors { field code message }';
const LOC = 'id version code name type parentId parent { id parent { id } }';

describe.each(engines)('moving a location on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;
  /** IMIS Administrator rights, bound to district d1. */
  let districtAdmin: Client;
  const ids: Record<string, string> = {};

  const create = async (key: string, type: string, parent?: string) => {
    const r = await admin.gql(`mutation($i: CreateLocationInput!) { createLocation(input: $i) { location { id } ${ERR} } }`, {
      i: { code: `MV${key}`, name: `Move ${key}`, type, parentId: parent ? ids[parent] : null },
    });
    expect(r.json.data.createLocation.errors).toEqual([]);
    ids[key] = r.json.data.createLocation.location.id;
  };
  const get = async (c: Client, key: string) => (await c.gql(`query($id: ID!) { location(id: $id) { ${LOC} } }`, { id: ids[key] })).json.data.location;
  const move = async (c: Client, key: string, parent: string | null, version?: number) => {
    const current = await get(admin, key);
    const r = await c.gql(`mutation($i: UpdateLocationInput!) { updateLocation(input: $i) { location { ${LOC} } ${ERR} } }`, {
      i: { id: ids[key], version: version ?? current.version, parentId: parent === null ? null : (ids[parent] ?? parent) },
    });
    expect(r.json.errors).toBeUndefined();
    return r.json.data.updateLocation as { location: Any; errors: Any[] };
  };

  beforeAll(async () => {
    server = await startServer(engine);
    admin = new Client(server.url);
    expect((await admin.login('Admin', 'admin123')).errors).toEqual([]);
    // region r > districts d1, d2; d1 > municipalities m1, m2; d2 > m3; m1 > village v (and w)
    await create('r', 'R');
    await create('d1', 'D', 'r');
    await create('d2', 'D', 'r');
    await create('m1', 'M', 'd1');
    await create('m2', 'M', 'd1');
    await create('m3', 'M', 'd2');
    await create('v', 'V', 'm1');
    await create('w', 'V', 'm1');
    const roles = await admin.gql('{ roles(first: 100) { edges { node { id name } } } }');
    const imis = roles.json.data.roles.edges.find((e: Any) => e.node.name === 'IMIS Administrator').node.id;
    const user = await admin.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } ${ERR} } }`, {
      i: { username: 'moveadmin', otherNames: 'Move', lastName: 'Admin', password: 'password123', roleIds: [imis], locationIds: [ids.d1] },
    });
    expect(user.json.data.createUser.errors).toEqual([]);
    districtAdmin = new Client(server.url);
    expect((await districtAdmin.login('moveadmin', 'password123')).errors).toEqual([]);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('moves a village to another municipality, with its history', async () => {
    const before = await get(admin, 'v');
    const moved = await move(admin, 'v', 'm2');
    expect(moved.errors).toEqual([]);
    expect(moved.location).toMatchObject({ parentId: ids.m2, version: before.version + 1, name: 'Move v' });
    const history = await admin.gql('query($id: ID!) { history(entityType: "Location", entityId: $id) { edges { node { action before after } } } }', {
      id: ids.v,
    });
    const update = history.json.data.history.edges.map((e: Any) => e.node).find((n: Any) => n.action === 'UPDATE');
    expect(String(update.before.parentId)).toBe(ids.m1);
    expect(String(update.after.parentId)).toBe(ids.m2);
  });

  it('moves a municipality with its villages to another district', async () => {
    const moved = await move(admin, 'm1', 'd2');
    expect(moved.errors).toEqual([]);
    expect((await get(admin, 'w')).parent.parent.id).toBe(ids.d2);
    // and back, for the scope test below
    expect((await move(admin, 'm1', 'd1')).errors).toEqual([]);
  });

  it('refuses a parent at another level (no cycle can be made), a missing parent, a parent for a region, a stale version', async () => {
    const wrongLevel = await move(admin, 'v', 'd1');
    expect(wrongLevel.errors[0]).toMatchObject({ field: 'parentId', code: 'INVALID' });
    const underItsVillage = await move(admin, 'm2', 'v');
    expect(underItsVillage.errors[0]).toMatchObject({ field: 'parentId', code: 'INVALID' });
    const underItself = await move(admin, 'm2', 'm2');
    expect(underItself.errors[0]).toMatchObject({ field: 'parentId', code: 'INVALID' });
    const none = await move(admin, 'v', null);
    expect(none.errors[0]).toMatchObject({ field: 'parentId', code: 'REQUIRED' });
    const unknown = await move(admin, 'v', '999999');
    expect(unknown.errors[0].code).toMatch(/INVALID|FORBIDDEN|NOT_FOUND/);
    const region = await move(admin, 'r', 'd1');
    expect(region.errors[0]).toMatchObject({ field: 'parentId', code: 'INVALID' });
    const current = await get(admin, 'v');
    const stale = await move(admin, 'v', 'm1', current.version - 1);
    expect(stale.errors[0].code).toBe('CONFLICT');
    const after = await get(admin, 'v');
    expect(after).toEqual(current);
    expect(after.parentId).toBe(ids.m2);
  });

  it('a district-bound user moves inside the district only', async () => {
    const outside = await move(districtAdmin, 'v', 'm3');
    expect(outside.errors[0].code).toBe('FORBIDDEN');
    expect((await get(admin, 'v')).parentId).toBe(ids.m2);
    const inside = await move(districtAdmin, 'v', 'm1');
    expect(inside.errors).toEqual([]);
    expect(inside.location.parentId).toBe(ids.m1);
    // once moved out of the district by a national user, the village leaves the district user's view
    expect((await move(admin, 'w', 'm3')).errors).toEqual([]);
    expect(await get(districtAdmin, 'w')).toBeNull();
    const back = await move(districtAdmin, 'w', 'm1');
    expect(back.errors[0].code).toBe('FORBIDDEN');
  });
});
