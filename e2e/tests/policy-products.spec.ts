import { expect, test } from '@playwright/test';
import { compose, signIn } from '../support/kente.ts';

/**
 * mf-policy products against the real backend, as the scheme administrator: a regional product
 * with a contribution and a ceiling (the contract's date rule in the browser first), two covered
 * services picked through the server-side search, the values after a reload, the list's search,
 * a duplicate carrying the covered services, and items added, changed and removed in bulk on it.
 */

test.beforeEach(() => {
  compose();
});

test('create a regional product with a contribution, a ceiling and two covered services, reload it, find it, duplicate it, cover items in bulk on the copy', async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  const id = Math.random().toString(36).slice(2, 7).toUpperCase();
  const code = `E${id}`;
  const name = `Regional plan ${id}`;

  await signIn(page, 'schemeadmin', 'schemeadmin123', '/admin/products');
  await expect(page.getByRole('heading', { name: 'Products', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'New product' }).click();
  await expect(page.getByRole('heading', { name: 'New product', level: 1 })).toBeVisible();

  // Main tab: the contract's rule (dateTo before dateFrom) shows on its field before anything is sent.
  await page.getByRole('textbox', { name: /^Code/ }).fill(code);
  await page.getByRole('textbox', { name: /^Name/ }).fill(name);
  await page.getByRole('textbox', { name: /^Valid from/ }).fill('2026-01-01');
  await page.getByRole('textbox', { name: /^Valid to/ }).fill('2025-12-31');
  await page.getByRole('textbox', { name: /^Valid to/ }).blur();
  // Leaving "Valid to" shows its error (the form moves): choose the region once it has settled.
  await expect(page.getByText('Must not be before the start date.')).toBeVisible();
  const location = page.getByRole('group', { name: 'Location' });
  await location.getByRole('combobox', { name: 'Region' }).click();
  await page.getByRole('option', { name: 'Kilima', exact: true }).click();
  // Contribution and ceiling on their tabs (the main tab's values stay).
  await page.getByRole('tab', { name: 'Contribution' }).click();
  await page.getByLabel('Lump sum', { exact: true }).fill('50000');
  await page.getByLabel('Adult contribution', { exact: true }).fill('2000');
  await page.getByRole('tab', { name: 'Deductibles and ceilings' }).click();
  await page.getByLabel('Ceiling per policy', { exact: true }).fill('300000');
  await page.getByRole('button', { name: 'Save' }).click();
  // The error is on the main tab: Save opens it, with the message on its field, and sends nothing.
  await expect(page.getByRole('tab', { name: 'Main' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Must not be before the start date.')).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/products\/new$/);
  await page.getByRole('textbox', { name: /^Valid to/ }).fill('2026-12-31');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/admin\/products\/\d+$/);
  const productUrl = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();

  // Two covered services through the picker: searched on the server, chosen, added with one settings set.
  await page.getByRole('tab', { name: 'Medical services' }).click();
  await expect(page.getByText('This product covers no service yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Add medical services' }).click();
  const picker = page.getByRole('dialog', { name: 'Choose medical services to cover' });
  await picker.getByRole('searchbox', { name: 'Search by code or name' }).fill('Specialist consultation');
  await picker.getByRole('checkbox', { name: /^Choose C0003 / }).check();
  await picker.getByRole('checkbox', { name: /^Choose C0004 / }).check();
  await expect(picker.getByRole('status')).toHaveText('2 chosen');
  await picker.getByRole('button', { name: 'Add 2 chosen' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings of the medical services added' });
  await settings.getByLabel('Waiting period, adult (months)').fill('3');
  await settings.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('2 services added.')).toBeVisible();
  const lines = page.getByRole('table', { name: 'Medical services' });
  await expect(lines.getByRole('row')).toHaveCount(3);
  await expect(lines.getByRole('row', { name: /C0003/ })).toContainText('3 / —');

  // After a reload, the values are the server's.
  await page.reload();
  await expect(page.getByRole('textbox', { name: /^Code/ })).toHaveValue(code);
  await expect(page.getByRole('textbox', { name: /^Valid to/ })).toHaveValue(/2026/);
  await expect(page.getByRole('group', { name: 'Location' }).getByRole('combobox', { name: 'Region' })).toHaveText('Kilima');
  await page.getByRole('tab', { name: 'Contribution' }).click();
  await expect(page.getByLabel('Lump sum', { exact: true })).toHaveValue(/50,000/);
  await page.getByRole('tab', { name: 'Deductibles and ceilings' }).click();
  await expect(page.getByLabel('Ceiling per policy', { exact: true })).toHaveValue(/300,000/);
  await expect(page.getByTestId('history')).toContainText('2 medical services covered or changed, 0 no longer covered');

  // The list finds it by code, with its region and its lump sum as money.
  await page.goto(`/admin/products?search=${code}`);
  const row = page.getByRole('row', { name: new RegExp(code) });
  await expect(row).toContainText('Kilima');
  await expect(row).toContainText('50,000');

  // A manager (121001 only) reads the product and changes nothing.
  const manager = await browser.newPage();
  await signIn(manager, 'manager', 'manager123', productUrl);
  await expect(manager.getByText('You may read this product but not change it.')).toBeVisible();
  await expect(manager.getByRole('textbox', { name: /^Code/ })).toBeDisabled();
  await expect(manager.getByRole('button', { name: /^(Save|Duplicate)$/ })).toHaveCount(0);
  await manager.getByRole('tab', { name: 'Medical services' }).click();
  await expect(manager.getByRole('table', { name: 'Medical services' })).toBeVisible();
  await expect(manager.getByRole('button', { name: /^(Add medical services|Remove .*)$/ })).toHaveCount(0);
  await manager.close();

  // Duplicate: a new code, the same covered services.
  await page.goto(productUrl);
  await page.getByRole('button', { name: 'Duplicate' }).click();
  const duplicate = page.getByRole('dialog', { name: `Duplicate product ${code}` });
  await duplicate.getByRole('textbox', { name: /^New code/ }).fill(`D${id}`);
  await duplicate.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page).not.toHaveURL(productUrl);
  await expect(page).toHaveURL(/\/admin\/products\/\d+$/);
  await expect(page.getByRole('textbox', { name: /^Code/ })).toHaveValue(`D${id}`);
  await page.getByRole('tab', { name: 'Medical services' }).click();
  await expect(page.getByRole('table', { name: 'Medical services' }).getByRole('row', { name: /C0004/ })).toBeVisible();

  // On the copy, items: a whole page of search results added at once, then two of them changed
  // together (the contract refuses a co-insurance above 100 % in the dialog), then one removed.
  await page.getByRole('tab', { name: 'Medical items' }).click();
  await page.getByRole('button', { name: 'Add medical items' }).click();
  const itemPicker = page.getByRole('dialog', { name: 'Choose medical items to cover' });
  await itemPicker.getByRole('searchbox').fill('Amoxicillin');
  await expect(itemPicker.getByRole('checkbox', { name: /^Choose D\d/ }).first()).toBeVisible();
  await itemPicker.getByRole('checkbox', { name: 'Choose every line of this page' }).check();
  const chosen = Number((await itemPicker.getByRole('status').textContent())?.match(/\d+/)?.[0]);
  expect(chosen).toBeGreaterThan(2);
  await itemPicker.getByRole('button', { name: `Add ${chosen} chosen` }).click();
  await page.getByRole('dialog', { name: 'Settings of the medical items added' }).getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText(`${chosen} items added.`)).toBeVisible();
  const items = page.getByRole('table', { name: 'Medical items' });
  await expect(items.getByRole('checkbox', { name: /^Choose D\d/ })).toHaveCount(chosen);
  await items
    .getByRole('checkbox', { name: /^Choose D\d/ })
    .nth(0)
    .check();
  await items
    .getByRole('checkbox', { name: /^Choose D\d/ })
    .nth(1)
    .check();
  await page.getByRole('button', { name: 'Change settings of 2 selected' }).click();
  const bulk = page.getByRole('dialog', { name: 'Settings of covered lines' });
  await bulk.getByLabel('Adult limit', { exact: true }).fill('150');
  await bulk.getByRole('button', { name: 'Apply' }).click();
  await expect(bulk.getByText('Out of the allowed range.')).toBeVisible();
  await bulk.getByLabel('Adult limit', { exact: true }).fill('80');
  await bulk.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('Settings of 2 line(s) changed.')).toBeVisible();
  await expect(items.getByRole('row', { name: /80 % \/ 100 %/ })).toHaveCount(2);
  await items
    .getByRole('checkbox', { name: /^Choose D\d/ })
    .nth(0)
    .check();
  await page.getByRole('button', { name: 'Remove 1 selected' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByText('1 removed.')).toBeVisible();
  await expect(items.getByRole('checkbox', { name: /^Choose D\d/ })).toHaveCount(chosen - 1);
});
