import { describe, expect, it } from 'vitest';
import { admitsPatient, type CheckInput, type CheckLine, type CheckPolicy, checkClaim, claimCategory, claimOutcome } from './checks.js';
import { ClaimStatus, RejectionReason as R } from './codes.js';
import { validateClaimEntry } from './entry.js';

const SERVICE: CheckLine = { kind: 'S', refId: 1, known: true, inPriceList: true, careType: 'B', category: 'C', quantity: '1' };
const ITEM: CheckLine = { kind: 'I', refId: 2, known: true, inPriceList: true, careType: 'B', quantity: '3' };
const policy = (over: Partial<CheckPolicy> = {}): CheckPolicy => ({
  id: 1,
  productId: 10,
  stage: 'R',
  effectiveDate: '2025-01-01',
  maxima: {},
  covered: new Map([
    ['S:1', {}],
    ['I:2', {}],
  ]),
  usedQuantity: new Map(),
  usedCategories: {},
  ...over,
});
const base = (over: Partial<CheckInput> = {}): CheckInput => ({
  claim: { visitFrom: '2026-03-10', visitTo: '2026-03-10', dateClaimed: '2026-03-11' },
  facilityCareType: 'B',
  insuree: { gender: 'F', birthDate: '1990-05-01', joinedOn: '2020-01-01' },
  policies: [policy()],
  lines: [SERVICE, ITEM],
  ...over,
});
const reasons = (input: CheckInput) => checkClaim(input).lines.map((l) => l.reason);

