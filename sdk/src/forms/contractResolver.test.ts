import { describe, expect, it } from 'vitest';
import { contractResolver } from './contractResolver.js';

const run = (resolver: ReturnType<typeof contractResolver>, values: Record<string, unknown>) =>
  resolver(values, undefined, { fields: {}, shouldUseNativeValidation: false }) as { values: Record<string, unknown>; errors: Record<string, unknown> };

describe('contractResolver', () => {
  it('passes values through when the contract finds nothing', () => {
    expect(
      run(
        contractResolver(() => []),
        { a: 1 },
      ),
    ).toEqual({ values: { a: 1 }, errors: {} });
  });

  it('puts each issue on its field, nested by path, with the code as message', () => {
    const resolver = contractResolver(() => [
      { path: 'villageId', code: 'REQUIRED' },
      { path: 'head.insuranceNumber', code: 'INVALID_CHECK_DIGIT' },
      { path: 'head.insuranceNumber', code: 'REQUIRED' },
    ]);
    expect(run(resolver, {}).errors).toEqual({
      villageId: { type: 'REQUIRED', message: 'REQUIRED' },
      // The first issue of a field wins.
      head: { insuranceNumber: { type: 'INVALID_CHECK_DIGIT', message: 'INVALID_CHECK_DIGIT' } },
    });
  });
});
