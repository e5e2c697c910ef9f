import { CatalogSearchPage } from './CatalogSearchPage.js';

/** The services list (a route of its own, exposed to the shell). */
export default function ServicesPage() {
  return <CatalogSearchPage kind="S" />;
}
