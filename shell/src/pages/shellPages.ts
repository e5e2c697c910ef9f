import type { ReactElement } from 'react';
import { AboutPage } from './AboutPage.js';
import { HomePage } from './HomePage.js';
import { PasswordPage } from './PasswordPage.js';

export interface ShellPage {
  Page: () => ReactElement;
  /** The tab title, a key of the shell namespace (none: just the console's name). */
  title?: string;
}

/** The shell's own pages, by path. */
export const shellPages: Record<string, ShellPage> = {
  '/': { Page: HomePage },
  '/about': { Page: AboutPage, title: 'about.title' },
  '/profile/password': { Page: PasswordPage, title: 'password.title' },
};
