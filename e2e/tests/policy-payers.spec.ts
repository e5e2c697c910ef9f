import { expect, test } from '@playwright/test';
import { compose, signIn } from '../support/kente.ts';

/**
 * mf-policy payers against the real backend: create one (the contract's email rule in the
 * browser first), change it and see its history, delete it; a payer that paid contributions
 * cannot be deleted and the page says why.
 */

test.beforeEach(() => {
  compose();
});

test('create, change and delete a payer; a payer with contributions is kept', async ({ page }) => {
  const name = `Aid fund ${Math.random().toString(36).slice(2, 7)}`;
  await signIn(page, 'Admin', 'admin123', '/admin/payers');
  await expect(page.getByRole('heading', { name: 'Payers', level: 1 })).toBeVisible();

  // A payer that paid contributions (demo data) cannot be deleted.
  await page.getByRole('searchbox', { name: 'Name' }).fill('Ministry');
  await page.getByRole('row', { name: /Ministry of Health/ }).click();
  await expect(page.getByRole('heading', { name: 'Ministry of Health', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('This payer cannot be deleted: contributions were paid by it.')).toBeVisible();

  // A new payer: the contract's rules show before anything is sent.
  await page.goto('/admin/payers/new');
  await page.getByRole('combobox', { name: /^Type/ }).click();
  await page.getByRole('option', { name: 'Donor' }).click();
  await page.getByRole('textbox', { name: /^Name/ }).fill(name);
  await page.getByRole('textbox', { name: 'Email' }).fill('not an address');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Not in the expected format.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Email' }).fill('aid@example.org');
  await page.getByRole('group', { name: 'Location' }).getByRole('combobox', { name: 'Region' }).click();
  await page.getByRole('option', { name: 'Kilima', exact: true }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/admin\/payers\/\d+$/);
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();

  // Changed, with its history; then deleted.
  await page.getByRole('textbox', { name: 'Phone' }).fill('+255 27 250 0001');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Payer saved.')).toBeVisible();
  await expect(page.getByTestId('history')).toContainText('Phone: — → +255 27 250 0001');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Phone' })).toHaveValue('+255 27 250 0001');
  await expect(page.getByRole('group', { name: 'Location' }).getByRole('combobox', { name: 'Region' })).toHaveText('Kilima');
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page).toHaveURL(/\/admin\/payers$/);
  await page.getByRole('searchbox', { name: 'Name' }).fill(name);
  await expect(page.getByText('No payer matches.')).toBeVisible();
});
