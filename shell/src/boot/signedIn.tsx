/**
 * What starts once someone is signed in, loaded with the layout (never on the
 * sign-in page): the GraphQL client every module shares, one single-spa
 * application per composed route, then single-spa itself once the layout has
 * drawn the page area the applications mount into. The shell's English for the
 * signed-in console (`locales/console.en.json`: menu, pages, kit, tables...) comes
 * with it: the sign-in page carries only `locales/en.json` (first-screen budget).
 */
import { getRuntime } from '@kente/sdk';
import { useEffect } from 'react';
import { start } from 'single-spa';
import consoleEnglish from '../../locales/console.en.json';
import AppLayout from '../layout/AppLayout.js';
import { createGraphqlClient } from '../session/graphqlClient.js';
import { registerPages } from './pages.js';

let prepared = false;
let started = false;

/** Once per page load (StrictMode runs effects twice in development). */
function startPages() {
  if (started) return;
  started = true;
  start({ urlRerouteOnly: true });
}

function SignedInConsole() {
  // Effects run after the layout's DOM is in the page: #kente-page exists.
  useEffect(startPages, []);
  return <AppLayout />;
}

/** For React.lazy: prepares the signed-in console, then hands it over. */
export function prepareSignedIn(): { default: () => React.ReactElement } {
  if (!prepared) {
    prepared = true;
    const runtime = getRuntime();
    // Before the layout renders: English is every language's fallback. Packs bring their own words.
    runtime.i18n.addResourceBundle('en', 'shell', consoleEnglish, true, false);
    runtime.installGraphqlClient(createGraphqlClient());
    registerPages(runtime.composition.routes);
  }
  return { default: SignedInConsole };
}
