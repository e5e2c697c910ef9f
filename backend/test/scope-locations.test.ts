/**
 * Issue 7 section 2, the gaps: location lists and pickers and price lists follow the user's area.
 * A district-bound user (the demo `enrolment`, bound to the first district by the seed) and the
 * receptionist (at hospital HFH001, so scoped to its district) see the locations of their area,
 * the path above it (their region) and nothing beside it; price lists of their area, of their
 * region and national ones; mutations outside are refused (FORBIDDEN) and change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, type RunningServer, startServer } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: test convenience
type Any = any;

const ERR = 'errors { field code message }';
const codes = (r: { json: { errors?: { extensions?: Any }[] } }) => (r.json.errors ?? []).map((e) => e.extensions?.code);
const LIST = 'query($f: LocationFilter) { locations(filter: $f, first: 100, exactCount: true) { totalCount edges { node { id code type parentId } } } }';

describe.each(engines)('locations and price lists in the user area on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;
  let enrolment: Client;
  let receptionist: Client;
  /** IMIS Administrator rights, bound to the enrolment officer's district. */
  let districtAdmin: Client;
  let district: Any;
  let region: Any;
  let otherRegion: Any;
  let otherDistrict: Any;
  /** Every location of the district and below (ids). */
  const below = new Set<string>();

  const client = async (username: string, password: string) => {
    const c = new Client(server.url);
    const login = await c.login(username, password);
    expect(login.errors).toEqual([]);
    return c;
  };
  const locs = async (c: Client, f: Record<string, unknown> = {}) => {
    const r = await c.gql(LIST, { f });
    expect(r.json.errors).toBeUndefined();
    return r.json.data.locations as { totalCount: number; edges: { node: Any }[] };
  };

  beforeAll(async () => {
    server = await startServer(engine);
    admin = await client('Admin', 'admin123');
    enrolment = await client('enrolment', 'enrolment123');
    receptionist = await client('receptionist', 'receptionist123');
    const me = await enrolment.gql('{ me { locationIds } }');
    expect(me.json.data.me.locationIds).toHaveLength(1);
    const d = await admin.gql('query($id: ID!) { location(id: $id) { id code type parentId } }', { id: me.json.data.me.locationIds[0] });
    district = d.json.data.location;
    expect(district.type).toBe('D');
    const regions = (await locs(admin, { type: 'R' })).edges.map((e) => e.node);
    region = regions.find((r) => r.id === district.parentId);
    otherRegion = regions.find((r) => r.id !== district.parentId);
    otherDistrict = (await locs(admin, { type: 'D', parentId: otherRegion.id })).edges[0]?.node;
    expect(otherDistrict).toBeTruthy();
    let level = [district.id];
    while (level.length) {
      for (const id of level) below.add(id);
      const next: string[] = [];
      for (const id of level) next.push(...(await locs(admin, { parentId: id })).edges.map((e) => e.node.id));
      level = next;
    }
    const roles = await admin.gql('{ roles(first: 100) { edges { node { id name } } } }');
    const imis = roles.json.data.roles.edges.find((e: Any) => e.node.name === 'IMIS Administrator').node.id;
    const created = await admin.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } ${ERR} } }`, {
      i: { username: 'districtadmin', otherNames: 'District', lastName: 'Admin', password: 'password123', roleIds: [imis], locationIds: [district.id] },
    });
    expect(created.json.data.createUser.errors).toEqual([]);
    districtAdmin = await client('districtadmin', 'password123');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('the picker walks from the region of the district down to the villages, nothing beside', async () => {
    const r = await locs(enrolment, { type: 'R' });
    expect(r.edges.map((e) => e.node.id)).toEqual([region.id]);
    const d = await locs(enrolment, { type: 'D', parentId: region.id });
    expect(d.edges.map((e) => e.node.id)).toEqual([district.id]);
    // under the district, the same as a national user sees
    const m = await locs(enrolment, { type: 'M', parentId: district.id });
    expect(m.totalCount).toBe((await locs(admin, { type: 'M', parentId: district.id })).totalCount);
    expect(m.totalCount).toBeGreaterThan(0);
    expect((await locs(enrolment, { type: 'D', parentId: otherRegion.id })).totalCount).toBe(0);
    // the whole list: the area and the path above it
    const all = await locs(enrolment);
    expect(all.totalCount).toBe(below.size + 1);
    for (const e of all.edges) expect(below.has(e.node.id) || e.node.id === region.id).toBe(true);
    // a search for a location beside the area finds nothing
    expect((await locs(enrolment, { search: otherDistrict.code })).totalCount).toBe(0);
  });

  it('by id: the area and its path, never beside; the receptionist follows its hospital district', async () => {
    const q = 'query($id: ID!) { location(id: $id) { id name version parent { id name } } }';
    const own = await enrolment.gql(q, { id: district.id });
    expect(own.json.errors).toBeUndefined();
    expect(own.json.data.location.parent.id).toBe(region.id);
    expect((await enrolment.gql(q, { id: region.id })).json.data.location.id).toBe(region.id);
    expect((await enrolment.gql(q, { id: otherDistrict.id })).json.data.location).toBeNull();
    expect((await enrolment.gql(q, { id: otherRegion.id })).json.data.location).toBeNull();

    const hf = await receptionist.gql('{ me { healthFacility { location { id name parent { id name } } } } }');
    expect(hf.json.errors).toBeUndefined();
    const hospitalDistrict = hf.json.data.me.healthFacility.location;
    const regions = await locs(receptionist, { type: 'R' });
    expect(regions.edges.map((e) => e.node.id)).toEqual([hospitalDistrict.parent.id]);
    const districts = await locs(receptionist, { type: 'D' });
    expect(districts.edges.map((e) => e.node.id)).toEqual([hospitalDistrict.id]);
    const total = (await locs(admin)).totalCount;
    expect((await locs(receptionist)).totalCount).toBeLessThan(total);
    expect((await receptionist.gql(q, { id: otherRegion.id })).json.data.location).toBeNull();
  });

  it('location changes stay inside the area: no region, nothing under the region, nothing beside', async () => {
    const create = (input: Record<string, unknown>) =>
      districtAdmin.gql(`mutation($i: CreateLocationInput!) { createLocation(input: $i) { location { id } ${ERR} } }`, { i: input });
    const newRegion = await create({ code: 'SCR1', name: 'Scoped region', type: 'R' });
    expect(newRegion.json.data.createLocation.errors[0].code).toBe('FORBIDDEN');
    const newDistrict = await create({ code: 'SCD1', name: 'Scoped district', type: 'D', parentId: region.id });
    expect(newDistrict.json.data.createLocation.errors[0].code).toBe('FORBIDDEN');
    const ok = await create({ code: 'SCM1', name: 'Scoped ward', type: 'M', parentId: district.id });
    expect(ok.json.data.createLocation.errors).toEqual([]);
    const current = await admin.gql('query($id: ID!) { location(id: $id) { version name } }', { id: region.id });
    const rename = await districtAdmin.gql(`mutation($i: UpdateLocationInput!) { updateLocation(input: $i) { location { id } ${ERR} } }`, {
      i: { id: region.id, version: current.json.data.location.version, name: 'Renamed' },
    });
    expect(rename.json.data.updateLocation.errors[0].code).toBe('FORBIDDEN');
    const after = await admin.gql('query($id: ID!) { location(id: $id) { version name } }', { id: region.id });
    expect(after.json.data.location).toEqual(current.json.data.location);
    const found = await admin.gql('{ a: locations(filter: { search: "SCR1" }) { totalCount } b: locations(filter: { search: "SCD1" }) { totalCount } }');
    expect([found.json.data.a.totalCount, found.json.data.b.totalCount]).toEqual([0, 0]);
  });

  it('price lists: those of the area, the region above and national ones; changes only in the area', async () => {
    const LISTS = '{ priceLists(first: 100, exactCount: true) { totalCount edges { node { id name kind version location { id } } } } }';
    const mk = async (name: string, locationId: string | null, kind = 'S') => {
      const r = await admin.gql(`mutation($i: CreatePriceListInput!) { createPriceList(input: $i) { priceList { id version } ${ERR} } }`, {
        i: { kind, name, locationId },
      });
      expect(r.json.data.createPriceList.errors).toEqual([]);
      return r.json.data.createPriceList.priceList;
    };
    const national = await mk('Scope national list', null);
    const beside = await mk('Scope other district list', otherDistrict.id);
    const own = await mk('Scope district list', district.id, 'I');
    const all = (await admin.gql(LISTS)).json.data.priceLists;
    const seen = (await districtAdmin.gql(LISTS)).json.data.priceLists;
    expect(seen.totalCount).toBeLessThan(all.totalCount);
    const seenIds = seen.edges.map((e: Any) => e.node.id);
    for (const e of seen.edges) expect([null, region.id, district.id]).toContain(e.node.location?.id ?? null);
    expect(seenIds).toContain(national.id);
    expect(seenIds).toContain(own.id);
    expect(seenIds).not.toContain(beside.id);
    const regional = seen.edges.find((e: Any) => e.node.location?.id === region.id && e.node.kind === 'S').node;
    const otherRegional = all.edges.find((e: Any) => e.node.location?.id === otherRegion.id).node;
    const byId = 'query($id: ID!) { priceList(id: $id) { id } }';
    expect((await districtAdmin.gql(byId, { id: beside.id })).json.data.priceList).toBeNull();
    expect((await districtAdmin.gql(byId, { id: otherRegional.id })).json.data.priceList).toBeNull();
    expect((await districtAdmin.gql(byId, { id: regional.id })).json.data.priceList.id).toBe(regional.id);
    // the service picker limited to a price list: only a list the user sees
    const picker = 'query($l: ID) { medicalServices(filter: { priceListId: $l }, first: 5) { edges { node { id } } } }';
    expect(codes(await districtAdmin.gql(picker, { l: otherRegional.id }))).toEqual(['FORBIDDEN']);
    expect((await districtAdmin.gql(picker, { l: regional.id })).json.data.medicalServices.edges.length).toBeGreaterThan(0);

    // changes: a national list, the region's list, a list beside: refused; their district's list: allowed
    const create = await districtAdmin.gql(`mutation { createPriceList(input: { kind: "S", name: "Scope refused" }) { ${ERR} } }`);
    expect(create.json.data.createPriceList.errors[0].code).toBe('FORBIDDEN');
    const inRegion = await districtAdmin.gql(`mutation($l: ID) { createPriceList(input: { kind: "S", name: "Scope refused", locationId: $l }) { ${ERR} } }`, {
      l: region.id,
    });
    expect(inRegion.json.data.createPriceList.errors[0].code).toBe('FORBIDDEN');
    const update = (input: Record<string, unknown>) =>
      districtAdmin.gql(`mutation($i: UpdatePriceListInput!) { updatePriceList(input: $i) { priceList { id version } ${ERR} } }`, { i: input });
    for (const list of [regional, national, beside]) {
      const r = await update({ id: list.id, version: list.version, name: 'Hijacked' });
      expect(r.json.data.updatePriceList.errors[0].code).toBe('FORBIDDEN');
    }
    const entries = await districtAdmin.gql(`mutation($i: SetPriceListEntriesInput!) { setPriceListEntries(input: $i) { ${ERR} } }`, {
      i: { id: regional.id, version: regional.version, remove: ['1'] },
    });
    expect(entries.json.data.setPriceListEntries.errors[0].code).toBe('FORBIDDEN');
    const del = await districtAdmin.gql(`mutation($id: ID!, $v: Int!) { deletePriceList(input: { id: $id, version: $v }) { ${ERR} } }`, {
      id: beside.id,
      v: beside.version,
    });
    expect(del.json.data.deletePriceList.errors[0].code).toBe('FORBIDDEN');
    // their own list: renamed, but never made national
    const toNational = await update({ id: own.id, version: own.version, locationId: null });
    expect(toNational.json.data.updatePriceList.errors[0].code).toBe('FORBIDDEN');
    const renamed = await update({ id: own.id, version: own.version, name: 'Scope district list 2' });
    expect(renamed.json.data.updatePriceList.errors).toEqual([]);
    const names = (await admin.gql(LISTS)).json.data.priceLists.edges.map((e: Any) => e.node.name);
    expect(names).not.toContain('Hijacked');
    expect(names).not.toContain('Scope refused');
  });

  it('a facility of the area may use a price list the user sees, not one beside', async () => {
    const hf = await districtAdmin.gql('{ healthFacilities(first: 1) { edges { node { id version locationId servicePriceList { id } } } } }');
    expect(hf.json.errors).toBeUndefined();
    const facility = hf.json.data.healthFacilities.edges[0].node;
    expect(below.has(facility.locationId)).toBe(true);
    const lists = (await admin.gql('{ priceLists(filter: { kind: "S" }, first: 100) { edges { node { id location { id } } } } }')).json.data.priceLists.edges;
    const beside = lists.find((e: Any) => e.node.location?.id === otherRegion.id).node;
    const regional = lists.find((e: Any) => e.node.location?.id === region.id).node;
    const set = (listId: string, version: number) =>
      districtAdmin.gql(`mutation($i: UpdateHealthFacilityInput!) { updateHealthFacility(input: $i) { healthFacility { version } ${ERR} } }`, {
        i: { id: facility.id, version, servicePriceListId: listId },
      });
    expect((await set(beside.id, facility.version)).json.data.updateHealthFacility.errors[0].code).toBe('FORBIDDEN');
    const ok = await set(regional.id, facility.version);
    expect(ok.json.data.updateHealthFacility.errors).toEqual([]);
  });
});
