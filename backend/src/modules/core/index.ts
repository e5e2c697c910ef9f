/**
 * core: sign-in, sessions, users, roles, rights and the history of every change.
 * authority.ts (who may grant what, pure), users.ts / roles.ts / session.ts (services),
 * throttle.ts (sign-in delays), auth.ts (passwords, sessions), resolvers.ts, schema.ts, seed.ts.
 */
import { writeHistory } from '../../graphql/history.js';
import type { DomainModule } from '../types.js';
import { resolvers } from './resolvers.js';
import { allRightCodes, Rights } from './rights.js';
import { coreTypeDefs } from './schema.js';
import { seedCore } from './seed.js';

export { historyRights } from './resolvers.js';
export { LANGUAGES } from './validation.js';

export const coreModule: DomainModule = {
  name: 'core',
  typeDefs: coreTypeDefs,
  resolvers,
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
  seed: seedCore,
};

export { allRightCodes };
