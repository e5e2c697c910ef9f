/** Eligibility, renewals, covered insurees, product reading by policy staff and deleteProduct on the real server (both engines). */
import { addDays, addMonths } from '@kente/contract-policy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, type RunningServer, startServer } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: test convenience
type Any = any;

const ERR = 'errors { field code message }';
const today = new Date().toISOString().slice(0, 10);
const lastMonth = addMonths(today, -1);
const ELIGIBILITY = `date insuree { id insuranceNumber } policies { policyId productCode productName status startDate effectiveDate expiryDate
  amounts { field max used remaining } counts { field max used remaining } }`;
const RENEWALS = 'edges { node { id renewalDate renewalProductId blockers policy { id expiryDate } } } pageInfo { hasNextPage endCursor }';
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

describe.each(engines)('policy eligibility and renewals on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;
  let clerk: Client;
  let elsewhere: Client;
  let near: Client;
  let schemeadmin: Client;
  /** a seeded Active policy of a family in the enrolment officer's district, with its family's members */
  let active: Any;
  let member: Any;
  let district = '';
  let village = '';

  const gql = async (client: Client, query: string, variables?: Record<string, unknown>) => {
    const r = await client.gql(query, variables);
    return r.json;
  };
  const ok = async (client: Client, query: string, variables?: Record<string, unknown>) => {
    const r = await gql(client, query, variables);
    expect(r.errors).toBeUndefined();
    return r.data;
  };
  const mutate = async (client: Client, name: string, type: string, input: Record<string, unknown>, out: string) =>
    (await ok(client, `mutation($i: ${type}!) { ${name}(input: $i) { ${out} ${ERR} } }`, { i: input }))[name];
  const eligibility = async (client: Client, number: string, date?: string) =>
    (await ok(client, `query($n: String!, $d: Date) { eligibility(insuranceNumber: $n, date: $d) { ${ELIGIBILITY} } }`, { n: number, d: date })).eligibility;
  const renewals = async (client: Client, filter: Record<string, unknown>, first = 100) =>
    (await ok(client, `query($f: PolicyRenewalFilter, $first: Int) { policyRenewals(filter: $f, first: $first) { ${RENEWALS} } }`, { f: filter, first }))
      .policyRenewals;
  const userWith = async (name: string, rights: number[], locationIds: string[]) => {
    const role = await mutate(admin, 'createRole', 'CreateRoleInput', { name, rights }, 'role { id }');
    expect(role.errors).toEqual([]);
    const user = await mutate(
      admin,
      'createUser',
      'CreateUserInput',
      { username: name, password: `${name}12345`, lastName: name, otherNames: 'Test', roleIds: [role.role.id], locationIds },
      'user { id }',
    );
    expect(user.errors).toEqual([]);
    const client = new Client(server.url);
    expect((await client.login(name, `${name}12345`)).errors).toEqual([]);
    return client;
  };
  const createProduct = async (input: Record<string, unknown>) => {
    const r = await mutate(
      admin,
      'createProduct',
      'CreateProductInput',
      { dateFrom: '2024-01-01', dateTo: '2030-12-31', premiumAdult: '100', ...input },
      'product { id version code }',
    );
    expect(r.errors).toEqual([]);
    return r.product;
  };

  beforeAll(async () => {
    server = await startServer(engine);
    admin = new Client(server.url);
    expect((await admin.login('Admin', 'admin123')).errors).toEqual([]);
    schemeadmin = new Client(server.url);
    expect((await schemeadmin.login('schemeadmin', 'schemeadmin123')).errors).toEqual([]);
    const enrolment = new Client(server.url);
    expect((await enrolment.login('enrolment', 'enrolment123')).errors).toEqual([]);
    district = (await ok(enrolment, '{ me { locationIds } }')).me.locationIds[0];
    const policies = (
      await ok(
        enrolment,
        '{ policies(filter: {status: 2}, first: 20) { edges { node { id familyId productId stage startDate effectiveDate expiryDate product { code maxMembers } family { village { id } members { id insuranceNumber status } } } } } }',
      )
    ).policies.edges.map((e: Any) => e.node);
    active = policies.find((p: Any) => p.family.members.length >= 3);
    expect(active).toBeTruthy();
    village = active.family.village.id;
    member = active.family.members[1];
    const districts = (await ok(admin, '{ locations(filter: {type: "D"}, first: 50) { edges { node { id } } } }')).locations.edges.map((e: Any) => e.node.id);
    const other = districts.find((id: string) => id !== district);
    // policy staff without product or insuree rights, in the officer's district
    clerk = await userWith('policyclerk', [101201, 101202, 101203, 101204, 101205], [district]);
    elsewhere = await userWith('farofficer', [101105, 101201, 101205], [other]);
    near = await userWith('nearofficer', [101105, 101201], [district]);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  }, 30_000);

  it('covers the family members on the policy, at most maxMembers, deceased left out', async () => {
    const read = await ok(admin, 'query($id: ID!) { policy(id: $id) { insurees { id } } }', { id: active.id });
    const alive = active.family.members.filter((m: Any) => m.status !== 'DECEASED').map((m: Any) => m.id);
    expect(alive.length).toBeLessThanOrEqual(active.product.maxMembers);
    expect(read.policy.insurees.map((i: Any) => i.id).sort()).toEqual([...alive].sort());
    const one = await createProduct({ code: 'ONE01', name: 'One member', maxMembers: 1 });
    const created = await mutate(
      admin,
      'createPolicy',
      'CreatePolicyInput',
      { familyId: active.familyId, productId: one.id, enrolDate: lastMonth },
      'policy { id insurees { id } }',
    );
    expect(created.errors).toEqual([]);
    expect(created.policy.insurees).toHaveLength(1);
    // Insuree.policies: the new one-member policy covers one member only
    const head = created.policy.insurees[0].id;
    const other = alive.find((id: string) => id !== head && id !== active.family.members[0].id);
    const policiesOf = async (id: string) =>
      (await ok(admin, 'query($id: ID!) { insuree(id: $id) { policies { id } } }', { id })).insuree.policies.map((p: Any) => p.id);
    expect(await policiesOf(head)).toEqual(expect.arrayContaining([created.policy.id, active.id]));
    expect(await policiesOf(other)).not.toContain(created.policy.id);
    // a deceased member is no longer covered
    const m = (await ok(admin, 'query($id: ID!) { insuree(id: $id) { id version } }', { id: other })).insuree;
    const dead = await mutate(
      admin,
      'setInsureeStatus',
      'SetInsureeStatusInput',
      { id: other, status: 'DECEASED', statusDate: today, version: m.version },
      'insuree { id }',
    );
    expect(dead.errors).toEqual([]);
    const after = await ok(admin, 'query($id: ID!) { policy(id: $id) { insurees { id } } }', { id: active.id });
    expect(after.policy.insurees.map((i: Any) => i.id)).not.toContain(other);
    // without insuree rights the type rules refuse the insuree's fields
    const byClerk = await gql(clerk, 'query($id: ID!) { policy(id: $id) { id insurees { lastName } } }', { id: active.id });
    expect(byClerk.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers the policies in force on a date with their limits', async () => {
    const from = active.effectiveDate ?? active.startDate;
    const head = active.family.members[0].insuranceNumber;
    const atStart = await eligibility(admin, head, from);
    expect(atStart.insuree.insuranceNumber).toBe(head);
    const policy = atStart.policies.find((p: Any) => p.policyId === active.id);
    expect(policy).toMatchObject({ productCode: active.product.code, status: 2, expiryDate: active.expiryDate });
    const limit = [...policy.amounts, ...policy.counts][0];
    expect(limit).toBeTruthy();
    expect(limit.remaining).toEqual(limit.max);
    expect(Number(limit.used)).toBe(0);
    expect((await eligibility(admin, head, addDays(from, -1))).policies.map((p: Any) => p.policyId)).not.toContain(active.id);
    expect((await eligibility(admin, head, active.expiryDate)).policies.map((p: Any) => p.policyId)).toContain(active.id);
    expect((await eligibility(admin, head, addDays(active.expiryDate, 1))).policies.map((p: Any) => p.policyId)).not.toContain(active.id);
    // the default date is today
    expect((await eligibility(admin, head)).date).toBe(today);
    // unknown: no insuree, not an error
    expect(await eligibility(admin, 'NOSUCH999')).toEqual({ date: today, insuree: null, policies: [] });
  });

  it('never counts idle or suspended policies as in force', async () => {
    const all = (
      await ok(admin, '{ policies(first: 30) { edges { node { id status version startDate expiryDate family { members { insuranceNumber } } } } } }')
    ).policies.edges.map((e: Any) => e.node);
    const idle = all.find((p: Any) => p.status === 1);
    const idleOwner = idle.family.members[0].insuranceNumber;
    expect((await eligibility(admin, idleOwner, idle.startDate)).policies.map((p: Any) => p.policyId)).not.toContain(idle.id);
    const another = all.find((p: Any) => p.status === 2 && p.id !== active.id && p.expiryDate >= today);
    const owner = another.family.members[0].insuranceNumber;
    expect((await eligibility(admin, owner, today)).policies.map((p: Any) => p.policyId)).toContain(another.id);
    const suspended = await mutate(admin, 'suspendPolicy', 'PolicyVersionInput', { id: another.id, version: another.version }, 'policy { status }');
    expect(suspended.errors).toEqual([]);
    expect((await eligibility(admin, owner, today)).policies.map((p: Any) => p.policyId)).not.toContain(another.id);
  });

  it('answers an officer of another district as for an unknown number; needs 101105 or 101201', async () => {
    const number = member.insuranceNumber;
    expect((await eligibility(near, number, today)).insuree?.insuranceNumber).toBe(number);
    expect(await eligibility(elsewhere, number, today)).toEqual({ date: today, insuree: null, policies: [] });
    const denied = await gql(schemeadmin, '{ eligibility(insuranceNumber: "X") { date } }');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists policies expiring within the window, not renewed yet, with blockers', async () => {
    const days = daysBetween(today, active.expiryDate);
    // every page of the window (the demo seed puts many policies in it), through keyset pages of `size`
    const allPages = async (size: number) => {
      const edges: Any[] = [];
      let after: string | null = null;
      for (let page = 0; page < 200; page++) {
        const r: Any = (
          await ok(admin, `query($f: PolicyRenewalFilter, $a: String, $n: Int) { policyRenewals(filter: $f, first: $n, after: $a) { ${RENEWALS} } }`, {
            f: { days },
            a: after,
            n: size,
          })
        ).policyRenewals;
        edges.push(...r.edges);
        if (!r.pageInfo.hasNextPage) return edges;
        after = r.pageInfo.endCursor;
      }
      throw new Error('more than 200 pages');
    };
    const within = { edges: await allPages(100) };
    const row = within.edges.find((e: Any) => e.node.policy.id === active.id)?.node;
    expect(row).toMatchObject({ renewalDate: addDays(active.expiryDate, 1), renewalProductId: active.productId });
    expect(row.blockers).toContain('NO_OFFICER');
    expect(row.blockers).not.toContain('PRODUCT_EXPIRED');
    const expiries = within.edges.map((e: Any) => e.node.policy.expiryDate);
    expect(expiries).toEqual([...expiries].sort());
    expect(expiries.every((d: string) => d >= today)).toBe(true);
    expect((await renewals(admin, { days: days - 1, locationId: village })).edges.map((e: Any) => e.node.id)).not.toContain(active.id);
    // smaller keyset pages on (expiry, id) give the same rows in the same order
    const paged = (await allPages(7)).map((e: Any) => e.node.id);
    expect(within.edges.length).toBeGreaterThan(7);
    expect(paged).toEqual(within.edges.map((e: Any) => e.node.id));
    // default window: 14 days
    expect((await renewals(admin, {})).edges.every((e: Any) => e.node.policy.expiryDate <= addDays(today, 14))).toBe(true);
    const tooMany = await gql(admin, '{ policyRenewals(filter: {days: 5000}) { edges { node { id } } } }');
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // filters: location, product
    expect((await renewals(admin, { days, locationId: village, productId: active.productId })).edges.map((e: Any) => e.node.id)).toContain(active.id);
    const other = await createProduct({ code: 'OTH01', name: 'Other' });
    expect((await renewals(admin, { days, productId: other.id })).edges).toEqual([]);
    // scope: another district's officer does not see it
    expect((await renewals(elsewhere, { days })).edges.map((e: Any) => e.node.id)).not.toContain(active.id);
    expect((await renewals(clerk, { days, locationId: village })).edges.map((e: Any) => e.node.id)).toContain(active.id);

    // a conversion product not valid at the renewal date blocks
    const expired = await createProduct({ code: 'EXP01', name: 'Expired', dateFrom: '2020-01-01', dateTo: '2020-12-31' });
    const product = (await ok(admin, 'query($id: ID!) { product(id: $id) { id version } }', { id: active.productId })).product;
    const converted = await mutate(
      admin,
      'updateProduct',
      'UpdateProductInput',
      { id: product.id, version: product.version, conversionProductId: expired.id },
      'product { version }',
    );
    expect(converted.errors).toEqual([]);
    const blocked = (await renewals(admin, { days, locationId: village })).edges.find((e: Any) => e.node.id === active.id).node;
    expect(blocked).toMatchObject({ renewalProductId: expired.id });
    expect(blocked.blockers).toContain('PRODUCT_EXPIRED');
    // the expired product is another's conversion product: not deletable
    const inUse = await mutate(admin, 'deleteProduct', 'ProductVersionInput', { id: expired.id, version: expired.version }, 'product { id }');
    expect(inUse.errors.map((e: Any) => e.code)).toEqual(['IN_USE']);
    const back = await mutate(
      admin,
      'updateProduct',
      'UpdateProductInput',
      { id: product.id, version: converted.product.version, conversionProductId: null },
      'product { version }',
    );
    expect(back.errors).toEqual([]);

    // renewed: no longer listed
    const renewed = await mutate(admin, 'renewPolicy', 'RenewPolicyInput', { id: active.id, enrolDate: today }, 'policy { id }');
    expect(renewed.errors).toEqual([]);
    expect((await renewals(admin, { days, locationId: village })).edges.map((e: Any) => e.node.id)).not.toContain(active.id);
  });

  it('lets policy staff read the main fields of the products of their area, not the covered lines, not change them', async () => {
    const read = await ok(clerk, 'query($id: ID!) { policy(id: $id) { product { id code name lumpSum premiumAdult maxMembers } } }', { id: active.id });
    expect(read.policy.product).toMatchObject({ id: active.productId, code: active.product.code, maxMembers: active.product.maxMembers });
    const lines = await gql(clerk, 'query($id: ID!) { product(id: $id) { code services { edges { node { limitAdult } } } } }', { id: active.productId });
    expect(lines.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(lines.errors?.[0]?.message).toMatch(/services/);
    // 101202: the products that apply at the family's village on a date
    const offered = (
      await ok(clerk, 'query($v: ID!, $d: Date!) { products(filter: {locationId: $v, validAt: $d}, first: 100) { edges { node { id code } } } }', {
        v: village,
        d: today,
      })
    ).products.edges.map((e: Any) => e.node.code);
    expect(offered).toContain(active.product.code);
    expect(offered).not.toContain('EXP01');
    // a product of another region is outside what they see
    const regions = (await ok(admin, '{ locations(filter: {type: "R"}, first: 20) { edges { node { id } } } }')).locations.edges.map((e: Any) => e.node.id);
    const mine = (await ok(admin, 'query($id: ID!) { location(id: $id) { parent { id } } }', { id: district })).location.parent.id;
    const far = await createProduct({ code: 'FAR02', name: 'Far', locationId: regions.find((id: string) => id !== mine) });
    expect((await ok(clerk, 'query($id: ID!) { product(id: $id) { id } }', { id: far.id })).product).toBeNull();
    // ... also when it is reached through the graph: a national product's conversion product
    const national = await createProduct({ code: 'NAT02', name: 'National', conversionProductId: far.id });
    const through = await gql(clerk, 'query($id: ID!) { product(id: $id) { code conversionProduct { code } } }', { id: national.id });
    expect(through.data?.product?.code).toBe('NAT02');
    expect(through.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(through.errors?.[0]?.message).toMatch(/outside your area/);
    const create = await gql(
      clerk,
      'mutation { createProduct(input: {code: "NO01", name: "No", dateFrom: "2024-01-01", dateTo: "2030-12-31"}) { product { id } errors { code } } }',
    );
    expect(create.errors?.[0]?.extensions?.code ?? create.data?.createProduct?.errors?.[0]?.code).toBe('FORBIDDEN');
    const update = await gql(clerk, 'mutation($id: ID!) { updateProduct(input: {id: $id, version: 1, name: "Renamed"}) { product { id } errors { code } } }', {
      id: active.productId,
    });
    expect(update.errors?.[0]?.extensions?.code ?? update.data?.updateProduct?.errors?.[0]?.code).toBe('FORBIDDEN');
    // without 101202 the product list stays closed
    const noList = await gql(elsewhere, '{ products { edges { node { id } } } }');
    expect(noList.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('deletes a product at its version, refused while policies use it; history', async () => {
    const used = (await ok(admin, 'query($id: ID!) { product(id: $id) { id version } }', { id: active.productId })).product;
    const refused = await mutate(admin, 'deleteProduct', 'ProductVersionInput', { id: used.id, version: used.version }, 'product { id }');
    expect(refused.errors.map((e: Any) => e.code)).toEqual(['IN_USE']);
    const spare = await createProduct({ code: 'DEL01', name: 'To delete' });
    const denied = await gql(clerk, 'mutation($id: ID!) { deleteProduct(input: {id: $id, version: 1}) { product { id } errors { code } } }', { id: spare.id });
    expect(denied.errors?.[0]?.extensions?.code ?? denied.data?.deleteProduct?.errors?.[0]?.code).toBe('FORBIDDEN');
    const stale = await mutate(admin, 'deleteProduct', 'ProductVersionInput', { id: spare.id, version: spare.version + 1 }, 'product { id }');
    expect(stale.errors.map((e: Any) => `${e.field}:${e.code}`)).toEqual(['version:CONFLICT']);
    const deleted = await mutate(admin, 'deleteProduct', 'ProductVersionInput', { id: spare.id, version: spare.version }, 'product { id }');
    expect(deleted.errors).toEqual([]);
    expect((await ok(admin, 'query($id: ID!) { product(id: $id) { id } }', { id: spare.id })).product).toBeNull();
    const history = await ok(admin, 'query($id: ID!) { history(entityType: "Product", entityId: $id) { edges { node { action } } } }', { id: spare.id });
    expect(history.history.edges.map((e: Any) => e.node.action)).toEqual(expect.arrayContaining(['CREATE', 'DELETE']));
  });
});
