import { describe, expect, it } from 'vitest';
import { type FundingLocation, mayFund } from './funding.js';

const north: FundingLocation = { id: 'R1', type: 'R' };
const south: FundingLocation = { id: 'R2', type: 'R' };
const northA: FundingLocation = { id: 'D1', type: 'D', regionId: 'R1' };
const northB: FundingLocation = { id: 'D2', type: 'D', regionId: 'R1' };
const southA: FundingLocation = { id: 'D3', type: 'D', regionId: 'R2' };
const villageOfNorthA: FundingLocation = { id: 'V1', type: 'V', regionId: 'R1', districtId: 'D1' };

describe('mayFund', () => {
  it('a national product (no location) can be funded by any payer', () => {
    expect(mayFund(southA, null)).toBe(true);
    expect(mayFund(north, undefined)).toBe(true);
  });

  it('same location', () => {
    expect(mayFund(northA, northA)).toBe(true);
    expect(mayFund(north, north)).toBe(true);
  });

  it('a regional product: payers inside that region', () => {
    expect(mayFund(northA, north)).toBe(true);
    expect(mayFund(villageOfNorthA, north)).toBe(true);
    expect(mayFund(southA, north)).toBe(false);
    expect(mayFund(south, north)).toBe(false);
  });

  it("a district product: payers inside the district or at the district's region", () => {
    expect(mayFund(north, northA)).toBe(true);
    expect(mayFund(villageOfNorthA, northA)).toBe(true);
    expect(mayFund(northB, northA)).toBe(false);
    expect(mayFund(south, northA)).toBe(false);
    expect(mayFund(southA, northA)).toBe(false);
  });

  it('a payer without a location funds national products only', () => {
    expect(mayFund(null, northA)).toBe(false);
    expect(mayFund(null, null)).toBe(true);
  });
});
