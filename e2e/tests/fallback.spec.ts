/**
 * Fallback versions (composition entry `fallback`): a module whose named version cannot
 * be loaded runs its fallback; administrators are told in a banner, everyone on About.
 */
import { expect, type Page, test } from '@playwright/test';
import { compose, mainMenu, signIn } from '../support/kente.ts';

async function catalogueWorks(page: Page, version: string) {
  await mainMenu(page).getByRole('link', { name: 'Report catalogue' }).click();
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
  await expect(page.getByTestId('module-footer')).toHaveText(`mf-reports ${version}`);
}

test('a version whose files are missing: the fallback runs from the start, administrators are told, others are not', async ({ page, browser }) => {
  compose((c) => {
    const reports = c.modules.find((m) => m.name === 'mf-reports');
    Object.assign(reports ?? {}, { version: '0.9.9', fallback: '0.1.0' });
  });
  await signIn(page);
  const banner = page.getByTestId('fallback-banner');
  await expect(banner.locator('[data-fallback="mf-reports"]')).toHaveText('mf-reports: 0.9.9 could not be loaded, 0.1.0 runs instead');
  await expect(page.getByTestId('refused-banner')).toHaveCount(0);
  await catalogueWorks(page, '0.1.0');
  // The rest of the console is unaffected.
  await mainMenu(page).getByRole('link', { name: 'Locations' }).click();
  await expect(page.getByRole('cell', { name: 'Abolove' }).first()).toBeVisible();
  await banner.getByRole('link', { name: 'See why' }).click();
  const row = page.getByTestId('fallbacks').locator('[data-fallback="mf-reports"]');
  await expect(row.getByRole('cell')).toHaveText(['mf-reports', '0.9.9', '0.1.0', /its manifest, at start.*kente-manifest\.json answered 404/]);
  await expect(page.locator('[data-module="mf-reports"]').getByRole('cell').nth(1)).toHaveText('0.1.0');

  // An enrolment officer (no user administration right) works in an unchanged console; About still tells.
  const other = await browser.newContext();
  const officer = await other.newPage();
  await signIn(officer, 'enrolment', 'enrolment123');
  await catalogueWorks(officer, '0.1.0');
  await expect(officer.getByTestId('fallback-banner')).toHaveCount(0);
  await officer.goto('/about');
  await expect(officer.getByTestId('fallbacks').locator('[data-fallback="mf-reports"]')).toContainText('0.9.9');
  await expect(officer.getByTestId('fallback-banner')).toHaveCount(0);
  await other.close();
});

test('a version whose entry throws: its fallback replaces its code when first needed, and the banner appears then', async ({ page }) => {
  compose((c) => {
    const reports = c.modules.find((m) => m.name === 'mf-reports');
    Object.assign(reports ?? {}, { version: '0.3.0-throws', fallback: '0.1.0' });
  });
  await signIn(page);
  // Its manifest is fine, so nothing is known to be wrong at boot; its code is first needed by
  // its journal in the app bar, which loads from the fallback.
  await expect(page.getByTestId('journal-button')).toBeVisible();
  await catalogueWorks(page, '0.1.0');
  // Its own contribution to the catalogue loads from the fallback too.
  await page.getByRole('button', { name: 'Open Console inventory' }).click();
  await expect(page.getByRole('table', { name: 'Console inventory' })).toBeVisible();
  await expect(page.getByTestId('fallback-banner').locator('[data-fallback="mf-reports"]')).toHaveText(
    'mf-reports: 0.3.0-throws could not be loaded, 0.1.0 runs instead',
  );
  await page.getByTestId('fallback-banner').getByRole('link', { name: 'See why' }).click();
  await expect(page.getByTestId('fallbacks').locator('[data-fallback="mf-reports"]').getByRole('cell')).toHaveText([
    'mf-reports',
    '0.3.0-throws',
    '0.1.0',
    /its code, when first needed.*breaks while its entry loads/,
  ]);
});
