import { installRuntime, type KenteRuntime, type KenteUser, NAVIGATE_EVENT, SDK_VERSION } from '@kente/sdk';
import { CssBaseline, kenteTheme, LinearProgress, ThemeProvider } from '@kente/sdk/ui-core';
import { lazy, StrictMode, Suspense, useState, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { Provider as GraphqlProvider } from 'urql';
import { createI18n, pickLanguage, rememberLanguage } from './boot/i18n.js';
import { loadComposition } from './boot/loadComposition.js';
import { createModuleLoader } from './boot/moduleLoader.js';
import { CompositionErrorPage } from './layout/CompositionErrorPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { UnreachablePage } from './pages/UnreachablePage.js';
import { createGraphqlClient } from './session/graphqlClient.js';
import { fetchSession, type SessionState, signOut } from './session/session.js';

// The signed-in layout (menu, single-spa, the data kit) loads after sign-in:
// the sign-in page is the first screen and stays small.
const AppLayout = lazy(() => import('./layout/AppLayout.js'));

function currentPath() {
  return window.location.pathname + window.location.search;
}

function loginUrl(next: string, expired = false) {
  const params = new URLSearchParams();
  if (next && next !== '/' && !next.startsWith('/login')) params.set('next', next);
  if (expired) params.set('expired', '1');
  const query = params.toString();
  return `/login${query ? `?${query}` : ''}`;
}

async function boot() {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing');
  const root = createRoot(container);
  const booted = await loadComposition();
  if (!booted.ok) {
    root.render(<CompositionErrorPage problems={booted.problems} source={booted.source} />);
    return;
  }
  const { composition, resolved } = booted;

  let user: KenteUser | null = null;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const graphql = createGraphqlClient(() => {
    // Session expired: back to login, then back here.
    if (user) window.location.assign(loginUrl(currentPath(), true));
  });
  const i18n = await createI18n(resolved, pickLanguage(resolved, composition.defaultLanguage));
  i18n.on('languageChanged', notify);
  const loadExposed = createModuleLoader(resolved, composition.loadTimeoutMs);
  const runtime: KenteRuntime = {
    sdkVersion: SDK_VERSION,
    composition: resolved,
    i18n,
    graphql,
    getUser: () => user,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    loadExposed,
    navigate(to) {
      // single-spa, once loaded, patches pushState and reroutes on it.
      if (to !== window.location.pathname + window.location.search) history.pushState(null, '', to);
      window.dispatchEvent(new Event(NAVIGATE_EVENT));
    },
    async setLanguage(code) {
      rememberLanguage(code);
      await i18n.changeLanguage(code);
    },
    async signOut() {
      await signOut(graphql);
      window.location.assign('/login');
    },
  };
  installRuntime(runtime);

  const session: SessionState = await fetchSession(graphql);
  if (session.status === 'signed-in') {
    user = session.user;
    if (window.location.pathname === '/login') history.replaceState(null, '', new URLSearchParams(window.location.search).get('next') ?? '/');
  } else if (session.status === 'signed-out' && window.location.pathname !== '/login') {
    history.replaceState(null, '', loginUrl(currentPath()));
  }

  function ShellRoot() {
    const signedIn = useSyncExternalStore(runtime.subscribe, () => user !== null);
    const [unreachable] = useState(session.status === 'unreachable' ? session.message : null);
    if (unreachable) return <UnreachablePage message={unreachable} />;
    if (!signedIn) {
      return (
        <LoginPage
          onSignedIn={(signedInUser) => {
            user = signedInUser;
            if (signedInUser.language && resolved.languages.some((l) => l.code === signedInUser.language) && !localStorage.getItem('kente.language')) {
              void i18n.changeLanguage(signedInUser.language);
            }
            history.replaceState(null, '', new URLSearchParams(window.location.search).get('next') ?? '/');
            notify();
          }}
        />
      );
    }
    return <AppLayout />;
  }

  root.render(
    <StrictMode>
      <ThemeProvider theme={kenteTheme}>
        <CssBaseline />
        <I18nextProvider i18n={i18n}>
          <GraphqlProvider value={graphql}>
            <Suspense fallback={<LinearProgress />}>
              <ShellRoot />
            </Suspense>
          </GraphqlProvider>
        </I18nextProvider>
      </ThemeProvider>
    </StrictMode>,
  );
}

boot().catch((error: unknown) => {
  console.error(error);
  const status = document.getElementById('boot-status');
  if (status) status.textContent = `Kente could not start: ${error instanceof Error ? error.message : String(error)}`;
});
