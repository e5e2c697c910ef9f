/**
 * Boot, top to bottom: composition and manifests (boot/loadComposition) >
 * translations and session, in parallel > the runtime every module sees
 * through the SDK > the sign-in page or the signed-in layout, which loads after
 * sign-in together with single-spa, the GraphQL client and the data kit.
 */
import { installRuntime, type KenteRuntime, type KenteUser, NAVIGATE_EVENT, SDK_VERSION } from '@kente/sdk';
import { CssBaseline, kenteTheme, LinearProgress, ThemeProvider } from '@kente/sdk/ui-core';
import { lazy, StrictMode, Suspense, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import type { Client } from 'urql';
import { clearDevOverrides, type DevOverrides } from './boot/devOverrides.js';
import { createI18n, pickLanguage, rememberLanguage } from './boot/i18n.js';
import { loadComposition } from './boot/loadComposition.js';
import { createModuleLoader } from './boot/moduleLoader.js';
import { languageForUser } from './layout/LanguageSwitcher.js';
import { LoginPage } from './pages/LoginPage.js';
import { fetchSession, type SessionState, signOut } from './session/session.js';
import { currentPath, loginUrl } from './session/urls.js';

const AppLayout = lazy(() => import('./layout/AppLayout.js'));
// Error pages load only when they are needed: the sign-in page is the first screen.
const CompositionErrorPage = lazy(() => import('./layout/CompositionErrorPage.js').then((m) => ({ default: m.CompositionErrorPage })));
const UnreachablePage = lazy(() => import('./pages/UnreachablePage.js').then((m) => ({ default: m.UnreachablePage })));

/** Always visible while a module comes from a developer's machine. */
function DevOverridesBanner({ overrides }: { overrides: DevOverrides }) {
  const entries = Object.entries(overrides);
  if (entries.length === 0) return null;
  return (
    <div
      role="status"
      style={{ background: '#fff3cd', color: '#5c4400', padding: '4px 12px', fontSize: 13, position: 'fixed', bottom: 0, right: 0, zIndex: 1300 }}
    >
      Development override: {entries.map(([name, url]) => `${name} from ${url}`).join(', ')}{' '}
      <button type="button" onClick={clearDevOverrides}>
        Clear
      </button>
    </div>
  );
}

/** The sign-in page until someone is signed in, then the console. */
function ShellRoot({ runtime, session, onSignedIn }: { runtime: KenteRuntime; session: SessionState; onSignedIn: (user: KenteUser) => void }) {
  const signedIn = useSyncExternalStore(runtime.subscribe, () => runtime.getUser() !== null);
  if (session.status === 'unreachable') return <UnreachablePage message={session.message} />;
  if (!signedIn) return <LoginPage onSignedIn={onSignedIn} />;
  return <AppLayout />;
}

function goToNext() {
  history.replaceState(null, '', new URLSearchParams(window.location.search).get('next') ?? '/');
}

async function boot() {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing');
  const root = createRoot(container);
  const booted = await loadComposition();
  if (!booted.ok) {
    root.render(
      <Suspense>
        <CompositionErrorPage problems={booted.problems} source={booted.source} />
      </Suspense>,
    );
    return;
  }
  const { composition, resolved, devOverrides } = booted;

  let user: KenteUser | null = null;
  let graphql: Client | null = null;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const [i18n, session] = await Promise.all([createI18n(resolved, pickLanguage(resolved, composition.defaultLanguage)), fetchSession()]);
  i18n.on('languageChanged', (code: string) => {
    document.documentElement.lang = code;
    notify();
  });
  const runtime: KenteRuntime = {
    sdkVersion: SDK_VERSION,
    composition: resolved,
    i18n,
    get graphql(): Client {
      if (!graphql) throw new Error('the GraphQL client is available once a user is signed in');
      return graphql;
    },
    installGraphqlClient(client: Client) {
      graphql = client;
    },
    getUser: () => user,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    loadExposed: createModuleLoader(resolved, composition.loadTimeoutMs),
    navigate(to) {
      // single-spa, once loaded, patches pushState and reroutes on it.
      if (to !== currentPath()) history.pushState(null, '', to);
      window.dispatchEvent(new Event(NAVIGATE_EVENT));
    },
    async setLanguage(code) {
      rememberLanguage(code);
      await i18n.changeLanguage(code);
    },
    async signOut() {
      await signOut();
      window.location.assign('/login');
    },
  };
  installRuntime(runtime);

  if (session.status === 'signed-in') {
    user = session.user;
    // On reload too, the user's own language (profile or choice), before the first render.
    const preferred = languageForUser(session.user, resolved.languages);
    if (preferred && preferred !== i18n.language) await i18n.changeLanguage(preferred);
    if (window.location.pathname === '/login') goToNext();
  } else if (session.status === 'signed-out' && window.location.pathname !== '/login') {
    history.replaceState(null, '', loginUrl(currentPath()));
  }

  const onSignedIn = (signedInUser: KenteUser) => {
    user = signedInUser;
    const preferred = languageForUser(signedInUser, resolved.languages);
    if (preferred && preferred !== i18n.language) void i18n.changeLanguage(preferred);
    goToNext();
    notify();
  };

  root.render(
    <StrictMode>
      <ThemeProvider theme={kenteTheme}>
        <CssBaseline />
        <DevOverridesBanner overrides={devOverrides} />
        <Suspense fallback={<LinearProgress aria-label="loading" />}>
          <ShellRoot runtime={runtime} session={session} onSignedIn={onSignedIn} />
        </Suspense>
      </ThemeProvider>
    </StrictMode>,
  );
}

boot().catch((error: unknown) => {
  console.error(error);
  const status = document.getElementById('boot-status');
  if (status) status.textContent = `Kente could not start: ${error instanceof Error ? error.message : String(error)}`;
});
