/** Field checks for users and roles, before any database work: every length the columns allow. */
import { maxLength, oneOf, required } from '../../graphql/crud.js';
import { ErrorCodes, type UserError, userError } from '../../graphql/errors.js';
import { declaredRight } from '../../platform/domain.js';
import { rightNameByCode } from './rights.js';

export const LANGUAGES = ['en', 'fr'] as const;
export const MIN_PASSWORD = 8;
/** scrypt takes any length, but a password longer than this is a mistake or an attack. */
export const MAX_PASSWORD = 200;
export const MAX_USERNAME = 50;

/** PostgreSQL text cannot hold NUL: refuse it as bad input instead of failing in the database. */
export function noControlCharacters(errors: UserError[], input: Record<string, unknown>, fields: readonly string[]): void {
  for (const field of fields) {
    const value = input[field];
    if (typeof value === 'string' && value.includes('\u0000')) errors.push(userError(field, ErrorCodes.invalid, 'This field contains an invalid character.'));
  }
}

export function validatePassword(errors: UserError[], field: string, password: string | null | undefined): void {
  const length = (password ?? '').length;
  if (length < MIN_PASSWORD) errors.push(userError(field, ErrorCodes.invalid, `Password must have at least ${MIN_PASSWORD} characters.`));
  else if (length > MAX_PASSWORD) errors.push(userError(field, ErrorCodes.tooLong, `Password must be at most ${MAX_PASSWORD} characters.`));
}

export interface UserFields {
  username?: string | null;
  otherNames?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  language?: string | null;
  password?: string | null;
}

export function validateUserFields(input: UserFields, errors: UserError[], creating: boolean): void {
  noControlCharacters(errors, input as Record<string, unknown>, ['username', 'otherNames', 'lastName', 'email', 'phone', 'password']);
  if (creating || input.otherNames !== undefined) required(errors, 'otherNames', input.otherNames, 'Other names');
  if (creating || input.lastName !== undefined) required(errors, 'lastName', input.lastName, 'Last name');
  if (creating || input.username != null) {
    const username = input.username ?? '';
    required(errors, 'username', username, 'Username');
    if (username.length > MAX_USERNAME) {
      errors.push(userError('username', ErrorCodes.tooLong, `Username must be at most ${MAX_USERNAME} characters.`));
    } else if (username && !/^[A-Za-z0-9._-]{3,50}$/.test(username)) {
      errors.push(userError('username', ErrorCodes.invalid, 'Username: 3 to 50 letters, digits, dot, dash or underscore.'));
    }
  }
  maxLength(errors, 'otherNames', input.otherNames, 100, 'Other names');
  maxLength(errors, 'lastName', input.lastName, 100, 'Last name');
  maxLength(errors, 'email', input.email, 200, 'Email');
  maxLength(errors, 'phone', input.phone, 50, 'Phone');
  if (input.email && input.email.length <= 200 && !/^[^@\s]+@[^@\s]+$/.test(input.email)) {
    errors.push(userError('email', ErrorCodes.invalid, 'Email address is not valid.'));
  }
  oneOf(errors, 'language', input.language, LANGUAGES, 'Language');
  if (creating || input.password != null) validatePassword(errors, 'password', input.password);
}

export interface RoleFields {
  name?: string | null;
  altLanguage?: string | null;
  rights?: number[] | null;
}

export function validateRoleFields(input: RoleFields, errors: UserError[], creating: boolean): void {
  noControlCharacters(errors, input as Record<string, unknown>, ['name', 'altLanguage']);
  if (creating || input.name !== undefined) required(errors, 'name', input.name, 'Name');
  maxLength(errors, 'name', input.name, 50, 'Name');
  maxLength(errors, 'altLanguage', input.altLanguage, 50, 'Name in the other language');
  // openIMIS's codes (some no domain declares yet, e.g. 101401-101404) and every composed domain's, add-ons' included
  if (input.rights?.some((code) => !rightNameByCode.has(code) && !declaredRight(code)))
    errors.push(userError('rights', ErrorCodes.invalid, 'Unknown right code.'));
}
