import { describe, expect, it } from 'vitest';
import { officerArea, personName, registerFilter } from './registerFilters.js';

describe('the registers’ search and rows', () => {
  it('reads the filter from the URL: code or name, area, status', () => {
    expect(registerFilter(new URLSearchParams('q=%20EO0%20&status=inactive'), '20')).toEqual({ search: 'EO0', locationId: '20', isActive: false });
    expect(registerFilter(new URLSearchParams('status=active'), undefined)).toEqual({ isActive: true });
    expect(registerFilter(new URLSearchParams('status=whatever&q=%20'), undefined)).toEqual({});
  });

  it('says where an officer works: their regions or districts and their villages; national when nothing binds them', () => {
    expect(officerArea({ locations: [{ name: 'North' }, { name: 'South' }], hasFacility: false }, '3 villages', 'National')).toBe('North, South · 3 villages');
    expect(officerArea({ locations: [], hasFacility: true }, '1 village', 'National')).toBe('1 village');
    expect(officerArea({ locations: [], hasFacility: false }, null, 'National')).toBe('National');
    expect(personName({ otherNames: 'Kwame', lastName: 'Boateng' })).toBe('Kwame Boateng');
  });
});
