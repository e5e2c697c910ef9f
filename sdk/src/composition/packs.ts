/**
 * Pack layering, shared by the shell (translations), the server (/boot.json, module
 * configuration) and `kente-check`: language packs first, then country packs (a
 * manifest with `country`), each in composition.json's order; later wins.
 */

const isRecord = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/** Whether a manifest (checked or raw JSON) is a country pack's. */
export const isCountryPack = (manifest: unknown): boolean => isRecord(manifest) && manifest.country !== undefined;

/** The packs in layering order: every language pack, then every country pack. */
export function countryPacksLast<T extends { manifest: unknown }>(packs: readonly T[]): T[] {
  return [...packs.filter((p) => !isCountryPack(p.manifest)), ...packs.filter((p) => isCountryPack(p.manifest))];
}

/** The wording override files for one language and namespace (a path relative to each pack's folder), lowest first. */
export function wordingOverrides<T extends { manifest: unknown }>(packs: readonly T[], language: string, namespace: string): Array<{ pack: T; path: string }> {
  const found: Array<{ pack: T; path: string }> = [];
  for (const pack of countryPacksLast(packs)) {
    const overrides = isRecord(pack.manifest) ? pack.manifest.overrides : undefined;
    const byNamespace = isRecord(overrides) ? overrides[language] : undefined;
    const path = isRecord(byNamespace) ? byNamespace[namespace] : undefined;
    if (typeof path === 'string') found.push({ pack, path });
  }
  return found;
}

/** Texts merged key by key, nested groups too: a later object's text wins. Nothing is changed in place. */
export function mergeTexts(base: Record<string, unknown>, ...overrides: ReadonlyArray<Record<string, unknown>>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const override of overrides) {
    for (const [key, value] of Object.entries(override)) {
      const current = result[key];
      result[key] = isRecord(current) && isRecord(value) ? mergeTexts(current, value) : value;
    }
  }
  return result;
}
