/**
 * Orders the contributions of one slot. Base order: `order` (default 0), then
 * the global id, so the result never depends on load order. Then `before` and
 * `after` anchors are applied as a stable topological sort; a cycle is reported
 * and the anchors between its members are ignored, so they keep their base order.
 */
export interface Orderable {
  /** Global id: `<module>/<id>`. */
  id: string;
  order?: number | undefined;
  before?: string[] | undefined;
  after?: string[] | undefined;
}

export interface OrderingProblem {
  id: string;
  message: string;
}

export function orderContributions<T extends Orderable>(items: readonly T[]): { ordered: T[]; problems: OrderingProblem[] } {
  const problems: OrderingProblem[] = [];
  const base = [...items].sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rank = new Map(base.map((item, i) => [item.id, i]));
  const successors = new Map<string, Set<string>>(base.map((item) => [item.id, new Set<string>()]));
  const indegree = new Map<string, number>(base.map((item) => [item.id, 0]));
  const edge = (from: string, to: string) => successors.get(from)?.add(to);
  for (const item of base) {
    for (const anchor of item.before ?? []) {
      if (rank.has(anchor)) edge(item.id, anchor);
      else problems.push({ id: item.id, message: `before: ${anchor} is not in this slot; anchor ignored` });
    }
    for (const anchor of item.after ?? []) {
      if (rank.has(anchor)) edge(anchor, item.id);
      else problems.push({ id: item.id, message: `after: ${anchor} is not in this slot; anchor ignored` });
    }
  }
  // Anchors inside a cycle cannot all hold: drop them (found before any is dropped), report the members.
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>();
    const stack = [...(successors.get(from) ?? [])];
    while (stack.length) {
      const id = stack.pop() as string;
      if (id === to) return true;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(successors.get(id) ?? []));
    }
    return false;
  };
  const inCycle = base.filter((item) => reaches(item.id, item.id));
  const cycleOf = new Map(inCycle.map((item) => [item.id, new Set(inCycle.filter((o) => reaches(item.id, o.id) && reaches(o.id, item.id)).map((o) => o.id))]));
  for (const item of inCycle) {
    const members = cycleOf.get(item.id) ?? new Set<string>();
    problems.push({ id: item.id, message: `before/after conflict: ${[...members].join(', ')} form a cycle; base order kept` });
    const next = successors.get(item.id);
    for (const id of members) next?.delete(id);
  }
  for (const next of successors.values()) for (const to of next) indegree.set(to, (indegree.get(to) ?? 0) + 1);
  const byId = new Map(base.map((item) => [item.id, item]));
  const ordered: T[] = [];
  const ready = base.filter((item) => indegree.get(item.id) === 0).map((item) => item.id);
  while (ready.length) {
    ready.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    const id = ready.shift() as string;
    ordered.push(byId.get(id) as T);
    for (const next of successors.get(id) ?? []) {
      const left = (indegree.get(next) ?? 0) - 1;
      indegree.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  return { ordered, problems };
}
