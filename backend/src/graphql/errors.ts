import { ErrorCodes } from '@kente/contract-core';
import { GraphQLError } from 'graphql';
import type { Ctx, SessionUser } from './context.js';

/** A problem the user can fix; returned in a payload's `errors`, never thrown. */
export interface UserError {
  field: string | null;
  code: string;
  message: string;
}

/** The codes live in @kente/contract-core so the console translates the same list. */
export { ErrorCodes };

export function userError(field: string | null, code: string, message: string): UserError {
  return { field, code, message };
}

/** Thrown inside a transaction: rolls it back; the caller answers `errors` as the payload's. */
export class UserErrors extends Error {
  constructor(readonly errors: UserError[]) {
    super('user errors');
  }
}

export const conflictError = (): UserError =>
  userError('version', ErrorCodes.conflict, 'Someone else changed this record since you opened it. Reload it and apply your change again.');

export const notFoundError = (what: string): UserError => userError('id', ErrorCodes.notFound, `${what} not found.`);

/** Throws UNAUTHENTICATED unless a user is signed in. */
export function requireUser(ctx: Ctx): SessionUser {
  if (!ctx.user) throw new GraphQLError('You are not signed in, or your session has expired.', { extensions: { code: 'UNAUTHENTICATED' } });
  return ctx.user;
}

/** Throws FORBIDDEN unless the signed-in user holds the right (openIMIS code). */
export function requireRight(ctx: Ctx, code: number): SessionUser {
  const user = requireUser(ctx);
  if (!user.rights.has(code)) {
    throw new GraphQLError(`You do not have the right to do this (right ${code}).`, { extensions: { code: 'FORBIDDEN', right: code } });
  }
  return user;
}

export function badInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
}

/** Postgres error code of an error thrown by node-postgres, possibly wrapped by drizzle. */
export function pgErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
