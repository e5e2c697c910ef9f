import { describe, expect, it } from 'vitest';
import { backendDomainsFrom, backendNeedsProblems } from './backend.js';

const domains = [
  { name: 'core', version: '1.0.0' },
  { name: 'insuree', version: '1.2.0' },
];

describe('backend needs', () => {
  it('accepts needs the backend meets', () => {
    expect(backendNeedsProblems({ insuree: '^1.0.0', core: '>=1.0.0' }, domains)).toEqual([]);
    expect(backendNeedsProblems(undefined, domains)).toEqual([]);
  });

  it('says which domain is missing or out of range', () => {
    expect(backendNeedsProblems({ insuree: '^2.0.0', claim: '^1.0.0' }, domains)).toEqual([
      'needs backend domain insuree ^2.0.0, this backend has insuree 1.2.0',
      'needs backend domain claim ^1.0.0, which this backend does not have',
    ]);
  });

  it('refuses nothing when the backend did not say', () => {
    expect(backendNeedsProblems({ claim: '^1.0.0' }, null)).toEqual([]);
    expect(backendNeedsProblems({ claim: '^1.0.0' }, undefined)).toEqual([]);
  });

  it('reads the domains from a GraphQL answer, and null from an error or an unknown field', () => {
    expect(backendDomainsFrom({ data: { kente: { domains } } })).toEqual(domains);
    expect(backendDomainsFrom({ errors: [{ message: 'Cannot query field "kente" on type "Query".' }] })).toBeNull();
    expect(backendDomainsFrom({ data: { kente: { domains: [{ name: 'x' }] } } })).toBeNull();
    expect(backendDomainsFrom(null)).toBeNull();
  });
});
