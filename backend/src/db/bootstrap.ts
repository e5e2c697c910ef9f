/**
 * First start of a production database (no KENTE_DEMO): the system roles and one
 * administrator, nothing else. The password comes from KENTE_ADMIN_PASSWORD, or is
 * generated and printed once; either way it must be changed at first sign-in.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { hashPassword } from '../modules/core/auth.js';
import { systemRoles } from '../modules/core/rights.js';
import { roles, users } from '../modules/core/tables.js';
import type { DbOrTx } from './engine.js';

export const ADMIN_USERNAME = 'Admin';
const ADMIN_ROLE = 'IMIS Administrator';

export interface AdminBootstrap {
  username: string;
  /** Set when the password was generated (to print once). */
  generatedPassword?: string;
}

export async function createFirstAdministrator(db: DbOrTx, password = process.env.KENTE_ADMIN_PASSWORD): Promise<AdminBootstrap> {
  if (password !== undefined && password.length < 8) throw new Error('KENTE_ADMIN_PASSWORD must have at least 8 characters.');
  const generated = password ? undefined : randomBytes(12).toString('base64url');
  const [{ n } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(roles);
  if (!n) {
    await db
      .insert(roles)
      .values(systemRoles.map((role) => ({ name: role.name, altLanguage: role.altLanguage, isSystem: true, rights: [...new Set(role.rights)] })));
  }
  const [admin] = await db.select({ id: roles.id }).from(roles).where(sql`${roles.name} = ${ADMIN_ROLE}`);
  if (!admin) throw new Error(`The system role "${ADMIN_ROLE}" is missing.`);
  await db.insert(users).values({
    username: ADMIN_USERNAME,
    otherNames: 'System',
    lastName: 'Administrator',
    language: 'en',
    passwordHash: await hashPassword(password ?? (generated as string)),
    roleIds: [admin.id],
    mustChangePassword: true,
  });
  return { username: ADMIN_USERNAME, generatedPassword: generated };
}
