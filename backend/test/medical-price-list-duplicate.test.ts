/**
 * duplicatePriceList (issue 11): a new list of the source's kind for another location, with the
 * source's lines and overrides; rights by kind, the source visible to the user, the target in
 * their area; a name taken is refused and nothing is created. Over HTTP against the real server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, type RunningServer, startServer } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: test convenience
type Any = any;

const ERR = 'errors { field code message }';
const DUPLICATE = `mutation($i: DuplicatePriceListInput!) { duplicatePriceList(input: $i) { priceList { id kind name locationId version } ${ERR} } }`;
const LINES = 'query($id: ID!) { priceList(id: $id) { id services(first: 100) { edges { node { service { id } priceOverride price } } } } }';

describe.each(engines)('price list duplication on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;
  let source: Any;
  let districts: Any[] = [];

  const client = async (username: string, password: string) => {
    const c = new Client(server.url);
    const login = await c.login(username, password);
    expect(login.errors).toEqual([]);
    return c;
  };

  beforeAll(async () => {
    server = await startServer(engine);
    admin = await client('Admin', 'admin123');
    const lists = await admin.gql('{ priceLists(filter: { kind: "S" }, first: 1) { edges { node { id name version locationId } } } }');
    source = lists.json.data.priceLists.edges[0].node;
    const services = await admin.gql('{ medicalServices(first: 3) { edges { node { id price } } } }');
    const ids = services.json.data.medicalServices.edges.map((e: Any) => e.node.id);
    // one override on the source, so the copy must carry it
    const set = await admin.gql(`mutation($i: SetPriceListEntriesInput!) { setPriceListEntries(input: $i) { priceList { version } ${ERR} } }`, {
      i: { id: source.id, version: source.version, upsert: [{ id: ids[0], priceOverride: '1234.50' }, { id: ids[1] }] },
    });
    expect(set.json.data.setPriceListEntries.errors).toEqual([]);
    const d = await admin.gql('{ locations(filter: { type: "D" }, first: 10) { edges { node { id code } } } }');
    districts = d.json.data.locations.edges.map((e: Any) => e.node);
  }, 120_000);

  afterAll(() => server?.stop());

  it('copies every line and override to a new list for another district, which then filters by that district', async () => {
    const target = districts[1];
    const made = await admin.gql(DUPLICATE, { i: { id: source.id, name: 'Copied services list', locationId: target.id } });
    expect(made.json.data.duplicatePriceList.errors).toEqual([]);
    const copy = made.json.data.duplicatePriceList.priceList;
    expect(copy).toMatchObject({ kind: 'S', name: 'Copied services list', locationId: target.id, version: 1 });
    expect(copy.id).not.toBe(source.id);
    const a = await admin.gql(LINES, { id: source.id });
    const b = await admin.gql(LINES, { id: copy.id });
    const lines = (r: Any) =>
      r.json.data.priceList.services.edges.map((e: Any) => e.node).sort((x: Any, y: Any) => Number(x.service.id) - Number(y.service.id));
    expect(lines(a).length).toBeGreaterThan(1);
    expect(lines(b)).toEqual(lines(a));
    expect(lines(b).some((l: Any) => l.priceOverride === '1234.50')).toBe(true);
    // the copy is its own list: a change to it leaves the source alone
    const removed = await admin.gql(`mutation($i: SetPriceListEntriesInput!) { setPriceListEntries(input: $i) { ${ERR} } }`, {
      i: { id: copy.id, version: 1, remove: [lines(b)[0].service.id] },
    });
    expect(removed.json.data.setPriceListEntries.errors).toEqual([]);
    expect(lines(await admin.gql(LINES, { id: source.id }))).toEqual(lines(a));
    const byDistrict = await admin.gql('query($l: ID) { priceLists(filter: { locationId: $l }) { edges { node { id } } } }', { l: target.id });
    expect(byDistrict.json.data.priceLists.edges.map((e: Any) => e.node.id)).toEqual([copy.id]);
    const history = await admin.gql('query($id: ID!) { history(entityType: "PriceList", entityId: $id) { edges { node { action } } } }', { id: copy.id });
    expect(JSON.stringify(history.json)).toContain('CREATE');
  });

  it('finds the services not yet on a list (to add lines) and reads one diagnosis by id', async () => {
    const on = await admin.gql('query($l: ID) { medicalServices(filter: { priceListId: $l }, first: 100) { totalCount edges { node { id } } } }', {
      l: source.id,
    });
    const off = await admin.gql('query($l: ID) { medicalServices(filter: { notOnPriceListId: $l }, first: 100) { totalCount edges { node { id } } } }', {
      l: source.id,
    });
    const all = await admin.gql('{ medicalServices(first: 1) { totalCount } }');
    const onIds = new Set(on.json.data.medicalServices.edges.map((e: Any) => e.node.id));
    expect(off.json.data.medicalServices.edges.some((e: Any) => onIds.has(e.node.id))).toBe(false);
    expect(on.json.data.medicalServices.totalCount + off.json.data.medicalServices.totalCount).toBe(all.json.data.medicalServices.totalCount);
    const d = await admin.gql('{ diagnoses(first: 1) { edges { node { id code } } } }');
    const first = d.json.data.diagnoses.edges[0].node;
    const one = await admin.gql('query($id: ID!) { diagnosis(id: $id) { id code } }', { id: first.id });
    expect(one.json.data.diagnosis).toEqual(first);
    const receptionist = await client('receptionist', 'receptionist123');
    const denied = await receptionist.gql('query($id: ID!) { diagnosis(id: $id) { id } }', { id: first.id });
    expect(denied.json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a name taken, an unknown source or location, and creates nothing', async () => {
    const taken = await admin.gql(DUPLICATE, { i: { id: source.id, name: source.name, locationId: districts[2].id } });
    expect(taken.json.data.duplicatePriceList.errors[0]).toMatchObject({ field: 'name', code: 'DUPLICATE' });
    const blank = await admin.gql(DUPLICATE, { i: { id: source.id, name: '  ', locationId: districts[2].id } });
    expect(blank.json.data.duplicatePriceList.errors[0]).toMatchObject({ field: 'name', code: 'REQUIRED' });
    const unknown = await admin.gql(DUPLICATE, { i: { id: '999999', name: 'Nowhere', locationId: districts[2].id } });
    expect(unknown.json.data.duplicatePriceList.errors[0]).toMatchObject({ code: 'NOT_FOUND' });
    const there = await admin.gql('query($l: ID) { priceLists(filter: { locationId: $l }) { edges { node { id } } } }', { l: districts[2].id });
    expect(there.json.data.priceLists.edges).toEqual([]);
  });

  it('needs the add right of the kind, and keeps a district user to their area', async () => {
    const manager = await client('manager', 'manager123');
    const refused = await manager.gql(DUPLICATE, { i: { id: source.id, name: 'Manager copy', locationId: districts[0].id } });
    expect(refused.json.data?.duplicatePriceList ?? null).toBeNull();
    expect(refused.json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // a scheme administrator bound to one district
    const roles = await admin.gql('{ roles(first: 50) { edges { node { id name } } } }');
    const role = roles.json.data.roles.edges.map((e: Any) => e.node).find((r: Any) => r.name === 'Scheme Administrator');
    const user = await admin.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } ${ERR} } }`, {
      i: { username: 'districtlists', otherNames: 'Dee', lastName: 'Lists', password: 'district-pass1', roleIds: [role.id], locationIds: [districts[0].id] },
    });
    expect(user.json.data.createUser.errors).toEqual([]);
    const scoped = await client('districtlists', 'district-pass1');
    const outside = await scoped.gql(DUPLICATE, { i: { id: source.id, name: 'Out of area copy', locationId: districts[3].id } });
    expect(outside.json.data?.duplicatePriceList?.priceList ?? null).toBeNull();
    const national = await scoped.gql(DUPLICATE, { i: { id: source.id, name: 'National copy', locationId: null } });
    expect(national.json.data?.duplicatePriceList?.priceList ?? null).toBeNull();
    const lists = await admin.gql('{ priceLists(filter: { search: "copy" }) { edges { node { name } } } }');
    expect(lists.json.data.priceLists.edges.map((e: Any) => e.node.name)).not.toEqual(expect.arrayContaining(['Out of area copy', 'National copy']));
    // a national source (visible to all) into their own district: allowed
    const made = await admin.gql(`mutation($i: CreatePriceListInput!) { createPriceList(input: $i) { priceList { id } ${ERR} } }`, {
      i: { kind: 'S', name: 'National source list' },
    });
    expect(made.json.data.createPriceList.errors).toEqual([]);
    const own = await scoped.gql(DUPLICATE, { i: { id: made.json.data.createPriceList.priceList.id, name: 'District copy', locationId: districts[0].id } });
    expect(own.json.data.duplicatePriceList.errors).toEqual([]);
    expect(own.json.data.duplicatePriceList.priceList).toMatchObject({ kind: 'S', locationId: districts[0].id });
  });
});
