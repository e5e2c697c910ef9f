/**
 * The claim domain on the real server (both engines): entry rules, the pickers within the
 * facility's price list, submission with openIMIS's reasons (21, 3, 10, 2, 17, 16, 6), duplicates
 * (service overlap, guarantee warning), statuses, restore, delete, conflict, history, rights and
 * the facility scope of a claim administrator, and the used counts in the eligibility enquiry.
 */
import { addDays } from '@kente/contract-policy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, type RunningServer, startServer } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: test convenience
type Any = any;

const ERR = 'errors { field code message }';
const LINE = 'lineNo kind serviceId itemId code quantity priceAsked priceList quantityApproved priceApproved status rejectionReason policyId productId';
const CLAIM = `id code version status rejectionReason category claimed approved healthFacilityId insuranceNumber visitFrom visitTo guaranteeNo restoredFromId lines { ${LINE} }`;
const PAYLOAD = `claim { ${CLAIM} } warnings { code lineNo } ${ERR}`;
const today = new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => addDays(today, -n);
const codesOf = (errors: { code: string; field: string | null }[]) => errors.map((e) => `${e.field}:${e.code}`);

describe.each(engines)('claims on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;
  let claimadmin: Client;
  let medical: Client;
  let hospital: string;
  let centre: string;
  let diagnosis: string;
  let insured: string;
  let fresh: string;
  const service: Record<string, string> = {};
  let item: string;
  let codeNo = 0;
  const code = () => `T${engine[0]}${++codeNo}`;

  const q = async (client: Client, query: string, variables?: Record<string, unknown>) => {
    const r = await client.gql(query, variables);
    expect(r.json.errors).toBeUndefined();
    return r.json.data;
  };
  const create = async (input: Record<string, unknown>, client = admin) =>
    (
      await q(client, `mutation($i: CreateClaimInput!) { createClaim(input: $i) { ${PAYLOAD} } }`, {
        i: {
          code: code(),
          healthFacilityId: centre,
          insuranceNumber: insured,
          visitFrom: daysAgo(40),
          dateClaimed: daysAgo(40),
          diagnosisId: diagnosis,
          ...input,
        },
      })
    ).createClaim;
  const submit = async (ids: string[], client = admin) =>
    (
      await q(client, `mutation($i: SubmitClaimsInput!) { submitClaims(input: $i) { submissions { claim { ${CLAIM} } warnings { code lineNo } } ${ERR} } }`, {
        i: { ids },
      })
    ).submitClaims;
  /** creates and submits; answers the stored claim and its warnings */
  const submitted = async (input: Record<string, unknown>) => {
    const made = await create(input);
    expect(made.errors).toEqual([]);
    const out = await submit([made.claim.id]);
    expect(out.errors).toEqual([]);
    return out.submissions[0];
  };
  const s = (c: string, quantity = '1') => ({ kind: 'S', serviceId: service[c], quantity });

  beforeAll(async () => {
    server = await startServer(engine);
    admin = new Client(server.url);
    expect((await admin.login('Admin', 'admin123')).errors).toEqual([]);
    claimadmin = new Client(server.url);
    expect((await claimadmin.login('claimadmin', 'claimadmin123')).errors).toEqual([]);
    medical = new Client(server.url);
    expect((await medical.login('medical', 'medical123')).errors).toEqual([]);
    hospital = (await q(claimadmin, '{ me { healthFacility { id } } }')).me.healthFacility.id;
    centre = (await q(admin, '{ healthFacilities(filter: { search: "HFC001" }) { edges { node { id code } } } }')).healthFacilities.edges[0].node.id;
    diagnosis = (await q(admin, '{ diagnoses(first: 1) { edges { node { id } } } }')).diagnoses.edges[0].node.id;
    for (const c of ['A0001', 'A0003', 'A0004', 'C0001', 'C0009', 'S0001']) {
      service[c] = (await q(admin, `{ medicalServices(filter: { search: "${c}" }) { edges { node { id code } } } }`)).medicalServices.edges.find(
        (e: Any) => e.node.code === c,
      ).node.id;
    }
    item = (await q(admin, '{ medicalItems(filter: { search: "D0001" }) { edges { node { id } } } }')).medicalItems.edges[0].node.id;
    const seeded = (
      await q(admin, '{ claims(first: 50) { edges { node { code status rejectionReason insuranceNumber insuree { family { id } } } } } }')
    ).claims.edges.map((e: Any) => e.node);
    insured = seeded.find((c: Any) => c.status === 4).insuranceNumber;
    // an insuree with no policy (the seeded claim rejected 21) gets a new policy enrolled 60 days ago
    const lonely = seeded.find((c: Any) => c.rejectionReason === 21);
    fresh = lonely.insuranceNumber;
    const fam = (await q(admin, '{ products(first: 20) { edges { node { id code } } } }')).products.edges.find((e: Any) => e.node.code === 'FAM01').node.id;
    const policy = (
      await q(admin, `mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { policy { id value } ${ERR} } }`, {
        i: { familyId: lonely.insuree.family.id, productId: fam, enrolDate: daysAgo(60) },
      })
    ).createPolicy.policy;
    const paid = await q(admin, `mutation($i: CreatePremiumInput!) { createPremium(input: $i) { policy { status } ${ERR} } }`, {
      i: { policyId: policy.id, amount: policy.value, receipt: `CLM-${engine}`, payDate: daysAgo(60), payType: 'C' },
    });
    expect(paid.createPremium.policy.status).toBe(2);
  }, 180_000);
  afterAll(async () => server?.stop());

  it('pickers: only the facility price list, its price, code prefix or name, keyset pages; a claim administrator only their facility', async () => {
    const pick = async (client: Client, facility: string, search: string | null, after?: string) =>
      client.gql(
        `query($f: ID!, $s: String, $a: String) { claimServicePicker(healthFacilityId: $f, search: $s, first: 3, after: $a) { edges { node { id code name price category } } pageInfo { hasNextPage endCursor } } }`,
        { f: facility, s: search, a: after },
      );
    const page1 = (await pick(claimadmin, hospital, 'A0')).json.data.claimServicePicker;
    expect(page1.edges.map((e: Any) => e.node.code)).toEqual(['A0001', 'A0002', 'A0003']);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await pick(claimadmin, hospital, 'A0', page1.pageInfo.endCursor)).json.data.claimServicePicker;
    expect(page2.edges[0].node.code).toBe('A0004');
    // the centre's primary-care list has no surgery: the hospital's has
    const surgeryAtCentre = (await pick(admin, centre, 'S0001')).json.data.claimServicePicker.edges;
    const surgeryAtHospital = (await pick(admin, hospital, 'S0001')).json.data.claimServicePicker.edges;
    expect(surgeryAtCentre).toEqual([]);
    expect(surgeryAtHospital).toHaveLength(1);
    const byName = (await pick(admin, centre, 'antenatal')).json.data.claimServicePicker.edges;
    expect(byName.length).toBeGreaterThan(0);
    expect(byName.every((e: Any) => /antenatal/i.test(e.node.name))).toBe(true);
    // the facility's price: the list's override, else the catalogue's
    const listed = (await q(
      admin,
      `{ healthFacility(id: ${centre}) { servicePriceList { services(first: 5, search: "A0001") { edges { node { service { code } price } } } } } }`,
    )) as Any;
    const a1 = listed.healthFacility.servicePriceList.services.edges.find((e: Any) => e.node.service.code === 'A0001').node.price;
    expect((await pick(admin, centre, 'A0001')).json.data.claimServicePicker.edges[0].node.price).toBe(a1);
    const items = await admin.gql(`{ claimItemPicker(healthFacilityId: ${centre}, search: "D000", first: 2) { edges { node { code price } } } }`);
    expect(items.json.data.claimItemPicker.edges).toHaveLength(2);
    // the claim administrator of the hospital cannot pick for the centre
    const other = await pick(claimadmin, centre, 'A0');
    expect(other.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // the medical officer enters no claims
    expect((await pick(medical, hospital, 'A0')).json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('entry rules: dates, lines, quantities, insurance number, code unique per facility', async () => {
    const bad = await create({ visitFrom: daysAgo(5), visitTo: daysAgo(6), dateClaimed: addDays(today, 1), lines: [] });
    expect(codesOf(bad.errors)).toEqual(expect.arrayContaining(['visitTo:DATE_BEFORE_START', 'dateClaimed:DATE_IN_FUTURE', 'lines:REQUIRED']));
    const qty = await create({ lines: [s('A0001', '0'), { kind: 'S', quantity: '1' }] });
    expect(codesOf(qty.errors)).toEqual(['lines.0.quantity:OUT_OF_RANGE']);
    const long = await create({ code: 'C23456789', insuranceNumber: 'N'.repeat(21), explanation: 'x'.repeat(1001), lines: [{ ...s('A0001'), kind: 'SS' }] });
    expect(codesOf(long.errors)).toEqual(expect.arrayContaining(['code:TOO_LONG', 'insuranceNumber:TOO_LONG', 'explanation:TOO_LONG']));
    const unknown = await create({ insuranceNumber: 'NOPE', lines: [s('A0001')] });
    expect(codesOf(unknown.errors)).toEqual(['insuranceNumber:INVALID']);
    const noService = await create({ lines: [{ kind: 'S', quantity: '1' }] });
    expect(codesOf(noService.errors)).toEqual(['lines.0.serviceId:REQUIRED']);
    const ok = await create({ code: 'UNIQ1', lines: [s('A0001', '2'), { kind: 'I', itemId: item, quantity: '3', priceAsked: '10.50' }] });
    expect(ok.errors).toEqual([]);
    expect(ok.claim).toMatchObject({ status: 2, rejectionReason: null, code: 'UNIQ1' });
    const [l1, l2] = ok.claim.lines;
    expect(l1).toMatchObject({ lineNo: 1, kind: 'S', code: 'A0001', quantity: '2.00', status: null });
    expect(l1.priceAsked).toBe(l1.priceList);
    expect(l2).toMatchObject({ lineNo: 2, kind: 'I', priceAsked: '10.50' });
    const cents = (v: string) => Math.round(Number(v) * 100);
    expect(cents(ok.claim.claimed)).toBe(2 * cents(l1.priceAsked) + 3 * 1050);
    expect(codesOf((await create({ code: 'UNIQ1', lines: [s('A0001')] })).errors)).toEqual(['code:DUPLICATE']);
    expect((await create({ code: 'UNIQ1', healthFacilityId: hospital, lines: [s('C0009')] })).errors).toEqual([]);
  });

  it('submission: Checked with approved = asked; Rejected 21, 3, 10, 2 with the claim reason', async () => {
    const checked = await submitted({ visitFrom: daysAgo(30), dateClaimed: daysAgo(29), lines: [s('A0001'), { kind: 'I', itemId: item, quantity: '2' }] });
    expect(checked.claim).toMatchObject({ status: 4, rejectionReason: null });
    expect(checked.claim.lines.map((l: Any) => [l.status, l.rejectionReason, l.quantityApproved])).toEqual([
      [1, 0, '1.00'],
      [1, 0, '2.00'],
    ]);
    expect(checked.claim.lines[0].priceApproved).toBe(checked.claim.lines[0].priceAsked);
    expect(checked.claim.approved).toBe(checked.claim.claimed);
    expect(checked.claim.lines[0].productId).not.toBeNull();
    const unknownFamily = (await q(admin, '{ claims(filter: { status: 1 }, first: 50) { edges { node { rejectionReason insuranceNumber } } } }')).claims.edges
      .map((e: Any) => e.node)
      .find((c: Any) => c.rejectionReason === 21);
    expect(unknownFamily).toBeTruthy();
    // 3: covered by no product (C0009 is beyond the demo products' services); with a passed line the claim is Checked
    const mixed = await submitted({ visitFrom: daysAgo(31), dateClaimed: daysAgo(31), lines: [s('C0009'), { kind: 'I', itemId: item, quantity: '1' }] });
    expect(mixed.claim.status).toBe(4);
    expect(mixed.claim.lines.map((l: Any) => l.rejectionReason)).toEqual([3, 0]);
    expect(mixed.claim.approved).toBe(mixed.claim.lines[1].priceAsked);
    const three = await submitted({ visitFrom: daysAgo(32), dateClaimed: daysAgo(32), lines: [s('C0009')] });
    expect(three.claim).toMatchObject({ status: 1, rejectionReason: 3, approved: '0.00' });
    // 10: an out-patient service at the in-patient hospital
    const ten = await submitted({ healthFacilityId: hospital, visitFrom: daysAgo(33), dateClaimed: daysAgo(33), lines: [s('C0001')] });
    expect(ten.claim).toMatchObject({ status: 1, rejectionReason: 10 });
    // 2: a surgery off the centre's primary-care list
    const two = await submitted({ visitFrom: daysAgo(34), dateClaimed: daysAgo(34), lines: [s('S0001')] });
    expect(two.claim.lines[0]).toMatchObject({ status: 2, rejectionReason: 2, priceList: null });
    // 21: no policy in force at the visit (the fresh insuree's policy starts 60 days ago)
    const before = await submitted({ insuranceNumber: fresh, visitFrom: daysAgo(90), dateClaimed: daysAgo(90), lines: [s('A0001')] });
    expect(before.claim).toMatchObject({ status: 1, rejectionReason: 21 });
    // a submitted claim cannot be submitted again
    const again = await submit([checked.claim.id]);
    expect(codesOf(again.errors)).toEqual(['ids.0:WRONG_STATUS']);
  });

  it('17 waiting period, 16 maximum provisions (cut, then refused), 6 the same service on overlapping dates', async () => {
    const waiting = await submitted({ insuranceNumber: fresh, visitFrom: daysAgo(20), dateClaimed: daysAgo(20), lines: [s('A0004'), s('C0001')] });
    expect(waiting.claim.lines.map((l: Any) => l.rejectionReason)).toEqual([17, 0]);
    const cut = await submitted({ insuranceNumber: fresh, visitFrom: daysAgo(15), dateClaimed: daysAgo(15), lines: [s('A0001', '6')] });
    expect(cut.claim.lines[0]).toMatchObject({ status: 1, quantityApproved: '4.00' });
    expect(cut.warnings).toEqual([{ code: 'QUANTITY_REDUCED', lineNo: 1 }]);
    const none = await submitted({ insuranceNumber: fresh, visitFrom: daysAgo(10), dateClaimed: daysAgo(10), lines: [s('A0001')] });
    expect(none.claim).toMatchObject({ status: 1, rejectionReason: 16 });
    // the same consultation on an overlapping visit (15 days ago is inside 16..14 days ago)
    const dup = await submitted({ insuranceNumber: fresh, visitFrom: daysAgo(21), visitTo: daysAgo(19), dateClaimed: daysAgo(19), lines: [s('C0001')] });
    expect(dup.claim.lines[0].rejectionReason).toBe(6);
    // not overlapping: fine
    const later = await submitted({ insuranceNumber: fresh, visitFrom: daysAgo(5), dateClaimed: daysAgo(5), lines: [s('C0001')] });
    expect(later.claim.status).toBe(4);
  });

  it('a save warns DUPLICATE_SERVICE on each line that submission would reject as a duplicate (6), by the same rule', async () => {
    const upd = async (input: Record<string, unknown>) =>
      (await q(admin, `mutation($i: UpdateClaimInput!) { updateClaim(input: $i) { ${PAYLOAD} } }`, { i: input })).updateClaim;
    // C0001 passed on a Checked claim of this insuree 5 days ago: a visit 6..4 days ago overlaps it
    const draft = await create({
      insuranceNumber: fresh,
      visitFrom: daysAgo(6),
      visitTo: daysAgo(4),
      dateClaimed: daysAgo(4),
      lines: [s('A0004'), s('C0001')],
    });
    expect(draft.errors).toEqual([]);
    expect(draft.warnings).toEqual([{ code: 'DUPLICATE_SERVICE', lineNo: 2 }]);
    const message = (
      await q(admin, `mutation($i: UpdateClaimInput!) { updateClaim(input: $i) { claim { version } warnings { code message } } }`, {
        i: { id: draft.claim.id, version: draft.claim.version, explanation: 'same visit' },
      })
    ).updateClaim;
    // the stored lines are checked when an update leaves them as they are; the message is English text
    expect(message.warnings).toEqual([{ code: 'DUPLICATE_SERVICE', message: expect.stringMatching(/^Line 2: .*duplicate/) }]);
    // visit moved off the other claim's dates: no warning; back on them with only C0001: line 1 warned
    const moved = await upd({ id: draft.claim.id, version: message.claim.version, visitFrom: daysAgo(3), visitTo: daysAgo(2), dateClaimed: daysAgo(2) });
    expect(moved.errors).toEqual([]);
    expect(moved.warnings).toEqual([]);
    // an Entered claim (this draft, C0001 on 3..2 days ago) does not count
    expect((await create({ insuranceNumber: fresh, visitFrom: daysAgo(3), dateClaimed: daysAgo(3), lines: [s('C0001')] })).warnings).toEqual([]);
    const back = await upd({
      id: draft.claim.id,
      version: moved.claim.version,
      visitFrom: daysAgo(5),
      visitTo: null,
      dateClaimed: daysAgo(5),
      lines: [s('C0001')],
    });
    expect(back.warnings).toEqual([{ code: 'DUPLICATE_SERVICE', lineNo: 1 }]);
    // a line the checks rejected does not count (the duplicate of 21..19 days ago)
    expect((await create({ insuranceNumber: fresh, visitFrom: daysAgo(19), dateClaimed: daysAgo(19), lines: [s('C0001')] })).warnings).toEqual([]);
    // submission rejects what the save warned of
    const out = await submit([draft.claim.id]);
    expect(out.submissions[0].claim).toMatchObject({ status: 1, rejectionReason: 6 });
    expect(out.submissions[0].claim.lines[0].rejectionReason).toBe(6);
  });

  it('patient category (4) and frequency (5): edited through the medical API, bounded, checked at submission', async () => {
    const a3 = (await q(admin, `{ medicalService(id: ${service.A0003}) { id version patientCategory frequency } }`)).medicalService;
    expect(a3).toMatchObject({ patientCategory: 15, frequency: null });
    const edit = async (input: Record<string, unknown>) =>
      (await q(admin, `mutation($i: UpdateMedicalServiceInput!) { updateMedicalService(input: $i) { medicalService { version } ${ERR} } }`, { i: input }))
        .updateMedicalService;
    expect(codesOf((await edit({ id: a3.id, version: a3.version, patientCategory: 16, frequency: -1 })).errors)).toEqual([
      'patientCategory:OUT_OF_RANGE',
      'frequency:OUT_OF_RANGE',
    ]);
    expect(codesOf((await edit({ id: a3.id, version: a3.version, patientCategory: null })).errors)).toEqual(['patientCategory:REQUIRED']);
    const gender = (await q(admin, `{ claims(filter: { insuranceNumber: "${fresh}" }, first: 1) { edges { node { insuree { gender } } } } }`)).claims.edges[0]
      .node.insuree.gender;
    let version = (await edit({ id: a3.id, version: a3.version, patientCategory: (gender === 'M' ? 2 : 1) | 4 | 8 })).medicalService.version;
    const other = await submitted({ insuranceNumber: fresh, visitFrom: daysAgo(45), dateClaimed: daysAgo(45), lines: [s('A0003')] });
    expect(other.claim).toMatchObject({ status: 1, rejectionReason: 4 });
    version = (await edit({ id: a3.id, version, patientCategory: 15, frequency: 30 })).medicalService.version;
    expect((await submitted({ insuranceNumber: fresh, visitFrom: daysAgo(44), dateClaimed: daysAgo(44), lines: [s('A0003')] })).claim.status).toBe(4);
    const soon = await submitted({ insuranceNumber: fresh, visitFrom: daysAgo(24), dateClaimed: daysAgo(24), lines: [s('A0003')] });
    expect(soon.claim).toMatchObject({ status: 1, rejectionReason: 5 });
    await edit({ id: a3.id, version, frequency: null });
  });

  it('a guarantee number already used warns (the default), on save and on submission', async () => {
    const first = await create({ guaranteeNo: `G-${engine}`, lines: [s('A0001')] });
    expect(first.warnings).toEqual([]);
    const second = await create({ guaranteeNo: `G-${engine}`, lines: [s('A0001')] });
    expect(second.errors).toEqual([]);
    expect(second.warnings).toEqual([{ code: 'DUPLICATE_GUARANTEE', lineNo: null }]);
  });

  it('update (lines replaced, version), conflict, only while Entered; delete; restore a Rejected claim', async () => {
    const made = (await create({ lines: [s('A0001')] })).claim;
    const upd = async (input: Record<string, unknown>) =>
      (await q(admin, `mutation($i: UpdateClaimInput!) { updateClaim(input: $i) { ${PAYLOAD} } }`, { i: input })).updateClaim;
    const changed = await upd({ id: made.id, version: made.version, explanation: 'two lines', lines: [s('C0001', '2'), s('A0001')] });
    expect(changed.errors).toEqual([]);
    expect(changed.claim.version).toBe(made.version + 1);
    expect(changed.claim.lines.map((l: Any) => l.code)).toEqual(['C0001', 'A0001']);
    expect(codesOf((await upd({ id: made.id, version: made.version, explanation: 'stale' })).errors)).toEqual(['version:CONFLICT']);
    const history = (await q(admin, `{ history(entityType: "Claim", entityId: "${made.id}") { edges { node { action } } } }`)).history.edges.map(
      (e: Any) => e.node.action,
    );
    expect(history).toEqual(expect.arrayContaining(['CREATE', 'UPDATE']));
    const lineHistory = (await q(admin, `{ history(entityType: "ClaimLines", entityId: "${made.id}") { edges { node { action after } } } }`)).history.edges;
    expect(lineHistory.map((e: Any) => e.node.action)).toEqual(expect.arrayContaining(['CREATE', 'UPDATE']));
    const out = await submit([made.id]);
    const sub = out.submissions[0].claim;
    expect(codesOf((await upd({ id: made.id, version: sub.version, explanation: 'late' })).errors)).toEqual(['null:WRONG_STATUS']);
    const del = async (id: string, version: number) =>
      (await q(admin, `mutation($i: VersionedDeleteInput!) { deleteClaim(input: $i) { ${ERR} } }`, { i: { id, version } })).deleteClaim;
    expect(codesOf((await del(made.id, sub.version)).errors)).toEqual(['null:WRONG_STATUS']);
    const gone = (await create({ lines: [s('A0001')] })).claim;
    expect((await del(gone.id, gone.version)).errors).toEqual([]);
    expect((await q(admin, `{ claim(id: ${gone.id}) { id } }`)).claim).toBeNull();
    // restore
    const rejected = (await submitted({ visitFrom: daysAgo(35), dateClaimed: daysAgo(35), lines: [s('C0009', '2')] })).claim;
    expect(rejected.status).toBe(1);
    const restore = async (id: string, c: string, client = admin) =>
      (await client.gql(`mutation($i: RestoreClaimInput!) { restoreClaim(input: $i) { ${PAYLOAD} } }`, { i: { id, code: c } })).json;
    const restored = (await restore(rejected.id, code())).data.restoreClaim;
    expect(restored.errors).toEqual([]);
    expect(restored.claim).toMatchObject({ status: 2, rejectionReason: null, approved: null, restoredFromId: rejected.id, claimed: rejected.claimed });
    expect(restored.claim.lines).toEqual([
      expect.objectContaining({ code: 'C0009', quantity: '2.00', status: null, rejectionReason: null, quantityApproved: null }),
    ]);
    expect(codesOf((await restore(sub.id, code())).data.restoreClaim.errors)).toEqual(['id:WRONG_STATUS']);
    // a claim administrator holds no 111012
    expect((await restore(rejected.id, code(), claimadmin)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("scope: a claim administrator sees and enters only their facility's claims", async () => {
    const mine = (await q(claimadmin, '{ claims(first: 100) { edges { node { id healthFacilityId } } } }')).claims.edges.map((e: Any) => e.node);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((c: Any) => c.healthFacilityId === hospital)).toBe(true);
    const all = (await q(admin, `{ claims(filter: { healthFacilityId: ${centre} }, first: 1) { edges { node { id version } } } }`)).claims.edges[0].node;
    expect((await q(claimadmin, `{ claim(id: ${all.id}) { id } }`)).claim).toBeNull();
    const theirs = await claimadmin.gql(`mutation($i: CreateClaimInput!) { createClaim(input: $i) { ${PAYLOAD} } }`, {
      i: {
        code: code(),
        healthFacilityId: centre,
        insuranceNumber: insured,
        visitFrom: daysAgo(3),
        dateClaimed: daysAgo(3),
        diagnosisId: diagnosis,
        lines: [s('A0001')],
      },
    });
    expect(codesOf(theirs.json.data.createClaim.errors)).toEqual(['null:FORBIDDEN']);
    const entered = (await q(admin, `{ claims(filter: { healthFacilityId: ${centre}, status: 2 }, first: 1) { edges { node { id } } } }`)).claims.edges[0].node;
    expect(codesOf((await submit([entered.id], claimadmin)).errors)).toEqual(['ids.0:FORBIDDEN']);
    const own = await claimadmin.gql(`mutation($i: CreateClaimInput!) { createClaim(input: $i) { claim { id healthFacilityId adminId } ${ERR} } }`, {
      i: {
        code: code(),
        healthFacilityId: hospital,
        insuranceNumber: insured,
        visitFrom: daysAgo(3),
        dateClaimed: daysAgo(3),
        diagnosisId: diagnosis,
        lines: [{ kind: 'I', itemId: item, quantity: '1' }],
      },
    });
    expect(own.json.data.createClaim.errors).toEqual([]);
    expect(own.json.data.createClaim.claim.adminId).not.toBeNull();
    // the medical officer (national) reads every facility's claims but enters none
    expect((await q(medical, `{ claim(id: ${all.id}) { id } }`)).claim.id).toBe(all.id);
    const refused = await medical.gql(`mutation($i: SubmitClaimsInput!) { submitClaims(input: $i) { ${ERR} } }`, { i: { ids: [entered.id] } });
    expect(refused.json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("scope: a user bound to a district sees and enters the claims of that district's facilities", async () => {
    const facility = async (c: string) =>
      (await q(admin, `{ healthFacilities(filter: { search: "${c}" }) { edges { node { id code locationId } } } }`)).healthFacilities.edges[0].node;
    const here = await facility('HFC001');
    const away = await facility('HFC002');
    expect(away.locationId).not.toBe(here.locationId);
    const role = (await q(admin, '{ roles(first: 50) { edges { node { id name } } } }')).roles.edges.find((e: Any) => e.node.name === 'Claim Administrator')
      .node.id;
    const username = `district${engine}`;
    const made = await q(admin, `mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } ${ERR} } }`, {
      i: { username, password: 'District-claims-1', otherNames: 'Dee', lastName: 'Strict', roleIds: [role], locationIds: [here.locationId] },
    });
    expect(made.createUser.errors).toEqual([]);
    const district = new Client(server.url);
    expect((await district.login(username, 'District-claims-1')).errors).toEqual([]);
    const elsewhere = await create({ healthFacilityId: away.id, lines: [s('A0001')] });
    expect(elsewhere.errors).toEqual([]);
    const seen = (await q(district, '{ claims(first: 100) { edges { node { id healthFacilityId } } } }')).claims.edges.map((e: Any) => e.node);
    expect(seen.some((c: Any) => c.healthFacilityId === here.id)).toBe(true);
    expect(seen.some((c: Any) => c.id === elsewhere.claim.id)).toBe(false);
    expect(codesOf((await submit([elsewhere.claim.id], district)).errors)).toEqual(['ids.0:FORBIDDEN']);
    const mine = await district.gql(`mutation($i: CreateClaimInput!) { createClaim(input: $i) { claim { id adminId } ${ERR} } }`, {
      i: {
        code: code(),
        healthFacilityId: here.id,
        insuranceNumber: insured,
        visitFrom: daysAgo(2),
        dateClaimed: daysAgo(2),
        diagnosisId: diagnosis,
        lines: [s('A0001')],
      },
    });
    expect(mine.json.data.createClaim.errors).toEqual([]);
    // not working at the facility: no claim administrator by default
    expect(mine.json.data.createClaim.claim.adminId).toBeNull();
    const away2 = await district.gql(`mutation($i: CreateClaimInput!) { createClaim(input: $i) { ${ERR} } }`, {
      i: {
        code: code(),
        healthFacilityId: away.id,
        insuranceNumber: insured,
        visitFrom: daysAgo(2),
        dateClaimed: daysAgo(2),
        diagnosisId: diagnosis,
        lines: [s('A0001')],
      },
    });
    expect(codesOf(away2.json.data.createClaim.errors)).toEqual(['null:FORBIDDEN']);
  });

  it('filters: status, insurance number, code, claimed range, visit dates', async () => {
    const rows = async (filter: string) =>
      (await q(admin, `{ claims(filter: { ${filter} }, first: 100) { edges { node { code status claimed insuranceNumber visitFrom } } } }`)).claims.edges.map(
        (e: Any) => e.node,
      );
    expect((await rows('status: 4')).every((c: Any) => c.status === 4)).toBe(true);
    expect((await rows(`insuranceNumber: "${fresh}"`)).every((c: Any) => c.insuranceNumber === fresh)).toBe(true);
    expect((await rows('code: "UNIQ1"')).map((c: Any) => c.code)).toEqual(['UNIQ1', 'UNIQ1']);
    expect((await rows('claimedMin: "5000", claimedMax: "6000"')).every((c: Any) => Number(c.claimed) >= 5000 && Number(c.claimed) <= 6000)).toBe(true);
    expect((await rows(`visitFrom: "${daysAgo(16)}", visitTo: "${daysAgo(14)}"`)).every((c: Any) => c.visitFrom >= daysAgo(16))).toBe(true);
    // an exact amount finds its claim (the range read on its index, then by id)
    const some = (await rows('status: 4'))[0];
    expect((await rows(`claimedMin: "${some.claimed}", claimedMax: "${some.claimed}"`)).map((c: Any) => c.code)).toContain(some.code);
    // newest first: ids descending, the next page continues below the cursor
    const page = async (after: string | null) =>
      (
        await q(admin, 'query($a: String) { claims(orderBy: NEWEST_FIRST, first: 5, after: $a) { edges { node { id } } pageInfo { endCursor } } }', {
          a: after,
        })
      ).claims;
    const newest = await page(null);
    const ids = newest.edges.map((e: Any) => Number(e.node.id));
    expect(ids).toHaveLength(5);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const next = (await page(newest.pageInfo.endCursor)).edges.map((e: Any) => Number(e.node.id));
    expect(next).toHaveLength(5);
    expect(Math.max(...next)).toBeLessThan(Math.min(...ids));
  });

  it('eligibility: the insuree used counts come from their submitted claims (policy.eligibility)', async () => {
    const read = async () =>
      (await q(admin, `{ eligibility(insuranceNumber: "${fresh}", date: "${today}") { policies { productCode counts { field max remaining } } } }`)).eligibility
        .policies[0];
    const before = (await read()).counts.find((c: Any) => c.field === 'maxNoHospitalization');
    // an in-patient stay at the centre: category H
    const stay = await submitted({
      insuranceNumber: fresh,
      visitFrom: daysAgo(4),
      visitTo: daysAgo(3),
      dateClaimed: daysAgo(3),
      lines: [{ kind: 'I', itemId: item, quantity: '1' }],
    });
    expect(stay.claim).toMatchObject({ status: 4, category: 'H' });
    const after = (await read()).counts.find((c: Any) => c.field === 'maxNoHospitalization');
    expect(after.remaining).toBe(before.remaining - 1);
  });

  it('11 maximum hospitalisations: in-patient claims counted per policy; the next in-patient service is rejected', async () => {
    const remaining = async () =>
      (
        await q(admin, `{ eligibility(insuranceNumber: "${fresh}", date: "${today}") { policies { counts { field remaining } } } }`)
      ).eligibility.policies[0].counts.find((c: Any) => c.field === 'maxNoHospitalization').remaining as number;
    const left = await remaining();
    expect(left).toBeGreaterThan(0);
    for (let i = 0; i < left; i++) {
      const stay = await submitted({
        insuranceNumber: fresh,
        visitFrom: daysAgo(58 - 2 * i),
        visitTo: daysAgo(57 - 2 * i),
        dateClaimed: daysAgo(50),
        lines: [{ kind: 'I', itemId: item, quantity: '1' }],
      });
      expect(stay.claim).toMatchObject({ status: 4, category: 'H' });
    }
    expect(await remaining()).toBe(0);
    const over = await submitted({
      insuranceNumber: fresh,
      visitFrom: daysAgo(48),
      visitTo: daysAgo(47),
      dateClaimed: daysAgo(47),
      lines: [s('A0003'), { kind: 'I', itemId: item, quantity: '1' }],
    });
    expect(over.claim.lines.map((l: Any) => l.rejectionReason)).toEqual([11, 0]);
  });
});
