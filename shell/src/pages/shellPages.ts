import { getRuntime } from '@kente/sdk';
import { type ComponentType, lazy } from 'react';
import { HomePage } from './HomePage.js';

/**
 * A page off the way to a module page (first-module-page budget): its code and its
 * English words (`locales/<page>.en.json`; a page title stays in console.en.json for
 * the tab) load when it is first shown. Packs bring their own words in their shell namespace.
 */
export function lazyPage(page: () => Promise<ComponentType>, english: () => Promise<{ default: Record<string, unknown> }>) {
  return lazy(async () => {
    const [Page, words] = await Promise.all([page(), english()]);
    getRuntime().i18n.addResourceBundle('en', 'shell', words.default, true, false);
    return { default: Page };
  });
}

const AboutPage = lazyPage(
  () => import('./AboutPage.js').then((m) => m.AboutPage),
  () => import('../../locales/about.en.json'),
);
const PasswordPage = lazyPage(
  () => import('./PasswordPage.js').then((m) => m.PasswordPage),
  () => import('../../locales/password.en.json'),
);

export interface ShellPage {
  Page: ComponentType;
  /** The tab title, a key of the shell namespace (none: just the console's name). */
  title?: string;
}

/** The shell's own pages, by path. */
export const shellPages: Record<string, ShellPage> = {
  '/': { Page: HomePage },
  '/about': { Page: AboutPage, title: 'about.title' },
  '/profile/password': { Page: PasswordPage, title: 'password.title' },
};
