/** The policy domain's policies on the real server (both engines): value preview, CRUD, status rules, renewal, rights, scope. */
import { addMonths, policyValue } from '@kente/contract-policy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, type RunningServer, startServer } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: test convenience
type Any = any;

const ERR = 'errors { field code message }';
const POLICY = 'id version familyId productId stage status value enrolDate startDate expiryDate previousPolicyId';
const PRODUCT_RULES =
  'id maxMembers threshold lumpSum premiumAdult premiumChild registrationLumpSum registrationFee generalAssemblyLumpSum generalAssemblyFee renewalDiscountPerc renewalDiscountPeriod enrolmentDiscountPerc enrolmentDiscountPeriod insurancePeriod administrationPeriod gracePeriodEnrolment gracePeriodRenewal gracePeriodPayment startCycle1 startCycle2 startCycle3 startCycle4 dateFrom dateTo';
const today = new Date().toISOString().slice(0, 10);
const lastMonth = addMonths(today, -1);

describe.each(engines)('policy policies on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;
  let enrolment: Client;
  let receptionist: Client;
  let product: Any;
  let inside: string;
  let outside: string;
  let region = '';
  let otherRegion = '';

  const mutate = async (name: string, type: string, input: Record<string, unknown>, client = admin) => {
    const r = await client.gql(`mutation($i: ${type}!) { ${name}(input: $i) { policy { ${POLICY} } ${ERR} } }`, { i: input });
    return r.json.data?.[name] ?? r.json;
  };
  const create = (input: Record<string, unknown>, client = admin) => mutate('createPolicy', 'CreatePolicyInput', input, client);
  const codesOf = (errors: { code: string; field: string | null }[]) => errors.map((e) => `${e.field}:${e.code}`);
  const familyIds = async (client: Client) => {
    const r = await client.gql('{ families(first: 100) { edges { node { id } } } }');
    expect(r.json.errors).toBeUndefined();
    return r.json.data.families.edges.map((e: Any) => e.node.id) as string[];
  };

  beforeAll(async () => {
    server = await startServer(engine);
    admin = new Client(server.url);
    expect((await admin.login('Admin', 'admin123')).errors).toEqual([]);
    enrolment = new Client(server.url);
    expect((await enrolment.login('enrolment', 'enrolment123')).errors).toEqual([]);
    receptionist = new Client(server.url);
    expect((await receptionist.login('receptionist', 'receptionist123')).errors).toEqual([]);
    product = (await admin.gql(`{ products(filter: {search: "FAM01"}) { edges { node { ${PRODUCT_RULES} } } } }`)).json.data.products.edges[0].node;
    const mine = await familyIds(enrolment);
    inside = mine[0] as string;
    outside = (await familyIds(admin)).find((id) => !mine.includes(id)) as string;
    expect(inside && outside).toBeTruthy();
    const me = (await enrolment.gql('{ me { locationIds } }')).json.data.me;
    const district = (await admin.gql('query($id: ID!) { location(id: $id) { parent { id } } }', { id: me.locationIds[0] })).json.data.location;
    region = district.parent.id;
    const regions = (await admin.gql('{ locations(filter: {type: "R"}, first: 20) { edges { node { id } } } }')).json.data.locations.edges;
    otherRegion = regions.map((e: Any) => e.node.id).find((id: string) => id !== region);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  }, 30_000);

  it('answers the contract value of a seeded product for a family', async () => {
    const fam = (await admin.gql('query($id: ID!) { family(id: $id) { members { birthDate relationship status } } }', { id: inside })).json.data.family;
    const members = fam.members.filter((m: Any) => m.status !== 'DECEASED');
    const expected = policyValue(product, members, { enrolDate: lastMonth, stage: 'N' });
    const r = await enrolment.gql(
      'query($f: ID!, $p: ID!, $d: Date!) { policyValues(familyId: $f, productId: $p, enrolDate: $d) { value contribution registration generalAssembly discount members startDate expiryDate warnings { code message } } }',
      { f: inside, p: product.id, d: lastMonth },
    );
    expect(r.json.errors).toBeUndefined();
    expect(r.json.data.policyValues).toMatchObject({
      value: expected.value,
      contribution: expected.contribution,
      registration: expected.registration,
      members: expected.counts.total,
      startDate: expected.dates.startDate,
      expiryDate: expected.dates.expiryDate,
    });
    expect(Number(expected.value)).toBeGreaterThan(0);
  });

  it('creates an Idle policy with the server value; a client value is refused', async () => {
    const created = await create({ familyId: inside, productId: product.id, enrolDate: lastMonth });
    expect(created.errors).toEqual([]);
    const preview = (
      await admin.gql('query($f: ID!, $p: ID!, $d: Date!) { policyValues(familyId: $f, productId: $p, enrolDate: $d) { value } }', {
        f: inside,
        p: product.id,
        d: lastMonth,
      })
    ).json.data.policyValues;
    expect(created.policy).toMatchObject({ status: 1, stage: 'N', value: preview.value, enrolDate: lastMonth, version: 1 });
    const h = await admin.gql('query($id: ID!) { history(entityType: "Policy", entityId: $id) { edges { node { action } } } }', { id: created.policy.id });
    expect(h.json.data.history.edges.map((e: Any) => e.node.action)).toEqual(['CREATE']);
    const forged = await create({ familyId: inside, productId: product.id, enrolDate: lastMonth, value: '1.00' });
    expect(forged.errors?.[0]?.message ?? '').toMatch(/value/);
    const future = await create({ familyId: inside, productId: product.id, enrolDate: addMonths(today, 1) });
    expect(codesOf(future.errors)).toEqual(['enrolDate:DATE_IN_FUTURE']);
  });

  it('updates only an Idle policy at its version, deletes only Idle ones', async () => {
    const { policy } = await create({ familyId: inside, productId: product.id, enrolDate: lastMonth });
    const moved = await mutate('updatePolicy', 'UpdatePolicyInput', { id: policy.id, version: 1, enrolDate: addMonths(today, -2) });
    expect(moved.errors).toEqual([]);
    expect(moved.policy).toMatchObject({ enrolDate: addMonths(today, -2), version: 2, status: 1 });
    const stale = await mutate('updatePolicy', 'UpdatePolicyInput', { id: policy.id, version: 1, enrolDate: lastMonth });
    expect(codesOf(stale.errors)).toEqual(['version:CONFLICT']);
    const active = (await admin.gql(`{ policies(filter: {status: 2}, first: 1) { edges { node { ${POLICY} } } } }`)).json.data.policies.edges[0].node;
    const refused = await mutate('updatePolicy', 'UpdatePolicyInput', { id: active.id, version: active.version, enrolDate: lastMonth });
    expect(codesOf(refused.errors)).toEqual(['null:INVALID']);
    const notDeleted = await mutate('deletePolicy', 'PolicyVersionInput', { id: active.id, version: active.version });
    expect(codesOf(notDeleted.errors)).toEqual(['null:INVALID']);
    const suspended = await mutate('suspendPolicy', 'PolicyVersionInput', { id: active.id, version: active.version });
    expect(suspended.errors).toEqual([]);
    expect(suspended.policy.status).toBe(4);
    const deleted = await mutate('deletePolicy', 'PolicyVersionInput', { id: policy.id, version: 2 });
    expect(deleted.errors).toEqual([]);
    expect((await admin.gql('query($id: ID!) { policy(id: $id) { id } }', { id: policy.id })).json.data.policy).toBeNull();
  });

  it('renews a policy into a stage-R Idle policy starting after its expiry', async () => {
    const { policy } = await create({ familyId: inside, productId: product.id, enrolDate: lastMonth });
    const renewed = await mutate('renewPolicy', 'RenewPolicyInput', { id: policy.id, enrolDate: today }, enrolment);
    expect(renewed.errors).toEqual([]);
    expect(renewed.policy).toMatchObject({ stage: 'R', status: 1, previousPolicyId: policy.id, productId: product.id });
    expect(renewed.policy.startDate > policy.expiryDate).toBe(true);
    const family = (await admin.gql('query($id: ID!) { family(id: $id) { policies { id stage } } }', { id: inside })).json.data.family;
    expect(family.policies.map((p: Any) => p.id)).toEqual(expect.arrayContaining([policy.id, renewed.policy.id]));
  });

  it('refuses without the right and outside the area', async () => {
    const denied = await receptionist.gql('mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { policy { id } errors { code } } }', {
      i: { familyId: inside, productId: product.id, enrolDate: lastMonth },
    });
    expect(denied.json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await create({ familyId: outside, productId: product.id, enrolDate: lastMonth }, enrolment);
    expect(codesOf(elsewhere.errors)).toEqual(['null:FORBIDDEN']);
    const theirs = await create({ familyId: outside, productId: product.id, enrolDate: lastMonth });
    expect(theirs.errors).toEqual([]);
    const seen = (await enrolment.gql('{ policies(first: 100) { edges { node { id familyId } } } }')).json.data.policies.edges.map((e: Any) => e.node.id);
    expect(seen).not.toContain(theirs.policy.id);
    expect((await enrolment.gql('query($id: ID!) { policy(id: $id) { id } }', { id: theirs.policy.id })).json.data.policy).toBeNull();
  });

  it("refuses a product that does not apply at the family's location", async () => {
    const r = await admin.gql('mutation($i: CreateProductInput!) { createProduct(input: $i) { product { id } errors { code } } }', {
      i: { code: 'FAR01', name: 'Far away', locationId: otherRegion, dateFrom: '2024-01-01', dateTo: '2030-12-31', premiumAdult: '100' },
    });
    const far = r.json.data.createProduct.product;
    const refused = await create({ familyId: inside, productId: far.id, enrolDate: lastMonth });
    expect(codesOf(refused.errors)).toEqual(['productId:INVALID']);
  });
});
