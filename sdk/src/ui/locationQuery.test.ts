import { describe, expect, it } from 'vitest';
import { locationLabel, locationPathFromQuery, locationPathOf, locationQueryPatch } from './locationNames.js';

describe('location filter in the URL', () => {
  it('round-trips a path through the query string', () => {
    const patch = locationQueryPatch({ R: '1', D: '5', M: '17' });
    expect(patch).toEqual({ region: '1', district: '5', municipality: '17', village: null });
    const query = new URLSearchParams(Object.entries(patch).filter((e): e is [string, string] => Boolean(e[1])));
    expect(locationPathFromQuery(query)).toEqual({ R: '1', D: '5', M: '17' });
  });

  it('ignores a level whose parent is missing (a hand-edited URL)', () => {
    expect(locationPathFromQuery(new URLSearchParams('region=1&municipality=17'))).toEqual({ R: '1' });
  });
});

describe('location paths', () => {
  it('reads the chain of a nested location', () => {
    const village = {
      id: '9',
      name: 'Kilima',
      type: 'V',
      parent: { id: '5', name: 'Moshi', type: 'M', parent: { id: '2', name: 'Kil', type: 'D', parent: null } },
    };
    expect(locationPathOf(village)).toEqual({ V: '9', M: '5', D: '2' });
    expect(locationLabel(village)).toBe('Kilima, Moshi, Kil');
  });
});
