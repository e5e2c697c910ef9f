/**
 * Navigation for modules: they never touch `history` or single-spa's events
 * themselves, so the shell can change how routing works without changing a
 * module. Search state in the URL and the unsaved-changes guard are in
 * ./searchState.ts (not needed by the sign-in page, so not in its bundle).
 */
import { useCallback } from 'react';
import { NAVIGATE_EVENT } from './hooks.js';
import { getRuntime } from './runtime.js';

export interface NavigateOptions {
  /** Rewrite the current history entry instead of adding one (typing a search, a redirect). */
  replace?: boolean;
}

/** Goes to a console path; Back returns to the current one unless `replace`. */
export function navigate(to: string, options: NavigateOptions = {}): void {
  if (!options.replace) {
    getRuntime().navigate(to);
    return;
  }
  if (to !== window.location.pathname + window.location.search + window.location.hash) window.history.replaceState(window.history.state, '', to);
  // single-spa reroutes on its patched replaceState; the event tells the SDK's hooks.
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Client-side navigation that single-spa and the shell both follow. */
export function useNavigate(): (to: string, options?: NavigateOptions) => void {
  return useCallback((to: string, options?: NavigateOptions) => navigate(to, options), []);
}

/**
 * The props of an in-console link (an MUI `Link` or a `Button` with `href`): the real address
 * for the browser, and a click that navigates inside the console instead of reloading it.
 * `<Button variant="contained" {...linkTo('/admin/payers/new')}>`
 */
export function linkTo(to: string): { href: string; onClick: (event: { preventDefault: () => void }) => void } {
  return {
    href: to,
    onClick: (event) => {
      event.preventDefault();
      navigate(to);
    },
  };
}
