import { expect, type Page, test } from '@playwright/test';
import { compose, graphqlAs, mainMenu, signIn } from '../support/kente.ts';

/**
 * mf-policy's contributions against the real backend, as the enrolment officer: on an Idle
 * policy with nothing paid, a partial contribution leaves it Idle with a smaller balance (the
 * "put in force now" choice is offered, not taken); the rest makes it Active. Then the
 * contribution search finds both receipts and leads back to the policy, and the enquiry for a
 * member shows them eligible with the product and its expiry date.
 */

test.beforeEach(() => {
  compose();
});

interface PolicyRow {
  id: string;
  status: number;
  value: string;
  paid: string;
  balance: string;
}

/**
 * A new Idle policy with nothing paid, sold today by the signed-in officer to a family of their
 * area (the demo's Idle policies are already partly paid), on a product without cycles or
 * administration period: once paid, it covers its members from today.
 */
async function idleUnpaidPolicy(page: Page): Promise<PolicyRow> {
  const { families, products } = await graphqlAs<{
    families: { edges: Array<{ node: { id: string } }> };
    products: { edges: Array<{ node: { id: string; startCycle1: string | null; administrationPeriod: number } }> };
  }>(page, 'query { families(first: 10) { edges { node { id } } } products(first: 10) { edges { node { id startCycle1 administrationPeriod } } } }');
  const enrolDate = new Date().toISOString().slice(0, 10);
  const startingToday = products.edges.map((e) => e.node).filter((p) => p.startCycle1 === null && p.administrationPeriod === 0);
  for (const product of startingToday) {
    for (const family of families.edges.map((e) => e.node)) {
      const { createPolicy } = await graphqlAs<{ createPolicy: { policy: PolicyRow | null } }>(
        page,
        'mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { policy { id status value paid balance } errors { code } } }',
        { input: { familyId: family.id, productId: product.id, enrolDate } },
      );
      const policy = createPolicy.policy;
      if (policy && policy.status === 1 && Number(policy.paid) === 0 && Number(policy.value) >= 2) return policy;
    }
  }
  throw new Error('the enrolment officer could sell no policy in the demo data');
}

/** Money as the console shows it in English with the composition's currency (TZS). */
const money = (value: number | string) => new Intl.NumberFormat('en', { style: 'currency', currency: 'TZS' }).format(Number(value));

const receipt = () => `R${Math.random().toString(36).slice(2, 9).toUpperCase()}`;

