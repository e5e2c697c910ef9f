/** Password hashing (scrypt) and sessions in the database (idle and absolute lifetime, a cap per user). */
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/engine.js';
import type { SessionUser } from '../../graphql/context.js';
import { sessions } from './tables.js';

export const SESSION_COOKIE = 'kente_session';
const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 };
const positive = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
/** A session ends after this long without use (sliding)... */
export const idleMs = () => positive('KENTE_SESSION_HOURS', 8) * 3600_000;
/** ...and this long after sign-in, used or not. */
export const absoluteMs = () => positive('KENTE_SESSION_MAX_HOURS', 24) * 3600_000;
/** Signing in again drops the oldest sessions beyond this many per user. */
export const sessionsPerUser = () => Math.floor(positive('KENTE_SESSIONS_PER_USER', 10));

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
  const now = Date.now();
  await db.delete(sessions).where(or(lt(sessions.expiresAt, new Date(now)), lt(sessions.createdAt, new Date(now - absoluteMs()))));
  await db.insert(sessions).values({
    id: tokenHash(token),
    userId,
    ip,
    createdAt: new Date(now),
    expiresAt: new Date(now + Math.min(idleMs(), absoluteMs())),
  });
  // keep the newest sessions only (id breaks ties between sign-ins of the same millisecond)
  await db.execute(sql`
    delete from sessions where user_id = ${userId} and id not in (
      select id from sessions where user_id = ${userId} order by created_at desc, (id = ${tokenHash(token)}) desc limit ${sessionsPerUser()})`);
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
  location_ids: number[] | null;
  rights: number[] | null;
  created_at: Date;
  expires_at: Date;
}

/**
 * The signed-in user for a cookie token, with the union of their roles' rights and the locations
 * they are bound to; slides the idle expiry, never past the absolute one.
 */
export async function loadSession(db: Db, token: string | null): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  const id = tokenHash(token);
  const result = await db.execute<SessionRow>(sql`
    select u.id, u.username, u.other_names, u.last_name, u.language, u.health_facility_id, s.created_at, s.expires_at,
      (select array_agg(distinct r.code) from roles ro cross join lateral unnest(ro.rights) as r(code)
        where ro.id = any(u.role_ids) and not ro.is_blocked) as rights,
      (select array_agg(ul.location_id order by ul.location_id) from user_locations ul where ul.user_id = u.id) as location_ids
    from sessions s join users u on u.id = s.user_id
    where s.id = ${id} and s.expires_at > ${new Date()} and s.created_at > ${new Date(Date.now() - absoluteMs())} and u.is_active`);
  const row = result.rows[0];
  if (!row) return null;
  const idle = idleMs();
  const end = new Date(row.created_at).getTime() + absoluteMs();
  const expires = new Date(row.expires_at).getTime();
  // slide only when half the idle time is gone: one write per half-period, not per request
  if (expires - Date.now() < idle / 2 && expires < end) {
    await db
      .update(sessions)
      .set({ expiresAt: new Date(Math.min(Date.now() + idle, end)) })
      .where(eq(sessions.id, id));
  }
  return {
    id: row.id,
    username: row.username,
    otherNames: row.other_names,
    lastName: row.last_name,
    language: row.language,
    healthFacilityId: row.health_facility_id,
    locationIds: (row.location_ids ?? []).map(Number),
    rights: new Set(row.rights ?? []),
    sessionId: id,
  };
}

export async function deleteSession(db: DbOrTx, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user (but `keep`, the caller's own, when given). */
export async function deleteUserSessions(db: DbOrTx, userId: number, keep?: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), keep ? sql`${sessions.id} <> ${keep}` : undefined));
}
