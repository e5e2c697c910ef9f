import { CatalogSearchPage } from './CatalogSearchPage.js';

/** The items list (a route of its own, exposed to the shell). */
export default function ItemsPage() {
  return <CatalogSearchPage kind="I" />;
}