test('the enrolment officer pays an idle policy in two contributions: partial keeps it Idle, the rest makes it Active', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, 'enrolment', 'enrolment123', '/contributions');
  const policy = await idleUnpaidPolicy(page);
  const value = Number(policy.value);
  const first = Math.floor(value / 2);
  const rest = value - first;
  const receipts = [receipt(), receipt()];

  await page.goto(`/policies/${policy.id}`);
  const panel = page.getByRole('region', { name: 'Contributions' });
  await expect(panel.getByText('No contribution has been paid on this policy yet.')).toBeVisible();
  const figures = panel.getByTestId('policy-balance');
  await expect(figures).toContainText(`Balance${money(value)}`);
  await expect(figures).toContainText('Idle');

  // A partial payment: the amount starts at the balance; the put-in-force choice appears once it is lower.
  await panel.getByRole('button', { name: 'Add contribution' }).click();
  const dialog = page.getByRole('dialog', { name: 'New contribution' });
  await expect(dialog.getByText(`Balance to pay: ${money(value)}.`)).toBeVisible();
  await expect(dialog.getByLabel('Amount')).toHaveValue(value.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  await expect(dialog.getByLabel('Put the policy in force now')).toHaveCount(0);
  await dialog.getByLabel('Receipt no.').fill(receipts[0] as string);
  await dialog.getByLabel('Amount').fill(String(first));
  await expect(dialog.getByLabel('Put the policy in force now')).not.toBeChecked();
  await expect(dialog.getByText(/without this, the policy stays idle until it is fully paid/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByRole('status')).toContainText(`Contribution recorded. The policy is now Idle; balance ${money(rest)}.`);
  await expect(figures).toContainText(`Paid${money(first)}`);
  await expect(figures).toContainText(`Balance${money(rest)}`);
  await expect(figures).toContainText('Idle');
  const rows = panel.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(receipts[0] as string);
  await expect(rows.nth(1)).toContainText('Cash');
  await expect(rows.nth(1)).toContainText(money(first));

  // The same receipt again on this product is refused on its field.
  await panel.getByRole('button', { name: 'Add contribution' }).click();
  await dialog.getByLabel('Receipt no.').fill(receipts[0] as string);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Another contribution on this product already has this receipt.')).toBeVisible();

  // The rest, funded by a payer: prefilled with the new balance, no put-in-force choice; a funding needs its payer.
  await dialog.getByLabel('Receipt no.').fill(receipts[1] as string);
  await dialog.getByRole('combobox', { name: 'Payment type' }).click();
  await page.getByRole('option', { name: 'Funding' }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Payer' })).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('combobox', { name: 'Payer' }).fill('Ministry');
  await page.getByRole('option', { name: /Ministry of Health/ }).click();
  await expect(dialog.getByText(`Balance to pay: ${money(rest)}.`)).toBeVisible();
  await expect(dialog.getByLabel('Put the policy in force now')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByRole('status')).toContainText(`The policy is now Active; balance ${money(0)}.`);
  await expect(figures).toContainText(`Paid${money(value)}`);
  await expect(figures).toContainText('Active');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(2)).toContainText('Ministry of Health');
  await expect(rows.nth(2)).toContainText('Funding');

  // A payment on the paid-up Active policy goes through with the server's warnings, translated.
  await panel.getByRole('button', { name: 'Add contribution' }).click();
  await expect(dialog.getByLabel('Amount')).toHaveValue('');
  await dialog.getByLabel('Receipt no.').fill(receipt());
  await dialog.getByLabel('Amount').fill('100');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByRole('status')).toContainText(`The contributions exceed the policy value by ${money(100)}.`);
  await expect(panel.getByRole('status')).toContainText('The policy was not idle: its status and dates are unchanged.');
  await expect(rows).toHaveCount(4);

  // The contribution search finds the receipt and leads to its policy.
  await page.goto(`/contributions?receipt=${receipts[1]}`);
  await expect(page.getByRole('heading', { name: 'Contributions', level: 1 })).toBeVisible();
  const found = page.getByRole('table').getByRole('row');
  await expect(found).toHaveCount(2);
  await expect(found.nth(1)).toContainText(money(rest));
  await found.nth(1).click();
  await expect(page).toHaveURL(new RegExp(`/policies/${policy.id}$`));

  // Now Active, the policy covers its members: the enquiry for one shows them eligible, with the product and its expiry.
  const { policy: active } = await graphqlAs<{
    policy: { expiryDate: string; product: { code: string; name: string }; insurees: Array<{ insuranceNumber: string }> };
  }>(page, 'query($id: ID!) { policy(id: $id) { expiryDate product { code name } insurees { insuranceNumber } } }', { id: policy.id });
  const member = active.insurees.at(-1)?.insuranceNumber as string;
  await page.goto('/insurees/enquiry');
  await page.getByLabel('Insurance number').fill(member);
  await page.getByLabel('Insurance number').press('Enter');
  await expect(page.getByTestId('enquiry-insuree')).toContainText(member);
  const eligibility = page.getByRole('region', { name: 'Policies and eligibility' });
  await expect(eligibility.getByText('Eligible', { exact: true })).toBeVisible();
  // The family may hold other policies of the product in force (an earlier run's sale of the same day): the card with this expiry date.
  const expiry = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(active.expiryDate));
  const cover = eligibility
    .getByRole('article', { name: `${active.product.code} — ${active.product.name}` })
    .filter({ hasText: `until ${expiry}` })
    .first();
  await expect(cover).toBeVisible();
  await expect(cover).toContainText('Active');
});

/** Money as the console shows it in French (the clerk's language). */
const argent = (value: number | string) => new Intl.NumberFormat('fr', { style: 'currency', currency: 'TZS' }).format(Number(value));

