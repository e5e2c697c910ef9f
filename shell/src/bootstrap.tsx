/**
 * The shell's boot, top to bottom; each step lives in its own file:
 *   1. composition and manifests (boot/loadComposition) and the session
 *      (session/session), in parallel; both were requested by index.html already
 *   2. translations (boot/i18n)
 *   3. the runtime every module sees through the SDK (boot/runtime; module code
 *      through the Module Federation runtime, boot/moduleLoader)
 *   4. the URL for who is signed in
 *   5. the first screen: the sign-in page, or the signed-in console (boot/signedIn:
 *      GraphQL client, single-spa, layout), which loads only once someone is signed in
 */
import { getRuntime, installRuntime, type KenteRuntime, type KenteUser } from '@kente/sdk';
import { CssBaseline, kenteTheme, ProgressLine, ThemeProvider } from '@kente/sdk/ui-core';
import { lazy, StrictMode, Suspense, useSyncExternalStore } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createI18n, pickLanguage } from './boot/i18n.js';
import { type BootResult, loadComposition } from './boot/loadComposition.js';
import { createRuntime } from './boot/runtime.js';
import { languageForUser } from './layout/LanguageSwitcher.js';
import { LoginPage } from './pages/LoginPage.js';
import { fetchSession, type SessionState } from './session/session.js';
import { currentPath, loginUrl } from './session/urls.js';

const SignedInConsole = lazy(() => import('./boot/signedIn.js').then((m) => m.prepareSignedIn()));
// Error pages load only when they are needed: the sign-in page is the first screen.
const CompositionErrorPage = lazy(() => import('./layout/CompositionErrorPage.js').then((m) => ({ default: m.CompositionErrorPage })));
// Its English words come with it (packs bring theirs in the shell namespace).
const UnreachablePage = lazy(async () => {
  const [page, words] = await Promise.all([import('./pages/UnreachablePage.js'), import('../locales/unreachable.en.json')]);
  getRuntime().i18n.addResourceBundle('en', 'shell', words.default, true, false);
  return { default: page.UnreachablePage };
});

/** Always visible while a module comes from a developer's machine (dev mode only, loaded then). */
const DevOverridesBanner = lazy(() => import('./boot/DevOverridesBanner.js'));

/** The sign-in page until someone is signed in, then the console. */
function ShellRoot({ runtime, session, onSignedIn }: { runtime: KenteRuntime; session: SessionState; onSignedIn: (user: KenteUser) => void }) {
  const signedIn = useSyncExternalStore(runtime.subscribe, () => runtime.getUser() !== null);
  if (session.status === 'unreachable') return <UnreachablePage message={session.message} />;
  if (!signedIn) return <LoginPage onSignedIn={onSignedIn} />;
  return <SignedInConsole />;
}

function goToNext() {
  history.replaceState(null, '', new URLSearchParams(window.location.search).get('next') ?? '/');
}

function showCompositionProblems(root: Root, booted: Extract<BootResult, { ok: false }>) {
  root.render(
    <Suspense>
      <CompositionErrorPage problems={booted.problems} source={booted.source} />
    </Suspense>,
  );
}

/** index.html's loading indicator becomes the reason the console could not start. */
function showBootFailure(error: unknown) {
  console.error(error);
  const status = document.getElementById('boot-status');
  const message = document.getElementById('boot-message');
  if (!status || !message) return;
  status.classList.add('failed');
  status.setAttribute('role', 'alert');
  status.removeAttribute('aria-busy');
  message.textContent = `Kente could not start: ${error instanceof Error ? error.message : String(error)}`;
}

/** Boot steps on the page's timeline (`pnpm bench` prints them with BENCH_TIMELINE=1). */
const mark = (step: string) => performance.mark(`kente:${step}`);

async function boot() {
  mark('bootstrap');
  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing');
  const root = createRoot(container);

  // 1. Composition and manifests; the session alongside.
  const sessionLoading = fetchSession();
  const booted = await loadComposition();
  if (!booted.ok) return showCompositionProblems(root, booted);
  const { composition, resolved, devOverrides, translations } = booted;
  mark('composition');

  // 2. Translations for the chosen language (the shell's came with the boot data).
  const [i18n, session] = await Promise.all([createI18n(resolved, pickLanguage(resolved, composition.defaultLanguage), translations), sessionLoading]);

  mark('translations-and-session');

  // 3. The runtime, installed in the SDK for every module.
  const { runtime, setUser } = createRuntime(composition, resolved, i18n);
  installRuntime(runtime);

  // 4. The URL for who is signed in.
  if (session.status === 'signed-in') {
    setUser(session.user);
    // On reload too, the user's own language (profile or choice), before the first render.
    const preferred = languageForUser(session.user, resolved.languages);
    if (preferred && preferred !== i18n.language) await i18n.changeLanguage(preferred);
    if (window.location.pathname === '/login') goToNext();
  } else if (session.status === 'signed-out' && window.location.pathname !== '/login') {
    history.replaceState(null, '', loginUrl(currentPath()));
  }
  const onSignedIn = (user: KenteUser) => {
    const preferred = languageForUser(user, resolved.languages);
    if (preferred && preferred !== i18n.language) void i18n.changeLanguage(preferred);
    goToNext();
    setUser(user);
  };

  // 5. The first screen.
  mark('render');
  root.render(
    <StrictMode>
      <ThemeProvider theme={kenteTheme}>
        <CssBaseline />
        {Object.keys(devOverrides).length > 0 && (
          <Suspense>
            <DevOverridesBanner overrides={devOverrides} />
          </Suspense>
        )}
        <Suspense fallback={<ProgressLine aria-label="loading" />}>
          <ShellRoot runtime={runtime} session={session} onSignedIn={onSignedIn} />
        </Suspense>
      </ThemeProvider>
    </StrictMode>,
  );
}

boot().catch(showBootFailure);
