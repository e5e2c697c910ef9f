import type { KenteUser, ResolvedMenuEntry, ResolvedMenuSection } from '@kente/sdk';
import { userMayOpen } from '@kente/sdk';

export interface MenuGroup {
  section: ResolvedMenuSection;
  entries: ResolvedMenuEntry[];
}

/**
 * The menu as drawn: entries the user may open (every right of `rights`, one of `anyRights`), grouped by section (the shell's and those modules
 * offer, in the sections' order), each group in its entries' order; a section left empty is not shown.
 * Built from the manifests' data alone (`ResolvedComposition.menu` and `.menuSections`).
 */
export function visibleMenu(entries: readonly ResolvedMenuEntry[], user: KenteUser | null, sections: readonly ResolvedMenuSection[]): MenuGroup[] {
  return sections
    .map((section) => ({
      section,
      entries: entries.filter((e) => e.section === section.id && userMayOpen(user, e)).sort((a, b) => (a.order ?? 0) - (b.order ?? 0)),
    }))
    .filter((group) => group.entries.length > 0);
}
