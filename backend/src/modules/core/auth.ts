/** Password hashing (scrypt), sessions in the database and login rate limiting. */
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/engine.js';
import type { SessionUser } from '../../graphql/context.js';
import { loginFailures, sessions } from './tables.js';

export const SESSION_COOKIE = 'kente_session';
const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 };
export const sessionHours = () => Number(process.env.KENTE_SESSION_HOURS ?? 8);
const windowMinutes = 5;
export const userFailureLimit = () => Number(process.env.KENTE_LOGIN_USER_LIMIT ?? 5);
export const ipFailureLimit = () => Number(process.env.KENTE_LOGIN_IP_LIMIT ?? 30);

function scryptAsync(password: string, salt: Buffer, N: number, r: number, p: number, keylen: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keylen, { N, r, p, maxmem: 64 * 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** "scrypt$N$r$p$salt$hash" (base64url parts). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, SCRYPT.N, SCRYPT.r, SCRYPT.p, SCRYPT.keylen);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scryptAsync(password, Buffer.from(salt, 'base64url'), Number(N), Number(r), Number(p), expected.length);
  return timingSafeEqual(key, expected);
}

/** Spent on unknown usernames so response time does not reveal which names exist. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not a real password');
  return dummyHash;
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: DbOrTx, userId: number, ip: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  await db.insert(sessions).values({
    id: tokenHash(token),
    userId,
    ip,
    expiresAt: new Date(Date.now() + sessionHours() * 3600_000),
  });
  return token;
}

export function sessionCookie(token: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure ? '; Secure' : ''}`;
}

export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return null;
}

interface SessionRow extends Record<string, unknown> {
  id: number;
  username: string;
  other_names: string;
  last_name: string;
  language: string;
  health_facility_id: number | null;
  rights: number[] | null;
  expires_at: Date;
}

/** The signed-in user for a cookie token, with the union of their roles' rights; slides the expiry. */
export async function loadSession(db: Db, token: string | null): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  const id = tokenHash(token);
  const result = await db.execute<SessionRow>(sql`
    select u.id, u.username, u.other_names, u.last_name, u.language, u.health_facility_id, s.expires_at,
      (select array_agg(distinct r.code) from roles ro cross join lateral unnest(ro.rights) as r(code)
        where ro.id = any(u.role_ids) and not ro.is_blocked) as rights
    from sessions s join users u on u.id = s.user_id
    where s.id = ${id} and s.expires_at > now() and u.is_active`);
  const row = result.rows[0];
  if (!row) return null;
  const ttl = sessionHours() * 3600_000;
  if (new Date(row.expires_at).getTime() - Date.now() < ttl / 2) {
    await db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() + ttl) })
      .where(eq(sessions.id, id));
  }
  return {
    id: row.id,
    username: row.username,
    otherNames: row.other_names,
    lastName: row.last_name,
    language: row.language,
    healthFacilityId: row.health_facility_id,
    locationIds: [],
    rights: new Set(row.rights ?? []),
    sessionId: id,
  };
}

export async function deleteSession(db: DbOrTx, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

const userKey = (username: string) => `user:${username.trim().toLowerCase()}`;
const ipKey = (ip: string) => `ip:${ip}`;

/** True when the username or the address failed too often in the last minutes. */
export async function isRateLimited(db: Db, username: string, ip: string): Promise<boolean> {
  const since = new Date(Date.now() - windowMinutes * 60_000);
  const rows = await db
    .select({ key: loginFailures.key, n: sql<number>`count(*)::int` })
    .from(loginFailures)
    .where(and(inArray(loginFailures.key, [userKey(username), ipKey(ip)]), gt(loginFailures.at, since)))
    .groupBy(loginFailures.key);
  const count = (key: string) => Number(rows.find((row) => row.key === key)?.n ?? 0);
  return count(userKey(username)) >= userFailureLimit() || count(ipKey(ip)) >= ipFailureLimit();
}

export async function recordFailure(db: Db, username: string, ip: string): Promise<void> {
  await db.insert(loginFailures).values([{ key: userKey(username) }, { key: ipKey(ip) }]);
  // keep the table small
  await db.delete(loginFailures).where(lt(loginFailures.at, new Date(Date.now() - 24 * 3600_000)));
}

export async function clearFailures(db: Db, username: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.key, userKey(username)));
}
