/**
 * The policy domain's contributions on the real server (both engines): status by payments, put in
 * force, balance, photo fee, instalments, receipts per product, the funding rule, rights and scope,
 * conflicts, history, bounds, the policy search filters; and `premium.created` in the transaction.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, addMonths } from '@kente/contract-policy';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../src/app.js';
import type { Database } from '../src/db/engine.js';
import { createPremium } from '../src/modules/policy/service/premium.js';
import { policies, premiums } from '../src/modules/policy/tables.js';
import { registerHooks } from '../src/platform/hooks.js';
import { Client, engines, freshPostgresDatabase, type RunningServer, startServer } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: test convenience
type Any = any;

const ERR = 'errors { field code message }';
const POLICY = 'id version status value effectiveDate startDate enrolDate expiryDate paid balance';
const PREMIUM = 'id version policyId payerId amount receipt payDate payType isPhotoFee';
const PAYLOAD = `premium { ${PREMIUM} } policy { ${POLICY} } warnings { code message max count } ${ERR}`;
const today = new Date().toISOString().slice(0, 10);
const lastMonth = addMonths(today, -1);
const codesOf = (errors: { code: string; field: string | null }[]) => errors.map((e) => `${e.field}:${e.code}`);
/** the later of two YYYY-MM-DD dates */
const laterOf = (a: string, b: string) => [a, b].sort()[1];
const cents = (s: string) => Math.round(Number(s) * 100);

