/**
 * core: sign-in, sessions, users, roles, rights and the history of every change.
 * authority.ts (who may grant what, pure), users.ts / roles.ts / session.ts (services),
 * throttle.ts (sign-in delays), auth.ts (passwords, sessions), resolvers.ts, schema.ts, seed.ts.
 */
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
  seed: seedCore,
};

export { allRightCodes };
