import { expect, test } from '@playwright/test';
import { compose, graphqlAs, signIn } from '../support/kente.ts';

/**
 * Renewing as the enrolment officer: from the Renewals page, an Active policy expiring within the
 * window; the renewal's value (stage R, with the old policy as the previous one) is the server's,
 * shown before saving; saving opens the new Idle renewal, which points back to the old policy, and
 * the old policy names its renewal.
 */

test.beforeEach(() => {
  compose();
});

interface Renewal {
  renewalDate: string;
  blockers: string[];
  policy: { id: string; family: { id: string; head: { insuranceNumber: string } }; product: { id: string; code: string } };
}

test('renew an expiring policy from the Renewals page: value before saving, a new Idle renewal whose previous policy is the old one', async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, 'enrolment', 'enrolment123', '/policies');
  // The officer's policies expiring within a year, not already renewed; one whose product is still valid and has members to cover.
  const { policyRenewals } = await graphqlAs<{ policyRenewals: { edges: Array<{ node: Renewal }> } }>(
    page,
    'query { policyRenewals(filter: { days: 366 }, first: 20) { edges { node { renewalDate blockers policy { id family { id head { insuranceNumber } } product { id code } } } } } }',
  );
  const renewal = policyRenewals.edges.map((e) => e.node).find((r) => !r.blockers.includes('PRODUCT_EXPIRED') && !r.blockers.includes('NO_MEMBERS'));
  if (!renewal) throw new Error('no renewable policy for the enrolment officer in the demo data');
  const old = renewal.policy;
  const { policyValues } = await graphqlAs<{ policyValues: { value: string } }>(
    page,
    'query($f: ID!, $p: ID!, $d: Date!, $prev: ID) { policyValues(familyId: $f, productId: $p, enrolDate: $d, stage: "R", previousPolicyId: $prev) { value } }',
    { f: old.family.id, p: old.product.id, d: new Date().toISOString().slice(0, 10), prev: old.id },
  );
  const money = new Intl.NumberFormat('en', { style: 'currency', currency: 'TZS' }).format(Number(policyValues.value));

  await page.goto('/policies/renewals?days=366');
  await expect(page.getByRole('heading', { name: 'Renewals', level: 1 })).toBeVisible();
  const row = page
    .getByRole('table', { name: 'Policies to renew' })
    .getByRole('row')
    .filter({ hasText: `(${old.family.head.insuranceNumber})` })
    .filter({ hasText: old.product.code });
  await row.first().getByRole('button', { name: 'Renew' }).click();

  const dialog = page.getByRole('dialog', { name: 'Renew the policy' });
  await expect(dialog.getByRole('combobox', { name: /^Product/ })).toContainText(old.product.code);
  // The stage-R value the server computes with the old policy as the previous one, before saving.
  await expect(dialog.getByRole('region', { name: 'Value and dates' }).getByTestId('policy-preview-value')).toHaveText(money);
  await dialog.getByRole('button', { name: 'Renew' }).click();

  await expect(page).toHaveURL(/\/policies\/\d+$/);
  await expect(page).not.toHaveURL(new RegExp(`/policies/${old.id}$`));
  await expect(page.getByRole('heading', { name: new RegExp(`^Policy ${old.product.code} of `), level: 1 })).toBeVisible();
  const details = page.locator('dl').first();
  await expect(details).toContainText('StageRenewal');
  await expect(details).toContainText(`Value${money}`);
  await expect(page.getByText('Idle', { exact: true }).first()).toBeVisible();
  const renewedUrl = new URL(page.url()).pathname;

  // Its previous policy is the old one, which now names its renewal (and is no longer offered for renewal).
  await details.getByRole('link', { name: new RegExp(`^${old.product.code} enrolled on `) }).click();
  await expect(page).toHaveURL(new RegExp(`/policies/${old.id}$`));
  await page.getByRole('link', { name: 'The renewal' }).click();
  await expect(page).toHaveURL(new RegExp(`${renewedUrl}$`));
  const { again } = await graphqlAs<{ again: { edges: Array<{ node: { policy: { id: string } } }> } }>(
    page,
    'query { again: policyRenewals(filter: { days: 366 }, first: 20) { edges { node { policy { id } } } } }',
  );
  expect(again.edges.map((e) => e.node.policy.id)).not.toContain(old.id);
});