describe.each(engines)('policy contributions on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;
  let enrolment: Client;
  let receptionist: Client;
  let fam: Any;
  let ind: Any;
  let inside: string;
  let outside: string;
  let region = '';
  let otherRegion = '';
  let receiptNo = 0;
  const receipt = () => `T${engine[0]}${++receiptNo}`;

  const mutate = async (name: string, type: string, input: Record<string, unknown>, client = admin) => {
    const r = await client.gql(`mutation($i: ${type}!) { ${name}(input: $i) { ${PAYLOAD} } }`, { i: input });
    expect(r.json.errors).toBeUndefined();
    return r.json.data[name];
  };
  const pay = (input: Record<string, unknown>, client = admin) =>
    mutate('createPremium', 'CreatePremiumInput', { receipt: receipt(), payDate: today, payType: 'C', ...input }, client);
  const newPolicy = async (familyId = inside, productId = fam.id as string, client = admin) => {
    const r = await client.gql(`mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { policy { ${POLICY} } ${ERR} } }`, {
      i: { familyId, productId, enrolDate: lastMonth },
    });
    expect(r.json.data.createPolicy.errors).toEqual([]);
    return r.json.data.createPolicy.policy;
  };
  const readPolicy = async (id: string, client = admin) => (await client.gql(`query($id: ID!) { policy(id: $id) { ${POLICY} } }`, { id })).json.data.policy;
  const createPayer = async (input: Record<string, unknown>) => {
    const r = await admin.gql(`mutation($i: CreatePayerInput!) { createPayer(input: $i) { payer { id } ${ERR} } }`, { i: input });
    expect(r.json.data.createPayer.errors).toEqual([]);
    return r.json.data.createPayer.payer.id as string;
  };
  const familyIds = async (client: Client) =>
    (await client.gql('{ families(first: 100) { edges { node { id } } } }')).json.data.families.edges.map((e: Any) => e.node.id) as string[];

  beforeAll(async () => {
    server = await startServer(engine);
    admin = new Client(server.url);
    expect((await admin.login('Admin', 'admin123')).errors).toEqual([]);
    enrolment = new Client(server.url);
    expect((await enrolment.login('enrolment', 'enrolment123')).errors).toEqual([]);
    receptionist = new Client(server.url);
    expect((await receptionist.login('receptionist', 'receptionist123')).errors).toEqual([]);
    const products = (await admin.gql('{ products(first: 20) { edges { node { id code maxInstallments } } } }')).json.data.products.edges.map(
      (e: Any) => e.node,
    );
    fam = products.find((p: Any) => p.code === 'FAM01');
    ind = products.find((p: Any) => p.code === 'IND01');
    const mine = await familyIds(enrolment);
    inside = mine[0] as string;
    outside = (await familyIds(admin)).find((id) => !mine.includes(id)) as string;
    const me = (await enrolment.gql('{ me { locationIds } }')).json.data.me;
    region = (await admin.gql('query($id: ID!) { location(id: $id) { parent { id } } }', { id: me.locationIds[0] })).json.data.location.parent.id;
    const regions = (await admin.gql('{ locations(filter: {type: "R"}, first: 20) { edges { node { id } } } }')).json.data.locations.edges;
    otherRegion = regions.map((e: Any) => e.node.id).find((id: string) => id !== region);
    expect(fam && ind && inside && outside && otherRegion).toBeTruthy();
  }, 120_000);
  afterAll(async () => {
    if (process.env.DUMP) console.log(server?.output());
    await server?.stop();
  }, 30_000);

  it('a partial payment leaves the policy Idle; reaching the value makes it Active from the later of pay date and start', async () => {
    const policy = await newPolicy();
    const value = cents(policy.value);
    const half = ((value / 2) | 0) / 100;
    const first = await pay({ policyId: policy.id, amount: half.toFixed(2), payDate: lastMonth });
    expect(first.errors).toEqual([]);
    expect(first.policy).toMatchObject({ status: 1, effectiveDate: null, paid: half.toFixed(2) });
    expect(cents(first.policy.balance)).toBe(value - cents(half.toFixed(2)));
    const rest = ((value - cents(half.toFixed(2))) / 100).toFixed(2);
    const second = await pay({ policyId: policy.id, amount: rest, payDate: today });
    expect(second.errors).toEqual([]);
    const effective = laterOf(today, policy.startDate);
    expect(second.policy).toMatchObject({ status: 2, effectiveDate: effective, balance: '0.00', version: policy.version + 1 });
    expect(second.warnings).toEqual([]);
    const h = await admin.gql('query($id: ID!) { history(entityType: "Policy", entityId: $id) { edges { node { action } } } }', { id: policy.id });
    expect(h.json.data.history.edges.map((e: Any) => e.node.action).sort()).toEqual(['CREATE', 'UPDATE']);
    const ph = await admin.gql('query($id: ID!) { history(entityType: "Premium", entityId: $id) { edges { node { action } } } }', { id: second.premium.id });
    expect(ph.json.data.history.edges.map((e: Any) => e.node.action)).toEqual(['CREATE']);
    const listed = (await admin.gql(`query($id: ID!) { policy(id: $id) { premiums { id amount } } }`, { id: policy.id })).json.data.policy.premiums;
    expect(listed.map((p: Any) => p.id)).toEqual([first.premium.id, second.premium.id]);
  });

  it('puts a partly paid policy in force when asked; a photo fee counts neither in paid nor towards the value', async () => {
    const policy = await newPolicy();
    const photo = await pay({ policyId: policy.id, amount: policy.value, isPhotoFee: true });
    expect(photo.errors).toEqual([]);
    expect(photo.policy).toMatchObject({ status: 1, paid: '0.00', balance: policy.value });
    const owing = await admin.gql('query($f: PolicyFilter) { policies(filter: $f, first: 100) { edges { node { id } } } }', {
      f: { familyId: inside, hasBalance: true },
    });
    expect(owing.json.data.policies.edges.map((e: Any) => e.node.id)).toContain(policy.id);
    const forced = await pay({ policyId: policy.id, amount: '10.00', putInForce: true });
    expect(forced.policy).toMatchObject({ status: 2, paid: '10.00' });
    expect(forced.policy.effectiveDate).toBe(laterOf(today, policy.startDate));
    // an overpayment on the Active policy: warned, balance never below 0
    const over = await pay({ policyId: policy.id, amount: policy.value });
    expect(over.warnings.map((w: Any) => w.code).sort()).toEqual(['OVERPAID', 'POLICY_NOT_IDLE']);
    expect(over.policy.balance).toBe('0.00');
  });

  it('warns past the product maximum of instalments and keeps the payment', async () => {
    expect(fam.maxInstallments).toBe(3);
    const policy = await newPolicy();
    for (let i = 0; i < 3; i++) expect((await pay({ policyId: policy.id, amount: '1.00' })).warnings).toEqual([]);
    const fourth = await pay({ policyId: policy.id, amount: '1.00' });
    expect(fourth.errors).toEqual([]);
    expect(fourth.warnings).toEqual([expect.objectContaining({ code: 'MAX_INSTALLMENTS_EXCEEDED', max: 3, count: 4 })]);
    expect(fourth.warnings[0].message).toMatch(/instalments/);
    expect(fourth.policy).toMatchObject({ status: 1, paid: '4.00' });
  });

  it('a receipt is unique per product: refused on the same product, allowed on another', async () => {
    const a = await newPolicy();
    const b = await newPolicy();
    const c = await newPolicy(inside, ind.id);
    expect((await pay({ policyId: a.id, amount: '1.00', receipt: `DUP-${engine}` })).errors).toEqual([]);
    const dup = await pay({ policyId: b.id, amount: '1.00', receipt: `DUP-${engine}` });
    expect(codesOf(dup.errors)).toEqual(['receipt:DUPLICATE']);
    expect(dup.premium).toBeNull();
    expect((await pay({ policyId: c.id, amount: '1.00', receipt: `DUP-${engine}` })).errors).toEqual([]);
  });

  it('the funding rule: a payer may fund products of its location only; funding needs a payer', async () => {
    const r = await admin.gql('mutation($i: CreateProductInput!) { createProduct(input: $i) { product { id } errors { code } } }', {
      i: { code: `RG${engine[0]}1`, name: 'Regional', locationId: region, dateFrom: '2024-01-01', dateTo: '2030-12-31', premiumAdult: '100', lumpSum: '1000' },
    });
    const regional = r.json.data.createProduct.product.id;
    const policy = await newPolicy(inside, regional);
    const national = await createPayer({ type: 'G', name: 'Nation' });
    const here = await createPayer({ type: 'C', name: 'Coop here', locationId: region });
    const there = await createPayer({ type: 'C', name: 'Coop there', locationId: otherRegion });
    const noPayer = await pay({ policyId: policy.id, amount: '1.00', payType: 'F' });
    expect(codesOf(noPayer.errors)).toEqual(['payerId:REQUIRED']);
    const far = await pay({ policyId: policy.id, amount: '1.00', payType: 'F', payerId: there });
    expect(codesOf(far.errors)).toEqual(['payerId:FUNDING_LOCATION']);
    // a payer given with another pay type is checked too; a national payer funds national products only (contract mayFund)
    expect(codesOf((await pay({ policyId: policy.id, amount: '1.00', payType: 'B', payerId: national })).errors)).toEqual(['payerId:FUNDING_LOCATION']);
    const ok = await pay({ policyId: policy.id, amount: '1.00', payType: 'F', payerId: here });
    expect(ok.errors).toEqual([]);
    expect(ok.premium.payerId).toBe(here);
    const onNational = await newPolicy();
    expect((await pay({ policyId: onNational.id, amount: '1.00', payType: 'F', payerId: there })).errors).toEqual([]);
    const byPayer = (await admin.gql('query($p: ID) { premiums(filter: {payerId: $p}) { edges { node { id payer { name } } } } }', { p: here })).json.data
      .premiums.edges;
    expect(byPayer.map((e: Any) => e.node.payer.name)).toEqual(['Coop here']);
    const inUse = await admin.gql(`mutation($i: VersionedDeleteInput!) { deletePayer(input: $i) { payer { id } ${ERR} } }`, { i: { id: here, version: 1 } });
    expect(codesOf(inUse.json.data.deletePayer.errors)).toEqual(['null:IN_USE']);
  });

  it('validates amount, dates, pay type, bounds and the policy status', async () => {
    const policy = await newPolicy();
    expect(codesOf((await pay({ policyId: policy.id, amount: '0' })).errors)).toEqual(['amount:OUT_OF_RANGE']);
    expect(codesOf((await pay({ policyId: policy.id, amount: '5', payDate: addDays(today, 1) })).errors)).toEqual(['payDate:DATE_IN_FUTURE']);
    expect(codesOf((await pay({ policyId: policy.id, amount: '5', payDate: addDays(policy.enrolDate, -1) })).errors)).toEqual(['payDate:OUT_OF_RANGE']);
    expect(codesOf((await pay({ policyId: policy.id, amount: '5', payType: 'X' })).errors)).toEqual(['payType:INVALID']);
    expect(codesOf((await pay({ policyId: policy.id, amount: '5', receipt: 'r'.repeat(51) })).errors)).toEqual(['receipt:TOO_LONG']);
    const big = await admin.gql(`mutation($i: CreatePremiumInput!) { createPremium(input: $i) { ${ERR} } }`, {
      i: { policyId: policy.id, amount: '1'.repeat(20), receipt: receipt(), payDate: today, payType: 'C' },
    });
    expect(big.json.errors?.length ?? big.json.data.createPremium.errors.length).toBeGreaterThan(0);
    const suspended = (await admin.gql(`{ policies(filter: {status: 4}, first: 1) { edges { node { id } } } }`)).json.data.policies.edges[0].node;
    expect(codesOf((await pay({ policyId: suspended.id, amount: '5' })).errors)).toEqual(['policyId:INVALID']);
    // a correction of an earlier contribution of that policy is allowed
    const earlier = (await admin.gql(`query($id: ID!) { policy(id: $id) { premiums { id version } } }`, { id: suspended.id })).json.data.policy.premiums[0];
    const fixed = await mutate('updatePremium', 'UpdatePremiumInput', { id: earlier.id, version: earlier.version, receipt: receipt() });
    expect(fixed.errors).toEqual([]);
    const long = await admin.gql('query($f: PolicyFilter) { policies(filter: $f) { edges { node { id } } } }', { f: { headInsuranceNumber: '1'.repeat(21) } });
    expect((long.json.errors?.[0]?.extensions as Any)?.reason).toBe('TOO_LONG');
  });

  it('an enrolment officer pays and sees contributions of their district only; no right, no access', async () => {
    const mine = await newPolicy();
    const theirs = await newPolicy(outside);
    const ok = await pay({ policyId: mine.id, amount: '2.00' }, enrolment);
    expect(ok.errors).toEqual([]);
    const refused = await pay({ policyId: theirs.id, amount: '2.00' }, enrolment);
    expect(codesOf(refused.errors)).toEqual(['null:FORBIDDEN']);
    const elsewhere = await pay({ policyId: theirs.id, amount: '2.00' });
    expect(elsewhere.errors).toEqual([]);
    const seen = (await enrolment.gql('{ premiums(first: 100) { edges { node { id } } } }')).json.data.premiums.edges.map((e: Any) => e.node.id);
    expect(seen).toContain(ok.premium.id);
    expect(seen).not.toContain(elsewhere.premium.id);
    expect((await enrolment.gql('query($id: ID!) { premium(id: $id) { id } }', { id: elsewhere.premium.id })).json.data.premium).toBeNull();
    const edit = await mutate('updatePremium', 'UpdatePremiumInput', { id: elsewhere.premium.id, version: 1, amount: '3.00' }, enrolment);
    expect(codesOf(edit.errors)).toEqual(['null:FORBIDDEN']);
    const denied = await receptionist.gql('{ premiums(first: 1) { edges { node { id } } } }');
    expect(denied.json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('updates at the version (stale: CONFLICT), activating an Idle policy it completes; a delete leaves an Active policy Active', async () => {
    const policy = await newPolicy();
    // "still owing" reads the paid amount the database keeps on the policy: it follows every change
    const owing = async () =>
      (
        await admin.gql('query($f: PolicyFilter) { policies(filter: $f, first: 100) { edges { node { id } } } }', {
          f: { familyId: inside, hasBalance: true },
        })
      ).json.data.policies.edges.some((e: Any) => e.node.id === policy.id);
    expect(await owing()).toBe(true);
    const part = await pay({ policyId: policy.id, amount: '1.00' });
    expect(await owing()).toBe(true);
    const stale = await mutate('updatePremium', 'UpdatePremiumInput', { id: part.premium.id, version: 2, amount: policy.value });
    expect(codesOf(stale.errors)).toEqual(['version:CONFLICT']);
    const full = await mutate('updatePremium', 'UpdatePremiumInput', { id: part.premium.id, version: 1, amount: policy.value });
    expect(full.errors).toEqual([]);
    expect(full.premium).toMatchObject({ amount: policy.value, version: 2 });
    expect(full.policy).toMatchObject({ status: 2, balance: '0.00' });
    expect(await owing()).toBe(false);
    const deleted = await mutate('deletePremium', 'VersionedDeleteInput', { id: part.premium.id, version: 2 });
    expect(deleted.errors).toEqual([]);
    expect(await readPolicy(policy.id)).toMatchObject({ status: 2, paid: '0.00', balance: policy.value });
    expect(await owing()).toBe(true);
    const h = await admin.gql('query($id: ID!) { history(entityType: "Premium", entityId: $id) { edges { node { action } } } }', { id: part.premium.id });
    expect(h.json.data.history.edges.map((e: Any) => e.node.action).sort()).toEqual(['CREATE', 'DELETE', 'UPDATE']);
  });

  it('searches policies by balance, location, dates and head number; contributions by receipt and pay date', async () => {
    const owing = await newPolicy();
    await pay({ policyId: owing.id, amount: '1.00' });
    const paid = await newPolicy();
    const paidReceipt = receipt();
    await pay({ policyId: paid.id, amount: paid.value, receipt: paidReceipt });
    const ids = async (filter: Record<string, unknown>, client = admin) =>
      (await client.gql('query($f: PolicyFilter) { policies(filter: $f, first: 100) { edges { node { id } } } }', { f: filter })).json.data.policies.edges.map(
        (e: Any) => e.node.id,
      ) as string[];
    const withBalance = await ids({ familyId: inside, hasBalance: true });
    expect(withBalance).toContain(owing.id);
    expect(withBalance).not.toContain(paid.id);
    expect(await ids({ familyId: inside, hasBalance: false })).toContain(paid.id);
    const family = (await admin.gql('query($id: ID!) { family(id: $id) { head { insuranceNumber } } }', { id: inside })).json.data.family;
    const byHead = await ids({ headInsuranceNumber: family.head.insuranceNumber });
    expect(byHead).toEqual(expect.arrayContaining([owing.id, paid.id]));
    expect(await ids({ headInsuranceNumber: `${family.head.insuranceNumber}9` })).toEqual([]);
    expect(await ids({ locationId: region, familyId: inside })).toContain(owing.id);
    expect(await ids({ locationId: otherRegion, familyId: inside })).toEqual([]);
    expect(await ids({ familyId: inside, enrolDateFrom: lastMonth, enrolDateTo: lastMonth })).toContain(owing.id);
    expect(await ids({ familyId: inside, enrolDateFrom: today })).not.toContain(owing.id);
    expect(await ids({ familyId: inside, expiryDateFrom: owing.expiryDate, expiryDateTo: owing.expiryDate })).toContain(owing.id);
    const byReceipt = (await admin.gql('query($r: String) { premiums(filter: {receipt: $r}) { edges { node { policyId } } } }', { r: paidReceipt })).json.data
      .premiums.edges;
    expect(byReceipt.map((e: Any) => e.node.policyId)).toEqual([paid.id]);
    const range = (
      await admin.gql(`query($d: Date) { premiums(filter: {payDateFrom: $d, payDateTo: $d, policyId: "${owing.id}"}) { edges { node { id } } } }`, { d: today })
    ).json.data.premiums.edges;
    expect(range).toHaveLength(1);
  });

  it('the demo contributions agree with the demo statuses', async () => {
    const rows = (
      await admin.gql('{ policies(first: 12) { edges { node { id status value paid balance premiums { isPhotoFee } } } } }')
    ).json.data.policies.edges.map((e: Any) => e.node);
    const seeded = rows.filter((p: Any) => p.premiums.length > 0);
    expect(seeded.length).toBeGreaterThanOrEqual(8);
    for (const p of seeded) {
      if (p.status === 1) expect(cents(p.balance)).toBeGreaterThan(0);
      else expect(p.balance).toBe('0.00');
    }
    expect(seeded.some((p: Any) => p.premiums.some((x: Any) => x.isPhotoFee))).toBe(true);
  });
});

describe.each(engines)('premium.created on %s', (engine) => {
  let database: Database;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    if (engine === 'postgres') {
      const fresh = await freshPostgresDatabase();
      database = await prepareDatabase({ databaseUrl: fresh.url, demo: true }, () => {});
      cleanup = fresh.drop;
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'kente-premium-'));
      database = await prepareDatabase({ databaseUrl: '', dataDir: dir, demo: true }, () => {});
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
  afterAll(async () => {
    registerHooks([]);
    await database?.close();
    await cleanup?.();
  }, 30_000);

  it('runs in the creating transaction: it sees the premium and the Active policy, and a throw rolls both back', async () => {
    const ctx = { db: database.db, user: null, moduleConfig: () => ({}) };
    const [idle] = await database.db.select().from(policies).where(eq(policies.status, 1)).limit(1);
    if (!idle) throw new Error('no idle demo policy');
    const seen: { status: number; premiums: number }[] = [];
    registerHooks([
      {
        name: 'probe',
        hooks: {
          'premium.created': async ({ tx, premium, policy }) => {
            const rows = await tx.select().from(premiums).where(eq(premiums.policyId, premium.policyId));
            seen.push({ status: policy.status, premiums: rows.length });
            if (premium.receipt === 'BOOM') throw new Error('hook failed');
            return [];
          },
        },
      },
    ]);
    const before = await database.db.select().from(premiums).where(eq(premiums.policyId, idle.id));
    const input = { policyId: String(idle.id), amount: idle.value, payDate: today, payType: 'C', putInForce: true };
    await expect(createPremium(ctx, { ...input, receipt: 'BOOM' })).rejects.toThrow('hook failed');
    expect(seen).toEqual([{ status: 2, premiums: before.length + 1 }]);
    expect(await database.db.select().from(premiums).where(eq(premiums.policyId, idle.id))).toHaveLength(before.length);
    const [still] = await database.db.select().from(policies).where(eq(policies.id, idle.id));
    expect(still).toMatchObject({ status: 1, version: idle.version });
    const ok = await createPremium(ctx, { ...input, receipt: 'FINE' });
    expect(ok.errors).toEqual([]);
    expect(ok.policy?.status).toBe(2);
    expect(seen).toHaveLength(2);
  }, 60_000);
});
