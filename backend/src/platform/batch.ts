/**
 * Per-request batching: `perContext` keeps one value per request (its context object) and key;
 * `batcher` turns every `load(key)` made in the same tick into one `run(keys)` call, so a page of
 * 20 rows costs one query for what each of them needs, not 20.
 */
const perRequest = new WeakMap<object, Map<unknown, unknown>>();

/** The value for (request, key), made on first use. */
export function perContext<V>(ctx: object, key: unknown, make: () => V): V {
  let values = perRequest.get(ctx);
  if (!values) {
    values = new Map();
    perRequest.set(ctx, values);
  }
  if (!values.has(key)) values.set(key, make());
  return values.get(key) as V; // stored by this function under this key: a V
}

export function batcher<K, V>(run: (keys: K[]) => Promise<ReadonlyMap<K, V>>): (key: K) => Promise<V | undefined> {
  let pending: { keys: Set<K>; result: Promise<ReadonlyMap<K, V>> } | undefined;
  return (key) => {
    if (!pending) {
      const keys = new Set<K>();
      const result = new Promise<ReadonlyMap<K, V>>((resolve, reject) =>
        setImmediate(() => {
          pending = undefined;
          run([...keys]).then(resolve, reject);
        }),
      );
      pending = { keys, result };
    }
    pending.keys.add(key);
    return pending.result.then((values) => values.get(key));
  };
}