describe('checkClaim', () => {
  it('passes covered lines: Checked, approved = asked, the covering policy and product', () => {
    const out = checkClaim(base());
    expect(out).toMatchObject({ status: ClaimStatus.checked, reason: 0, category: 'C' });
    expect(out.lines[1]).toMatchObject({ status: 1, reason: 0, quantityApproved: '3.00', policyId: 1, productId: 10, reduced: false });
  });
  it('claim-level stops reject every line: 9 target date, 7 insuree, 21 no policy, 6 guarantee', () => {
    expect(checkClaim(base({ claim: { visitFrom: '2026-03-10', visitTo: '2026-03-10', dateClaimed: '2026-03-01' } }))).toMatchObject({
      status: 1,
      reason: R.targetDate,
    });
    expect(reasons(base({ insuree: null }))).toEqual([R.invalidInsuree, R.invalidInsuree]);
    expect(checkClaim(base({ insuree: { gender: 'F', birthDate: '1990-05-01', joinedOn: '2020-01-01', deceasedOn: '2026-01-01' } })).reason).toBe(
      R.invalidInsuree,
    );
    expect(checkClaim(base({ policies: [] }))).toMatchObject({ status: 1, reason: R.noCoverage });
    expect(checkClaim(base({ duplicateGuarantee: true }))).toMatchObject({ status: 1, reason: R.duplicate });
  });
  it('line reasons in order: 1, 2, 10, 4, 5, 6, 3', () => {
    const line = SERVICE;
    const one = (over: object, input: Partial<CheckInput> = {}) => reasons(base({ ...input, lines: [{ ...line, ...over }] }))[0];
    expect(one({ known: false, inPriceList: false })).toBe(R.notInRegister);
    expect(one({ inPriceList: false, careType: 'I' })).toBe(R.notInPriceList);
    expect(one({ careType: 'I' }, { facilityCareType: 'O' })).toBe(R.careType);
    expect(one({ careType: 'O' }, { facilityCareType: 'I' })).toBe(R.careType);
    expect(one({}, { facilityCareType: 'O', claim: { visitFrom: '2026-03-08', visitTo: '2026-03-10', dateClaimed: '2026-03-11' } })).toBe(R.careType);
    expect(one({ patientCategory: 1 })).toBe(R.patientCategory);
    expect(one({ patientCategory: 1 | 2 | 8 })).toBe(R.patientCategory);
    expect(one({ patientCategory: 2 | 4 })).toBe(R.accepted);
    expect(one({ frequency: 30, previousDates: ['2026-02-20'] })).toBe(R.frequency);
    expect(one({ frequency: 30, previousDates: ['2026-01-20'] })).toBe(R.accepted);
    // a provision entered later for an earlier visit counts too (openIMIS only looks back)
    expect(one({ frequency: 30, previousDates: ['2026-03-25'] })).toBe(R.frequency);
    expect(one({ frequency: 30, previousDates: ['2026-04-20'] })).toBe(R.accepted);
    expect(one({ duplicate: true })).toBe(R.duplicate);
    expect(one({ refId: 99 })).toBe(R.notCovered);
  });
  it('17 waiting period on a new policy or for a member who joined later; not on a renewal', () => {
    const covered = new Map([['S:1', { waitingPeriodAdult: 3 }]]);
    const lines = [SERVICE];
    expect(reasons(base({ lines, policies: [policy({ covered, stage: 'N', effectiveDate: '2026-01-01' })] }))).toEqual([R.waitingPeriod]);
    expect(reasons(base({ lines, policies: [policy({ covered, stage: 'R', effectiveDate: '2026-01-01' })] }))).toEqual([R.accepted]);
    const joined = { gender: 'F', birthDate: '1990-05-01', joinedOn: '2026-02-01' };
    expect(reasons(base({ lines, insuree: joined, policies: [policy({ covered, stage: 'R', effectiveDate: '2025-01-01' })] }))).toEqual([R.waitingPeriod]);
    // a child's waiting period is the child column
    const child = { gender: 'M', birthDate: '2020-01-01', joinedOn: '2020-01-01' };
    expect(reasons(base({ lines, insuree: child, policies: [policy({ covered, stage: 'N', effectiveDate: '2026-01-01' })] }))).toEqual([R.accepted]);
  });
  it('16 maximum provisions: cut to what is left, rejected when none is; counted across lines of the claim', () => {
    const covered = new Map([['I:2', { limitNoAdult: 5 }]]);
    const item = ITEM;
    const out = checkClaim(base({ lines: [item, item], policies: [policy({ covered, usedQuantity: new Map([['I:2', 1]]) })] }));
    expect(out.lines.map((l) => [l.reason, l.quantityApproved, l.reduced])).toEqual([
      [0, '3.00', false],
      [0, '1.00', true],
    ]);
    expect(reasons(base({ lines: [item], policies: [policy({ covered, usedQuantity: new Map([['I:2', 5]]) })] }))).toEqual([R.maxProvisions]);
  });
  it('tries the next policy when the first fails, and answers the first failure when none passes', () => {
    const item = ITEM;
    const full = policy({ id: 1, covered: new Map([['I:2', { limitNoAdult: 1 }]]), usedQuantity: new Map([['I:2', 1]]) });
    const other = policy({ id: 2, productId: 20 });
    expect(checkClaim(base({ lines: [item], policies: [full, other] })).lines[0]).toMatchObject({ reason: 0, policyId: 2, productId: 20 });
    expect(reasons(base({ lines: [item], policies: [full] }))).toEqual([R.maxProvisions]);
  });
  it('category maxima 13 14 15 19 11 12 on services, skipped for a claim of category O', () => {
    const service = (category: string) => ({ ...SERVICE, category });
    const max = (field: string, used: string) => [policy({ maxima: { [field]: 2 }, usedCategories: { [used]: 2 } })];
    expect(reasons(base({ lines: [service('C')], policies: max('maxNoConsultation', 'C') }))).toEqual([R.maxConsultations]);
    expect(reasons(base({ lines: [service('S')], policies: max('maxNoSurgery', 'S') }))).toEqual([R.maxSurgeries]);
    expect(reasons(base({ lines: [service('D')], policies: max('maxNoDelivery', 'D') }))).toEqual([R.maxDeliveries]);
    expect(reasons(base({ lines: [service('A')], policies: max('maxNoAntenatal', 'A') }))).toEqual([R.maxAntenatal]);
    expect(reasons(base({ lines: [service('V')], policies: max('maxNoVisits', 'V') }))).toEqual([R.maxVisits]);
    const stay = { visitFrom: '2026-03-08', visitTo: '2026-03-10', dateClaimed: '2026-03-11' };
    expect(reasons(base({ claim: stay, lines: [service('C')], policies: max('maxNoHospitalization', 'H') }))).toEqual([R.maxHospitalisations]);
    expect(reasons(base({ lines: [service('O')], policies: max('maxNoConsultation', 'O') }))).toEqual([R.accepted]);
    // under the maximum: passes
    expect(reasons(base({ lines: [service('C')], policies: [policy({ maxima: { maxNoConsultation: 3 }, usedCategories: { C: 2 } })] }))).toEqual([R.accepted]);
  });
  it('all lines rejected: Rejected with their shared reason, else 1', () => {
    expect(
      claimOutcome([
        { status: 2, reason: 3 },
        { status: 2, reason: 3 },
      ]),
    ).toEqual({ status: 1, reason: 3 });
    expect(
      claimOutcome([
        { status: 2, reason: 3 },
        { status: 2, reason: 2 },
      ]),
    ).toEqual({ status: 1, reason: 1 });
    expect(
      claimOutcome([
        { status: 2, reason: 3 },
        { status: 1, reason: 0 },
      ]),
    ).toEqual({ status: 4, reason: 0 });
  });
  it('claim category: S D A H C O V order, H for a stay, V by default', () => {
    const day = { visitFrom: '2026-03-10', dateClaimed: '2026-03-10' };
    const s = (category: string) => ({ kind: 'S' as const, known: true, category });
    expect(claimCategory(day, [s('C'), s('D')])).toBe('D');
    expect(claimCategory({ ...day, visitTo: '2026-03-12' }, [s('C')])).toBe('H');
    expect(claimCategory(day, [])).toBe('V');
  });
  it('patient category bitmask', () => {
    expect(admitsPatient(0, 'M', true)).toBe(true);
    expect(admitsPatient(15, 'F', false)).toBe(true);
    expect(admitsPatient(2 | 12, 'M', true)).toBe(false);
    expect(admitsPatient(3 | 8, 'M', true)).toBe(false);
  });
});

