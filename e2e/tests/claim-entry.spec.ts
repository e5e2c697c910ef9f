import { expect, type Page, test } from '@playwright/test';
import { compose, graphqlAs, mainMenu, signIn } from '../support/kente.ts';

/**
 * mf-claim: a claim administrator enters a claim at their hospital with the keyboard only
 * (insuree by number with eligibility, diagnosis and lines from the server pickers, Enter to
 * the next line), is warned of a guarantee number already used, saves, submits and reads
 * each line's result, a rejection reason in words; then in French with money in the
 * composition's currency (TZS). Then, still in French, the medical officer selects the claim for
 * review, lowers a quantity, saves and delivers; Admin processes it; the claim page and the
 * insuree's Recent claims show its valuated amount.
 */

test.beforeEach(() => {
  compose();
});

interface Seeded {
  insuranceNumber: string;
  insureeName: string;
  guaranteeNo: string;
}

/**
 * The demo's products cover only out-patient services, and the claim administrator works at a
 * hospital (in-patient: out-patient services are refused there, reason 10). As the scheme
 * administrator, the insured member's product is made to cover two services a hospital gives
 * (C0010 emergency consultation, D0001 normal delivery); C0009 stays uncovered (reason 3).
 * Also reads a guarantee number of a seeded claim and a member covered today.
 */
async function prepare(page: Page): Promise<Seeded> {
  const admin = await page.context().browser()?.newPage();
  if (!admin) throw new Error('no browser');
  await signIn(admin, 'Admin', 'admin123', '/');
  const { claims } = await graphqlAs<{
    claims: { edges: Array<{ node: { guaranteeNo: string | null; status: number; insuranceNumber: string; healthFacility: { code: string } } }> };
  }>(admin, '{ claims(first: 50) { edges { node { guaranteeNo status insuranceNumber healthFacility { code } } } } }');
  const guaranteeNo = claims.edges.map((e) => e.node).find((c) => c.guaranteeNo && c.status !== 1)?.guaranteeNo;
  const member = claims.edges.map((e) => e.node).find((c) => c.status === 4 && c.healthFacility.code === 'HFH001')?.insuranceNumber;
  if (!guaranteeNo || !member) throw new Error('the demo seed has no claim with a guarantee number or no checked claim');
  const { eligibility } = await graphqlAs<{
    eligibility: { insuree: { lastName: string; otherNames: string } | null; policies: Array<{ productId: string }> };
  }>(admin, 'query($n: String!) { eligibility(insuranceNumber: $n) { insuree { lastName otherNames } policies { productId } } }', { n: member });
  const productId = eligibility.policies[0]?.productId;
  if (!eligibility.insuree || !productId) throw new Error('the member has no policy in force');
  const services = await graphqlAs<{ medicalServices: { edges: Array<{ node: { id: string; code: string } }> } }>(
    admin,
    '{ medicalServices(first: 5, filter: { search: "C0010" }) { edges { node { id code } } } }',
  );
  const delivery = await graphqlAs<{ medicalServices: { edges: Array<{ node: { id: string; code: string } }> } }>(
    admin,
    '{ medicalServices(first: 5, filter: { search: "D0001" }) { edges { node { id code } } } }',
  );
  const ids = [...services.medicalServices.edges, ...delivery.medicalServices.edges]
    .filter((e) => ['C0010', 'D0001'].includes(e.node.code))
    .map((e) => e.node.id);
  const { product } = await graphqlAs<{ product: { version: number } }>(admin, 'query($id: ID!) { product(id: $id) { version } }', { id: productId });
  const { setProductServices } = await graphqlAs<{ setProductServices: { errors: Array<{ code: string }> } }>(
    admin,
    'mutation($input: SetProductServicesInput!) { setProductServices(input: $input) { errors { code } } }',
    { input: { id: productId, version: product.version, serviceIds: ids } },
  );
  expect(setProductServices.errors).toEqual([]);
  await admin.close();
  return { insuranceNumber: member, insureeName: eligibility.insuree.lastName, guaranteeNo };
}

/** Types into the focused server picker and chooses the first answer with Enter. */
async function pick(page: Page, text: string, option: RegExp) {
  await page.keyboard.type(text);
  // the first option, the one Enter takes: not an answer to a shorter term still on screen (a slow server)
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(option);
  await page.keyboard.press('Enter');
}

