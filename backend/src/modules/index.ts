/**
 * The registry of backend domains. Adding a domain = a folder under
 * src/modules/<domain>/ (index.ts exporting `defineDomain({...})`, tables.ts, seed) and
 * one line here. Order matters for seeding: a domain may rely on the ones above it.
 */
import { type Domain, defineDomain } from '../platform/domain.js';
import { coreModule } from './core/index.js';
import { Rights } from './core/rights.js';
import { roles, users } from './core/tables.js';
import { insureeDomain } from './insuree/index.js';
import { locationDomain } from './location/index.js';
import { medicalDomain } from './medical/index.js';

const r = Rights;

/** core's version and type rules, declared through the kit until core moves onto it (b-core owns core/). */
const core = defineDomain({
  ...coreModule,
  version: '1.0.0',
  typeRules: {
    Right: { read: 'signedIn' },
    // the caller themselves (login answers it before the session exists)
    Me: { read: 'public' },
    User: { read: [r.userSearch, r.userAdd, r.userEdit, r.userDelete] },
    Role: { read: [r.roleSearch, r.roleAdd, r.roleEdit, r.roleDelete, r.userSearch, r.userAdd, r.userEdit] },
    // history() checks the right of each entity type it is asked about
    HistoryEntry: { read: 'signedIn' },
    ...coreModule.typeRules,
  },
  inputBounds: { CreateUserInput: users, UpdateUserInput: users, CreateRoleInput: roles, UpdateRoleInput: roles, ...coreModule.inputBounds },
});

export const domains: Domain[] = [core, locationDomain, medicalDomain, insureeDomain];
