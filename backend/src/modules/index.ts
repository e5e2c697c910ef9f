/**
 * The registry of backend domains. Adding a domain = a folder under src/modules/<domain>/
 * (index.ts exporting `defineDomain({...})`, tables.ts, seed) and one line here. Order
 * matters for seeding: a domain may rely on the ones above it.
 */
import type { Domain } from '../platform/domain.js';
import { adminDomain } from './admin/index.js';
import { claimDomain } from './claim/index.js';
import { coreDomain } from './core/index.js';
import { insureeDomain } from './insuree/index.js';
import { jobsDomain } from './jobs/index.js';
import { locationDomain } from './location/index.js';
import { medicalDomain } from './medical/index.js';
import { policyDomain } from './policy/index.js';
import { reportsDomain } from './reports/index.js';

export const domains: Domain[] = [coreDomain, locationDomain, medicalDomain, insureeDomain, policyDomain, claimDomain, adminDomain, reportsDomain, jobsDomain];

/**
 * Adds the add-on domains the server loaded (platform/addons.ts) after the built-in ones, once at
 * start, before the database is prepared and the schema built: everything that reads `domains`
 * (schema, rights, hooks, scope, seed, the console's backend checks) sees them.
 */
export function addDomains(extra: readonly Domain[]): void {
  for (const domain of extra) {
    if (domains.some((d) => d.name === domain.name)) throw new Error(`domain ${domain.name} is defined twice`);
    domains.push(domain);
  }
}
