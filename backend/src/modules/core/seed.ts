/** Demo data of core: the system roles and one demo user per role; where demo users work. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/engine.js';
import { locations } from '../location/tables.js';
import { hashPassword } from './auth.js';
import { systemRoles } from './rights.js';
import { claimAdministrators, enrolmentOfficers, enrolmentOfficerVillages, roles, userLocations, users } from './tables.js';

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

/**
 * The demo registers (called by the medical seed after the binding and the facilities): the enrolment
 * officer covers the first villages of their district, the claim administrator works at HFH001.
 */
export async function seedDemoOfficerDetails(db: DbOrTx): Promise<void> {
  const [officer] = await db.select().from(users).where(eq(users.username, 'enrolment'));
  const [district] = officer ? await db.select().from(userLocations).where(eq(userLocations.userId, officer.id)) : [];
  if (officer && district) {
    const municipalities = await db.select({ id: locations.id }).from(locations).where(eq(locations.parentId, district.locationId));
    const villages = municipalities.length
      ? await db
          .select({ id: locations.id })
          .from(locations)
          .where(
            and(
              eq(locations.type, 'V'),
              inArray(
                locations.parentId,
                municipalities.map((m) => m.id),
              ),
            ),
          )
          .orderBy(asc(locations.code))
          .limit(3)
      : [];
    await db.insert(enrolmentOfficers).values({ id: officer.id, code: 'EO0001' });
    if (villages.length) await db.insert(enrolmentOfficerVillages).values(villages.map((v) => ({ officerId: officer.id, locationId: v.id })));
  }
  const [claimAdmin] = await db.select().from(users).where(eq(users.username, 'claimadmin'));
  if (claimAdmin?.healthFacilityId != null) await db.insert(claimAdministrators).values({ id: claimAdmin.id, code: 'CA0001' });
}
