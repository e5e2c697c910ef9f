/** The policy domain's payers on the real server (both engines): CRUD, rules, bounds, conflict, history, in-use, rights and scope. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Rights } from '../src/modules/core/rights.js';
import { Client, engines, type RunningServer, startServer } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: test convenience
type Any = any;

const ERR = 'errors { field code message }';
const PAYER = 'id version type name address locationId phone fax email location { id }';
const codesOf = (errors: { code: string; field: string | null }[]) => errors.map((e) => `${e.field}:${e.code}`);

describe.each(engines)('policy payers on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;
  let scoped: Client;
  let receptionist: Client;
  let region = '';
  let district = '';
  let otherRegion = '';

  const mutate = async (name: string, type: string, input: Record<string, unknown>, client = admin) => {
    const r = await client.gql(`mutation($i: ${type}!) { ${name}(input: $i) { payer { ${PAYER} } ${ERR} } }`, { i: input });
    expect(r.json.errors).toBeUndefined();
    return r.json.data[name];
  };
  const create = (input: Record<string, unknown>, client = admin) => mutate('createPayer', 'CreatePayerInput', input, client);
  const names = async (client: Client, filter: Record<string, unknown> = {}) =>
    (await client.gql('query($f: PayerFilter) { payers(filter: $f, first: 100) { edges { node { name } } } }', { f: filter })).json.data.payers.edges.map(
      (e: Any) => e.node.name,
    ) as string[];

  beforeAll(async () => {
    server = await startServer(engine);
    admin = new Client(server.url);
    expect((await admin.login('Admin', 'admin123')).errors).toEqual([]);
    receptionist = new Client(server.url);
    expect((await receptionist.login('receptionist', 'receptionist123')).errors).toEqual([]);
    const enrolment = new Client(server.url);
    expect((await enrolment.login('enrolment', 'enrolment123')).errors).toEqual([]);
    district = (await enrolment.gql('{ me { locationIds } }')).json.data.me.locationIds[0];
    region = (await admin.gql('query($id: ID!) { location(id: $id) { parent { id } } }', { id: district })).json.data.location.parent.id;
    const regions = (await admin.gql('{ locations(filter: {type: "R"}, first: 20) { edges { node { id } } } }')).json.data.locations.edges;
    otherRegion = regions.map((e: Any) => e.node.id).find((id: string) => id !== region);
    // a payer officer bound to the enrolment officer's district
    const role = await admin.gql(`mutation($r: [Int!]!) { createRole(input: { name: "Payer officer", rights: $r }) { role { id } ${ERR} } }`, {
      r: [Rights.payerSearch, Rights.payerAdd, Rights.payerEdit, Rights.payerDelete],
    });
    const user = await admin.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } ${ERR} } }`, {
      i: {
        username: 'payerofficer',
        otherNames: 'Test',
        lastName: 'Payer',
        password: 'password123',
        roleIds: [role.json.data.createRole.role.id],
        locationIds: [district],
      },
    });
    expect(user.json.data.createUser.errors).toEqual([]);
    scoped = new Client(server.url);
    expect((await scoped.login('payerofficer', 'password123')).errors).toEqual([]);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  }, 30_000);

  it('lists the demo payers and searches by name, type and location', async () => {
    const all = await names(admin);
    expect(all).toEqual(expect.arrayContaining(['Ministry of Health', 'Health Partners Fund', 'Farmers Co-operative Union']));
    expect(await names(admin, { search: 'ministry' })).toEqual(['Ministry of Health']);
    expect(await names(admin, { type: 'D' })).toEqual(['Health Partners Fund']);
    // the co-operative is in the first region: it works in that region's districts, not elsewhere
    const coop = (await admin.gql('{ payers(filter: {type: "C"}) { edges { node { locationId } } } }')).json.data.payers.edges[0].node;
    const inCoopRegion = await names(admin, { locationId: coop.locationId });
    expect(inCoopRegion).toEqual(expect.arrayContaining(['Farmers Co-operative Union', 'Ministry of Health']));
  });

  it('creates, updates at the version (stale: CONFLICT), deletes, with history', async () => {
    const created = await create({ type: 'P', name: '  Private Health Co  ', email: 'pay@private.example.org', locationId: region, phone: '+1 555' });
    expect(created.errors).toEqual([]);
    expect(created.payer).toMatchObject({ type: 'P', name: 'Private Health Co', locationId: region, location: { id: region }, version: 1 });
    const updated = await mutate('updatePayer', 'UpdatePayerInput', { id: created.payer.id, version: 1, address: 'Main street', locationId: null });
    expect(updated.errors).toEqual([]);
    expect(updated.payer).toMatchObject({ address: 'Main street', locationId: null, email: 'pay@private.example.org', version: 2 });
    const stale = await mutate('updatePayer', 'UpdatePayerInput', { id: created.payer.id, version: 1, name: 'Late' });
    expect(codesOf(stale.errors)).toEqual(['version:CONFLICT']);
    const deleted = await mutate('deletePayer', 'VersionedDeleteInput', { id: created.payer.id, version: 2 });
    expect(deleted.errors).toEqual([]);
    expect((await admin.gql('query($id: ID!) { payer(id: $id) { id } }', { id: created.payer.id })).json.data.payer).toBeNull();
    const h = await admin.gql('query($id: ID!) { history(entityType: "Payer", entityId: $id) { edges { node { action } } } }', { id: created.payer.id });
    expect(h.json.data.history.edges.map((e: Any) => e.node.action).sort()).toEqual(['CREATE', 'DELETE', 'UPDATE']);
  });

  it('validates type, name, email, location and bounds', async () => {
    expect(codesOf((await create({ type: 'X', name: 'A' })).errors)).toEqual(['type:INVALID']);
    expect(codesOf((await create({ type: 'D', name: ' ' })).errors)).toEqual(['name:REQUIRED']);
    expect(codesOf((await create({ type: 'D', name: 'A', email: 'nope' })).errors)).toEqual(['email:INVALID_FORMAT']);
    expect(codesOf((await create({ type: 'D', name: 'n'.repeat(101) })).errors)).toEqual(['name:TOO_LONG']);
    const village = (await admin.gql('{ locations(filter: {type: "V"}, first: 1) { edges { node { id } } } }')).json.data.locations.edges[0].node.id;
    expect(codesOf((await create({ type: 'D', name: 'A', locationId: village })).errors)).toEqual(['locationId:INVALID']);
    const one = (await create({ type: 'O', name: 'Clearable' })).payer;
    const cleared = await mutate('updatePayer', 'UpdatePayerInput', { id: one.id, version: 1, name: null });
    expect(codesOf(cleared.errors)).toEqual(['name:REQUIRED']);
  });

  it("a scoped user reads national payers and those of their area and region, and changes only their area's", async () => {
    const mine = await create({ type: 'L', name: `District council ${engine}`, locationId: district }, scoped);
    expect(mine.errors).toEqual([]);
    const far = await create({ type: 'C', name: `Far coop ${engine}`, locationId: otherRegion });
    const regional = await create({ type: 'C', name: `Region coop ${engine}`, locationId: region });
    const seen = await names(scoped);
    expect(seen).toEqual(expect.arrayContaining([`District council ${engine}`, `Region coop ${engine}`, 'Ministry of Health']));
    expect(seen).not.toContain(`Far coop ${engine}`);
    expect((await scoped.gql('query($id: ID!) { payer(id: $id) { id } }', { id: far.payer.id })).json.data.payer).toBeNull();
    expect(codesOf((await create({ type: 'G', name: 'National by scoped' }, scoped)).errors)).toEqual(['null:FORBIDDEN']);
    expect(codesOf((await create({ type: 'G', name: 'Elsewhere', locationId: otherRegion }, scoped)).errors)).toEqual(['null:FORBIDDEN']);
    const edit = await mutate('updatePayer', 'UpdatePayerInput', { id: regional.payer.id, version: 1, phone: '1' }, scoped);
    expect(codesOf(edit.errors)).toEqual(['null:FORBIDDEN']);
    const moveOut = await mutate('updatePayer', 'UpdatePayerInput', { id: mine.payer.id, version: 1, locationId: null }, scoped);
    expect(codesOf(moveOut.errors)).toEqual(['null:FORBIDDEN']);
    const denied = await receptionist.gql('{ payers { edges { node { id } } } }');
    expect(denied.json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
