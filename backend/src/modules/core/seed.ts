/** Demo data of core: the system roles and one demo user per role; where demo users work. */
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/engine.js';
import { locations } from '../location/tables.js';
import { hashPassword } from './auth.js';
import { systemRoles } from './rights.js';
import { roles, userLocations, users } from './tables.js';

export const demoUsers: { username: string; password: string; otherNames: string; lastName: string; role: string; language?: string }[] = [
  { username: 'Admin', password: 'admin123', otherNames: 'Ama', lastName: 'Mensah', role: 'IMIS Administrator' },
  { username: 'enrolment', password: 'enrolment123', otherNames: 'Kwame', lastName: 'Boateng', role: 'Enrolment Officer' },
  { username: 'clerk', password: 'clerk123', otherNames: 'Aïcha', lastName: 'Traoré', role: 'Clerk', language: 'fr' },
  { username: 'claimadmin', password: 'claimadmin123', otherNames: 'Joseph', lastName: 'Mwangi', role: 'Claim Administrator' },
  { username: 'medical', password: 'medical123', otherNames: 'Fatou', lastName: 'Diallo', role: 'Medical Officer' },
  { username: 'accountant', password: 'accountant123', otherNames: 'Grace', lastName: 'Achieng', role: 'Accountant' },
  { username: 'manager', password: 'manager123', otherNames: 'Ibrahim', lastName: 'Sawadogo', role: 'Manager' },
  { username: 'receptionist', password: 'receptionist123', otherNames: 'Esi', lastName: 'Owusu', role: 'Receptionist' },
  { username: 'schemeadmin', password: 'schemeadmin123', otherNames: 'Moussa', lastName: 'Keita', role: 'Scheme Administrator' },
];

export async function seedCore(db: DbOrTx): Promise<void> {
  const inserted = await db
    .insert(roles)
    .values(systemRoles.map((role) => ({ name: role.name, altLanguage: role.altLanguage, isSystem: true, rights: [...new Set(role.rights)] })))
    .returning({ id: roles.id, name: roles.name });
  const roleId = new Map(inserted.map((role) => [role.name, role.id]));
  const rows = await Promise.all(
    demoUsers.map(async (u) => ({
      username: u.username,
      otherNames: u.otherNames,
      lastName: u.lastName,
      language: u.language ?? 'en',
      passwordHash: await hashPassword(u.password),
      roleIds: [roleId.get(u.role) ?? 0],
    })),
  );
  await db.insert(users).values(rows);
}

/**
 * Binds demo users to an area, as openIMIS binds users to districts: the enrolment officer to the
 * first district. Called by the medical seed once locations exist (core seeds first). Admin and the
 * others stay national; the receptionist and the claim administrator work at a facility (HFH001).
 */
export async function bindDemoUserLocations(db: DbOrTx): Promise<void> {
  const [district] = await db.select().from(locations).where(eq(locations.type, 'D')).orderBy(asc(locations.code)).limit(1);
  const [enrolment] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'enrolment'));
  if (district && enrolment) await db.insert(userLocations).values({ userId: enrolment.id, locationId: district.id });
}
