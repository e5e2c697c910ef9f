/** A backend domain is defined with the kit (backend/src/platform/domain.ts); these aliases keep older imports working. */
export type { Domain, DomainDefinition } from '../platform/domain.js';
