import { defineConfig } from 'vitest/config';

// Vitest 5's reporter calls Map.groupBy (Node >= 21) when it prints a failure; Node 20 lacks it.
const MapWithGroupBy = Map as unknown as { groupBy?: unknown };
MapWithGroupBy.groupBy ??= <K, V>(items: Iterable<V>, key: (item: V, index: number) => K) => {
  const groups = new Map<K, V[]>();
  let index = 0;
  for (const item of items) {
    const k = key(item, index++);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};

export default defineConfig({
  test: {
    name: 'contract-insuree',
    include: ['src/**/*.test.ts'],
  },
});
