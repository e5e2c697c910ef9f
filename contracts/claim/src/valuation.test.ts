import { describe, expect, it } from 'vitest';
import { familyCeiling, type ValuationCover, type ValuationInput, valuateClaim } from './valuation.js';

const cover = (over: Partial<ValuationCover> = {}): ValuationCover => ({
  priceOrigin: 'P',
  limitationType: 'C',
  limitationTypeR: 'C',
  limitationTypeE: 'C',
  limitAdult: 100,
  limitChild: 100,
  limitAdultR: 100,
  limitChildR: 100,
  limitAdultE: 100,
  limitChildE: 100,
  ...over,
});
const claim = (over: Partial<ValuationInput> = {}): ValuationInput => ({
  visitType: 'O',
  adult: true,
  hospital: false,
  category: 'O',
  policies: [{ id: 1, product: {}, members: 1 }],
  lines: [{ policyId: 1, cover: cover(), quantity: 7, priceAsked: 11, priceList: 100 }],
  ...over,
});

describe('valuateClaim: openIMIS worked example', () => {
  it('item quantity 7, price list 100, 100% co-insurance → 700', () => {
    const v = valuateClaim(claim());
    expect(v.lines[0]).toMatchObject({ priceAdjusted: '100.00', priceValuated: '700.00', remunerated: '700.00' });
    expect(v).toMatchObject({ valuated: '700.00', remunerated: '700.00', relative: false });
  });
  it('with a delivery ceiling of 55 (a delivery claim) → 55', () => {
    const v = valuateClaim(claim({ category: 'D', policies: [{ id: 1, product: { maxAmountDelivery: 55 }, members: 1 }] }));
    expect(v.lines[0]?.priceValuated).toBe('55.00');
    // a consultation claim is not capped by the delivery amount
    expect(valuateClaim(claim({ category: 'C', policies: [{ id: 1, product: { maxAmountDelivery: 55 }, members: 1 }] })).valuated).toBe('700.00');
  });
  it('deductible per insuree 500 then 80% co-insurance on 700 → 160', () => {
    const v = valuateClaim(
      claim({
        policies: [{ id: 1, product: { dedInsuree: 500 }, members: 1 }],
        lines: [{ policyId: 1, cover: cover({ limitAdult: 80 }), quantity: 7, priceAsked: 11, priceList: 100 }],
      }),
    );
    expect(v.lines[0]).toMatchObject({ deductible: '500.00', priceValuated: '160.00' });
    expect(v.policies).toEqual([{ policyId: 1, kind: 'G', deducted: '500.00', remunerated: '160.00' }]);
  });
});

