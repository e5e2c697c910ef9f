import { CatalogSearchPage } from './CatalogSearchPage.js';

/** The diagnoses list (a route of its own, exposed to the shell). */
export default function DiagnosesPage() {
  return <CatalogSearchPage kind="D" />;
}
