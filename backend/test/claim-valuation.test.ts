/**
 * Valuation (processClaims, 111011) on the real server (both engines): openIMIS's worked example
 * (quantity × price list at 100 % co-insurance; deductible then co-insurance), price origin O and R
 * (Processed), an insuree ceiling spent across claims with the excess recorded, what valuated
 * claims used in the eligibility enquiry, statuses, rights and scope, history.
 */
import { addDays, parseMoney, percentOf, toDecimal } from '@kente/contract-policy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, type RunningServer, startServer } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: test convenience
type Any = any;

const ERR = 'errors { field code message }';
const LINE = 'lineNo kind quantity priceAsked priceList status rejectionReason priceAdjusted deductible exceedCeiling priceValuated remunerated priceOrigin';
const CLAIM = `id code version status reviewStatus feedbackStatus claimed approved valuated remunerated processedAt lines { ${LINE} }`;
const today = new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => addDays(today, -n);
const times = (q: string, price: string) => (parseMoney(q) * parseMoney(price)) / 10_000n;

describe.each(engines)('valuation on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;
  let medical: Client;
  let claimadmin: Client;
  let centre: string;
  let diagnosis: string;
  let insured: string;
  let productId: string;
  let service: string;
  let relativeService: string;
  let item: string;
  let codeNo = 0;
  const code = () => `V${engine[0]}${++codeNo}`;

  const q = async (client: Client, query: string, variables?: Record<string, unknown>) => {
    const r = await client.gql(query, variables);
    expect(r.json.errors).toBeUndefined();
    return r.json.data;
  };
  const product = async () => (await q(admin, `{ product(id: ${productId}) { version } }`)).product.version as number;
  const updateProduct = async (fields: Record<string, unknown>) => {
    const out = await q(admin, `mutation($i: UpdateProductInput!) { updateProduct(input: $i) { ${ERR} } }`, {
      i: { id: productId, version: await product(), ...fields },
    });
    expect(out.updateProduct.errors).toEqual([]);
  };
  const cover = async (kind: 'Services' | 'Items', ids: string[], settings: Record<string, unknown>) => {
    const out = await q(admin, `mutation($i: Set${`Product${kind}`}Input!) { setProduct${kind}(input: $i) { ${ERR} } }`, {
      i: {
        id: productId,
        version: await product(),
        [kind === 'Services' ? 'serviceIds' : 'itemIds']: ids,
        settings: { waitingPeriodAdult: 0, waitingPeriodChild: 0, ...settings },
      },
    });
    expect(out[`setProduct${kind}`].errors).toEqual([]);
  };
  /** a claim entered, submitted (Checked) and processed: the processed claim */
  const processed = async (lines: Record<string, unknown>[], client = admin) => {
    // a day of its own: the same service on overlapping visits would be a duplicate (reason 6)
    const day = daysAgo(40 - codeNo);
    const made = await q(admin, `mutation($i: CreateClaimInput!) { createClaim(input: $i) { claim { id } ${ERR} } }`, {
      i: { code: code(), healthFacilityId: centre, insuranceNumber: insured, visitFrom: day, dateClaimed: day, diagnosisId: diagnosis, lines },
    });
    expect(made.createClaim.errors).toEqual([]);
    const id = made.createClaim.claim.id;
    const sub = await q(admin, `mutation($i: SubmitClaimsInput!) { submitClaims(input: $i) { submissions { claim { status } } ${ERR} } }`, {
      i: { ids: [id] },
    });
    expect(sub.submitClaims.submissions[0].claim.status).toBe(4);
    const out = await processIds([id], client);
    expect(out.errors).toEqual([]);
    return out.claims[0];
  };
  const processIds = async (ids: string[], client = admin) =>
    (await q(client, `mutation($i: ClaimIdsInput!) { processClaims(input: $i) { claims { ${CLAIM} } ${ERR} } }`, { i: { ids } })).processClaims;

  beforeAll(async () => {
    server = await startServer(engine);
    admin = new Client(server.url);
    expect((await admin.login('Admin', 'admin123')).errors).toEqual([]);
    medical = new Client(server.url);
    expect((await medical.login('medical', 'medical123')).errors).toEqual([]);
    claimadmin = new Client(server.url);
    expect((await claimadmin.login('claimadmin', 'claimadmin123')).errors).toEqual([]);
    centre = (await q(admin, '{ healthFacilities(filter: { search: "HFC001" }) { edges { node { id } } } }')).healthFacilities.edges[0].node.id;
    diagnosis = (await q(admin, '{ diagnoses(first: 1) { edges { node { id } } } }')).diagnoses.edges[0].node.id;
    const serviceOf = async (c: string) =>
      (await q(admin, `{ medicalServices(filter: { search: "${c}" }) { edges { node { id code } } } }`)).medicalServices.edges.find(
        (e: Any) => e.node.code === c,
      ).node.id as string;
    service = await serviceOf('A0001');
    relativeService = await serviceOf('A0003');
    item = (await q(admin, '{ medicalItems(filter: { search: "D0001" }) { edges { node { id } } } }')).medicalItems.edges[0].node.id;
    // a product of our own (FAM01's copy, no general ceilings to speak of) and a policy on it for a family without one
    const fam = (await q(admin, '{ products(first: 20) { edges { node { id code } } } }')).products.edges.find((e: Any) => e.node.code === 'FAM01').node.id;
    const copy = await q(admin, `mutation($i: DuplicateProductInput!) { duplicateProduct(input: $i) { product { id } ${ERR} } }`, {
      i: { id: fam, code: `VAL${engine[0]}`, name: 'Valuation test' },
    });
    productId = copy.duplicateProduct.product.id;
    await cover('Services', [service], { priceOrigin: 'P', limitationType: 'C', limitAdult: '100', limitChild: '100' });
    await cover('Services', [relativeService], { priceOrigin: 'R' });
    await cover('Items', [item], { priceOrigin: 'P', limitationType: 'C', limitAdult: '100', limitChild: '100' });
    const seeded = (await q(admin, '{ claims(first: 50) { edges { node { rejectionReason insuranceNumber insuree { family { id } } } } } }')).claims.edges.map(
      (e: Any) => e.node,
    );
    const lonely = seeded.find((c: Any) => c.rejectionReason === 21);
    insured = lonely.insuranceNumber;
    const policy = (
      await q(admin, `mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { policy { id value } ${ERR} } }`, {
        i: { familyId: lonely.insuree.family.id, productId, enrolDate: daysAgo(60) },
      })
    ).createPolicy.policy;
    const paid = await q(admin, `mutation($i: CreatePremiumInput!) { createPremium(input: $i) { policy { status } ${ERR} } }`, {
      i: { policyId: policy.id, amount: policy.value, receipt: `VAL-${engine}`, payDate: daysAgo(60), payType: 'C' },
    });
    expect(paid.createPremium.policy.status).toBe(2);
  }, 180_000);
  afterAll(async () => {
    if (process.env.SHOW_LOG) console.log(server?.output());
    await server?.stop();
  });

  it("openIMIS's worked example: item quantity 7 at the price list's price, 100 % co-insurance → Valuated at 7 × price", async () => {
    const claim = await processed([{ kind: 'I', itemId: item, quantity: '7', priceAsked: '11' }]);
    const [line] = claim.lines;
    expect(line.priceAsked).toBe('11.00');
    const expected = toDecimal(times('7', line.priceList));
    expect(line).toMatchObject({
      priceAdjusted: line.priceList,
      deductible: '0.00',
      exceedCeiling: '0.00',
      priceValuated: expected,
      remunerated: expected,
      priceOrigin: 'P',
    });
    expect(claim).toMatchObject({ status: 16, valuated: expected, remunerated: expected });
    expect(claim.processedAt).not.toBeNull();
    // price origin O: the price asked is paid
    await cover('Items', [item], { priceOrigin: 'O' });
    const own = await processed([{ kind: 'I', itemId: item, quantity: '7', priceAsked: '11' }]);
    expect(own.lines[0]).toMatchObject({ priceAdjusted: '11.00', priceValuated: '77.00', priceOrigin: 'O' });
    await cover('Items', [item], { priceOrigin: 'P' });
  });

  it('deductible per insuree 500 then 80 % co-insurance; the next claim pays no deductible; eligibility shows it used', async () => {
    await updateProduct({ dedInsuree: '500.00' });
    await cover('Services', [service], { priceOrigin: 'P', limitAdult: '80', limitChild: '80' });
    const first = await processed([{ kind: 'S', serviceId: service, quantity: '1', priceAsked: '1' }]);
    const price = first.lines[0].priceList as string;
    // enough quantity to pass the deductible
    const quantity = String(Number((parseMoney('600') / parseMoney(price)).toString()) + 1);
    const claim = await processed([{ kind: 'S', serviceId: service, quantity, priceAsked: '1' }]);
    const work = times(quantity, price);
    const firstWork = parseMoney(price);
    const left = parseMoney('500') > firstWork ? parseMoney('500') - firstWork : 0n;
    expect(claim.lines[0]).toMatchObject({ deductible: toDecimal(left), priceValuated: toDecimal(percentOf(work - left, '80')) });
    const after = await processed([{ kind: 'S', serviceId: service, quantity: '1', priceAsked: '1' }]);
    expect(after.lines[0]).toMatchObject({ deductible: '0.00', priceValuated: toDecimal(percentOf(parseMoney(price), '80')) });
    const amounts = (
      await q(admin, `{ eligibility(insuranceNumber: "${insured}", date: "${today}") { policies { productCode amounts { field used } } } }`)
    ).eligibility.policies
      .find((p: Any) => p.productCode === `VAL${engine[0]}`)
      .amounts.find((a: Any) => a.field === 'dedInsuree');
    expect(amounts.used).toBe('500.00');
    await updateProduct({ dedInsuree: '0.00' });
  });

  it('an insuree ceiling is spent across claims: the excess is recorded, never paid; a claim never counts against itself', async () => {
    const used = (
      await q(admin, `{ eligibility(insuranceNumber: "${insured}", date: "${today}") { policies { productCode amounts { field used } } } }`)
    ).eligibility.policies
      .find((p: Any) => p.productCode === `VAL${engine[0]}`)
      .amounts.find((a: Any) => a.field === 'maxInsuree').used as string;
    await updateProduct({ maxInsuree: toDecimal(parseMoney(used) + parseMoney('10')) });
    await cover('Services', [service], { priceOrigin: 'P', limitAdult: '100', limitChild: '100' });
    const claim = await processed([{ kind: 'S', serviceId: service, quantity: '2', priceAsked: '1' }]);
    const work = times('2', claim.lines[0].priceList);
    expect(claim.lines[0]).toMatchObject({ priceValuated: '10.00', exceedCeiling: toDecimal(work - parseMoney('10')) });
    const next = await processed([{ kind: 'S', serviceId: service, quantity: '1', priceAsked: '1' }]);
    expect(next.lines[0].priceValuated).toBe('0.00');
    // valuated again (a review delivered): the claim's own 10 does not count against it
    const reviewed = await q(medical, `mutation($i: SaveClaimReviewInput!) { saveClaimReview(input: $i) { claim { version } ${ERR} } }`, {
      i: { id: claim.id, version: claim.version, lines: [] },
    });
    const delivered = await q(medical, `mutation($i: ClaimVersionInput!) { deliverClaimReview(input: $i) { claim { ${CLAIM} } ${ERR} } }`, {
      i: { id: claim.id, version: reviewed.saveClaimReview.claim.version },
    });
    expect(delivered.deliverClaimReview.claim).toMatchObject({ status: 16, reviewStatus: 8, valuated: '10.00' });
    await updateProduct({ maxInsuree: '500000.00' });
  });

  it('a relative price (R): Processed, the line valued but not remunerated until the batch run', async () => {
    const claim = await processed([
      { kind: 'S', serviceId: relativeService, quantity: '1', priceAsked: '1' },
      { kind: 'I', itemId: item, quantity: '1' },
    ]);
    expect(claim.status).toBe(8);
    expect(claim.remunerated).toBeNull();
    expect(claim.lines[0]).toMatchObject({ priceOrigin: 'R', remunerated: null, priceValuated: claim.lines[0].priceList });
    expect(claim.lines[1].remunerated).toBe(claim.lines[1].priceValuated);
  });

  it('statuses, rights, scope, history: only Checked claims; 111011 needed; outside the area FORBIDDEN', async () => {
    const made = await q(admin, `mutation($i: CreateClaimInput!) { createClaim(input: $i) { claim { id } ${ERR} } }`, {
      i: {
        code: code(),
        healthFacilityId: centre,
        insuranceNumber: insured,
        visitFrom: daysAgo(3),
        dateClaimed: daysAgo(3),
        diagnosisId: diagnosis,
        lines: [{ kind: 'S', serviceId: service, quantity: '1' }],
      },
    });
    const id = made.createClaim.claim.id;
    // Entered: not processed
    expect((await processIds([id])).errors.map((e: Any) => `${e.field}:${e.code}`)).toEqual(['ids.0:WRONG_STATUS']);
    // the medical officer holds no 111011
    const refused = await medical.gql(`mutation { processClaims(input: { ids: ["${id}"] }) { ${ERR} } }`);
    expect(refused.json.errors?.[0]?.extensions?.code ?? refused.json.data?.processClaims?.errors?.[0]?.code).toBe('FORBIDDEN');
    await q(admin, `mutation { submitClaims(input: { ids: ["${id}"] }) { ${ERR} } }`);
    // the hospital's claim administrator does not reach the centre's claims (and holds no 111011)
    const other = await claimadmin.gql(`mutation { processClaims(input: { ids: ["${id}"] }) { ${ERR} } }`);
    expect(other.json.errors?.[0]?.extensions?.code ?? other.json.data?.processClaims?.errors?.[0]?.code).toBe('FORBIDDEN');
    const done = await processIds([id, id.replace(/\d+/, '999999')]);
    expect(done.claims.map((c: Any) => c.status)).toEqual([16]);
    expect(done.errors.map((e: Any) => e.field)).toEqual(['ids.1']);
    // processed once only
    expect((await processIds([id])).errors.map((e: Any) => e.code)).toEqual(['WRONG_STATUS']);
    const history = (await q(admin, `{ history(entityType: "Claim", entityId: "${id}") { edges { node { action after } } } }`)).history.edges;
    expect(history.some((e: Any) => e.node.after?.status === 16)).toBe(true);
  });
});