describe('validateClaimEntry', () => {
  const today = '2026-03-20';
  const ok = { code: 'C1', visitFrom: '2026-03-10', visitTo: '2026-03-11', dateClaimed: '2026-03-12', visitType: 'O', lines: [{ kind: 'S', quantity: '1' }] };
  const codes = (claim: object) => validateClaimEntry({ ...ok, ...claim }, { today }).map((i) => `${i.path}:${i.code}`);
  it('accepts a valid claim', () => expect(codes({})).toEqual([]));
  it('dates: from <= to <= claimed <= today', () => {
    expect(codes({ visitTo: '2026-03-09' })).toEqual(['visitTo:DATE_BEFORE_START']);
    expect(codes({ dateClaimed: '2026-03-10' })).toEqual(['dateClaimed:DATE_BEFORE_START']);
    expect(codes({ dateClaimed: '2026-03-21' })).toEqual(['dateClaimed:DATE_IN_FUTURE']);
    expect(codes({ visitFrom: null })).toContain('visitFrom:REQUIRED');
  });
  it('lines: at least one, quantity > 0, price >= 0, kind S or I; visit type O E R', () => {
    expect(codes({ lines: [] })).toEqual(['lines:REQUIRED']);
    expect(
      codes({
        lines: [
          { kind: 'S', quantity: '0' },
          { kind: 'X', quantity: '-1', priceAsked: '-2' },
        ],
      }),
    ).toEqual(['lines.0.quantity:OUT_OF_RANGE', 'lines.1.kind:INVALID', 'lines.1.quantity:OUT_OF_RANGE', 'lines.1.priceAsked:OUT_OF_RANGE']);
    expect(codes({ visitType: 'X' })).toEqual(['visitType:INVALID']);
  });
});
