/**
 * core: sign-in, sessions, users, roles, rights and the history of every change.
 * authority.ts (who may grant what, pure), users.ts / roles.ts / session.ts (services),
 * throttle.ts (sign-in delays), auth.ts (passwords, sessions), resolvers.ts, schema.ts, seed.ts.
 */
import { sql } from 'drizzle-orm';
import { writeHistory } from '../../graphql/history.js';
import { defineDomain, rightsFrom } from '../../platform/domain.js';
import { userActivity } from './reports/index.js';
import { resolvers } from './resolvers.js';
import { allRightCodes, Rights } from './rights.js';
import { coreTypeDefs } from './schema.js';
import { seedCore } from './seed.js';
import { roles, userLocations, users } from './tables.js';

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
  }),
  typeRules: {
    Right: { read: 'signedIn' },
    // the caller themselves (login answers it before the session exists)
    Me: { read: 'public' },
    User: { read: [r.userSearch, r.userAdd, r.userEdit, r.userDelete] },
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
  },
  inputBounds: { CreateUserInput: users, UpdateUserInput: users, CreateRoleInput: roles, UpdateRoleInput: roles },
  historyRights: { User: Rights.userSearch, Role: Rights.roleSearch },
  hooks: {
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
