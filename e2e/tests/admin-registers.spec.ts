import { expect, type Page, test } from '@playwright/test';
import { compose, graphqlAs, mainMenu, signIn } from '../support/kente.ts';

/**
 * mf-admin registers (issue 11): as Admin, import a services CSV with one bad row (the dry run
 * names its row and column, Apply stays disabled), fix it, dry run again, apply, export it back,
 * then add a new service to HFH001's service price list and find it in the claim form's picker.
 * A big file (the threshold lowered by the composition) runs in the journal (issue 12): its
 * progress on the page, its report on the page and in the journal of the app bar.
 */

test.beforeEach(() => {
  compose();
});

function csv(rows: string[][]): { name: string; mimeType: string; buffer: Buffer } {
  const text = [['code', 'name', 'type', 'price', 'care_type'], ...rows].map((r) => r.join(',')).join('\r\n');
  return { name: 'services.csv', mimeType: 'text/csv', buffer: Buffer.from(`${text}\r\n`, 'utf8') };
}

async function pick(page: Page, text: string, option: RegExp) {
  await page.keyboard.type(text);
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(option);
  await page.keyboard.press('Enter');
}

test('import services from CSV: a bad row named by the dry run, fixed, applied, priced at a hospital and picked on a claim', async ({ page }) => {
  test.setTimeout(60_000);
  const suffix = Date.now().toString(36).toUpperCase();
  const [a, b] = [`IMA${suffix}`, `IMB${suffix}`];
  const name = `Imported scan ${suffix}`;
  await signIn(page, 'Admin', 'admin123', '/');
  await mainMenu(page).getByRole('link', { name: 'Registers' }).click();
  await expect(page).toHaveURL(/\/admin\/registers$/);
  await expect(page.getByRole('heading', { name: 'Registers', level: 1 })).toBeVisible();
  const services = page.getByRole('region', { name: 'Medical services' });
  await expect(services.getByRole('link', { name: 'Export Medical services as CSV' })).toBeVisible();

  // One bad row: the dry run names row 3 and its column; Apply stays disabled.
  await services.getByLabel('CSV or XLSX file').setInputFiles(
    csv([
      [a, name, 'C', '1500', 'B'],
      [b, `Imported test ${suffix}`, 'X', '12.50', 'O'],
    ]),
  );
  await services.getByRole('button', { name: 'Dry run' }).click();
  await expect(services.getByRole('alert')).toContainText('The dry run found 1 problem');
  const bad = services.getByRole('row').filter({ hasText: b });
  await expect(bad.getByRole('cell').first()).toHaveText('3');
  await expect(bad).toContainText(/Error.*type:/);
  await expect(services.getByRole('row').filter({ hasText: a })).toContainText('Create');
  await expect(services.getByRole('button', { name: 'Apply' })).toBeDisabled();

  // Fixed: a clean dry run, then Apply.
  await services.getByLabel('CSV or XLSX file').setInputFiles(
    csv([
      [a, name, 'C', '1500', 'B'],
      [b, `Imported test ${suffix}`, 'P', '12.50', 'O'],
    ]),
  );
  await expect(services.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await services.getByRole('button', { name: 'Dry run' }).click();
  await expect(services.getByRole('status')).toContainText('Dry run without problems');
  await services.getByRole('button', { name: 'Apply' }).click();
  await expect(services.getByRole('status')).toContainText('Imported. 2 rows: 2 to create');

  // The export has them.
  const exported = await page.request.get('/api/admin/registers/services.csv');
  expect(exported.status()).toBe(200);
  expect(await exported.text()).toContain(`${a},${name},C`);

  // Added to the hospital's service price list, then offered on a claim there.
  const { healthFacilities } = await graphqlAs<{ healthFacilities: { edges: Array<{ node: { servicePriceList: { id: string; name: string } | null } }> } }>(
    page,
    '{ healthFacilities(filter: { search: "HFH001" }, first: 1) { edges { node { servicePriceList { id name } } } } }',
  );
  const list = healthFacilities.edges[0]?.node.servicePriceList;
  if (!list) throw new Error('HFH001 has no service price list in the demo seed');
  await page.goto(`/admin/price-lists/${list.id}`);
  await expect(page.getByRole('heading', { name: list.name, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Add services' }).click();
  const add = page.getByRole('dialog');
  await add.getByRole('searchbox', { name: 'Code or name' }).fill(a);
  await add.getByRole('checkbox', { name: `${a} ${name}` }).check();
  await add.getByRole('button', { name: 'Add 1' }).click();
  await expect(page.getByText('1 line added.')).toBeVisible();

  await page.goto('/claims/new');
  await page.getByRole('combobox', { name: 'Health facility' }).focus();
  await pick(page, 'HFH001', /HFH001/);
  await page.getByRole('combobox', { name: 'Service, line 1' }).focus();
  await page.keyboard.type(a);
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(name);
});

test('a big file runs in the journal: its progress on the page, then its report there and in the journal', async ({ page }) => {
  test.setTimeout(45_000);
  // Every file of 1 KB or more is a job here (1 MB by default).
  compose((composition) => {
    composition.config = { ...composition.config, 'mf-admin': { registers: { jobFromBytes: 1024 } } };
  });
  const prefix = `J${Date.now().toString(36).toUpperCase().slice(-5)}`;
  const rows = 12_000;
  const file = csv(
    Array.from({ length: rows }, (_, i) => [`${prefix}${String(i + 1).padStart(5, '0')}`, `Journal service ${prefix} ${i + 1}`, 'P', '250', 'O']),
  );
  await signIn(page, 'Admin', 'admin123', '/admin/registers');
  const services = page.getByRole('region', { name: 'Medical services' });
  await services.getByLabel('CSV or XLSX file').setInputFiles(file);

  await services.getByRole('button', { name: 'Dry run' }).click();
  await expect(services.getByTestId('register-job')).toContainText('A big file runs in the background');
  await expect(services.getByRole('status')).toContainText('Dry run without problems', { timeout: 20_000 });
  await expect(services.getByRole('status')).toContainText(`${rows} rows: ${rows} to create`);

  // The apply: the rows of the total, pushed by the server while it checks and writes them.
  await services.getByRole('button', { name: 'Apply' }).click();
  const progress = services.getByTestId('register-job');
  await expect(progress).toContainText(/of 12,000 rows/, { timeout: 20_000 });
  await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuenow', /\d+/);
  await expect(services.getByRole('status')).toContainText(`Imported. ${rows} rows: ${rows} to create`, { timeout: 30_000 });

  // The journal has both, the apply's report to download.
  await page.getByTestId('journal-button').click();
  const journal = page.getByRole('dialog', { name: 'Journal' });
  const applied = journal.locator('[data-job]').filter({ hasText: 'Medical services: import' }).first();
  await expect(applied).toContainText('Applied: every row is written.');
  await expect(applied.getByRole('link', { name: 'Download Medical services: import' })).toHaveAttribute(
    'download',
    /^services-import-\d{4}-\d{2}-\d{2}\.json$/,
  );
  await expect(journal.locator('[data-job]').filter({ hasText: 'Medical services: dry run' }).first()).toContainText('Checked: no problem in the file.');
});
