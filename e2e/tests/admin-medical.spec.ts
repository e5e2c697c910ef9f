import { expect, type Page, test } from '@playwright/test';
import { compose, graphqlAs, signIn } from '../support/kente.ts';

/**
 * mf-admin medical (issue 11): as Admin, create a medical service, add it to a hospital's service
 * price list by the server search and bulk add, override its price there, find it in the claim
 * form's service picker for that hospital, then duplicate the price list to another district and
 * find the line and its override on the copy. Then deactivate the service: the claim form's picker
 * no longer offers it, the services list shows it only with "Show inactive", marked Inactive; it is
 * reactivated from there (a service of this journey only: no other journey sees it).
 */

test.beforeEach(() => {
  compose();
});

/** Types into the focused server picker and chooses the first answer with Enter. */
async function pick(page: Page, text: string, option: RegExp) {
  await page.keyboard.type(text);
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(option);
  await page.keyboard.press('Enter');
}

test('create a service, add it to a hospital price list with an override, pick it on a claim, duplicate the list to another district, deactivate it', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const suffix = Math.random().toString(36).slice(2, 6).toUpperCase();
  const code = `E2E${suffix}`;
  const name = `Ultrasound scan ${suffix}`;
  await signIn(page, 'Admin', 'admin123', '/admin/medical-services');
  await expect(page.getByRole('heading', { name: 'Medical services', level: 1 })).toBeVisible();

  // The hospital's service price list, and a district elsewhere for the copy.
  const { healthFacilities } = await graphqlAs<{
    healthFacilities: { edges: Array<{ node: { locationId: string; servicePriceList: { id: string; name: string } | null } }> };
  }>(page, '{ healthFacilities(filter: { search: "HFH001" }, first: 1) { edges { node { locationId servicePriceList { id name } } } } }');
  const hospital = healthFacilities.edges[0]?.node;
  if (!hospital?.servicePriceList) throw new Error('HFH001 has no service price list in the demo seed');
  const { locations } = await graphqlAs<{ locations: { edges: Array<{ node: { id: string; name: string; parent: { name: string } } }> } }>(
    page,
    '{ locations(filter: { type: "D" }, first: 20) { edges { node { id name parent { name } } } } }',
  );
  const other = locations.edges.map((e) => e.node).find((d) => d.id !== hospital.locationId);
  if (!other) throw new Error('the demo seed has a single district');

  // A new service: the form's rules first, then saved and opened.
  await page.getByRole('link', { name: 'New service' }).click();
  await page.getByRole('textbox', { name: /^Code/ }).fill(code);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('textbox', { name: /^Name/ })).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('textbox', { name: /^Name/ }).fill(name);
  await page.getByRole('combobox', { name: /^Type/ }).click();
  await page.getByRole('option', { name: 'Curative' }).click();
  await page.getByRole('combobox', { name: /^Care type/ }).click();
  await page.getByRole('option', { name: 'Both' }).click();
  await page.getByRole('textbox', { name: /^Price/ }).fill('100');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/admin\/medical-services\/\d+$/);
  await expect(page.getByRole('heading', { name: `${code} ${name}`, level: 1 })).toBeVisible();
  const serviceUrl = page.url();

  // Added to the hospital's list from the server search, then priced there.
  await page.goto(`/admin/price-lists/${hospital.servicePriceList.id}`);
  await expect(page.getByRole('heading', { name: hospital.servicePriceList.name, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Add services' }).click();
  const add = page.getByRole('dialog');
  await add.getByRole('searchbox', { name: 'Code or name' }).fill(code);
  await add.getByRole('checkbox', { name: `${code} ${name}` }).check();
  await add.getByRole('button', { name: 'Add 1' }).click();
  await expect(page.getByText('1 line added.')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Find a line by code or name' }).fill(code);
  const row = page.getByRole('row', { name: new RegExp(code) });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: `Change the price of ${name}` }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Price override' }).fill('1,5x');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('A price is a positive amount with at most two decimals.')).toBeVisible();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Price override' }).fill('250');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`Price of ${code} ${name} changed.`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(code) })).toContainText('250.00');
  await expect(page.getByTestId('history')).toContainText(/Lines added or re-priced/);

  // The claim form's service picker offers it at that hospital.
  await page.goto('/claims/new');
  await page.getByRole('combobox', { name: 'Health facility' }).focus();
  await pick(page, 'HFH001', /HFH001/);
  await page.getByRole('combobox', { name: 'Service, line 1' }).focus();
  await page.keyboard.type(code);
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(name);

  // Duplicated to another district: a new list with the line and its override.
  await page.goto(`/admin/price-lists/${hospital.servicePriceList.id}`);
  await page.getByRole('button', { name: 'Duplicate' }).click();
  const dup = page.getByRole('dialog');
  await dup.getByRole('textbox', { name: /^Name/ }).fill(`Services ${other.name} ${suffix}`);
  const where = dup.getByRole('group', { name: 'Region or district of the new list' });
  await where.getByRole('combobox', { name: 'Region' }).click();
  await page.getByRole('option', { name: other.parent.name, exact: true }).click();
  await where.getByRole('combobox', { name: 'District' }).click();
  await page.getByRole('option', { name: other.name, exact: true }).click();
  await dup.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('heading', { name: `Services ${other.name} ${suffix}`, level: 1 })).toBeVisible();
  await expect(page).not.toHaveURL(new RegExp(`/admin/price-lists/${hospital.servicePriceList.id}$`));
  await page.getByRole('searchbox', { name: 'Find a line by code or name' }).fill(code);
  await expect(page.getByRole('row', { name: new RegExp(code) })).toContainText('250.00');

  // Deactivated: the claim form's picker no longer offers it (the server answers no match).
  await page.goto(serviceUrl);
  await page.getByRole('button', { name: 'Deactivate' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deactivated: offered in no picker' })).toBeVisible();
  await page.goto('/claims/new');
  await page.getByRole('combobox', { name: 'Health facility' }).focus();
  await pick(page, 'HFH001', /HFH001/);
  await page.getByRole('combobox', { name: 'Service, line 1' }).focus();
  await page.keyboard.type(code);
  await expect(page.getByText('No match.')).toBeVisible();

  // Still listed among the services, marked Inactive, once inactive ones are shown; reactivated from there.
  await page.goto(`/admin/medical-services?search=${code}`);
  await expect(page.getByText('No service matches.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Show inactive' }).check();
  const inactive = page.getByRole('row', { name: new RegExp(code) });
  await expect(inactive).toContainText('Inactive');
  await inactive.click();
  await page.getByRole('button', { name: 'Reactivate' }).click();
  await expect(page.getByRole('button', { name: 'Deactivate' })).toBeVisible();
});
