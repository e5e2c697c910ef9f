import { getRuntime, type ResolvedMenuSection, useLocation, useNavigate, useTranslationOf, useTranslationsOf, useUser } from '@kente/sdk';
import { KenteIcon, List, ListItem, ListItemButton, ListItemIcon, ListItemText, ListSubheader } from '@kente/sdk/ui';
import type { MouseEvent } from 'react';
import { visibleMenu } from './menuModel.js';

/** A section's label: the shell's own in the shell namespace, a module's in its namespace. */
export function useSectionLabel(): (section: ResolvedMenuSection) => string {
  const { menuSections } = getRuntime().composition;
  const label = useTranslationsOf(menuSections.filter((s) => s.module !== 'shell').map((s) => s.module));
  const { t } = useTranslationOf(['shell']);
  return (section) => (section.module === 'shell' ? t(section.label) : label(section.module, section.label));
}

// A focused link gets an outline, never the current page's background, so the two are not confused (WCAG 2.4.7).
const linkSx = {
  '&.Mui-focusVisible': { bgcolor: 'transparent', outline: '3px solid', outlineColor: 'primary.main', outlineOffset: '-3px' },
  '&.Mui-selected.Mui-focusVisible': { bgcolor: 'action.selected' },
  '&.Mui-selected': { fontWeight: 600, borderLeft: '4px solid', borderLeftColor: 'primary.main', pl: 1.5 },
} as const;

/** The menu, built from the manifests' data: no module code is loaded to draw it. */
export function Menu() {
  const user = useUser();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const { t } = useTranslationOf(['shell']);
  const label = useTranslationsOf(getRuntime().composition.menu.map((e) => e.module));
  const sectionLabel = useSectionLabel();
  const { menu, menuSections } = getRuntime().composition;
  const groups = visibleMenu(menu, user, menuSections);
  const follow = (route: string) => (event: MouseEvent) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(route);
  };
  // Every child of a list is a list item (<li>): links sit inside ListItem, headings are ListSubheader (an <li>).
  return (
    <nav aria-label={t('menu.label')}>
      <List dense>
        <ListItem disablePadding>
          <ListItemButton
            component="a"
            href="/"
            selected={pathname === '/'}
            aria-current={pathname === '/' ? 'page' : undefined}
            onClick={follow('/')}
            sx={linkSx}
          >
            <ListItemIcon sx={{ minWidth: 36 }}>
              <KenteIcon name="home" />
            </ListItemIcon>
            <ListItemText primary={t('menu.home')} />
          </ListItemButton>
        </ListItem>
      </List>
      {groups.map((group) => {
        const headingId = `menu-section-${group.section.id}`;
        return (
          <List
            key={group.section.id}
            dense
            aria-labelledby={headingId}
            subheader={<ListSubheader id={headingId}>{sectionLabel(group.section)}</ListSubheader>}
          >
            {group.entries.map((entry) => {
              const current = pathname === entry.route || pathname.startsWith(`${entry.route}/`);
              return (
                <ListItem key={`${entry.module}/${entry.id}`} disablePadding>
                  <ListItemButton
                    component="a"
                    href={entry.route}
                    selected={current}
                    aria-current={current ? 'page' : undefined}
                    onClick={follow(entry.route)}
                    data-menu-entry={`${entry.module}/${entry.id}`}
                    sx={linkSx}
                  >
                    <ListItemIcon sx={{ minWidth: 36 }}>
                      <KenteIcon name={entry.icon} />
                    </ListItemIcon>
                    <ListItemText primary={label(entry.module, entry.label)} />
                  </ListItemButton>
                </ListItem>
              );
            })}
          </List>
        );
      })}
    </nav>
  );
}
