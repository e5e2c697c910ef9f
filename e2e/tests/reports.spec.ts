import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { compose, mainMenu, signIn } from '../support/kente.ts';
import { repoRoot } from '../support/paths.ts';

/**
 * mf-reports (issue 12): the catalogue lists the reports of the composed modules that the
 * user may run, generates each report's parameter form, downloads PDF/XLSX/CSV, runs a
 * report in the background and follows it in the journal of the app bar.
 */

// The backend's XLSX library reads the file back, as a spreadsheet program would.
const ExcelJS = createRequire(join(repoRoot, 'backend/package.json'))('exceljs') as {
  Workbook: new () => { xlsx: { load(data: Buffer): Promise<unknown> }; worksheets: Array<{ rowCount: number; getRow(n: number): { values: unknown[] } }> };
};

test.beforeEach(() => {
  compose();
});

async function openPremiumCollection(page: Page) {
  await signIn(page, 'manager', 'manager123', '/reports');
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Open Premium collection' }).click();
  await expect(page.getByRole('heading', { name: 'Premium collection', level: 1 })).toBeVisible();
}

async function fillPeriod(page: Page) {
  await page.locator('[data-param="dateFrom"] input').fill('2000-01-01');
  await page.locator('[data-param="dateTo"] input').fill('2099-12-31');
}

async function download(page: Page, start: () => Promise<void>): Promise<{ name: string; body: Buffer }> {
  const waiting = page.waitForEvent('download');
  await start();
  const file = await waiting;
  const path = await file.path();
  return { name: file.suggestedFilename(), body: readFileSync(path) };
}

test('the catalogue groups the reports by module and filters them; Premium collection downloads as PDF and XLSX', async ({ page }) => {
  await signIn(page, 'manager', 'manager123', '/reports');
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
  const policy = page.getByRole('region', { name: 'Policies and contributions' });
  await expect(policy.getByRole('heading', { name: 'Premium collection' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Claims' }).getByRole('heading', { name: 'Claims overview' })).toBeVisible();
  await page.getByLabel('Filter reports').fill('premium');
  await expect(page.locator('[data-report]')).toHaveCount(1);
  await page.getByLabel('Filter reports').fill('');

  await page.getByRole('button', { name: 'Open Premium collection' }).click();
  await expect(page.getByRole('heading', { name: 'Premium collection', level: 1 })).toBeVisible();
  // Checked before any request: the period is required and does not run backwards.
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  await expect(page.locator('[data-param="dateFrom"]')).toContainText('Required.');
  await page.locator('[data-param="dateFrom"] input').fill('2025-06-01');
  await page.locator('[data-param="dateTo"] input').fill('2025-05-01');
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  await expect(page.locator('[data-param="dateTo"]')).toContainText('Must not come before From.');

  await fillPeriod(page);
  // the payment types are labelled by the server in the user's language
  await page.getByRole('combobox', { name: 'Payment type' }).click();
  await expect(page.getByRole('option', { name: 'Mobile money' })).toBeVisible();
  await page.getByRole('option', { name: 'Cash' }).click();
  const pdf = await download(page, () => page.getByRole('button', { name: 'Download', exact: true }).click());
  expect(pdf.name).toMatch(/^premium_collection.*\.pdf$/);
  expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByRole('status').filter({ hasText: 'downloaded' })).toBeVisible();

  await page.getByLabel('Excel (XLSX)').check();
  const xlsx = await download(page, () => page.getByRole('button', { name: 'Download', exact: true }).click());
  expect(xlsx.name).toMatch(/^premium_collection.*\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.body);
  expect(workbook.worksheets.length).toBeGreaterThan(0);
  expect(workbook.worksheets[0]?.rowCount).toBeGreaterThan(1);
  // its second sheet, Parameters, names the payment type by its label
  const parameters = workbook.worksheets[1];
  const shown = Array.from({ length: parameters?.rowCount ?? 0 }, (_, i) => (parameters?.getRow(i + 1).values ?? []).slice(1).join(': '));
  expect(shown).toContain('Payment type: Cash');
});

test('the manager, without any user right, picks an enrolment officer of the Policy renewals report', async ({ page }) => {
  await signIn(page, 'manager', 'manager123', '/reports');
  await page.getByRole('button', { name: 'Open Policy renewals' }).click();
  const officer = page.getByRole('combobox', { name: 'Enrolment officer' });
  await officer.fill('EO0');
  await page.getByRole('option', { name: 'EO0001 Kwame Boateng' }).click();
  await expect(officer).toHaveValue('EO0001 Kwame Boateng');
});

test('a report run in the background progresses in the journal while the user opens another page, then downloads', async ({ page }) => {
  await openPremiumCollection(page);
  await fillPeriod(page);
  await page.getByLabel('CSV').check();
  await page.getByRole('button', { name: 'Run in background' }).click();
  // The journal opens on the job it just queued.
  const journal = page.getByRole('dialog', { name: 'Journal' });
  await expect(journal).toBeVisible();
  const job = journal.locator('[data-job]').first();
  await expect(job).toContainText('Premium collection');
  await journal.getByRole('button', { name: 'Close' }).click();
  await expect(journal).toBeHidden();

  // Working elsewhere meanwhile: the journal's button stays in the app bar.
  await mainMenu(page).getByRole('link', { name: 'Families/Groups' }).click();
  await expect(page.getByRole('heading', { name: 'Families/Groups', level: 1 })).toBeVisible();
  await page.getByTestId('journal-button').click();
  await expect(journal).toBeVisible();
  await expect(job).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const csv = await download(page, () => job.getByRole('link', { name: 'Download Premium collection' }).click());
  expect(csv.name).toMatch(/^premium_collection.*\.csv$/);
  // UTF-8 with a byte order mark, so spreadsheet programs read accents.
  expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  // Escape closes the panel and gives the focus back to the button.
  await page.keyboard.press('Escape');
  await expect(journal).toBeHidden();
  await expect(page.getByTestId('journal-button')).toBeFocused();
});

test('the reports of a module removed from the composition leave the catalogue', async ({ page }) => {
  await signIn(page, 'manager', 'manager123', '/reports');
  await expect(page.getByRole('button', { name: 'Open Premium collection' })).toBeVisible();
  compose((c) => {
    c.modules = c.modules.filter((m) => m.name !== 'mf-policy');
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open Claims overview' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open Premium collection' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Policies and contributions' })).toHaveCount(0);
  // Not by its address either.
  await page.goto('/reports?run=premium_collection');
  await expect(page.getByText('This report is not available to you in this console.')).toBeVisible();
});
