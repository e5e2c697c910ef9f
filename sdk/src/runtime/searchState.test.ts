import { describe, expect, it } from 'vitest';
import { patchQuery } from './searchState.js';

describe('patchQuery', () => {
  it('sets, replaces and removes keys, keeping the others', () => {
    expect(patchQuery('?name=ab&sort=LAST_NAME', { name: 'abc', village: '12' })).toBe('?name=abc&sort=LAST_NAME&village=12');
    expect(patchQuery('?name=ab&sort=LAST_NAME', { name: '', sort: null, page: undefined })).toBe('');
  });

  it('encodes what a user typed', () => {
    expect(patchQuery('', { name: 'N’Guessan & co' })).toBe('?name=N%E2%80%99Guessan+%26+co');
  });
});
