/**
 * Relative pricing batch runs (111101-111102) on the real server (both engines): a product's
 * relative distribution (bounds), a relative-price claim Processed, the run's index = allocated
 * contributions × distribution ÷ valuated relative amounts applied (claim → Valuated with the run),
 * a second run for the month refused (ALREADY_RUN), a month not over refused, the runs listed, rights.
 */
import { allocatedShare, applyIndex, monthBounds, relativeIndex } from '@kente/contract-claim';
import { addDays, addMonths, toDecimal } from '@kente/contract-policy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, type RunningServer, startServer } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: test convenience
type Any = any;

const ERR = 'errors { field code message }';
const today = new Date().toISOString().slice(0, 10);
const lastMonth = addMonths(`${today.slice(0, 7)}-01`, -1);
const [year, month] = [Number(lastMonth.slice(0, 4)), Number(lastMonth.slice(5, 7))];
const codesOf = (errors: { code: string; field: string | null }[]) => errors.map((e) => `${e.field}:${e.code}`);
const RUN = 'id locationId year month claims remunerated indexes { productId allocated distribution valuated index }';

describe.each(engines)('batch runs on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;
  let accountant: Client;
  let medical: Client;
  let productId: string;
  let policy: Any;
  let claimId: string;
  let contributed: string;

  const q = async (client: Client, query: string, variables?: Record<string, unknown>) => {
    const r = await client.gql(query, variables);
    expect(r.json.errors).toBeUndefined();
    return r.json.data;
  };
  const run = async (input: Record<string, unknown>, client = admin) =>
    (await q(client, `mutation($i: RunClaimBatchInput!) { runClaimBatch(input: $i) { run { ${RUN} } ${ERR} } }`, { i: input })).runClaimBatch;
  const distribute = async (period: string, percents: string[]) =>
    (
      await q(admin, `mutation($i: SetRelativeDistributionInput!) { setRelativeDistribution(input: $i) { distribution { period number percent } ${ERR} } }`, {
        i: { productId, period, percents },
      })
    ).setRelativeDistribution;

  beforeAll(async () => {
    server = await startServer(engine);
    admin = new Client(server.url);
    expect((await admin.login('Admin', 'admin123')).errors).toEqual([]);
    accountant = new Client(server.url);
    expect((await accountant.login('accountant', 'accountant123')).errors).toEqual([]);
    medical = new Client(server.url);
    expect((await medical.login('medical', 'medical123')).errors).toEqual([]);
    const fam = (await q(admin, '{ products(first: 20) { edges { node { id code } } } }')).products.edges.find((e: Any) => e.node.code === 'FAM01').node.id;
    productId = (
      await q(admin, `mutation($i: DuplicateProductInput!) { duplicateProduct(input: $i) { product { id } ${ERR} } }`, {
        i: { id: fam, code: `REL${engine[0]}`, name: 'Relative test' },
      })
    ).duplicateProduct.product.id;
    const service = (await q(admin, '{ medicalServices(filter: { search: "A0002" }) { edges { node { id code } } } }')).medicalServices.edges.find(
      (e: Any) => e.node.code === 'A0002',
    ).node.id;
    const version = (await q(admin, `{ product(id: ${productId}) { version } }`)).product.version;
    await q(admin, `mutation($i: SetProductServicesInput!) { setProductServices(input: $i) { ${ERR} } }`, {
      i: { id: productId, version, serviceIds: [service], settings: { priceOrigin: 'R', waitingPeriodAdult: 0, waitingPeriodChild: 0 } },
    });
    const seeded = (await q(admin, '{ claims(first: 50) { edges { node { rejectionReason insuranceNumber insuree { family { id } } } } } }')).claims.edges.map(
      (e: Any) => e.node,
    );
    const lonely = seeded.find((c: Any) => c.rejectionReason === 21);
    policy = (
      await q(admin, `mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { policy { id value startDate effectiveDate expiryDate } ${ERR} } }`, {
        i: { familyId: lonely.insuree.family.id, productId, enrolDate: addDays(lastMonth, -20) },
      })
    ).createPolicy.policy;
    contributed = policy.value;
    await q(admin, `mutation($i: CreatePremiumInput!) { createPremium(input: $i) { ${ERR} } }`, {
      i: { policyId: policy.id, amount: policy.value, receipt: `REL-${engine}`, payDate: addDays(lastMonth, -20), payType: 'C' },
    });
    const centre = (await q(admin, '{ healthFacilities(filter: { search: "HFC001" }) { edges { node { id } } } }')).healthFacilities.edges[0].node.id;
    const diagnosis = (await q(admin, '{ diagnoses(first: 1) { edges { node { id } } } }')).diagnoses.edges[0].node.id;
    const visit = addDays(lastMonth, 19);
    const made = await q(admin, `mutation($i: CreateClaimInput!) { createClaim(input: $i) { claim { id } ${ERR} } }`, {
      i: {
        code: `B${engine[0]}1`,
        healthFacilityId: centre,
        insuranceNumber: lonely.insuranceNumber,
        visitFrom: visit,
        dateClaimed: visit,
        diagnosisId: diagnosis,
        lines: [{ kind: 'S', serviceId: service, quantity: '3' }],
      },
    });
    claimId = made.createClaim.claim.id;
    await q(admin, `mutation { submitClaims(input: { ids: ["${claimId}"] }) { ${ERR} } }`);
    const processed = (await q(admin, `mutation { processClaims(input: { ids: ["${claimId}"] }) { claims { status } ${ERR} } }`)).processClaims;
    expect(processed.claims).toEqual([{ status: 8 }]);
  }, 180_000);
  afterAll(async () => server?.stop());

  it('a relative distribution: 12 monthly shares of 0-100 %, at most 100 % in all', async () => {
    expect(codesOf((await distribute('M', ['50'])).errors)).toEqual(['percents:INVALID']);
    expect(codesOf((await distribute('W', ['50'])).errors)).toEqual(['period:INVALID']);
    expect(codesOf((await distribute('M', Array(12).fill('10'))).errors)).toEqual(['percents:OUT_OF_RANGE']);
    const shares = Array.from({ length: 12 }, (_, i) => (i + 1 === month ? '60' : '0'));
    const ok = await distribute('M', shares);
    expect(ok.errors).toEqual([]);
    expect(ok.distribution[month - 1]).toEqual({ period: 'M', number: month, percent: expect.stringMatching(/^60(\.0+)?$/) });
    expect((await q(accountant, `{ relativeDistribution(productId: ${productId}) { number } }`)).relativeDistribution).toHaveLength(12);
  });

  it('the run: index = allocated × distribution ÷ valuated relative amounts, applied; once per month; listed', async () => {
    const before = (await q(admin, `{ claim(id: ${claimId}) { lines { priceValuated } } }`)).claim.lines[0].priceValuated as string;
    // a month not over is refused, rights are needed
    expect(codesOf((await run({ year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) })).errors)).toEqual(['month:DATE_IN_FUTURE']);
    const refused = await medical.gql(`mutation { runClaimBatch(input: { year: ${year}, month: ${month} }) { ${ERR} } }`);
    expect(refused.json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const done = await run({ year, month }, accountant);
    expect(done.errors).toEqual([]);
    const index = done.run.indexes.find((i: Any) => i.productId === productId);
    const period = monthBounds(year, month);
    // the contributions paid (the premium), by the days of the policy in the month
    const dates = (await q(admin, `{ policy(id: ${policy.id}) { startDate effectiveDate expiryDate } }`)).policy;
    const allocated = toDecimal(allocatedShare(contributed, { from: dates.effectiveDate ?? dates.startDate, to: dates.expiryDate }, period));
    expect(index).toMatchObject({ allocated, valuated: before, index: relativeIndex(allocated, '60', before) });
    const paid = applyIndex(before, index.index);
    expect(done.run).toMatchObject({ year, month, locationId: null, claims: 1, remunerated: paid });
    const claim = (await q(admin, `{ claim(id: ${claimId}) { status remunerated batchRunId lines { remunerated } } }`)).claim;
    expect(claim).toEqual({ status: 16, remunerated: paid, batchRunId: done.run.id, lines: [{ remunerated: paid }] });
    // the same month again
    expect(codesOf((await run({ year, month })).errors)).toEqual(['month:ALREADY_RUN']);
    const runs = (await q(accountant, `{ claimBatchRuns(year: ${year}) { id month claims } }`)).claimBatchRuns;
    expect(runs).toEqual([{ id: done.run.id, month, claims: 1 }]);
    expect((await medical.gql('{ claimBatchRuns { id } }')).json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
