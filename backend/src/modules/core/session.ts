/** Sign-in, sign-out and password change, throttled by growing delays. No GraphQL types here. */
import { eq, sql } from 'drizzle-orm';
import type { Ctx, SessionUser } from '../../graphql/context.js';
import { ErrorCodes, type UserError, userError } from '../../graphql/errors.js';
import { writeHistory } from '../../graphql/history.js';
import {
  clearedSessionCookie,
  createSession,
  deleteSession,
  deleteUserSessions,
  dummyPasswordHash,
  hashPassword,
  loadSession,
  sessionCookie,
  verifyPassword,
} from './auth.js';
import { users } from './tables.js';
import { addressKey, addressPolicy, giveBackAttempt, takeAttempt, userKey, userPolicy, waitMessage } from './throttle.js';
import { userOmit } from './users.js';
import { MAX_PASSWORD, MAX_USERNAME, validatePassword } from './validation.js';

const tooLong = (field: string, label: string, max: number) => userError(field, ErrorCodes.tooLong, `${label} must be at most ${max} characters.`);

/** Counts the attempt first (user and address), so parallel guesses cannot pass the limit. */
async function throttled(ctx: Ctx, username: string): Promise<UserError | null> {
  const attempt = await takeAttempt(ctx.db, [
    { key: userKey(username), policy: userPolicy() },
    { key: addressKey(ctx.ip), policy: addressPolicy() },
  ]);
  return attempt.allowed ? null : userError(null, ErrorCodes.rateLimited, waitMessage(attempt.waitMs));
}

export async function signIn(ctx: Ctx, input: { username: string; password: string }): Promise<{ me: SessionUser | null; errors: UserError[] }> {
  const username = input.username.trim();
  if (username.length > MAX_USERNAME) return { me: null, errors: [tooLong('username', 'Username', MAX_USERNAME)] };
  if (input.password.length > MAX_PASSWORD) return { me: null, errors: [tooLong('password', 'Password', MAX_PASSWORD)] };
  const limited = await throttled(ctx, username);
  if (limited) return { me: null, errors: [limited] };
  const [user] = username.includes('\u0000') ? [] : await ctx.db.select().from(users).where(sql`lower(${users.username}) = lower(${username})`);
  let ok = false;
  if (user) ok = await verifyPassword(input.password, user.passwordHash);
  else await verifyPassword(input.password, await dummyPasswordHash()); // same time for unknown names
  if (!user || !ok || !user.isActive) {
    return { me: null, errors: [userError(null, ErrorCodes.invalidCredentials, 'Wrong username or password.')] };
  }
  await giveBackAttempt(ctx.db, userKey(username), addressKey(ctx.ip));
  const token = await createSession(ctx.db, user.id, ctx.ip);
  ctx.setCookies.push(sessionCookie(token, ctx.secure));
  return { me: await loadSession(ctx.db, token), errors: [] };
}

export async function signOut(ctx: Ctx): Promise<void> {
  if (ctx.user) await deleteSession(ctx.db, ctx.user.sessionId);
  ctx.setCookies.push(clearedSessionCookie(ctx.secure));
}

/** Guesses of the old password are throttled like sign-in guesses (same counters). */
export async function changePassword(ctx: Ctx, me: SessionUser, input: { oldPassword: string; newPassword: string }): Promise<UserError[]> {
  if (input.oldPassword.length > MAX_PASSWORD) return [userError('oldPassword', ErrorCodes.invalidCredentials, 'The current password is wrong.')];
  const errors: UserError[] = [];
  validatePassword(errors, 'newPassword', input.newPassword);
  if (errors.length) return errors;
  const limited = await throttled(ctx, me.username);
  if (limited) return [{ ...limited, field: 'oldPassword' }];
  const [user] = await ctx.db.select().from(users).where(eq(users.id, me.id));
  if (!user || !(await verifyPassword(input.oldPassword, user.passwordHash))) {
    return [userError('oldPassword', ErrorCodes.invalidCredentials, 'The current password is wrong.')];
  }
  await giveBackAttempt(ctx.db, userKey(me.username), addressKey(ctx.ip));
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, version: sql`${users.version} + 1`, updatedAt: new Date() })
      .where(eq(users.id, me.id))
      .returning();
    // other sessions of this user end: a changed password signs out stolen cookies
    await deleteUserSessions(tx, me.id, me.sessionId);
    await writeHistory(tx, ctx, { entityType: 'User', entityId: me.id, action: 'UPDATE', before: user, after: after ?? null, omit: userOmit });
  });
  return [];
}
