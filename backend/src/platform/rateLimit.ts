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
