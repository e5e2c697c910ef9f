import { getRuntime, matchRoute, Slot, useLocation, userHasRights, userMayOpen, useTranslationOf, useTranslationsOf, useUser } from '@kente/sdk';
import { AppBar, Box, Drawer, IconButton, KenteIcon, ProgressLine, Toolbar, Typography } from '@kente/sdk/ui';
import { type ComponentType, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { PAGE_ELEMENT_ID } from '../boot/pages.js';
import { lazyPage, shellPages } from '../pages/shellPages.js';
import { LanguageSwitcher } from './LanguageSwitcher.js';
import { Menu } from './Menu.js';
import { ProfileMenu } from './ProfileMenu.js';

const DRAWER_WIDTH = 248;

// Off the way to a module page: loaded, with their words, when there is something to tell.
const bannerWords = () => import('../../locales/banners.en.json');
const RefusedModulesBanner = lazyPage(() => import('./Banners.js').then((m) => m.RefusedModulesBanner), bannerWords);
const FallbackBanner = lazyPage(() => import('./Banners.js').then((m) => m.FallbackBanner), bannerWords);

// Off the way to a module page: loaded when first shown (first-module-page budget).
const notFoundWords = () => import('../../locales/notFound.en.json');
const NotFoundPage = lazyPage(() => import('../pages/NotFoundPage.js').then((m) => m.NotFoundPage), notFoundWords);
const ForbiddenPage = lazyPage(() => import('../pages/NotFoundPage.js').then((m) => m.ForbiddenPage), notFoundWords);

type Place =
  | { kind: 'shell'; Page: ComponentType; title?: string | undefined }
  | { kind: 'module'; module: string; version: string; title?: string | undefined }
  | { kind: 'forbidden' }
  | { kind: 'not-found' };

function usePlace(): Place {
  const { pathname } = useLocation();
  const user = useUser();
  const shellPage = shellPages[pathname];
  if (shellPage) return { kind: 'shell', Page: shellPage.Page, title: shellPage.title };
  const { routes, modules } = getRuntime().composition;
  const route = routes.find((r) => matchRoute(r.path, pathname));
  if (!route) return { kind: 'not-found' };
  if (!userMayOpen(user, route)) return { kind: 'forbidden' };
  // The version whose code runs: its fallback's once that replaced it.
  const version = getRuntime().runningVersion?.(route.module) ?? modules.find((m) => m.manifest.name === route.module)?.manifest.version ?? '';
  return { kind: 'module', module: route.module, version, title: route.title };
}

/**
 * The signed-in layout: app bar, menu drawer, the shell's own pages and the area
 * module pages mount into (single-spa is started by boot/signedIn once it is drawn).
 */
export default function AppLayout() {
  const { t } = useTranslationOf(['shell']);
  const place = usePlace();
  const label = useTranslationsOf(getRuntime().composition.routes.map((r) => r.module));
  const pageTitle = place.kind === 'module' && place.title ? label(place.module, place.title) : place.kind === 'shell' && place.title ? t(place.title) : '';
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} · ${t('app.name')}` : t('app.name');
  }, [pageTitle, t]);
  const [menuOpen, setMenuOpen] = useState(true);
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <Box
        component="a"
        href="#main"
        sx={{ position: 'absolute', left: -9999, '&:focus': { left: 8, top: 8, zIndex: 2000, bgcolor: 'background.paper', p: 1 } }}
      >
        {t('app.skipToContent')}
      </Box>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar variant="dense" sx={{ gap: 2 }}>
          <IconButton color="inherit" edge="start" onClick={() => setMenuOpen((open) => !open)} aria-label={t('menu.toggle')} aria-expanded={menuOpen}>
            <KenteIcon name="menu" />
          </IconButton>
          <Typography variant="h6" component="div" sx={{ flexGrow: 1, fontWeight: 600 }}>
            {t('app.name')}
            <Typography component="span" sx={{ ml: 1.5, opacity: 0.8, fontSize: '0.85rem' }}>
              {(getRuntime().composition.config.shell?.schemeName as string | undefined) ?? t('app.tagline')}
            </Typography>
          </Typography>
          <HeaderActions />
          <LanguageSwitcher />
          <ProfileMenu />
        </Toolbar>
      </AppBar>
      <Drawer
        variant="persistent"
        open={menuOpen}
        sx={{ width: menuOpen ? DRAWER_WIDTH : 0, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' } }}
      >
        <Toolbar variant="dense" />
        <Menu />
      </Drawer>
      <Box component="main" id="main" tabIndex={-1} sx={{ flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <Toolbar variant="dense" />
        <Banners />
        {/* Some shell pages load their code when first shown: the layout stays while they do. */}
        <Suspense fallback={<ProgressLine aria-label="loading" />}>
          {place.kind === 'shell' && <place.Page />}
          {place.kind === 'not-found' && <NotFoundPage />}
          {place.kind === 'forbidden' && <ForbiddenPage />}
        </Suspense>
        <Box id={PAGE_ELEMENT_ID} sx={{ flexGrow: 1 }} />
        {place.kind === 'module' && (
          <Typography component="footer" variant="caption" color="text.secondary" sx={{ px: 3, py: 1 }} data-testid="module-footer">
            {place.module} {place.version}
          </Typography>
        )}
      </Box>
    </Box>
  );
}

/**
 * What modules add to the app bar (`shell.header.actions`, e.g. mf-reports' journal), in a row.
 * Their code is not the page's: it loads once the browser is idle after the first page is
 * drawn, so the page the user asked for comes first.
 */
function HeaderActions() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const id = idle(() => setReady(true), { timeout: 3000 });
    return () => cancel(id);
  }, [ready]);
  if (!ready) return null;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', '& [data-contribution]': { display: 'flex' } }} data-testid="header-actions">
      <Slot name="shell.header.actions" />
    </Box>
  );
}

/**
 * Who is told, in a banner, that a module runs its fallback version: the users who may
 * administer user accounts (openIMIS right 121701, search users: IMIS and HF
 * administrators). The others see an unchanged console; About tells everyone.
 */
export const FALLBACK_BANNER_RIGHT = 121701;

/** The banners, each loaded only when it has something to tell (a fallback chosen when a module's code failed appears as it happens). */
function Banners() {
  const user = useUser();
  const runtime = getRuntime();
  const fallbacks = useSyncExternalStore(runtime.subscribe, () => runtime.composition.fallbacks);
  const { refused, configProblems } = runtime.composition;
  return (
    <Suspense fallback={null}>
      {(refused.length > 0 || configProblems.length > 0) && <RefusedModulesBanner />}
      {fallbacks.length > 0 && userHasRights(user, [FALLBACK_BANNER_RIGHT]) && <FallbackBanner />}
    </Suspense>
  );
}
