import { describe, expect, it } from 'vitest';
import { type Orderable, orderContributions } from './order.js';

/** A contribution of module `m` as the resolver hands it over: global id `<module>/<id>`. */
function item(id: string, extra: Omit<Orderable, 'id'> = {}): Orderable & { label: string } {
  return { id: `m/${id}`, label: id, ...extra };
}

const ids = (items: readonly Orderable[]) => items.map((i) => i.id.replace(/^m\//, ''));

/** Deterministic shuffle (mulberry32) so a failure can be replayed. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

describe('orderContributions: base order', () => {
  it('sorts by order (default 0), then by global id', () => {
    const { ordered, problems } = orderContributions([
      item('zeta', { order: 10 }),
      item('beta'),
      item('alpha', { order: 10 }),
      item('early', { order: -5 }),
      item('aardvark', { order: 0 }),
    ]);
    expect(ids(ordered)).toEqual(['early', 'aardvark', 'beta', 'alpha', 'zeta']);
    expect(problems).toEqual([]);
  });

  it('breaks ties on the module part of the global id too', () => {
    const { ordered } = orderContributions([{ id: 'mf-policy/panel' }, { id: 'mf-claim/panel' }, { id: 'mf-insuree/panel' }]);
    expect(ordered.map((i) => i.id)).toEqual(['mf-claim/panel', 'mf-insuree/panel', 'mf-policy/panel']);
  });

  it('returns the items themselves, extra fields included, without touching the input', () => {
    const input = [item('b'), item('a')];
    const { ordered } = orderContributions(input);
    expect(ordered[0]).toBe(input[1]);
    expect(ordered[0]?.label).toBe('a');
    expect(ids(input)).toEqual(['b', 'a']);
  });

  it('handles an empty slot', () => {
    expect(orderContributions([])).toEqual({ ordered: [], problems: [] });
  });
});

describe('orderContributions: before/after anchors', () => {
  it('moves an item before its anchor; what is free to go keeps base order (stable topological sort)', () => {
    const { ordered, problems } = orderContributions([item('a', { order: 1 }), item('b', { order: 2 }), item('c', { order: 3, before: ['m/a'] })]);
    // a must wait for c; b is free and ranks before c.
    expect(ids(ordered)).toEqual(['b', 'c', 'a']);
    expect(problems).toEqual([]);
    const first = orderContributions([item('a', { order: 1 }), item('b', { order: 2, before: ['m/a'] })]);
    expect(ids(first.ordered)).toEqual(['b', 'a']);
  });

  it('moves an item after its anchor', () => {
    const { ordered } = orderContributions([item('a', { order: 1, after: ['m/c'] }), item('b', { order: 2 }), item('c', { order: 3 })]);
    expect(ids(ordered)).toEqual(['b', 'c', 'a']);
  });

  it('wins over order: an anchored item lands right next to its anchor when it can', () => {
    const { ordered } = orderContributions([
      item('a', { order: 1 }),
      item('b', { order: 2 }),
      item('c', { order: 3 }),
      item('d', { order: 4 }),
      item('x', { order: 100, after: ['m/b'] }),
    ]);
    // x must come after b; among what is then ready, base order decides (c has a lower rank than x).
    expect(ids(ordered)).toEqual(['a', 'b', 'c', 'd', 'x']);
    const before = orderContributions([item('a', { order: 1 }), item('b', { order: 2 }), item('x', { order: 100, before: ['m/b'] })]);
    expect(ids(before.ordered)).toEqual(['a', 'x', 'b']);
  });

  it('honours several anchors and chains of anchors', () => {
    const { ordered, problems } = orderContributions([
      item('a'),
      item('b', { after: ['m/c', 'm/d'] }),
      item('c', { after: ['m/d'] }),
      item('d'),
      item('e', { before: ['m/a', 'm/d'] }),
    ]);
    expect(ids(ordered)).toEqual(['e', 'a', 'd', 'c', 'b']);
    expect(problems).toEqual([]);
  });

  it('accepts the same constraint stated twice, from both sides', () => {
    const { ordered, problems } = orderContributions([item('a', { before: ['m/b', 'm/b'] }), item('b', { after: ['m/a'] })]);
    expect(ids(ordered)).toEqual(['a', 'b']);
    expect(problems).toEqual([]);
  });

  it('reports anchors to ids not in the slot and ignores them', () => {
    const { ordered, problems } = orderContributions([item('a', { order: 1 }), item('b', { order: 2, before: ['m/gone'], after: ['other/thing'] })]);
    expect(ids(ordered)).toEqual(['a', 'b']);
    expect(problems).toEqual([
      { id: 'm/b', message: 'before: m/gone is not in this slot; anchor ignored' },
      { id: 'm/b', message: 'after: other/thing is not in this slot; anchor ignored' },
    ]);
  });

  it('does not accept a local id as an anchor: anchors are global ids', () => {
    const { ordered, problems } = orderContributions([item('a'), item('b', { before: ['a'] })]);
    expect(ids(ordered)).toEqual(['a', 'b']);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('a is not in this slot');
  });
});

describe('orderContributions: conflicts', () => {
  it('reports a before/after cycle for each member; the members keep their base order and position', () => {
    const { ordered, problems } = orderContributions([
      item('first', { order: -10 }),
      item('a', { order: 1, before: ['m/b'] }),
      item('b', { order: 2, before: ['m/a'] }),
      item('last', { order: 10 }),
    ]);
    expect(ids(ordered)).toEqual(['first', 'a', 'b', 'last']);
    expect(problems.map((p) => p.id)).toEqual(['m/a', 'm/b']);
    for (const problem of problems) {
      expect(problem.message).toMatch(/conflict/);
      expect(problem.message).toMatch(/cycle/);
      expect(problem.message).toContain('m/a, m/b');
    }
  });

  it('reports a cycle stated with before and after, and a three-member cycle', () => {
    const two = orderContributions([item('a', { after: ['m/b'] }), item('b', { after: ['m/a'] })]);
    expect(ids(two.ordered)).toEqual(['a', 'b']);
    expect(two.problems).toHaveLength(2);

    const three = orderContributions([item('c', { before: ['m/a'] }), item('a', { before: ['m/b'] }), item('b', { before: ['m/c'] }), item('d')]);
    expect(ids(three.ordered)).toEqual(['a', 'b', 'c', 'd']);
    expect(three.problems.map((p) => p.id).sort()).toEqual(['m/a', 'm/b', 'm/c']);
  });

  it('keeps the anchors of items outside the cycle, and does not blame them', () => {
    const { ordered, problems } = orderContributions([
      item('a', { order: 1, before: ['m/b'] }),
      item('b', { order: 2, before: ['m/a'] }),
      item('early', { order: -1, after: ['m/b'] }),
      item('z', { order: 5 }),
    ]);
    expect(ids(ordered)).toEqual(['a', 'b', 'early', 'z']);
    expect(problems.map((p) => p.id)).toEqual(['m/a', 'm/b']);
  });

  it('reports two separate cycles each with its own members', () => {
    const { ordered, problems } = orderContributions([
      item('a', { before: ['m/b'] }),
      item('b', { before: ['m/a'] }),
      item('c', { after: ['m/d'] }),
      item('d', { after: ['m/c'] }),
    ]);
    expect(ids(ordered)).toEqual(['a', 'b', 'c', 'd']);
    expect(problems.map((p) => [p.id, p.message])).toEqual([
      ['m/a', 'before/after conflict: m/a, m/b form a cycle; base order kept'],
      ['m/b', 'before/after conflict: m/a, m/b form a cycle; base order kept'],
      ['m/c', 'before/after conflict: m/c, m/d form a cycle; base order kept'],
      ['m/d', 'before/after conflict: m/c, m/d form a cycle; base order kept'],
    ]);
  });

  it('treats an item anchored to itself as a cycle of one', () => {
    const { ordered, problems } = orderContributions([item('a', { before: ['m/a'] }), item('b')]);
    expect(ids(ordered)).toEqual(['a', 'b']);
    expect(problems.map((p) => p.id)).toEqual(['m/a']);
  });
});

describe('orderContributions: independent of input order', () => {
  const items = [
    item('menu', { order: 5 }),
    item('summary', { order: -1 }),
    item('policies', { order: 10, before: ['m/claims'] }),
    item('claims', { order: 3 }),
    item('notes'),
    item('audit', { after: ['m/notes', 'm/missing'] }),
    item('x', { before: ['m/y'] }),
    item('y', { before: ['m/x'] }),
    item('footer', { order: 99 }),
  ];
  const reference = orderContributions(items);

  it('gives the expected order for the reference input', () => {
    expect(ids(reference.ordered)).toEqual(['summary', 'notes', 'audit', 'x', 'y', 'menu', 'policies', 'claims', 'footer']);
  });

  it('reports the unknown anchor and the cycle of the reference input', () => {
    expect(reference.problems).toEqual([
      { id: 'm/audit', message: 'after: m/missing is not in this slot; anchor ignored' },
      { id: 'm/x', message: 'before/after conflict: m/x, m/y form a cycle; base order kept' },
      { id: 'm/y', message: 'before/after conflict: m/x, m/y form a cycle; base order kept' },
    ]);
  });

  it('gives the same order and the same problems for any shuffle of the input', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const result = orderContributions(shuffled(items, seed));
      expect(ids(result.ordered)).toEqual(ids(reference.ordered));
      expect(result.problems).toEqual(reference.problems);
    }
  });
});
