/** A fixed-window counter per key (user id), in memory: one process serves the console. */
const windows = new Map<string, { start: number; count: number }>();

/** True when the call is allowed; false once `limit` calls were made in the current window. */
export function allow(key: string, limit: number, windowMs: number, now = Date.now()): boolean {
  const current = windows.get(key);
  if (!current || now - current.start >= windowMs) {
    if (windows.size > 10_000) for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k);
    windows.set(key, { start: now, count: 1 });
    return true;
  }
  current.count++;
  return current.count <= limit;
}

/**
 * How many of a long thing (a streamed download) run at once, per key and in all. `enter` gives
 * the function that leaves, or null when the key or the server is at its limit; the limits are
 * read at each call (environment settings).
 */
export function concurrencyGate(perKey: () => number, overall: () => number) {
  const byKey = new Map<string, number>();
  let all = 0;
  return {
    enter(key: string): (() => void) | null {
      const mine = byKey.get(key) ?? 0;
      if (mine >= perKey() || all >= overall()) return null;
      byKey.set(key, mine + 1);
      all += 1;
      let left = false;
      return () => {
        if (left) return;
        left = true;
        all -= 1;
        const rest = (byKey.get(key) ?? 1) - 1;
        if (rest > 0) byKey.set(key, rest);
        else byKey.delete(key);
      };
    },
    running: () => all,
  };
}

/** A positive whole number from the environment, or the fallback. */
export function envLimit(name: string, fallback: number): number {
  const n = Math.floor(Number(process.env[name]));
  return Number.isFinite(n) && n > 0 ? n : fallback;
}
