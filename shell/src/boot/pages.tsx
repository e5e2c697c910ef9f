/**
 * Module pages as single-spa applications: one per route of every accepted
 * module, active when the path matches and the user holds the route's rights.
 * Code loads only when a page is first shown. A page whose code fails to load
 * (404, timeout) or throws while rendering is replaced by a message; the rest
 * of the console keeps working.
 */
import { findRoute, getRuntime, ModuleScope, matchRoute, namespaceOf, type ResolvedRoute, useLocation, userMayOpen } from '@kente/sdk';
import { kenteTheme, ProgressLine, ThemeProvider } from '@kente/sdk/ui-core';
import { Component, type ComponentType, type ReactNode, Suspense, useRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { type LifeCycles, registerApplication } from 'single-spa';
import { Provider as GraphqlProvider } from 'urql';
import { ModuleError } from '../layout/ModuleError.js';

export const PAGE_ELEMENT_ID = 'kente-page';

function pageContainer(name: string): HTMLElement {
  const host = document.getElementById(PAGE_ELEMENT_ID);
  if (!host) throw new Error('page area missing');
  const id = `kente-app:${name}`;
  let element = document.getElementById(id);
  if (!element) {
    element = document.createElement('div');
    element.id = id;
    host.appendChild(element);
  }
  return element;
}

/** The providers a page needs in its own React root: same theme, i18n and client as the shell. */
export function PageProviders({ module, children }: { module: string; children: React.ReactNode }) {
  const runtime = getRuntime();
  return (
    <ThemeProvider theme={kenteTheme}>
      <GraphqlProvider value={runtime.graphql}>
        <ModuleScope module={module} namespace={namespaceOf(module)}>
          <Suspense fallback={<ProgressLine aria-label="loading" />}>{children}</Suspense>
        </ModuleScope>
      </GraphqlProvider>
    </ThemeProvider>
  );
}

/** A page that throws while rendering shows `fallback` in its place (React logs the error). */
class PageErrorBoundary extends Component<{ fallback: (error: Error) => ReactNode; children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}

/**
 * single-spa lifecycles rendering `element` in the application's own React root (what
 * single-spa-react does, in the few lines Kente needs: 2 KB gz less on the first module page).
 */
function reactLifecycles(name: string, element: () => ReactNode | Promise<ReactNode>): LifeCycles {
  let root: Root | null = null;
  return {
    bootstrap: async () => {},
    mount: async () => {
      const node = await element();
      root = createRoot(pageContainer(name));
      root.render(node);
    },
    unmount: async () => {
      root?.unmount();
      root = null;
    },
  };
}

function errorLifecycles(name: string, route: ResolvedRoute, error: Error): LifeCycles {
  return reactLifecycles(name, () => (
    <PageProviders module={route.module}>
      <ModuleError module={route.module} reason={error.message} kind="load" />
    </PageProviders>
  ));
}

type PageComponent = ComponentType<{ params: Record<string, string> }>;

async function loadPage(route: ResolvedRoute): Promise<PageComponent> {
  const loaded = (await getRuntime().loadExposed(route.module, route.page)) as { default?: PageComponent };
  if (!loaded.default) throw new Error(`${route.page} has no default export`);
  return loaded.default;
}

/**
 * single-spa keeps a page mounted while the URL moves within its route
 * (family 17 to family 18): the parameters follow the URL.
 * While the URL leaves the route (a navigation the page may still cancel),
 * the page keeps its last parameters.
 */
function PageRoot({ route, Page }: { route: ResolvedRoute; Page: PageComponent }) {
  const { pathname } = useLocation();
  const last = useRef<Record<string, string>>({});
  const params = matchRoute(route.path, pathname) ?? last.current;
  last.current = params;
  return (
    <PageProviders module={route.module}>
      <Page params={params} />
    </PageProviders>
  );
}

/**
 * `Page` as loaded; when its module was switched to its fallback since (another page or
 * a contribution of it failed to load), the fallback's page is loaded on the next mount.
 */
function pageLifecycles(name: string, route: ResolvedRoute, firstPage: PageComponent): LifeCycles {
  const runtime = getRuntime();
  let Page = firstPage;
  let version = runtime.runningVersion?.(route.module);
  return reactLifecycles(name, async () => {
    if (runtime.runningVersion?.(route.module) !== version) {
      version = runtime.runningVersion?.(route.module);
      try {
        Page = await loadPage(route);
      } catch (error) {
        return (
          <PageProviders module={route.module}>
            <ModuleError module={route.module} reason={error instanceof Error ? error.message : String(error)} kind="load" />
          </PageProviders>
        );
      }
    }
    return (
      <PageErrorBoundary
        fallback={(error) => (
          <PageProviders module={route.module}>
            <ModuleError module={route.module} reason={error.message} kind="render" />
          </PageProviders>
        )}
      >
        <PageRoot route={route} Page={Page} />
      </PageErrorBoundary>
    );
  });
}

/** Registers one single-spa application per composed route. */
export function registerPages(routes: readonly ResolvedRoute[]) {
  const runtime = getRuntime();
  for (const route of routes) {
    const name = `${route.module}:${route.path}`;
    registerApplication({
      name,
      app: async () => {
        try {
          return pageLifecycles(name, route, await loadPage(route));
        } catch (error) {
          console.error(`[kente] ${name} failed to load`, error);
          return errorLifecycles(name, route, error instanceof Error ? error : new Error(String(error)));
        }
      },
      // One page per path: /insurees/families/new is not also served by /insurees/families/:familyId.
      activeWhen: (location) => findRoute(routes, location.pathname) === route && userMayOpen(runtime.getUser(), route),
    });
  }
}
