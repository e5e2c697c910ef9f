import { describe, expect, it } from 'vitest';
import { changedFields } from './changedFields.js';

describe('changedFields', () => {
  it('lists the fields a change touched, not the bookkeeping ones', () => {
    const before = { id: 1, version: 1, updatedAt: 'a', lastName: 'Mensah', profession: null, phone: '1' };
    const after = { id: 1, version: 2, updatedAt: 'b', lastName: 'Mensah', profession: 'Farmer', phone: '1' };
    expect(changedFields({ before, after })).toEqual([{ field: 'profession', from: '—', to: 'Farmer' }]);
  });

  it('treats a missing side as empty', () => {
    expect(changedFields({ before: null, after: { email: 'a@b.c' } })).toEqual([{ field: 'email', from: '—', to: 'a@b.c' }]);
  });
});