describe('valuateClaim: rules', () => {
  it('price origin O pays the price asked; a reviewer price is kept; R is left to the batch', () => {
    expect(valuateClaim(claim({ lines: [{ policyId: 1, cover: cover({ priceOrigin: 'O' }), quantity: 2, priceAsked: 11, priceList: 100 }] })).valuated).toBe(
      '22.00',
    );
    expect(valuateClaim(claim({ lines: [{ policyId: 1, cover: cover(), quantity: 2, priceAsked: 11, priceList: 100, priceReviewed: 40 }] })).valuated).toBe(
      '80.00',
    );
    const r = valuateClaim(claim({ lines: [{ policyId: 1, cover: cover({ priceOrigin: 'R' }), quantity: 2, priceAsked: 11, priceList: 100 }] }));
    expect(r).toMatchObject({ relative: true, valuated: '200.00', remunerated: '0.00' });
    expect(r.lines[0]?.remunerated).toBeNull();
  });
  it('approved quantity wins over the asked one; a rejected line is not valuated', () => {
    const v = valuateClaim(
      claim({
        lines: [
          { policyId: 1, cover: cover(), quantity: 7, quantityApproved: 3, priceAsked: 100 },
          { policyId: null, cover: null, quantity: 1, priceAsked: 50 },
        ],
      }),
    );
    expect(v.lines).toEqual([expect.objectContaining({ priceValuated: '300.00' }), null]);
  });
  it('limits by visit type, adult or child: co-insurance % and fixed amount per unit', () => {
    const c = cover({ limitAdult: 50, limitChild: 80, limitationTypeE: 'F', limitAdultE: 30, limitChildE: 200, limitAdultR: 90 });
    const line = { policyId: 1, cover: c, quantity: 2, priceAsked: 100 };
    expect(valuateClaim(claim({ lines: [line] })).valuated).toBe('100.00');
    expect(valuateClaim(claim({ adult: false, lines: [line] })).valuated).toBe('160.00');
    expect(valuateClaim(claim({ visitType: 'R', lines: [line] })).valuated).toBe('180.00');
    expect(valuateClaim(claim({ visitType: 'E', lines: [line] })).valuated).toBe('60.00');
    expect(valuateClaim(claim({ visitType: 'E', adult: false, lines: [line] })).valuated).toBe('200.00');
  });
  it('deductibles: treatment, insuree and policy less what other claims deducted; general before IP/OP', () => {
    const line = { policyId: 1, cover: cover(), quantity: 1, priceAsked: 300 };
    const prev = { deducted: { G: 150, IP: 0, OP: 0 }, remunerated: { G: 0, IP: 0, OP: 0 } };
    expect(valuateClaim(claim({ policies: [{ id: 1, product: { dedTreatment: 100 }, members: 1 }], lines: [line] })).valuated).toBe('200.00');
    expect(valuateClaim(claim({ policies: [{ id: 1, product: { dedInsuree: 200 }, members: 1, insuree: prev }], lines: [line] })).valuated).toBe('250.00');
    expect(valuateClaim(claim({ policies: [{ id: 1, product: { dedPolicy: 200 }, members: 1, policy: prev }], lines: [line] })).valuated).toBe('250.00');
    const ipop = { dedIpTreatment: 100, dedOpTreatment: 20 };
    expect(valuateClaim(claim({ hospital: true, policies: [{ id: 1, product: ipop, members: 1 }], lines: [line] })).valuated).toBe('200.00');
    expect(valuateClaim(claim({ hospital: false, policies: [{ id: 1, product: ipop, members: 1 }], lines: [line] })).valuated).toBe('280.00');
  });
  it('ceilings: treatment, insuree, policy (family size), excess recorded; exclusions', () => {
    const line = { policyId: 1, cover: cover(), quantity: 1, priceAsked: 300 };
    const prev = { deducted: { G: 0, IP: 0, OP: 0 }, remunerated: { G: 0, IP: 50, OP: 900 } };
    const t = valuateClaim(claim({ policies: [{ id: 1, product: { maxTreatment: 120 }, members: 1 }], lines: [line] }));
    expect(t.lines[0]).toMatchObject({ priceValuated: '120.00', exceedCeiling: '180.00' });
    expect(
      valuateClaim(claim({ hospital: true, policies: [{ id: 1, product: { maxIpInsuree: 200 }, members: 1, insuree: prev }], lines: [line] })).valuated,
    ).toBe('150.00');
    expect(valuateClaim(claim({ policies: [{ id: 1, product: { maxOpPolicy: 1000 }, members: 1, policy: prev }], lines: [line] })).valuated).toBe('100.00');
    // 5 members, threshold 3: +2 × 100 → 1200 - 900 = 300
    const family = { maxOpPolicy: 1000, maxPolicyExtraMemberOp: 100, threshold: 3 };
    expect(valuateClaim(claim({ policies: [{ id: 1, product: family, members: 5, policy: prev }], lines: [line] })).valuated).toBe('300.00');
    expect(
      valuateClaim(claim({ policies: [{ id: 1, product: { ...family, maxCeilingPolicyOp: 1050 }, members: 5, policy: prev }], lines: [line] })).valuated,
    ).toBe('150.00');
    const excluded = { policyId: 1, cover: cover({ ceilingExclusionAdult: 'N', ceilingExclusionChild: 'H' }), quantity: 1, priceAsked: 300 };
    expect(valuateClaim(claim({ policies: [{ id: 1, product: { maxTreatment: 120 }, members: 1 }], lines: [excluded] })).valuated).toBe('300.00');
    expect(valuateClaim(claim({ adult: false, policies: [{ id: 1, product: { maxTreatment: 120 }, members: 1 }], lines: [excluded] })).valuated).toBe('120.00');
  });
  it('a category amount counts the claim’s earlier lines', () => {
    const v = valuateClaim(
      claim({
        category: 'S',
        policies: [{ id: 1, product: { maxAmountSurgery: 250 }, members: 1 }],
        lines: [
          { policyId: 1, cover: cover(), quantity: 1, priceAsked: 200 },
          { policyId: 1, cover: cover(), quantity: 1, priceAsked: 200 },
        ],
      }),
    );
    expect(v.lines.map((l) => l?.priceValuated)).toEqual(['200.00', '50.00']);
  });
  it('family ceiling', () => {
    expect(familyCeiling(1000, 100, null, 2, 3)).toBe(10_000_000n);
    expect(familyCeiling(1000, 100, 1150, 5, 3)).toBe(11_500_000n);
  });
});
