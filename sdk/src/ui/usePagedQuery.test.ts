import { describe, expect, it } from 'vitest';
import { connectionAt } from './usePagedQuery.js';

const connection = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };

describe('usePagedQuery connection path', () => {
  it('reads a root connection and a nested one (a product and its covered services)', () => {
    expect(connectionAt({ locations: connection }, 'locations')).toBe(connection);
    expect(connectionAt({ product: { id: '1', lines: connection } }, 'product.lines')).toBe(connection);
  });

  it('answers nothing while loading or when an object on the way is null (a product not found)', () => {
    expect(connectionAt(undefined, 'product.lines')).toBeUndefined();
    expect(connectionAt({ product: null }, 'product.lines')).toBeUndefined();
  });
});
