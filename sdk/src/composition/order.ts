/**
 * Orders the contributions of one slot. Base order: `order` (default 0), then
 * the global id, so the result never depends on load order. Then `before` and
 * `after` anchors are applied as a stable topological sort; a cycle is reported
 * and its members keep their base order.
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
  const edge = (from: string, to: string) => {
    const next = successors.get(from);
    if (!next || next.has(to)) return;
    next.add(to);
    indegree.set(to, (indegree.get(to) ?? 0) + 1);
  };
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
  if (ordered.length < base.length) {
    const stuck = base.filter((item) => !ordered.includes(item));
    for (const item of stuck) {
      problems.push({ id: item.id, message: `before/after conflict: ${stuck.map((s) => s.id).join(', ')} form a cycle; base order kept` });
    }
    ordered.push(...stuck);
  }
  return { ordered, problems };
}
