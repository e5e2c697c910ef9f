import { checkConfigDefaults } from '../composition/config.js';
import { routeShape } from '../composition/routes.js';
import { type Problem, type Validated, validateWith } from './problems.js';
import { type AnyManifest, anyManifestSchema, type ModuleManifest, type ModuleManifestInput } from './schema.js';

/** Checks what a schema cannot: references inside one manifest. */
function checkModuleReferences(manifest: ModuleManifest): Problem[] {
  const problems: Problem[] = [];
  const routePaths = new Set(manifest.routes.map((r) => r.path));
  const offered = new Set(manifest.slots.map((s) => s.name));
  const required = manifest.requires.slots ?? {};
  manifest.menu.forEach((entry, i) => {
    if (!routePaths.has(entry.route)) {
      problems.push({
        path: `$.menu[${i}].route`,
        expected: `one of this module's routes (${[...routePaths].join(', ') || 'none'})`,
        found: JSON.stringify(entry.route),
      });
    }
  });
  const seen = new Map<string, string>();
  const unique = (kind: string, id: string, path: string) => {
    const key = `${kind}:${id}`;
    if (seen.has(key)) problems.push({ path, expected: `a ${kind} id not used before (${seen.get(key)})`, found: JSON.stringify(id) });
    else seen.set(key, path);
  };
  for (const [i, m] of manifest.menu.entries()) unique('menu', m.id, `$.menu[${i}].id`);
  // By shape: /a/:id and /a/:key would serve the same paths.
  for (const [i, r] of manifest.routes.entries()) unique('route', routeShape(r.path), `$.routes[${i}].path`);
  for (const [i, s] of manifest.menuSections.entries()) unique('menu section', s.id, `$.menuSections[${i}].id`);
  for (const [i, s] of manifest.slots.entries()) unique('slot', s.name, `$.slots[${i}].name`);
  manifest.contributions.forEach((c, i) => {
    unique('contribution', c.id, `$.contributions[${i}].id`);
    if (!offered.has(c.slot) && !(c.slot in required)) {
      problems.push({
        path: `$.contributions[${i}].slot`,
        expected: `a slot offered by this module or listed in requires.slots`,
        found: JSON.stringify(c.slot),
      });
    }
  });
  for (const path of Object.keys(manifest.budgets?.pages ?? {})) {
    if (!routePaths.has(path)) {
      problems.push({
        path: `$.budgets.pages[${JSON.stringify(path)}]`,
        expected: `one of this module's routes (${[...routePaths].join(', ') || 'none'})`,
        found: JSON.stringify(path),
      });
    }
  }
  // The module's own defaults must pass its own schema (checked at build, where the manifest is written).
  problems.push(...checkConfigDefaults(manifest.config.schema, manifest.config.defaults));
  return problems;
}

/** Validates a manifest fetched at runtime (module or pack). */
export function validateManifest(data: unknown): Validated<AnyManifest> {
  const result = validateWith(anyManifestSchema, data);
  if (!result.ok || result.value.kind !== 'module') return result;
  const problems = checkModuleReferences(result.value);
  return problems.length ? { ok: false, problems } : result;
}

/**
 * Typed authoring of a module manifest (`kente.manifest.ts`). The build validates
 * it and writes `kente-manifest.json`; at runtime only that JSON is read.
 */
export function defineModule<const M extends Omit<ModuleManifestInput, 'schemaVersion' | 'kind' | 'federation' | 'name' | 'version'>>(manifest: M): M {
  return manifest;
}
