/** The policy domain's products on the real server (both engines): CRUD, rules, rights, scope, history, covered lines. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, type RunningServer, startServer } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: test convenience
type Any = any;

const ERR = 'errors { field code message }';
const PRODUCT =
  'id version code name locationId dateFrom dateTo lumpSum threshold maxMembers startCycle1 startCycle2 renewalDiscountPerc ceilingInterpretation';
const base = (code: string, extra: Record<string, unknown> = {}) => ({ code, name: `Product ${code}`, dateFrom: '2025-01-01', dateTo: '2027-12-31', ...extra });

describe.each(engines)('policy products on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;
  let enrolment: Client;
  const loc = { district: '', region: '', otherRegion: '' };
  let services: string[] = [];
  let items: string[] = [];

  const create = async (input: Record<string, unknown>, client = admin) => {
    const r = await client.gql(`mutation($i: CreateProductInput!) { createProduct(input: $i) { product { ${PRODUCT} } ${ERR} } }`, { i: input });
    return r.json.data?.createProduct ?? r.json;
  };
  const update = async (input: Record<string, unknown>, client = admin) => {
    const r = await client.gql(`mutation($i: UpdateProductInput!) { updateProduct(input: $i) { product { ${PRODUCT} } ${ERR} } }`, { i: input });
    return r.json.data?.updateProduct ?? r.json;
  };
  const codes = async (client: Client, filter: Record<string, unknown> = {}) => {
    const r = await client.gql('query($f: ProductFilter) { products(filter: $f, first: 100) { edges { node { code } } } }', { f: filter });
    expect(r.json.errors).toBeUndefined();
    return r.json.data.products.edges.map((e: Any) => e.node.code) as string[];
  };
  const codesOf = (errors: { code: string; field: string }[]) => errors.map((e) => `${e.field}:${e.code}`);

  beforeAll(async () => {
    server = await startServer(engine);
    admin = new Client(server.url);
    expect((await admin.login('Admin', 'admin123')).errors).toEqual([]);
    enrolment = new Client(server.url);
    expect((await enrolment.login('enrolment', 'enrolment123')).errors).toEqual([]);
    const me = (await enrolment.gql('{ me { locationIds } }')).json.data.me;
    loc.district = me.locationIds[0];
    const district = (await admin.gql('query($id: ID!) { location(id: $id) { type parent { id } } }', { id: loc.district })).json.data.location;
    expect(district.type).toBe('D');
    loc.region = district.parent.id;
    const regions = (await admin.gql('{ locations(filter: {type: "R"}, first: 20) { edges { node { id } } } }')).json.data.locations.edges;
    loc.otherRegion = regions.map((e: Any) => e.node.id).find((id: string) => id !== loc.region);
    services = (await admin.gql('{ medicalServices(first: 30) { edges { node { id } } } }')).json.data.medicalServices.edges.map((e: Any) => e.node.id);
    items = (await admin.gql('{ medicalItems(first: 5) { edges { node { id } } } }')).json.data.medicalItems.edges.map((e: Any) => e.node.id);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  }, 30_000);

  it('seeds the demo products with covered lines', async () => {
    expect(await codes(admin)).toEqual(expect.arrayContaining(['FAM01', 'IND01', 'CYC01', 'REG01']));
    const r = await admin.gql(
      '{ products(filter: {search: "CYC01"}) { edges { node { startCycle1 startCycle4 services(first: 3) { edges { node { priceOrigin limitAdult service { code } } } } } } } }',
    );
    const cyc = r.json.data.products.edges[0].node;
    expect([cyc.startCycle1, cyc.startCycle4]).toEqual(['01-01', '01-10']);
    expect(cyc.services.edges).toHaveLength(3);
    expect(cyc.services.edges[0].node.priceOrigin).toBe('P');
  });

  it('creates and updates a product, with a version conflict on a stale update and history rows', async () => {
    const created = await create(base('TST01', { lumpSum: '50000.50', threshold: 5, maxMembers: 8, startCycle1: '01-07', renewalDiscountPerc: 10 }));
    expect(created.errors).toEqual([]);
    const p = created.product;
    expect(p).toMatchObject({ code: 'TST01', lumpSum: '50000.50', threshold: 5, locationId: null, ceilingInterpretation: 'I', version: 1 });
    const updated = await update({ id: p.id, version: 1, name: 'Renamed', lumpSum: '60000', dateTo: '2028-06-30' });
    expect(updated.errors).toEqual([]);
    expect(updated.product).toMatchObject({ name: 'Renamed', lumpSum: '60000.00', dateTo: '2028-06-30', threshold: 5, version: 2 });
    const stale = await update({ id: p.id, version: 1, name: 'Lost' });
    expect(codesOf(stale.errors)).toEqual(['version:CONFLICT']);
    expect(stale.product.name).toBe('Renamed');
    const h = await admin.gql('query($id: ID!) { history(entityType: "Product", entityId: $id) { edges { node { action username after } } } }', { id: p.id });
    const actions = h.json.data.history.edges.map((e: Any) => e.node.action);
    expect(actions).toEqual(['UPDATE', 'CREATE']);
    expect(h.json.data.history.edges[0].node.after.name).toBe('Renamed');
  });

  it('answers typed user errors for the product rules and stores nothing', async () => {
    const bad = await create(
      base('TST02', {
        dateFrom: '2026-01-01',
        dateTo: '2025-01-01',
        lumpSum: '-1',
        maxMembers: 0,
        renewalDiscountPerc: 101,
        startCycle1: '31-02',
        startCycle2: '1-1',
        gracePeriodPayment: -2,
        ceilingInterpretation: 'X',
      }),
    );
    expect(codesOf(bad.errors).sort()).toEqual(
      [
        'dateTo:DATE_BEFORE_START',
        'lumpSum:OUT_OF_RANGE',
        'maxMembers:OUT_OF_RANGE',
        'renewalDiscountPerc:OUT_OF_RANGE',
        'startCycle1:INVALID_FORMAT',
        'startCycle2:INVALID_FORMAT',
        'gracePeriodPayment:OUT_OF_RANGE',
        'ceilingInterpretation:INVALID',
      ].sort(),
    );
    expect(bad.product).toBeNull();
    expect(codesOf((await create(base('TOOLONGCODE'))).errors)).toEqual(['code:TOO_LONG']);
    expect(codesOf((await create(base('TST03', { name: '  ' }))).errors)).toEqual(['name:REQUIRED']);
    expect(codesOf((await create(base('TST04', { lumpSum: null }))).errors)).toEqual(['lumpSum:REQUIRED']);
    expect(await codes(admin, { search: 'TST0' })).toEqual(['TST01']);
    // an update is checked merged with the stored product: dateFrom alone past the stored dateTo
    const p = (await admin.gql('{ products(filter: {search: "TST01"}) { edges { node { id version } } } }')).json.data.products.edges[0].node;
    expect(codesOf((await update({ id: p.id, version: p.version, dateFrom: '2029-01-01' })).errors)).toEqual(['dateTo:DATE_BEFORE_START']);
    // a village is not a product location
    const village = (await admin.gql('{ locations(filter: {type: "V"}, first: 1) { edges { node { id } } } }')).json.data.locations.edges[0].node.id;
    expect(codesOf((await create(base('TST05', { locationId: village }))).errors)).toEqual(['locationId:INVALID']);
  });

  it('keeps codes unique', async () => {
    expect(codesOf((await create(base('FAM01'))).errors)).toEqual(['code:DUPLICATE']);
    const p = (await create(base('TST06'))).product;
    expect(codesOf((await update({ id: p.id, version: p.version, code: 'IND01' })).errors)).toEqual(['code:DUPLICATE']);
  });

  it('duplicates a product with its covered services and items (121005)', async () => {
    const src = (
      await admin.gql(
        '{ products(filter: {search: "FAM01"}, first: 1) { edges { node { id lumpSum threshold services(first: 50) { edges { node { service { id } } } } items(first: 50) { edges { cursor } } } } } }',
      )
    ).json.data.products.edges[0].node;
    const r = await admin.gql(
      `mutation($i: DuplicateProductInput!) { duplicateProduct(input: $i) { product { ${PRODUCT} services(first: 50) { edges { node { service { id } } } } items(first: 50) { edges { cursor } } } ${ERR} } }`,
      { i: { id: src.id, code: 'FAM02', name: 'Family Basic 2' } },
    );
    const dup = r.json.data.duplicateProduct;
    expect(dup.errors).toEqual([]);
    expect(dup.product).toMatchObject({ code: 'FAM02', name: 'Family Basic 2', lumpSum: src.lumpSum, threshold: src.threshold, version: 1 });
    expect(dup.product.id).not.toBe(src.id);
    expect(dup.product.services.edges).toEqual(src.services.edges);
    expect(dup.product.items.edges).toHaveLength(src.items.edges.length);
    const again = await admin.gql(`mutation($i: DuplicateProductInput!) { duplicateProduct(input: $i) { ${ERR} } }`, {
      i: { id: src.id, code: 'FAM02', name: 'X' },
    });
    expect(codesOf(again.json.data.duplicateProduct.errors)).toEqual(['code:DUPLICATE']);
    const h = await admin.gql('query($id: ID!) { history(entityType: "Product", entityId: $id) { edges { node { action after } } } }', { id: dup.product.id });
    expect(h.json.data.history.edges[0].node).toMatchObject({ action: 'CREATE', after: { duplicatedFrom: Number(src.id) } });
  });

  it('covers services and items in bulk, with settings, removal, conflict and validation', async () => {
    let p = (await create(base('TST07'))).product;
    const set = async (input: Record<string, unknown>, kind = 'Services') => {
      const r = await admin.gql(`mutation($i: SetProduct${kind}Input!) { setProduct${kind}(input: $i) { product { id version } ${ERR} } }`, { i: input });
      return r.json.data[`setProduct${kind}`];
    };
    const added = await set({
      id: p.id,
      version: p.version,
      serviceIds: services.slice(0, 25),
      settings: { limitationType: 'F', limitAdult: '5000', waitingPeriodAdult: 3 },
    });
    expect(added.errors).toEqual([]);
    p = added.product;
    const lines = async () =>
      (
        await admin.gql(
          'query($id: ID!) { product(id: $id) { services(first: 50) { edges { node { limitationType limitAdult limitChild waitingPeriodAdult service { id } } } } } }',
          {
            id: p.id,
          },
        )
      ).json.data.product.services.edges.map((e: Any) => e.node);
    let got = await lines();
    expect(got).toHaveLength(25);
    expect(got[0]).toMatchObject({ limitationType: 'F', limitAdult: '5000.00', limitChild: '100.00', waitingPeriodAdult: 3 });
    // stale version: nothing changes
    expect(codesOf((await set({ id: p.id, version: 1, remove: services.slice(0, 5) })).errors)).toEqual(['version:CONFLICT']);
    // co-insurance over 100 % and a negative quantity are refused
    const bad = await set({ id: p.id, version: p.version, serviceIds: [services[0]], settings: { limitAdult: '150', limitNoChild: -1 } });
    expect(codesOf(bad.errors).sort()).toEqual(['settings.limitAdult:OUT_OF_RANGE', 'settings.limitNoChild:OUT_OF_RANGE']);
    // an unknown service
    expect(codesOf((await set({ id: p.id, version: p.version, serviceIds: ['999999'] })).errors)).toEqual(['serviceIds:INVALID']);
    // re-set some (defaults again) and remove others
    const changed = await set({ id: p.id, version: p.version, serviceIds: services.slice(0, 2), remove: services.slice(20, 25) });
    expect(changed.errors).toEqual([]);
    p = changed.product;
    got = await lines();
    expect(got).toHaveLength(20);
    expect(got.find((l: Any) => l.service.id === services[0])).toMatchObject({ limitationType: 'C', limitAdult: '100.00' });
    // keyset pages of the covered lines: every line once, in service id order; a forged cursor is refused
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Any = (
        await admin.gql(
          'query($id: ID!, $after: String) { product(id: $id) { services(first: 7, after: $after) { edges { node { service { id } } } pageInfo { hasNextPage endCursor } } } }',
          {
            id: p.id,
            after,
          },
        )
      ).json.data.product.services;
      seen.push(...page.edges.map((e: Any) => e.node.service.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(got.map((l: Any) => l.service.id));
    expect(new Set(seen).size).toBe(20);
    expect(seen.map(Number)).toEqual([...seen.map(Number)].sort((a, b) => a - b));
    const forged = await admin.gql('query($id: ID!) { product(id: $id) { services(first: 7, after: "bm90LWFuLWlk") { edges { cursor } } } }', { id: p.id });
    expect(forged.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const itemSet = await set({ id: p.id, version: p.version, itemIds: items, settings: { priceOrigin: 'O', ceilingExclusionAdult: 'H' } }, 'Items');
    expect(itemSet.errors).toEqual([]);
    const it = (
      await admin.gql('query($id: ID!) { product(id: $id) { items(first: 2) { edges { node { priceOrigin ceilingExclusionAdult item { id } } } } } }', {
        id: p.id,
      })
    ).json.data.product.items.edges;
    expect(it[0].node).toMatchObject({ priceOrigin: 'O', ceilingExclusionAdult: 'H' });
    const h = await admin.gql('query($id: ID!) { history(entityType: "Product", entityId: $id) { totalCount } }', { id: p.id });
    expect(h.json.data.history.totalCount).toBe(4);
  });

  it('refuses product changes to a user without the rights', async () => {
    const r = await enrolment.gql(`mutation($i: CreateProductInput!) { createProduct(input: $i) { product { id } ${ERR} } }`, { i: base('TST08') });
    expect(r.json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await codes(admin, { search: 'TST08' })).toEqual([]);
    const p = (await admin.gql('{ products(filter: {search: "FAM01"}) { edges { node { id version } } } }')).json.data.products.edges[0].node;
    const u = await enrolment.gql(`mutation($i: UpdateProductInput!) { updateProduct(input: $i) { ${ERR} } }`, {
      i: { id: p.id, version: p.version, name: 'Hacked' },
    });
    expect(u.json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const d = await enrolment.gql(`mutation($i: DuplicateProductInput!) { duplicateProduct(input: $i) { ${ERR} } }`, {
      i: { id: p.id, code: 'HACK1', name: 'Hack' },
    });
    expect(d.json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('scopes products: a district officer sees national ones and those of their district and region, not another region', async () => {
    const dis = (await create(base('SCDIS', { locationId: loc.district }))).product;
    const reg = (await create(base('SCREG', { locationId: loc.region }))).product;
    const oth = (await create(base('SCOTH', { locationId: loc.otherRegion }))).product;
    expect([dis, reg, oth].every(Boolean)).toBe(true);
    const seen = await codes(enrolment);
    expect(seen).toEqual(expect.arrayContaining(['FAM01', 'IND01', 'CYC01', 'SCDIS', 'SCREG']));
    expect(seen).not.toContain('SCOTH');
    expect(await codes(admin)).toContain('SCOTH');
    expect((await enrolment.gql('query($id: ID!) { product(id: $id) { id } }', { id: oth.id })).json.data.product).toBeNull();
    expect((await enrolment.gql('query($id: ID!) { product(id: $id) { code } }', { id: dis.id })).json.data.product.code).toBe('SCDIS');
    // the location filter: products that apply there (national, the district, its region), in the other region none of these
    const inDistrict = await codes(admin, { locationId: loc.district });
    expect(inDistrict).toEqual(expect.arrayContaining(['FAM01', 'SCDIS', 'SCREG']));
    expect(inDistrict).not.toContain('SCOTH');
    expect(await codes(admin, { locationId: loc.otherRegion })).not.toContain('SCDIS');
  });

  it('a district product editor changes only the products of their district and copies national ones into it', async () => {
    const role = await admin.gql('mutation($i: CreateRoleInput!) { createRole(input: $i) { role { id } errors { code } } }', {
      i: { name: 'District product editor', rights: [121001, 121002, 121003, 121005] },
    });
    const roleId = role.json.data.createRole.role.id;
    const user = await admin.gql('mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } errors { field code } } }', {
      i: { username: 'prodeditor', password: 'prodeditor123', lastName: 'Editor', otherNames: 'Product', roleIds: [roleId], locationIds: [loc.district] },
    });
    expect(user.json.data.createUser.errors).toEqual([]);
    const editor = new Client(server.url);
    expect((await editor.login('prodeditor', 'prodeditor123')).errors).toEqual([]);
    // a national product or one in another region: refused, nothing created
    expect(codesOf((await create(base('ED001'), editor)).errors)).toEqual(['null:FORBIDDEN']);
    expect(codesOf((await create(base('ED002', { locationId: loc.otherRegion }), editor)).errors)).toEqual(['null:FORBIDDEN']);
    expect(await codes(admin, { search: 'ED00' })).toEqual([]);
    const mine = await create(base('ED003', { locationId: loc.district }), editor);
    expect(mine.errors).toEqual([]);
    // the region's product is visible but not theirs to change, nor to move a product of theirs to
    const reg = (await admin.gql('{ products(filter: {search: "SCREG"}) { edges { node { id version } } } }')).json.data.products.edges[0].node;
    expect(codesOf((await update({ id: reg.id, version: reg.version, name: 'Mine now' }, editor)).errors)).toEqual(['null:FORBIDDEN']);
    expect(codesOf((await update({ id: mine.product.id, version: 1, locationId: null }, editor)).errors)).toEqual(['null:FORBIDDEN']);
    // a national product copied: into their district only
    const fam = (await admin.gql('{ products(filter: {search: "FAM01"}) { edges { node { id } } } }')).json.data.products.edges[0].node;
    const dup = (input: Record<string, unknown>) =>
      editor.gql(`mutation($i: DuplicateProductInput!) { duplicateProduct(input: $i) { product { code locationId } ${ERR} } }`, { i: input });
    expect(codesOf((await dup({ id: fam.id, code: 'ED004', name: 'Copy' })).json.data.duplicateProduct.errors)).toEqual(['null:FORBIDDEN']);
    const copy = (await dup({ id: fam.id, code: 'ED005', name: 'Copy', locationId: loc.district })).json.data.duplicateProduct;
    expect(copy.errors).toEqual([]);
    expect(copy.product).toEqual({ code: 'ED005', locationId: loc.district });
  });

  it('lets product readers (the manager: 121001 only) read the covered services and items, catalogue fields only', async () => {
    const manager = new Client(server.url);
    expect((await manager.login('manager', 'manager123')).errors).toEqual([]);
    const lines = await manager.gql(
      '{ products(filter: {search: "FAM01"}) { edges { node { services(first: 2) { edges { node { service { code name price } } } } items(first: 2) { edges { node { item { code name } } } } } } } }',
    );
    expect(lines.json.errors).toBeUndefined();
    const product = lines.json.data.products.edges[0].node;
    expect(product.services.edges[0].node.service.code).toBeTruthy();
    expect(product.items.edges[0].node.item.name).toBeTruthy();
    // the catalogue itself and the fields outside the covered-line view stay with the medical rights
    expect((await manager.gql('{ medicalServices(first: 1) { edges { node { id } } } }')).json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const hidden = await manager.gql(
      '{ products(filter: {search: "FAM01"}) { edges { node { services(first: 1) { edges { node { service { frequency } } } } } } } }',
    );
    expect(hidden.json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('filters by validity date', async () => {
    await create(base('OLD01', { dateFrom: '2010-01-01', dateTo: '2012-12-31' }));
    expect(await codes(admin, { validAt: '2011-06-01' })).toEqual(['OLD01']);
    const now = await codes(admin, { validAt: '2026-06-01' });
    expect(now).toContain('FAM01');
    expect(now).not.toContain('OLD01');
  });
});
