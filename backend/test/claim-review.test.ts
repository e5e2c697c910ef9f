/**
 * Review (111008), feedback (111009) and bypass (111010) on the real server (both engines):
 * selection by ids, by amount, by a random share and above the diagnosis average (the others Not
 * selected); a medical officer's adjustments (approved quantity and price, rejection with a
 * justification = reason -1), conflict, delivery recomputing the approved amount and the valuation
 * of a valuated claim (the reviewer's price kept); feedback answers and bounds; bypass; rights.
 */
import { addDays, parseMoney, toDecimal } from '@kente/contract-policy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, type RunningServer, startServer } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: test convenience
type Any = any;

const ERR = 'errors { field code message }';
const LINE = 'lineNo quantity priceAsked priceList quantityApproved priceApproved status rejectionReason justification priceAdjusted priceValuated';
const CLAIM = `id code version status rejectionReason reviewStatus feedbackStatus claimed approved valuated reviewRemark careRendered paymentAsked drugPrescribed drugReceived assessment feedbackDate lines { ${LINE} }`;
const PAYLOAD = `claim { ${CLAIM} } ${ERR}`;
const today = new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => addDays(today, -n);
const codesOf = (errors: { code: string; field: string | null }[]) => errors.map((e) => `${e.field}:${e.code}`);

