import { describe, expect, it } from 'vitest';
import { concurrencyGate } from './rateLimit.js';

describe('concurrencyGate (streamed report downloads)', () => {
  it('lets a user run their share at once, refuses more until one leaves, and keeps users apart', () => {
    const gate = concurrencyGate(
      () => 2,
      () => 3,
    );
    const a1 = gate.enter('a');
    const a2 = gate.enter('a');
    expect(a1).toBeTypeOf('function');
    expect(a2).toBeTypeOf('function');
    expect(gate.enter('a')).toBeNull();
    const b1 = gate.enter('b');
    expect(b1).toBeTypeOf('function');
    // the server's own limit: three in all
    expect(gate.enter('c')).toBeNull();
    a1?.();
    a1?.(); // leaving twice counts once
    expect(gate.running()).toBe(2);
    expect(gate.enter('a')).toBeTypeOf('function');
    expect(gate.enter('c')).toBeNull();
    b1?.();
    expect(gate.enter('c')).toBeTypeOf('function');
  });
});
