import { describe, expect, it } from 'vitest';
import { coveredMembers, inForceAt, RenewalBlockers, remainingLimits, renewalBlockers } from './eligibility.js';

const policy = { enrolDate: '2026-01-10', expiryDate: '2026-12-31' };
const head = { id: 1, birthDate: '1980-01-01', relationship: null };
const ids = (ms: { id: number }[]) => ms.map((m) => m.id);

describe('coveredMembers', () => {
  it('leaves out the deceased, those born or joined after the expiry', () => {
    const members = [
      head,
      { id: 2, birthDate: '1990-01-01', relationship: 'SP', status: 'DECEASED' },
      { id: 3, birthDate: '2027-01-02', relationship: 'SO' },
      { id: 4, birthDate: '2015-05-05', relationship: 'SO', joinedOn: '2027-02-01' },
      { id: 5, birthDate: '2015-05-05', relationship: 'DA', joinedOn: '2026-12-31' },
    ];
    expect(ids(coveredMembers({ maxMembers: 10 }, members, policy))).toEqual([1, 5]);
  });

  it("keeps at most maxMembers in openIMIS's order: adults, children, other children, other adults", () => {
    const members = [
      { id: 1, birthDate: '2015-01-01', relationship: 'SO' },
      { id: 2, birthDate: '1960-01-01', relationship: 'OT' },
      { id: 3, birthDate: '2016-01-01', relationship: 'OT' },
      { id: 4, birthDate: '1980-01-01', relationship: null },
      { id: 5, birthDate: '2008-01-11', relationship: 'DA' },
    ];
    // member 5 is 18 the day after enrolment: a child on the enrolment date
    expect(ids(coveredMembers({ maxMembers: 3 }, members, policy))).toEqual([1, 4, 5]);
    expect(ids(coveredMembers({ maxMembers: 4 }, members, policy))).toEqual([1, 3, 4, 5]);
    expect(ids(coveredMembers({ maxMembers: null }, members, policy))).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('inForceAt', () => {
  const active = { status: 2, startDate: '2026-01-01', effectiveDate: '2026-02-01', expiryDate: '2026-12-31' };
  it('is in force from the effective date to the expiry, both included', () => {
    expect(inForceAt(active, '2026-01-31')).toBe(false);
    expect(inForceAt(active, '2026-02-01')).toBe(true);
    expect(inForceAt(active, '2026-12-31')).toBe(true);
    expect(inForceAt(active, '2027-01-01')).toBe(false);
    expect(inForceAt({ ...active, effectiveDate: null }, '2026-01-01')).toBe(true);
  });
  it('never for idle or suspended policies; a stored Expired one was in force before its expiry', () => {
    expect(inForceAt({ ...active, status: 1 }, '2026-06-01')).toBe(false);
    expect(inForceAt({ ...active, status: 4 }, '2026-06-01')).toBe(false);
    expect(inForceAt({ ...active, status: 8 }, '2026-06-01')).toBe(true);
  });
});

describe('remainingLimits', () => {
  it('lists the limits set, remaining = max - used, never below 0', () => {
    const limits = remainingLimits(
      { maxPolicy: '1000', dedTreatment: '50.5', maxIpPolicy: null, maxNoConsultation: 4, maxNoSurgery: null },
      { maxPolicy: '1200', maxNoConsultation: 1 },
    );
    expect(limits.amounts).toEqual([
      { field: 'dedTreatment', max: '50.50', used: '0.00', remaining: '50.50' },
      { field: 'maxPolicy', max: '1000.00', used: '1200.00', remaining: '0.00' },
    ]);
    expect(limits.counts).toEqual([{ field: 'maxNoConsultation', max: 4, used: 1, remaining: 3 }]);
  });
});

describe('renewalBlockers', () => {
  const product = { dateFrom: '2026-01-01', dateTo: '2026-12-31' };
  it('PRODUCT_EXPIRED when the renewal product is not valid the day after the expiry', () => {
    expect(renewalBlockers({ expiryDate: '2026-12-30', officerId: 3 }, product)).toEqual([]);
    expect(renewalBlockers({ expiryDate: '2026-12-31', officerId: 3 }, product)).toEqual([RenewalBlockers.productExpired]);
    expect(renewalBlockers({ expiryDate: '2026-06-30', officerId: 3 }, null)).toEqual([RenewalBlockers.productExpired]);
  });
  it('NO_OFFICER without an officer, NO_MEMBERS when nobody would be covered', () => {
    expect(renewalBlockers({ expiryDate: '2026-06-30', officerId: null }, product, 0)).toEqual([RenewalBlockers.noOfficer, RenewalBlockers.noMembers]);
  });
});
