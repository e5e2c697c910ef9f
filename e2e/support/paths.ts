import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const registry = join(repoRoot, 'registry/modules');
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
/** A port where a server accepts connections and never answers. */
export const HANG_PORT = Number(process.env.E2E_HANG_PORT ?? 4174);
/** The composition file the e2e server reads; tests rewrite it. */
export const runtimeComposition = join(repoRoot, 'e2e/.runtime/composition.json');
/** A port for a module registry of the journeys' own (a module published outside the repository). */
export const REGISTRY_PORT = Number(process.env.E2E_REGISTRY_PORT ?? E2E_PORT + 2);
