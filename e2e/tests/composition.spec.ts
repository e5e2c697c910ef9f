import { expect, test } from '@playwright/test';
import { compose, defaultComposition, mainMenu, signIn, writeComposition } from '../support/kente.ts';

test.beforeEach(() => {
  compose();
});

test('every module page opens from the menu', async ({ page }) => {
  await signIn(page);
  const entries = mainMenu(page).locator('[data-menu-entry]');
  const ids = await entries.evaluateAll((links) => links.map((a) => a.getAttribute('data-menu-entry') as string));
  const modules = new Set(ids.map((id) => id.split('/')[0]));
  expect([...modules].sort()).toEqual(['mf-admin', 'mf-claim', 'mf-insuree', 'mf-policy', 'mf-reports']);
  for (const id of ids) {
    const link = mainMenu(page).locator(`[data-menu-entry="${id}"]`);
    const label = ((await link.textContent()) ?? '').trim();
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[data-module-error]'), `${id} (${label}) shows an error`).toHaveCount(0);
    await expect(page.getByTestId('module-footer')).toContainText(id.split('/')[0] as string);
  }
});

test('a panel of mf-policy renders inside the family page of mf-insuree with the host theme and language', async ({ page }) => {
  await signIn(page, 'Admin', 'admin123', '/insurees/families/17');
  await expect(page.getByRole('heading', { name: /^Family of .+ \(\d+\)$/, level: 1 })).toBeVisible();
  const panel = page.locator('[data-contribution="mf-policy/family-policies"]');
  await expect(panel.getByRole('heading', { name: 'Policies' })).toBeVisible();
  await expect(panel.getByRole('table', { name: "The family's policies" })).toBeVisible();
  // The theme's primary colour reaches the contributed component.
  await expect(panel.getByRole('heading', { name: 'Policies' })).toHaveCSS('color', 'rgb(11, 94, 85)');
  await page.getByTestId('language-switcher').locator('select').selectOption('fr');
  await expect(panel.getByRole('heading', { name: 'Polices' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Famille de .+ \(\d+\)$/, level: 1 })).toBeVisible();
});

test('switching to French translates the menu and a module page, and dates use the locale', async ({ page }) => {
  await signIn(page, 'Admin', 'admin123', '/admin/locations');
  await expect(page.getByRole('heading', { name: 'Locations', level: 1 })).toBeVisible();
  await page.getByTestId('language-switcher').locator('select').selectOption('fr');
  await expect(page.getByRole('heading', { name: 'Localités', level: 1 })).toBeVisible();
  await expect(mainMenu(page).getByRole('link', { name: 'Établissements de santé' })).toBeVisible();
  await expect(mainMenu(page).getByText('Assurés et polices')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Rattachée à' })).toBeVisible();
  // The choice survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Localités', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('pointing composition.json at another version serves it after a reload, with no shell rebuild', async ({ page }) => {
  await signIn(page, 'Admin', 'admin123', '/reports');
  await expect(page.getByTestId('module-footer')).toHaveText('mf-reports 0.1.0');
  // The app bar's journal (mf-reports' header action) loads when the browser is idle: wait for it,
  // so no request of 0.1.0 is still to come when the version changes.
  await expect(page.getByTestId('journal-button')).toBeVisible();
  compose((c) => {
    const reports = c.modules.find((m) => m.name === 'mf-reports');
    if (reports) reports.version = '0.2.0';
  });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
  await expect(page.getByTestId('module-footer')).toHaveText('mf-reports 0.2.0');
  expect(requests).toContain('/modules/mf-reports/0.2.0/remoteEntry.js');
  expect(requests.filter((p) => p.startsWith('/modules/mf-reports/0.1.0/'))).toEqual([]);
});

test('removing the language packs removes their languages; adding them back brings them, with no rebuild', async ({ page }) => {
  compose((c) => {
    c.packs = [];
  });
  await signIn(page);
  await expect(page.getByTestId('language-switcher')).toHaveCount(0);
  compose((c) => {
    c.packs = c.packs.filter((p) => p.name !== 'lang-sw');
  });
  await page.reload();
  await expect(page.getByTestId('language-switcher').locator('option')).toHaveText(['English', 'Français']);
  compose();
  await page.reload();
  await expect(page.getByTestId('language-switcher').locator('option')).toHaveText(['English', 'Français', 'Kiswahili']);
});

test('choosing Kiswahili translates the menu and a module page; a key lang-sw lacks shows in English', async ({ page }) => {
  await page.route('**/modules/lang-sw/0.1.0/sw/admin.json', async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    delete json.locations.intro;
    await route.fulfill({ response, json });
  });
  await signIn(page, 'Admin', 'admin123', '/admin/locations');
  await page.getByTestId('language-switcher').locator('select').selectOption('sw');
  await expect(page.getByRole('heading', { name: 'Maeneo', level: 1 })).toBeVisible();
  await expect(mainMenu(page).getByText('Wanachama na mikataba')).toBeVisible();
  await expect(mainMenu(page).getByRole('link', { name: 'Vituo vya kutolea huduma za afya' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Sehemu ya' })).toBeVisible();
  await expect(page.getByText('Regions, districts, municipalities and villages of the scheme.')).toBeVisible();
  await expect(page.getByText('locations.intro')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sw');
});

test('a missing French key falls back to English, never to a raw key', async ({ page }) => {
  // lang-fr has every key today; a pack that lacks one must still read well.
  await page.route('**/modules/lang-fr/0.1.0/fr/admin.json', async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    delete json.locations.intro;
    await route.fulfill({ response, json });
  });
  await signIn(page, 'Admin', 'admin123', '/admin/locations');
  await page.getByTestId('language-switcher').locator('select').selectOption('fr');
  await expect(page.getByRole('heading', { name: 'Localités', level: 1 })).toBeVisible();
  await expect(page.getByText('Regions, districts, municipalities and villages of the scheme.')).toBeVisible();
  await expect(page.getByText('locations.intro')).toHaveCount(0);
});

test('an invalid composition.json shows every problem with its path, not a blank page', async ({ page }) => {
  const broken = defaultComposition() as unknown as Record<string, unknown>;
  (broken.modules as Array<Record<string, unknown>>)[1] = { name: 'mf-policy', version: '1.0' };
  broken.loadTimeoutMs = 'fast';
  broken.colour = 'blue';
  writeComposition(broken as never);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: "This console's composition is invalid" })).toBeVisible();
  const problems = page.getByRole('table', { name: 'Problems' });
  await expect(problems.locator('[data-problem-path="$.modules[1].version"]')).toContainText('semantic version');
  await expect(problems.locator('[data-problem-path="$.modules[1].version"]')).toContainText('"1.0"');
  await expect(problems.locator('[data-problem-path="$.loadTimeoutMs"]')).toContainText('number');
  await expect(problems.locator('[data-problem-path="$.colour"]')).toBeVisible();
  writeComposition('{ "modules": [ ');
  await page.reload();
  await expect(page.locator('[data-problem-path="$"]')).toContainText('valid JSON');
});
