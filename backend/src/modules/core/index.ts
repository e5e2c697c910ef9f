/**
 * core: sign-in, sessions, users, roles, rights and the history of every change.
 * authority.ts (who may grant what, pure), users.ts / roles.ts / session.ts (services),
 * throttle.ts (sign-in delays), auth.ts (passwords, sessions), resolvers.ts, schema.ts, seed.ts.
 */
import { eq, sql } from 'drizzle-orm';
import { ErrorCodes, userError } from '../../graphql/errors.js';
import { writeHistory } from '../../graphql/history.js';
import { defineDomain, rightsFrom } from '../../platform/domain.js';
import { officerScopes } from './officerSearch.js';
import { userActivity } from './reports/index.js';
import { resolvers } from './resolvers.js';
import { allRightCodes, Rights } from './rights.js';
import { coreTypeDefs } from './schema.js';
import { seedCore } from './seed.js';
import { claimAdministrators, enrolmentOfficers, enrolmentOfficerVillages, roles, userLocations, users } from './tables.js';

export { historyRights } from './resolvers.js';
export { LANGUAGES } from './validation.js';
export { allRightCodes };

const r = Rights;
export const coreDomain = defineDomain({
  name: 'core',
  version: '1.0.0',
  typeDefs: coreTypeDefs,
  resolvers,
  rights: rightsFrom(Rights, {
    userSearch: 'Search and view users',
    userAdd: 'Add users',
    userEdit: 'Edit users, reset their passwords, deactivate them',
    userDelete: 'Delete users',
    roleSearch: 'Search and view roles',
    roleAdd: 'Add roles',
    roleEdit: 'Edit roles',
    roleDelete: 'Delete roles',
    historySearch: 'Read the history of every record',
    enrolmentOfficerSearch: 'Search and view enrolment officers',
    enrolmentOfficerAdd: 'Make users enrolment officers (with the user add or edit right)',
    enrolmentOfficerEdit: 'Edit enrolment officer details: code, substitute, works-to date, villages',
    enrolmentOfficerDelete: 'Remove enrolment officer details from users',
    claimAdministratorSearch: 'Search and view claim administrators',
    claimAdministratorAdd: 'Make users claim administrators (with the user add or edit right)',
    claimAdministratorEdit: 'Edit claim administrator details',
    claimAdministratorDelete: 'Remove claim administrator details from users',
  }),
  typeRules: {
    Right: { read: 'signedIn' },
    // the caller themselves (login answers it before the session exists)
    Me: { read: 'public' },
    User: { read: [r.userSearch, r.userAdd, r.userEdit, r.userDelete] },
    // openIMIS's registers: their own rights, or the user search right (the user page shows them)
    EnrolmentOfficer: {
      read: [r.enrolmentOfficerSearch, r.enrolmentOfficerAdd, r.enrolmentOfficerEdit, r.enrolmentOfficerDelete, r.userSearch],
      scope: 'EnrolmentOfficer',
    },
    ClaimAdministrator: {
      read: [r.claimAdministratorSearch, r.claimAdministratorAdd, r.claimAdministratorEdit, r.claimAdministratorDelete, r.userSearch],
      scope: 'ClaimAdministrator',
    },
    Role: { read: [r.roleSearch, r.roleAdd, r.roleEdit, r.roleDelete, r.userSearch, r.userAdd, r.userEdit] },
    // history() checks the right of each entity type it is asked about
    HistoryEntry: { read: 'signedIn' },
  },
  // A user is in an area through the locations they are bound to or their facility's location (core
  // does not import medical: its table is named). Someone bound to a facility alone sees its staff.
  scope: {
    User: {
      table: users,
      where: (area) =>
        sql`(${users.id} in (select ${userLocations.userId} from ${userLocations} where ${userLocations.locationId} = any(${area}))
          or ${users.healthFacilityId} in (select id from health_facilities where location_id = any(${area})))`,
      ownFacility: (facilityId) => sql`${users.healthFacilityId} = ${facilityId}`,
    },
    ...officerScopes,
  },
  inputBounds: {
    CreateUserInput: users,
    UpdateUserInput: users,
    CreateRoleInput: roles,
    UpdateRoleInput: roles,
    EnrolmentOfficerInput: enrolmentOfficers,
    ClaimAdministratorInput: claimAdministrators,
  },
  historyRights: { User: Rights.userSearch, Role: Rights.roleSearch },
  hooks: {
    // a village an officer covers stays while they cover it (the user's own regions and districts: FK, IN_USE)
    'location.deleting': async ({ tx, location }) => {
      const [covered] = await tx
        .select({ id: enrolmentOfficerVillages.officerId })
        .from(enrolmentOfficerVillages)
        .where(eq(enrolmentOfficerVillages.locationId, location.id))
        .limit(1);
      return covered ? [userError('id', ErrorCodes.inUse, 'Enrolment officers cover this village.')] : [];
    },
    // History keeps every change: a member joining or leaving is a change of the family (after-event of insuree).
    'insuree.familyMembersChanged': async ({ tx, user, familyId, insureeId, change, before, after }) => {
      const who = change === 'JOINED' ? 'joined' : 'left';
      await writeHistory(
        tx,
        { user },
        { entityType: 'Family', entityId: familyId, action: 'UPDATE', before: { members: before }, after: { members: after, [who]: insureeId } },
      );
      return [];
    },
  },
  reports: [userActivity],
  seed: seedCore,
});
