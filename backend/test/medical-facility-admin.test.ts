/**
 * The health facility form of mf-admin: fax and account code (openIMIS HFFax, HFAccCode) are kept,
 * bounded and in the history; a facility is deleted only when nothing uses it, users bound to it
 * included (they have no foreign key).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, type RunningServer, startServer } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: test convenience
type Any = any;

const ERR = 'errors { field code message }';
const HF = 'id version code name fax accCode phone email servicePriceList { id } itemPriceList { id }';

describe.each(engines)('health facility administration on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;
  let districtId: string;

  beforeAll(async () => {
    server = await startServer(engine);
    admin = new Client(server.url);
    expect((await admin.login('Admin', 'admin123')).errors).toEqual([]);
    const d = await admin.gql('{ locations(filter: { type: "D" }, first: 1) { edges { node { id } } } }');
    districtId = d.json.data.locations.edges[0].node.id;
  });
  afterAll(async () => {
    await server?.stop();
  });

  const create = (input: Record<string, unknown>) =>
    admin.gql(`mutation($i: CreateHealthFacilityInput!) { createHealthFacility(input: $i) { healthFacility { ${HF} } ${ERR} } }`, {
      i: { level: 'D', legalForm: 'G', careType: 'O', locationId: districtId, ...input },
    });

  it('keeps fax and account code, within their limits, and records their change', async () => {
    const made = await create({ code: 'HFADM1', name: 'Admin Dispensary', fax: ' +255 22 1 ', accCode: 'ACC-77' });
    expect(made.json.data.createHealthFacility.errors).toEqual([]);
    const hf = made.json.data.createHealthFacility.healthFacility;
    expect(hf).toMatchObject({ fax: '+255 22 1', accCode: 'ACC-77' });
    const tooLong = await create({ code: 'HFADM2', name: 'Too long', fax: 'x'.repeat(51), accCode: 'y'.repeat(26) });
    const fields = (tooLong.json.data?.createHealthFacility?.errors ?? tooLong.json.errors ?? []).map((e: Any) => e.field ?? e.extensions?.field);
    expect(fields).toEqual(expect.arrayContaining(['fax', 'accCode']));
    const updated = await admin.gql(`mutation($i: UpdateHealthFacilityInput!) { updateHealthFacility(input: $i) { healthFacility { ${HF} } ${ERR} } }`, {
      i: { id: hf.id, version: hf.version, accCode: 'ACC-78', fax: null },
    });
    expect(updated.json.data.updateHealthFacility.errors).toEqual([]);
    expect(updated.json.data.updateHealthFacility.healthFacility).toMatchObject({ accCode: 'ACC-78', fax: null, version: hf.version + 1 });
    const history = await admin.gql('query($id: ID!) { history(entityType: "HealthFacility", entityId: $id) { edges { node { action before after } } } }', {
      id: hf.id,
    });
    const update = history.json.data.history.edges.map((e: Any) => e.node).find((n: Any) => n.action === 'UPDATE');
    expect(update.before).toMatchObject({ accCode: 'ACC-77' });
    expect(update.after).toMatchObject({ accCode: 'ACC-78' });
  });

  it('refuses to delete a facility while a user works there, then deletes it', async () => {
    const made = await create({ code: 'HFADM3', name: 'Staffed Dispensary' });
    const hf = made.json.data.createHealthFacility.healthFacility;
    const roles = await admin.gql('{ roles(first: 100) { edges { node { id name } } } }');
    const role = roles.json.data.roles.edges.find((e: Any) => e.node.name === 'Receptionist').node.id;
    const user = await admin.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { user { id version } ${ERR} } }`, {
      i: { username: 'hfstaff', otherNames: 'Staff', lastName: 'Member', password: 'password123', roleIds: [role], healthFacilityId: hf.id },
    });
    expect(user.json.data.createUser.errors).toEqual([]);
    const del = (version: number) =>
      admin.gql(`mutation($i: VersionedDeleteInput!) { deleteHealthFacility(input: $i) { ${ERR} } }`, { i: { id: hf.id, version } });
    const refused = await del(hf.version);
    expect(refused.json.data.deleteHealthFacility.errors[0]).toMatchObject({ code: 'IN_USE', message: 'Users still work at this health facility.' });
    expect((await admin.gql('query($id: ID!) { healthFacility(id: $id) { id } }', { id: hf.id })).json.data.healthFacility).not.toBeNull();
    const u = user.json.data.createUser.user;
    const gone = await admin.gql(`mutation($i: DeleteInput!) { deleteUser(input: $i) { ${ERR} } }`, { i: { id: u.id, version: u.version } });
    expect(gone.json.data.deleteUser.errors).toEqual([]);
    expect((await del(hf.version)).json.data.deleteHealthFacility.errors).toEqual([]);
    expect((await admin.gql('query($id: ID!) { healthFacility(id: $id) { id } }', { id: hf.id })).json.data.healthFacility).toBeNull();
  });
});