test('a claim administrator enters a claim by keyboard, is warned of a used guarantee number, submits and reads each line; then in French a medical officer reviews it and Admin processes it', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const seeded = await prepare(page);
  const code = `E${Math.random().toString(36).slice(2, 8).toUpperCase()}`;

  await signIn(page, 'claimadmin', 'claimadmin123', '/claims/new');
  await expect(page.getByRole('heading', { name: 'New claim', level: 1 })).toBeVisible();
  // The facility is the claim administrator's, fixed.
  await expect(page.getByLabel('Health facility')).toHaveValue(/HFH001/);
  await expect(page.getByLabel('Health facility')).toBeDisabled();

  // From here on, the keyboard only.
  await page.getByLabel('Insurance number').focus();
  await page.keyboard.type(seeded.insuranceNumber);
  await expect(page.getByRole('status').filter({ hasText: seeded.insureeName })).toContainText('covered at the visit');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Claim code')).toBeFocused();
  await page.keyboard.type(code);
  await page.keyboard.press('Tab');
  await page.keyboard.type(seeded.guaranteeNo);
  await page.getByRole('combobox', { name: 'Main diagnosis' }).focus();
  await pick(page, 'A00', /A00 Cholera/);

  await page.getByRole('combobox', { name: 'Service, line 1' }).focus();
  await pick(page, 'C0010', /C0010/);
  await expect(page.getByLabel('Quantity, line 1')).toBeFocused();
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Service, line 2' })).toBeFocused();
  await pick(page, 'D0001', /D0001 Normal delivery/);
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Service, line 3' })).toBeFocused();
  await pick(page, 'C0009', /C0009/);
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  // Line 4 is an item: back to its kind, "I" for Item, forward to the picker.
  await expect(page.getByRole('combobox', { name: 'Service, line 4' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('i');
  await expect(page.getByLabel('Kind of line 4')).toHaveValue('I');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Item, line 4' })).toBeFocused();
  await pick(page, 'D0008', /D0008 Ampicillin/);
  await expect(page.getByLabel('Quantity, line 4')).toBeFocused();
  await page.keyboard.type('2');

  // Running total: 5,500 + 15,000 + 4,000 + 2 × 350 in the composition's currency.
  await expect(page.getByTestId('claim-total')).toContainText('TZS');
  await expect(page.getByTestId('claim-total')).toContainText('25,200.00');
  await expect(page.getByTestId('claim-total')).toContainText('4 lines');

  await page.getByRole('button', { name: 'Save' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/claims\/\d+$/);
  await expect(page.getByText('The claim is saved.')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Another claim already has this guarantee number.' })).toBeVisible();
  const claimUrl = new URL(page.url()).pathname;

  await page.getByRole('button', { name: 'Submit', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Submitted' })).toContainText('Checked; 3 line(s) passed, 1 rejected');
  await expect(page.getByTestId('line-0-result')).toContainText('Passed');
  await expect(page.getByTestId('line-2-result')).toHaveText("Rejected: not covered by the insuree's product (reason 3)");
  await expect(page.getByTestId('line-3-result')).toContainText('Passed (quantity 2');

  // The draft typed before the save is gone: a new claim starts empty.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kente.claim.draft.')))).toEqual([]);

  // In French, with money in TZS.
  await page.getByTestId('language-switcher').locator('select').selectOption('fr');
  await expect(page.getByTestId('line-2-result')).toHaveText("Rejetée : non couvert par le produit de l'assuré (motif 3)");
  await expect(page.getByTestId('claim-total')).toContainText(/Total réclamé\s: 25\s200,00\sTZS/);
  await page.goto('/claims');
  await expect(page.getByRole('heading', { name: 'Demandes de remboursement', level: 1 })).toBeVisible();
  await page.getByLabel('N° de prestation').fill(code);
  await page.keyboard.press('Enter');
  const row = page.getByRole('row').filter({ hasText: code });
  await expect(row).toContainText('Vérifiée');
  await expect(row).toContainText(/25\s200,00\sTZS/);
  await row.click();
  await expect(page).toHaveURL(claimUrl);

  // The medical officer selects the claim for review from the claim search, opens it from the
  // Reviews page, lowers the item's quantity (2 → 1), saves and delivers the review.
  const officer = await frenchSession(page, 'medical', 'medical123', `/claims?code=${code}`);
  const officerRow = officer.getByRole('row').filter({ hasText: code });
  await expect(officerRow).toContainText('Inactive');
  await officer.getByRole('checkbox', { name: `Cocher la demande ${code}` }).check();
  await officer.getByRole('button', { name: 'Sélectionner pour revue (1)' }).click();
  await expect(officer.getByRole('status').filter({ hasText: 'revue' })).toHaveText('1 demande sélectionnée pour revue.');
  await expect(officerRow).toContainText('Sélectionnée');
  await officer.goto(`/claims/reviews?code=${code}`);
  await officer.getByRole('row').filter({ hasText: code }).click();
  await expect(officer).toHaveURL(`${claimUrl}/review`);
  await expect(officer.getByRole('heading', { name: `Revue de la demande ${code}`, level: 1 })).toBeVisible();
  // Asked and approved side by side; the line the checks rejected is locked; 5,500 + 15,000 + 2 × 350 approved.
  await expect(officer.getByTestId('review-line-2')).toContainText('motif 3');
  await expect(officer.getByLabel('Quantité approuvée, ligne 3')).toBeDisabled();
  await expect(officer.getByTestId('review-total')).toHaveText(/Approuvé\s: 21\s200,00\sTZS \(réclamé 25\s200,00\sTZS\)/);
  await officer.getByLabel('Quantité approuvée, ligne 4').focus();
  await officer.keyboard.type('1');
  // Enter moves on (here to the remark): it never saves by accident.
  await officer.keyboard.press('Enter');
  await expect(officer.getByLabel('Remarque')).toBeFocused();
  await expect(officer.getByTestId('review-total')).toHaveText(/Approuvé\s: 20\s850,00\sTZS/);
  await officer.keyboard.type('Une seule dose donnée.');
  await officer.getByRole('button', { name: 'Enregistrer la revue' }).click();
  await expect(officer.getByRole('status').filter({ hasText: 'revue' })).toHaveText(/La revue est enregistrée\s: approuvé 20\s850,00\sTZS\./);
  await officer.getByRole('button', { name: 'Remettre la revue' }).click();
  await expect(officer.getByRole('status').filter({ hasText: 'revue' })).toHaveText(/La revue est remise\s: approuvé 20\s850,00\sTZS\./);
  await expect(officer.getByLabel('Quantité approuvée, ligne 4')).toBeDisabled();
  await officer.context().close();

  // Admin processes the claim from the claim search; the claim page shows what it is worth in TZS,
  // and so does the insuree's Recent claims panel.
  const admin = await frenchSession(page, 'Admin', 'admin123', `/claims?code=${code}`);
  await admin.getByRole('checkbox', { name: `Cocher la demande ${code}` }).check();
  await admin.getByRole('button', { name: 'Traiter (1)' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Traitement' })).toHaveText(/Traitement\s: 1 évaluée\(s\), 0 en attente/);
  await admin.getByRole('row').filter({ hasText: code }).click();
  await expect(admin).toHaveURL(claimUrl);
  const valuation = admin.getByTestId('claim-valuation');
  await expect(valuation).toContainText(/Approuvé 20\s850,00\sTZS/);
  const valuated = /évalué ([\d\s]+,\d{2}\sTZS)/.exec((await valuation.textContent()) ?? '')?.[1];
  expect(valuated).toBeTruthy();
  await expect(admin.getByTestId('line-3-valuated')).toContainText('TZS');
  await expect(admin.getByTestId('claim-selections')).toContainText('Revue\u00a0: Remise');
  const { claims } = await graphqlAs<{ claims: { edges: Array<{ node: { insureeId: string } }> } }>(
    admin,
    'query($code: String!) { claims(filter: { code: $code }) { edges { node { insureeId } } } }',
    { code },
  );
  await admin.goto(`/insurees/insurees/${claims.edges[0]?.node.insureeId}`);
  const recent = admin.getByRole('region', { name: 'Demandes récentes' }).getByRole('row').filter({ hasText: code });
  // the page composes three modules' remotes: on a loaded 2-core machine, longer than one expect
  await expect(recent).toContainText('Évaluée', { timeout: 45_000 });
  await expect(recent).toContainText(valuated ?? 'no amount');
  await admin.context().close();
});

/** Another user in their own browser session, signed in at `path`, the console in French. */
async function frenchSession(page: Page, username: string, password: string, path: string): Promise<Page> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({ baseURL: new URL(page.url()).origin, viewport: { width: 1366, height: 768 } });
  const other = await context.newPage();
  await signIn(other, username, password, path);
  await other.getByTestId('language-switcher').locator('select').selectOption('fr');
  await expect(mainMenu(other)).toHaveAccessibleName('Menu principal');
  return other;
}

test('a claim typed while the server cannot be reached is kept in the browser and restored', async ({ page }) => {
  await signIn(page, 'claimadmin', 'claimadmin123', '/claims/new');
  await expect(page.getByRole('heading', { name: 'New claim', level: 1 })).toBeVisible();
  await page.getByLabel('Claim code').fill('DRAFT1');
  await page.getByLabel('Guarantee no.').fill('G-KEPT');
  await page.route('**/graphql', (route) => route.abort());
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('The server cannot be reached.')).toBeVisible();
  await page.unroute('**/graphql');
  await page.reload();
  await expect(page.getByText('was kept in this browser')).toBeVisible();
  await page.getByRole('button', { name: 'Restore it' }).click();
  await expect(page.getByLabel('Claim code')).toHaveValue('DRAFT1');
  await expect(page.getByLabel('Guarantee no.')).toHaveValue('G-KEPT');
});

test("the insuree page lists the insuree's recent claims, each opening its claim", async ({ page }) => {
  await signIn(page, 'Admin', 'admin123', '/');
  const { claims } = await graphqlAs<{ claims: { edges: Array<{ node: { id: string; code: string; insureeId: string } }> } }>(
    page,
    '{ claims(first: 1) { edges { node { id code insureeId } } } }',
  );
  const claim = claims.edges[0]?.node;
  if (!claim) throw new Error('the demo seed has no claim');
  await page.goto(`/insurees/insurees/${claim.insureeId}`);
  const panel = page.getByRole('region', { name: 'Recent claims' });
  await expect(panel.getByRole('link', { name: claim.code })).toBeVisible();
  await expect(panel).toContainText('TZS');
  await panel.getByRole('link', { name: claim.code }).click();
  await expect(page).toHaveURL(`/claims/${claim.id}`);
  await expect(page.getByRole('heading', { name: `Claim ${claim.code}`, level: 1 })).toBeVisible();
});

test('the claim search sums the selected claims and submits them, telling how many were checked and rejected', async ({ page }) => {
  await signIn(page, 'claimadmin', 'claimadmin123', '/claims?status=2');
  const { claims } = await graphqlAs<{ claims: { edges: Array<{ node: { code: string; claimed: string } }> } }>(
    page,
    '{ claims(first: 2, filter: { status: 2 }) { edges { node { code claimed } } } }',
  );
  const chosen = claims.edges.map((e) => e.node);
  expect(chosen).toHaveLength(2);
  for (const claim of chosen) await page.getByRole('checkbox', { name: `Select claim ${claim.code}` }).check();
  const sum = chosen.reduce((total, claim) => total + Number(claim.claimed), 0);
  const money = new Intl.NumberFormat('en', { style: 'currency', currency: 'TZS' }).format(sum);
  await expect(page.getByText(`2 claims selected, claimed ${money} in all`)).toBeVisible();
  await page.getByRole('button', { name: 'Submit (2)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Submitted:' })).toHaveText(/Submitted: \d checked, \d rejected\./);
  const { after } = await graphqlAs<{ after: { edges: Array<{ node: { code: string; status: number } }> } }>(
    page,
    '{ after: claims(first: 50) { edges { node { code status } } } }',
  );
  const statuses = after.edges.filter((e) => chosen.some((c) => c.code === e.node.code)).map((e) => e.node.status);
  const checked = statuses.filter((s) => s === 4).length;
  await expect(page.getByRole('status').filter({ hasText: 'Submitted:' })).toHaveText(`Submitted: ${checked} checked, ${2 - checked} rejected.`);
  // Submitted claims are no longer Entered: they leave this search.
  for (const claim of chosen) await expect(page.getByRole('row').filter({ hasText: claim.code })).toHaveCount(0);
});
