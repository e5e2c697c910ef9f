/**
 * The role form's pure logic: the rights matrix built from the catalogue the backend's domains
 * declare (grouped by domain, then by the openIMIS block of a hundred codes: family 1010xx,
 * insuree 1011xx...), and the authority rule (core/authority.ts): nobody gives a right they lack.
 */
import type { FieldIssue } from '@kente/sdk/forms';

export interface CatalogueEntry {
  code: number;
  name: string;
  description: string;
  domain: string;
}

export interface RightGroup {
  /** The common start of its rights' names (family, medicalService, report), a translation key. */
  key: string;
  rights: CatalogueEntry[];
}

export interface DomainRights {
  domain: string;
  groups: RightGroup[];
}

/** The longest common start of some camelCase names, cut at a word boundary (medicalServiceSearch, medicalServiceAdd -> medicalService). */
export function commonWordPrefix(names: readonly string[]): string {
  const [first = '', ...rest] = names;
  let end = first.length;
  for (const name of rest) {
    let i = 0;
    while (i < end && i < name.length && name[i] === first[i]) i++;
    end = i;
  }
  const words = (text: string) => text.split(/(?=[A-Z])/);
  if (names.length === 1 || end === first.length) {
    // one right (historySearch) or names that all start with the whole first one: drop the action word
    const parts = words(first);
    return parts.length > 1 ? parts.slice(0, -1).join('') : first;
  }
  const prefix = first.slice(0, end);
  // cut back to the last whole word the names share
  const next = first[end];
  if (next && /[A-Z]/.test(next)) return prefix;
  const parts = words(prefix);
  return parts.length > 1 ? parts.slice(0, -1).join('') : prefix;
}

/** Domains in the order they come (the backend's order), groups by code block, rights by code. */
export function groupRights(catalogue: readonly CatalogueEntry[]): DomainRights[] {
  const domains = new Map<string, Map<number, CatalogueEntry[]>>();
  for (const right of catalogue) {
    const blocks = domains.get(right.domain) ?? new Map<number, CatalogueEntry[]>();
    domains.set(right.domain, blocks);
    const block = Math.floor(right.code / 100);
    blocks.set(block, [...(blocks.get(block) ?? []), right]);
  }
  return [...domains].map(([domain, blocks]) => ({
    domain,
    groups: [...blocks]
      .sort(([a], [b]) => a - b)
      .map(([, rights]) => {
        const sorted = [...rights].sort((a, b) => a.code - b.code);
        return { key: commonWordPrefix(sorted.map((r) => r.name)), rights: sorted };
      }),
  }));
}

/** "medicalService" -> "Medical service" (when a pack has no name for a group). */
export function humanize(key: string): string {
  const words = key.split(/(?=[A-Z])/).map((w) => w.toLowerCase());
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface RoleFormValues {
  name: string;
  altLanguage: string;
  isBlocked: boolean;
  rights: number[];
}

export interface RoleValues {
  name: string;
  altLanguage?: string | null;
  isBlocked: boolean;
  rights: readonly number[];
}

export const ROLE_FORM_FIELDS = ['name', 'altLanguage', 'isBlocked', 'rights'];

export function roleToForm(role: RoleValues | null): RoleFormValues {
  return {
    name: role?.name ?? '',
    altLanguage: role?.altLanguage ?? '',
    isBlocked: role?.isBlocked ?? false,
    rights: [...(role?.rights ?? [])].sort((a, b) => a - b),
  };
}

export function roleInput(values: RoleFormValues) {
  const alt = values.altLanguage.trim();
  return { name: values.name.trim(), altLanguage: alt ? alt : null, isBlocked: values.isBlocked, rights: [...new Set(values.rights)].sort((a, b) => a - b) };
}

/** Rights the role would carry that the administrator does not hold (the server refuses them: FORBIDDEN). */
export function notHeld(held: ReadonlySet<number>, rights: readonly number[]): number[] {
  return [...new Set(rights)].filter((code) => !held.has(code)).sort((a, b) => a - b);
}

/**
 * Ticks or unticks rights. Only rights the administrator holds change: one they lack stays as it is
 * (shown disabled), so an edit never drops or adds what they could not give.
 */
export function toggleRights(current: readonly number[], codes: readonly number[], on: boolean, held: ReadonlySet<number>): number[] {
  const next = new Set(current);
  for (const code of codes) {
    if (!held.has(code)) continue;
    if (on) next.add(code);
    else next.delete(code);
  }
  return [...next].sort((a, b) => a - b);
}

export function validateRoleForm(values: RoleFormValues, held: ReadonlySet<number>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!values.name.trim()) issues.push({ path: 'name', code: 'REQUIRED' });
  else if (values.name.length > 50) issues.push({ path: 'name', code: 'TOO_LONG' });
  if (values.altLanguage.length > 50) issues.push({ path: 'altLanguage', code: 'TOO_LONG' });
  if (notHeld(held, values.rights).length) issues.push({ path: 'rights', code: 'RIGHT_NOT_HELD' });
  return issues;
}
