/**
 * Sign-in throttling with growing delays instead of lockouts. Each key (a username, an address)
 * has a count of failures; after `free` of them, the next try must wait a delay that doubles
 * with every further failure, up to a ceiling. The attempt is counted *before* the password is
 * checked, under a row lock, so parallel guesses cannot slip past the count; a right password
 * then takes its attempt back. The owner of an attacked account waits, but is never locked out.
 */
import { inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/engine.js';
import { loginThrottle } from './tables.js';

export interface ThrottlePolicy {
  /** Failures allowed without any delay. */
  free: number;
  /** Delay after the first failure over `free` (ms); doubles with each further one. */
  baseMs: number;
  maxMs: number;
}

const envNumber = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
};

export const userPolicy = (): ThrottlePolicy => ({
  free: envNumber('KENTE_LOGIN_USER_LIMIT', 5),
  baseMs: envNumber('KENTE_LOGIN_DELAY_MS', 1000),
  maxMs: envNumber('KENTE_LOGIN_MAX_DELAY_MS', 300_000),
});
export const addressPolicy = (): ThrottlePolicy => ({
  free: envNumber('KENTE_LOGIN_IP_LIMIT', 30),
  baseMs: envNumber('KENTE_LOGIN_DELAY_MS', 1000),
  maxMs: envNumber('KENTE_LOGIN_MAX_DELAY_MS', 300_000),
});
/** Failures are forgotten this long after the last one. */
const forgetMs = () => envNumber('KENTE_LOGIN_FORGET_HOURS', 24) * 3600_000;

/** How long the next attempt must wait after the last failure, given the failures so far. */
export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.free) return 0;
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(30, failures - policy.free));
}

export const userKey = (username: string) => `user:${username.trim().toLowerCase()}`.slice(0, 200);
export const addressKey = (ip: string) => `ip:${ip}`.slice(0, 200);

export type Attempt = { allowed: true } | { allowed: false; waitMs: number };

/**
 * Counts one attempt on every key, or none when a key must still wait (then says how long).
 * The rows are locked in key order, so concurrent attempts on the same key queue here.
 */
export async function takeAttempt(db: Db, keys: { key: string; policy: ThrottlePolicy }[]): Promise<Attempt> {
  // one order for inserts and locks, so two attempts sharing keys never wait on each other in a cycle
  const names = keys.map((k) => k.key).sort();
  // unknown usernames leave rows behind: sweep old ones now and then
  if (Math.random() < 0.02) await db.delete(loginThrottle).where(lt(loginThrottle.lastAt, new Date(Date.now() - forgetMs())));
  return db.transaction(async (tx) => {
    await tx
      .insert(loginThrottle)
      .values(names.map((key) => ({ key, failures: 0, lastAt: new Date(0) })))
      .onConflictDoNothing();
    const rows = await tx.select().from(loginThrottle).where(inArray(loginThrottle.key, names)).orderBy(sql`${loginThrottle.key} COLLATE "C"`).for('update');
    const now = Date.now();
    let waitMs = 0;
    const counts = new Map<string, number>();
    for (const { key, policy } of keys) {
      const row = rows.find((r) => r.key === key);
      const last = row ? row.lastAt.getTime() : 0;
      const failures = row && now - last < forgetMs() ? row.failures : 0;
      counts.set(key, failures);
      waitMs = Math.max(waitMs, last + delayAfter(failures, policy) - now);
    }
    if (waitMs > 0) return { allowed: false, waitMs };
    for (const key of names) {
      await tx
        .update(loginThrottle)
        .set({ failures: (counts.get(key) ?? 0) + 1, lastAt: new Date(now) })
        .where(sql`${loginThrottle.key} = ${key}`);
    }
    return { allowed: true };
  });
}

/** After a right password: the user's count starts again, the address gets its attempt back. */
export async function giveBackAttempt(db: Db, userKeyName: string, addressKeyName: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(loginThrottle).where(sql`${loginThrottle.key} = ${userKeyName}`);
    await tx
      .update(loginThrottle)
      .set({ failures: sql`greatest(0, ${loginThrottle.failures} - 1)` })
      .where(sql`${loginThrottle.key} = ${addressKeyName}`);
  });
}

export const waitMessage = (waitMs: number) => `Too many failed attempts. Try again in ${Math.max(1, Math.ceil(waitMs / 1000))} seconds.`;
