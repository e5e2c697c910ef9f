/**
 * The registry of backend domains. Adding a domain = a folder under
 * src/modules/<domain>/ (index.ts exporting a DomainModule, tables.ts, seed) and
 * one line here. Order matters for seeding: a domain may rely on the ones above it.
 */
import { coreModule } from './core/index.js';
import { insureeModule } from './insuree/index.js';
import { locationModule } from './location/index.js';
import { medicalModule } from './medical/index.js';
import type { DomainModule } from './types.js';

export const domains: DomainModule[] = [coreModule, locationModule, medicalModule, insureeModule];
