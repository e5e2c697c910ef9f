import { expect, test } from '@playwright/test';
import { compose, signIn } from '../support/kente.ts';

/**
 * mf-policy's sale journey as the enrolment officer: from a family page, a new policy whose
 * value and dates the server computes before anything is saved; saved Idle; listed by the
 * family's Policies panel, whose amounts in French carry the composition's currency (TZS).
 */

test.beforeEach(() => {
  compose();
});

test('sell a policy from a family page: value and dates before saving, Idle policy, listed by the family panel in both languages', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, 'enrolment', 'enrolment123', '/insurees/families');
  await expect(page.getByRole('heading', { name: 'Families/Groups', level: 1 })).toBeVisible();
  await page.getByRole('table', { name: 'Families/Groups found' }).getByRole('row').nth(1).click();
  await expect(page).toHaveURL(/\/insurees\/families\/\d+$/);
  const familyPath = new URL(page.url()).pathname;
  const panel = page.locator('[data-contribution="mf-policy/family-policies"]');
  await panel.getByRole('button', { name: 'New policy' }).click();

  await expect(page).toHaveURL(/\/policies\/new\/\d+$/);
  await expect(page.getByRole('heading', { name: 'New policy', level: 1 })).toBeVisible();
  const preview = page.getByRole('region', { name: 'Value and dates' });
  await expect(preview).toContainText('Choose a product');
  await page.getByRole('combobox', { name: /^Product/ }).click();
  // Only products that apply at the family's village on the enrolment date are offered: the regional one is not.
  await expect(page.getByRole('option', { name: /^IND01/ })).toBeVisible();
  await page.getByRole('option', { name: /^IND01/ }).click();

  // The server's value, its parts and the dates, before saving.
  const value = preview.getByTestId('policy-preview-value');
  await expect(value).toHaveText(/^TZS\s?[\d,]+\.\d{2}$/);
  const amount = (await value.textContent()) ?? '';
  await expect(preview).toContainText('Members counted');
  await expect(preview).toContainText('Start date');
  await expect(preview).toContainText('Expiry date');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page).toHaveURL(/\/policies\/\d+$/);
  await expect(page.getByRole('heading', { name: /^Policy IND01 of /, level: 1 })).toBeVisible();
  await expect(page.getByText('Idle', { exact: true }).first()).toBeVisible();
  // The value saved is the one previewed; nothing is paid yet, so all of it is the balance.
  const details = page.locator('dl').first();
  await expect(details).toContainText(`Value${amount}`);
  await expect(details).toContainText(`Balance${amount}`);
  await page
    .getByRole('link', { name: /\(\d+\)$/ })
    .first()
    .click();

  await expect(page).toHaveURL(new RegExp(`${familyPath}$`));
  // Newest first: the policy just sold heads the family's list.
  await expect(panel.getByRole('table', { name: "The family's policies" })).toBeVisible();
  const newest = panel.getByRole('table').getByRole('row').nth(1);
  await expect(newest).toContainText('IND01');
  await expect(newest).toContainText('Idle');
  await expect(newest).toContainText(amount);

  await page.getByTestId('language-switcher').locator('select').selectOption('fr');
  await expect(panel.getByRole('heading', { name: 'Polices' })).toBeVisible();
  await expect(newest).toContainText('Inactive');
  // French money: "24 500,00 TZS" — the composition's currency in the console's language.
  await expect(newest).toContainText(/\d{1,3}([\s\u202f\u00a0]\d{3})*,\d{2}[\s\u00a0\u202f]TZS/);
});
