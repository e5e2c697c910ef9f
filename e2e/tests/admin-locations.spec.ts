import { expect, test } from '@playwright/test';
import { compose, mainMenu, signIn } from '../support/kente.ts';

/**
 * mf-admin locations and health facilities against the real backend: a village created under a
 * municipality from the lazy tree, renamed, moved to another municipality (a parent change, in
 * the history) and deleted; a health facility created with its price lists and found in the list.
 */

test.beforeEach(() => {
  compose();
});

const tag = Math.random().toString(36).slice(2, 7).toUpperCase();

test('a village is created under a municipality, renamed, moved to another one and deleted', async ({ page }) => {
  await signIn(page, 'Admin', 'admin123', '/admin/locations');
  await expect(page.getByRole('heading', { name: 'Locations', level: 1 })).toBeVisible();

  // Browse: the regions first, children when a node opens.
  const tree = page.getByRole('navigation', { name: 'Browse' });
  await tree.getByRole('button', { name: 'Open Kilima' }).click();
  await tree.getByRole('button', { name: 'Open Mwanga' }).click();
  await tree.getByRole('link', { name: 'Kisangara' }).click();
  await expect(page.getByRole('heading', { name: 'Kisangara (Municipality)', level: 1 })).toBeVisible();

  // Created under the municipality.
  await page.getByRole('link', { name: 'Add a Village' }).click();
  await expect(page.getByRole('heading', { name: 'New Village', level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: /^Code/ }).fill(`E${tag}`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Required.')).toBeVisible();
  await page.getByRole('textbox', { name: /^Name/ }).fill(`Village ${tag}`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: `Village ${tag} (Village)`, level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/locations\/\d+$/);

  // Renamed.
  await page.getByRole('textbox', { name: /^Name/ }).fill(`Renamed ${tag}`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Location saved.')).toBeVisible();
  await expect(page.getByRole('heading', { name: `Renamed ${tag} (Village)`, level: 1 })).toBeVisible();

  // Moved to another municipality of the district.
  const parent = page.getByRole('group', { name: 'Part of' });
  await expect(parent.getByRole('combobox', { name: 'Municipality' })).toHaveText('Kisangara');
  await parent.getByRole('combobox', { name: 'Municipality' }).click();
  await page.getByRole('option', { name: 'Lembeni', exact: true }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Location saved.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Part of' })).toContainText('Kilima › Mwanga › Lembeni');
  await expect(page.getByTestId('history')).toContainText('Part of');

  // Found by the server search (code or name), with its new place; opened from there and deleted:
  // back to the municipality; the search finds it no more.
  await mainMenu(page).getByRole('link', { name: 'Locations' }).click();
  await page.getByRole('searchbox', { name: 'Search by code or name' }).fill(`E${tag}`);
  await expect(page.getByRole('row', { name: new RegExp(`Renamed ${tag}`) })).toContainText('Lembeni, Mwanga, Kilima');
  await page.getByRole('row', { name: new RegExp(`Renamed ${tag}`) }).click();
  await expect(page.getByRole('heading', { name: `Renamed ${tag} (Village)`, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { name: 'Lembeni (Municipality)', level: 1 })).toBeVisible();
  // A municipality with villages is kept, with the server's reason.
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('This location cannot be deleted: This location still has locations under it.')).toBeVisible();
  await mainMenu(page).getByRole('link', { name: 'Locations' }).click();
  await page.getByRole('searchbox', { name: 'Search by code or name' }).fill(`E${tag}`);
  await expect(page.getByText('No location matches this search.')).toBeVisible();
});

test('a health facility is created with the price lists of its region and found in the list', async ({ page }) => {
  await signIn(page, 'Admin', 'admin123', '/admin/health-facilities/new');
  await page.getByRole('textbox', { name: /^Code/ }).fill(`HF${tag}`);
  await page.getByRole('textbox', { name: /^Name/ }).fill(`Dispensary ${tag}`);
  for (const [field, option] of [
    ['Level', 'Dispensary'],
    ['Legal form', 'Government'],
    ['Care type', 'Out-patient'],
  ]) {
    await page.getByRole('combobox', { name: new RegExp(`^${field}`) }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }
  const district = page.getByRole('group', { name: 'District' });
  await district.getByRole('combobox', { name: 'Region' }).click();
  await page.getByRole('option', { name: 'Kilima', exact: true }).click();
  await district.getByRole('combobox', { name: /^District/ }).click();
  await page.getByRole('option', { name: 'Mwanga', exact: true }).click();
  await page.getByRole('combobox', { name: 'Medical services price list' }).click();
  await page.getByRole('option', { name: 'Kilima primary care services 2026' }).click();
  await page.getByRole('combobox', { name: 'Medical items price list' }).click();
  await page.getByRole('option', { name: 'Kilima primary care items 2026' }).click();
  await page.getByRole('textbox', { name: 'Account code' }).fill(`ACC-${tag}`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: `Dispensary ${tag} (HF${tag})`, level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Medical services price list' })).toHaveText('Kilima primary care services 2026');

  await mainMenu(page).getByRole('link', { name: 'Health facilities' }).click();
  await page.getByRole('searchbox', { name: 'Search by code or name' }).fill(`HF${tag}`);
  const row = page.getByRole('row', { name: new RegExp(`Dispensary ${tag}`) });
  await expect(row).toContainText('Mwanga, Kilima');
  await row.click();
  await expect(page.getByRole('textbox', { name: 'Account code' })).toHaveValue(`ACC-${tag}`);
});
