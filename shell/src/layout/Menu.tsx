import {
  getRuntime,
  menuSections,
  type ResolvedMenuEntry,
  useLocation,
  useNavigate,
  userHasRights,
  useTranslationOf,
  useTranslationsOf,
  useUser,
} from '@kente/sdk';
import { KenteIcon, List, ListItemButton, ListItemIcon, ListItemText, ListSubheader } from '@kente/sdk/ui';
import type { MouseEvent } from 'react';

/** Entries the user may open, grouped by section, in manifest order. */
export function visibleMenu(entries: readonly ResolvedMenuEntry[], rights: Parameters<typeof userHasRights>[0]) {
  return menuSections
    .map((section) => ({
      section,
      entries: entries.filter((e) => e.section === section && userHasRights(rights, e.rights)).sort((a, b) => (a.order ?? 0) - (b.order ?? 0)),
    }))
    .filter((group) => group.entries.length > 0);
}

/** The menu, built from the manifests' data: no module code is loaded to draw it. */
export function Menu() {
  const user = useUser();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const { t } = useTranslationOf(['shell']);
  const label = useTranslationsOf(getRuntime().composition.menu.map((e) => e.module));
  const groups = visibleMenu(getRuntime().composition.menu, user);
  const follow = (route: string) => (event: MouseEvent) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(route);
  };
  return (
    <nav aria-label={t('menu.label')}>
      <List dense>
        <ListItemButton component="a" href="/" selected={pathname === '/'} onClick={follow('/')}>
          <ListItemIcon sx={{ minWidth: 36 }}>
            <KenteIcon name="home" />
          </ListItemIcon>
          <ListItemText primary={t('menu.home')} />
        </ListItemButton>
      </List>
      {groups.map((group) => (
        <List
          key={group.section}
          dense
          aria-labelledby={`menu-section-${group.section}`}
          subheader={<ListSubheader id={`menu-section-${group.section}`}>{t(`menu.sections.${group.section}`)}</ListSubheader>}
        >
          {group.entries.map((entry) => (
            <ListItemButton
              key={`${entry.module}/${entry.id}`}
              component="a"
              href={entry.route}
              selected={pathname === entry.route || pathname.startsWith(`${entry.route}/`)}
              onClick={follow(entry.route)}
              data-menu-entry={`${entry.module}/${entry.id}`}
            >
              <ListItemIcon sx={{ minWidth: 36 }}>
                <KenteIcon name={entry.icon} />
              </ListItemIcon>
              <ListItemText primary={label(entry.module, entry.label)} />
            </ListItemButton>
          ))}
        </List>
      ))}
    </nav>
  );
}
