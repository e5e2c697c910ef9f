/**
 * A backend domain is defined with the kit (backend/src/platform/domain.ts); this alias
 * keeps older imports working.
 */
export type { DomainModule } from '../platform/domain.js';