test('in French, a partial contribution put in force makes the policy Active; an edit meets a conflict and is redone; a deletion is confirmed', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // The clerk works in French: the menu is "Menu principal" once signed in.
  await page.goto('/contributions');
  await page.getByLabel('User name').fill('clerk');
  await page.getByLabel('Password').fill('clerk123');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(mainMenu(page)).toBeVisible();
  const policy = await idleUnpaidPolicy(page);
  const value = Number(policy.value);
  const third = Math.floor(value / 3);
  const first = receipt();

  await page.goto(`/policies/${policy.id}`);
  const panel = page.getByRole('region', { name: 'Cotisations' });
  const figures = panel.getByTestId('policy-balance');
  await expect(figures).toContainText(`Solde${argent(value)}`);

  await panel.getByRole('button', { name: 'Ajouter une cotisation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle cotisation' });
  await expect(dialog.getByLabel('Montant')).toHaveValue(value.toLocaleString('fr', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  await dialog.getByLabel('N° de reçu').fill(first);
  await dialog.getByLabel('Montant').fill(String(third));
  await dialog.getByLabel('Mettre la police en vigueur maintenant').check();
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByRole('status')).toContainText(`La police est maintenant Active\u202f; solde ${argent(value - third)}.`);
  await expect(figures).toContainText(`Payé${argent(third)}`);
  await expect(figures).toContainText('Active');

  // Someone else renames the receipt while the clerk edits the amount: a conflict, then the saved version.
  await panel.getByRole('button', { name: `Modifier la cotisation ${first}` }).click();
  const edit = page.getByRole('dialog', { name: 'Modifier la cotisation' });
  await expect(edit.getByLabel('N° de reçu')).toHaveValue(first);
  const { premiums } = await graphqlAs<{ premiums: { edges: Array<{ node: { id: string; version: number } }> } }>(
    page,
    'query($r: String) { premiums(filter: { receipt: $r }) { edges { node { id version } } } }',
    { r: first },
  );
  const stored = premiums.edges[0]?.node as { id: string; version: number };
  const renamed = `${first}B`;
  await graphqlAs(page, 'mutation($input: UpdatePremiumInput!) { updatePremium(input: $input) { errors { code } } }', {
    input: { id: stored.id, version: stored.version, receipt: renamed },
  });
  await edit.getByLabel('Montant').fill(String(third + 1));
  await edit.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(edit.getByRole('alert')).toContainText("Quelqu'un d'autre a modifié cette cotisation");
  await expect(edit.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();
  await edit.getByRole('button', { name: 'Charger la version enregistrée' }).click();
  await expect(edit.getByLabel('N° de reçu')).toHaveValue(renamed);
  await edit.getByLabel('Montant').fill(String(third + 1));
  await edit.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(edit).toBeHidden();
  await expect(panel.getByRole('status')).toContainText('Cotisation modifiée.');
  await expect(figures).toContainText(`Payé${argent(third + 1)}`);

  // The contribution's history names the changed fields in French.
  await panel.getByRole('button', { name: `Modifier la cotisation ${renamed}` }).click();
  await edit.getByRole('button', { name: "Afficher l'historique" }).click();
  const history = edit.getByTestId('history');
  await expect(history.getByRole('row')).toHaveCount(4);
  await expect(history).toContainText('Montant');
  await expect(history).toContainText('N° de reçu');
  await edit.getByRole('button', { name: 'Annuler' }).click();
  await expect(edit).toBeHidden();

  // Deleting asks first; the policy stays Active (openIMIS keeps it so).
  await panel.getByRole('button', { name: `Supprimer la cotisation ${renamed}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Supprimer cette cotisation\u202f?' });
  await expect(confirm).toContainText(argent(third + 1));
  await confirm.getByRole('button', { name: 'Supprimer' }).click();
  await expect(confirm).toBeHidden();
  await expect(panel.getByRole('status')).toContainText('Cotisation supprimée.');
  await expect(panel.getByText("Aucune cotisation n'a encore été payée sur cette police.")).toBeVisible();
  await expect(figures).toContainText('Active');
  await expect(figures).toContainText(`Solde${argent(value)}`);
});