describe.each(engines)('review and feedback on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;
  let medical: Client;
  let claimadmin: Client;
  let centre: string;
  let diagnosis: string;
  let rareDiagnosis: string;
  let insured: string;
  let service: string;
  let item: string;
  let codeNo = 0;
  const code = () => `R${engine[0]}${++codeNo}`;

  const q = async (client: Client, query: string, variables?: Record<string, unknown>) => {
    const r = await client.gql(query, variables);
    expect(r.json.errors).toBeUndefined();
    return r.json.data;
  };
  /** a claim entered and submitted (Checked) on a day of its own (no duplicates) */
  const checked = async (lines: Record<string, unknown>[], extra: Record<string, unknown> = {}) => {
    const day = daysAgo(45 - codeNo);
    const made = await q(admin, `mutation($i: CreateClaimInput!) { createClaim(input: $i) { claim { id } ${ERR} } }`, {
      i: { code: code(), healthFacilityId: centre, insuranceNumber: insured, visitFrom: day, dateClaimed: day, diagnosisId: diagnosis, lines, ...extra },
    });
    expect(made.createClaim.errors).toEqual([]);
    const sub = await q(admin, `mutation($i: SubmitClaimsInput!) { submitClaims(input: $i) { submissions { claim { ${CLAIM} } } ${ERR} } }`, {
      i: { ids: [made.createClaim.claim.id] },
    });
    expect(sub.submitClaims.submissions[0].claim.status).toBe(4);
    return sub.submitClaims.submissions[0].claim;
  };
  const one = (quantity = '1') => [{ kind: 'S', serviceId: service, quantity }];
  const select = async (which: 'Review' | 'Feedback', input: Record<string, unknown>, client = medical) =>
    (
      await q(
        client,
        `mutation($i: SelectClaimsInput!) { selectClaimsFor${which}(input: $i) { selected { id reviewStatus feedbackStatus } notSelected ${ERR} } }`,
        {
          i: input,
        },
      )
    )[`selectClaimsFor${which}`];
  const claim = async (id: string) => (await q(admin, `{ claim(id: ${id}) { ${CLAIM} } }`)).claim;
  const save = async (input: Record<string, unknown>) =>
    (await q(medical, `mutation($i: SaveClaimReviewInput!) { saveClaimReview(input: $i) { ${PAYLOAD} } }`, { i: input })).saveClaimReview;
  const deliver = async (id: string, version: number) =>
    (await q(medical, `mutation($i: ClaimVersionInput!) { deliverClaimReview(input: $i) { ${PAYLOAD} } }`, { i: { id, version } })).deliverClaimReview;

  beforeAll(async () => {
    server = await startServer(engine);
    admin = new Client(server.url);
    expect((await admin.login('Admin', 'admin123')).errors).toEqual([]);
    medical = new Client(server.url);
    expect((await medical.login('medical', 'medical123')).errors).toEqual([]);
    claimadmin = new Client(server.url);
    expect((await claimadmin.login('claimadmin', 'claimadmin123')).errors).toEqual([]);
    centre = (await q(admin, '{ healthFacilities(filter: { search: "HFC001" }) { edges { node { id } } } }')).healthFacilities.edges[0].node.id;
    const diagnoses = (await q(admin, '{ diagnoses(first: 60) { edges { node { id } } } }')).diagnoses.edges;
    diagnosis = diagnoses[0].node.id;
    rareDiagnosis = diagnoses[diagnoses.length - 1].node.id;
    service = (await q(admin, '{ medicalServices(filter: { search: "A0002" }) { edges { node { id code } } } }')).medicalServices.edges.find(
      (e: Any) => e.node.code === 'A0002',
    ).node.id;
    item = (await q(admin, '{ medicalItems(filter: { search: "D0001" }) { edges { node { id } } } }')).medicalItems.edges[0].node.id;
    const seeded = (await q(admin, '{ claims(first: 50) { edges { node { rejectionReason insuranceNumber insuree { family { id } } } } } }')).claims.edges.map(
      (e: Any) => e.node,
    );
    const lonely = seeded.find((c: Any) => c.rejectionReason === 21);
    insured = lonely.insuranceNumber;
    const fam = (await q(admin, '{ products(first: 20) { edges { node { id code } } } }')).products.edges.find((e: Any) => e.node.code === 'FAM01').node.id;
    const policy = (
      await q(admin, `mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { policy { id value } ${ERR} } }`, {
        i: { familyId: lonely.insuree.family.id, productId: fam, enrolDate: daysAgo(60) },
      })
    ).createPolicy.policy;
    await q(admin, `mutation($i: CreatePremiumInput!) { createPremium(input: $i) { ${ERR} } }`, {
      i: { policyId: policy.id, amount: policy.value, receipt: `REV-${engine}`, payDate: daysAgo(60), payType: 'C' },
    });
  }, 180_000);
  afterAll(async () => server?.stop());

  it('selection by ids: Selected; only Checked claims waiting; rights', async () => {
    const a = await checked(one());
    const out = await select('Review', { ids: [a.id] });
    expect(out.errors).toEqual([]);
    expect(out.selected).toEqual([expect.objectContaining({ id: a.id, reviewStatus: 4 })]);
    // selected already: not again
    expect(codesOf((await select('Review', { ids: [a.id] })).errors)).toEqual(['ids.0:WRONG_STATUS']);
    // neither ids nor a filter; percentages bounded
    expect(codesOf((await select('Review', {})).errors)).toEqual(['filter:REQUIRED']);
    expect(codesOf((await select('Review', { filter: {}, randomPercent: 101 })).errors)).toEqual(['randomPercent:OUT_OF_RANGE']);
    // a claim administrator holds no 111008
    const refused = await claimadmin.gql(`mutation { selectClaimsForReview(input: { ids: ["${a.id}"] }) { ${ERR} } }`);
    expect(refused.json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('selection by a filter: above an amount, a random share, above the diagnosis average; the others Not selected', async () => {
    const small = await checked(one('1'), { diagnosisId: rareDiagnosis });
    const big = await checked(one('9'), { diagnosisId: rareDiagnosis });
    const filter = { insuranceNumber: insured, reviewStatus: 1 };
    const out = await select('Review', { filter, aboveAmount: toDecimal(parseMoney(small.claimed) + 1n), randomPercent: 0 });
    expect(out.errors).toEqual([]);
    expect(out.selected.map((c: Any) => c.id)).toEqual([big.id]);
    expect((await claim(small.id)).reviewStatus).toBe(2);
    expect(out.notSelected).toBeGreaterThanOrEqual(1);
    // Not selected claims remain candidates: a random 100 % takes them all
    const all = await select('Review', { filter: { insuranceNumber: insured, reviewStatus: 2 }, randomPercent: 100 });
    expect(all.selected.map((c: Any) => c.id)).toContain(small.id);
    // above the diagnosis average (1 × p and 9 × p: the average is 5 × p): only the big one
    const c1 = await checked(one('1'), { diagnosisId: rareDiagnosis });
    const c9 = await checked(one('9'), { diagnosisId: rareDiagnosis });
    const avg = await select('Review', { filter: { insuranceNumber: insured, reviewStatus: 1 }, aboveDiagnosisAverage: 0 });
    expect(avg.selected.map((c: Any) => c.id)).toContain(c9.id);
    expect(avg.selected.map((c: Any) => c.id)).not.toContain(c1.id);
    // feedback is not sampled by diagnosis
    expect(codesOf((await select('Feedback', { filter, aboveDiagnosisAverage: 10 })).errors)).toEqual(['aboveDiagnosisAverage:INVALID']);
  });

  it('save: approved quantity and price, a rejection needs a justification (reason -1), conflict; delivery recomputes the approved amount', async () => {
    const c = await checked([...one('4'), { kind: 'I', itemId: item, quantity: '2' }]);
    await select('Review', { ids: [c.id] });
    let current = await claim(c.id);
    const noReason = await save({ id: c.id, version: current.version, lines: [{ lineNo: 2, rejected: true }] });
    expect(codesOf(noReason.errors)).toEqual(['lines.0.justification:REQUIRED']);
    const bad = await save({ id: c.id, version: current.version, lines: [{ lineNo: 9 }, { lineNo: 1, quantityApproved: '-1' }] });
    expect(codesOf(bad.errors)).toEqual(['lines.0.lineNo:NOT_FOUND', 'lines.1.quantityApproved:INVALID']);
    const long = await save({ id: c.id, version: current.version, remark: 'x'.repeat(501), lines: [] });
    expect(codesOf(long.errors)).toEqual(['remark:TOO_LONG']);
    const saved = await save({
      id: c.id,
      version: current.version,
      remark: 'Too many',
      lines: [
        { lineNo: 1, quantityApproved: '2', priceApproved: '5.00' },
        { lineNo: 2, rejected: true, justification: 'Not prescribed' },
      ],
    });
    expect(saved.errors).toEqual([]);
    expect(saved.claim).toMatchObject({ reviewStatus: 4, reviewRemark: 'Too many', approved: '10.00' });
    expect(saved.claim.lines.map((l: Any) => [l.quantityApproved, l.priceApproved, l.status, l.rejectionReason, l.justification])).toEqual([
      ['2.00', '5.00', 1, 0, null],
      ['2.00', saved.claim.lines[1].priceApproved, 2, -1, 'Not prescribed'],
    ]);
    // the version seen before is stale
    expect(codesOf((await save({ id: c.id, version: current.version, lines: [] })).errors)).toEqual([expect.stringContaining('CONFLICT')]);
    current = await claim(c.id);
    const delivered = await deliver(c.id, current.version);
    expect(delivered.errors).toEqual([]);
    expect(delivered.claim).toMatchObject({ reviewStatus: 8, status: 4, approved: '10.00' });
    // delivered: closed
    expect(codesOf((await save({ id: c.id, version: delivered.claim.version, lines: [] })).errors)).toEqual(['null:WRONG_STATUS']);
    // processing values the reviewer's quantity and price
    const processed = (await q(admin, `mutation { processClaims(input: { ids: ["${c.id}"] }) { claims { ${CLAIM} } ${ERR} } }`)).processClaims.claims[0];
    expect(processed.lines[0]).toMatchObject({ priceAdjusted: '5.00', priceValuated: '10.00' });
    expect(processed.valuated).toBe('10.00');
    const history = (await q(admin, `{ history(entityType: "ClaimLines", entityId: "${c.id}") { edges { node { action } } } }`)).history.edges;
    expect(history.length).toBeGreaterThanOrEqual(2);
  });

  it('a valuated claim reviewed: the valuation recomputed (never against itself); every line rejected → Rejected -1', async () => {
    const c = await checked(one('3'));
    const valuated = (await q(admin, `mutation { processClaims(input: { ids: ["${c.id}"] }) { claims { ${CLAIM} } ${ERR} } }`)).processClaims.claims[0];
    expect(valuated.status).toBe(16);
    const price = valuated.lines[0].priceList as string;
    const saved = await save({ id: c.id, version: valuated.version, lines: [{ lineNo: 1, quantityApproved: '1' }] });
    expect(saved.errors).toEqual([]);
    const delivered = await deliver(c.id, saved.claim.version);
    expect(delivered.claim).toMatchObject({ status: 16, reviewStatus: 8, valuated: price });
    expect(delivered.claim.lines[0].priceValuated).toBe(price);
    const r = await checked(one('1'));
    await select('Review', { ids: [r.id] });
    const rejectedAll = await save({ id: r.id, version: (await claim(r.id)).version, lines: [{ lineNo: 1, rejected: true, justification: 'No visit' }] });
    const gone = await deliver(r.id, rejectedAll.claim.version);
    expect(gone.claim).toMatchObject({ status: 1, rejectionReason: -1, reviewStatus: 8, approved: '0.00' });
  });

  it('feedback: select, answers with an assessment 0-5, delivered once; bypass review and feedback; processing bypasses a Selected review', async () => {
    const c = await checked(one());
    expect((await select('Feedback', { ids: [c.id] })).selected).toEqual([expect.objectContaining({ feedbackStatus: 4 })]);
    const answer = async (assessment: number, version: number) =>
      (
        await q(medical, `mutation($i: DeliverClaimFeedbackInput!) { deliverClaimFeedback(input: $i) { ${PAYLOAD} } }`, {
          i: { id: c.id, version, careRendered: true, paymentAsked: false, drugPrescribed: true, drugReceived: false, assessment },
        })
      ).deliverClaimFeedback;
    let version = (await claim(c.id)).version;
    expect(codesOf((await answer(6, version)).errors)).toEqual(['assessment:OUT_OF_RANGE']);
    const done = await answer(4, version);
    expect(done.claim).toMatchObject({
      feedbackStatus: 8,
      careRendered: true,
      paymentAsked: false,
      drugPrescribed: true,
      drugReceived: false,
      assessment: 4,
      feedbackDate: today,
    });
    expect(codesOf((await answer(4, done.claim.version)).errors)).toEqual(['null:WRONG_STATUS']);

    const b = await checked(one());
    await select('Review', { ids: [b.id] });
    await select('Feedback', { ids: [b.id] });
    const bypass = async (input: Record<string, unknown>) =>
      (await q(medical, `mutation($i: BypassClaimsInput!) { bypassClaims(input: $i) { claims { reviewStatus feedbackStatus } ${ERR} } }`, { i: input }))
        .bypassClaims;
    expect((await bypass({ ids: [b.id], feedback: true })).claims).toEqual([{ reviewStatus: 16, feedbackStatus: 16 }]);
    expect(codesOf((await bypass({ ids: [b.id] })).errors)).toEqual(['ids.0:WRONG_STATUS']);
    const s = await checked(one());
    await select('Review', { ids: [s.id] });
    version = (await claim(s.id)).version;
    const processed = (await q(admin, `mutation { processClaims(input: { ids: ["${s.id}"] }) { claims { reviewStatus version } ${ERR} } }`)).processClaims
      .claims[0];
    expect(processed).toEqual({ reviewStatus: 16, version: version + 1 });
  });
});
