import { type ComponentType, lazy } from 'react';
import { HomePage } from './HomePage.js';

// Not on the way to a module page: their code loads when first shown (module-page budget).
const AboutPage = lazy(() => import('./AboutPage.js').then((m) => ({ default: m.AboutPage })));
const PasswordPage = lazy(() => import('./PasswordPage.js').then((m) => ({ default: m.PasswordPage })));

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
