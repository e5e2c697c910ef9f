import { expect, type Page, test } from '@playwright/test';
import { compose, graphqlAs, mainMenu, signIn } from '../support/kente.ts';

/**
 * The dashboard as the manager, in French: the menu opens it, mf-policy's and mf-claim's cards
 * show their charts under French titles, each a focusable figure whose description carries the
 * server's figures (checked against the same queries) and whose hidden table lists them; choosing
 * a product in the filter bar changes the figures to that product's.
 */

test.beforeEach(() => {
  compose();
});

const iso = (date: Date) => date.toISOString().slice(0, 10);
const now = new Date();
/** The default period: the last 12 months (from the first day of the month 11 months ago). */
const period = { dateFrom: iso(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1))), dateTo: iso(now) };
const number = (value: number) => new Intl.NumberFormat('fr').format(value);

interface Enrolments {
  policyDashboard: { enrolments: Array<{ newPolicies: number; renewals: number }> };
}
const enrolmentsOf = async (page: Page, productId?: string) => {
  const data = await graphqlAs<Enrolments>(page, 'query($f: DashboardFilter!) { policyDashboard(filter: $f) { enrolments { newPolicies renewals } } }', {
    f: { ...period, productId: productId ?? null },
  });
  const months = data.policyDashboard.enrolments;
  const newPolicies = months.reduce((n, m) => n + m.newPolicies, 0);
  const renewals = months.reduce((n, m) => n + m.renewals, 0);
  return { total: newPolicies + renewals, newPolicies, renewals };
};

/** What the enrolments card says of its figures. */
const said = (f: { total: number; newPolicies: number; renewals: number }) =>
  `${number(f.total)} polices souscrites sur la période\u00a0: ${number(f.newPolicies)} nouvelles, ${number(f.renewals)} renouvellements.`;

test('the manager reads the dashboard in French and narrows it to a product', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, 'manager', 'manager123', '/');
  await page.getByTestId('language-switcher').locator('select').selectOption('fr');
  await mainMenu(page).getByRole('link', { name: 'Tableau de bord' }).click();
  await expect(page).toHaveURL(/\/reports\/dashboard$/);
  await expect(page.getByRole('heading', { name: 'Tableau de bord', level: 1 })).toBeVisible();

  // every card of both modules, under its French title, drawn
  const titles = [
    'Affiliations',
    'Polices actives et taux de couverture',
    'Cotisations perçues et attendues',
    'Demandes par statut',
    'Montants réclamés et évalués',
    'Motifs de rejet',
    '10 diagnostics les plus fréquents',
    'Délais de traitement des demandes',
  ];
  for (const title of titles) {
    const card = page.getByRole('figure', { name: title });
    await expect(card).toBeVisible();
    await expect(card).toHaveAttribute('data-state', 'ready');
    await expect(card.locator('svg').first()).toBeVisible();
  }

  // the enrolments card says the server's figures, in French, to a screen reader
  const all = await enrolmentsOf(page);
  expect(all.total).toBeGreaterThan(0);
  const enrolments = page.getByRole('figure', { name: 'Affiliations' });
  await expect(enrolments).toHaveAccessibleDescription(said(all));
  // its hidden table: a row per month, French month names
  await expect(enrolments.getByRole('table', { name: 'Affiliations' }).getByRole('row')).toHaveCount(13);
  // keyboard: the card is reached with Tab and shows its focus
  await enrolments.focus();
  await expect(enrolments).toBeFocused();

  // the claims card: the seed's claims of the period by status
  const claims = await graphqlAs<{ claimDashboard: { byStatus: Array<{ claims: number }> } }>(
    page,
    'query($f: DashboardFilter!) { claimDashboard(filter: $f) { byStatus { claims } } }',
    { f: period },
  );
  const claimTotal = claims.claimDashboard.byStatus.reduce((n, s) => n + s.claims, 0);
  await expect(page.getByRole('figure', { name: 'Demandes par statut' })).toHaveAccessibleDescription(
    new RegExp(`^${number(claimTotal)} demandes pour des visites de la période\u00a0: Rejetée`),
  );

  // a product: the figures become that product's
  const products = await graphqlAs<{ products: { edges: Array<{ node: { id: string; code: string; name: string } }> } }>(
    page,
    '{ products(first: 100) { edges { node { id code name } } } }',
  );
  let chosen: ({ id: string; code: string } & Awaited<ReturnType<typeof enrolmentsOf>>) | undefined;
  for (const { node } of products.products.edges) {
    const figures = await enrolmentsOf(page, node.id);
    if (figures.total > 0 && figures.total < all.total) {
      chosen = { id: node.id, code: node.code, ...figures };
      break;
    }
  }
  if (!chosen) throw new Error('no product with part of the enrolments in the demo data');
  await page.getByRole('combobox', { name: 'Produit' }).click();
  await page.getByRole('option', { name: new RegExp(`^${chosen.code} — `) }).click();
  await expect(page).toHaveURL(new RegExp(`product=${chosen.id}`));
  await expect(enrolments).toHaveAccessibleDescription(said(chosen));
});
