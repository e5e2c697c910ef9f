import { expect, type Page, test } from '@playwright/test';
import { compose, mainMenu, signIn } from '../support/kente.ts';

async function restStillWorks(page: Page) {
  await mainMenu(page).getByRole('link', { name: 'Locations' }).click();
  await expect(page.getByRole('heading', { name: 'Locations', level: 1 })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Abolove' }).first()).toBeVisible();
  await mainMenu(page).getByRole('link', { name: 'Report catalogue' }).click();
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
}

test('a module whose manifest URL answers 404 is refused alone, with the reason shown', async ({ page }) => {
  compose((c) => c.modules.push({ name: 'mf-faulty', version: '9.9.9' }));
  await signIn(page);
  const banner = page.getByTestId('refused-banner');
  await expect(banner).toContainText('mf-faulty 9.9.9');
  await expect(banner).toContainText('404');
  await expect(mainMenu(page).getByRole('link', { name: 'Faulty module' })).toHaveCount(0);
  await restStillWorks(page);
  await page.goto('/about');
  await expect(page.locator('[data-refused="mf-faulty"]')).toContainText('404');
});

test('a module whose code answers 404 shows a message in its place; the rest works', async ({ page }) => {
  compose((c) => c.modules.push({ name: 'mf-faulty', version: '0.1.0-nocode' }));
  await signIn(page);
  await mainMenu(page).getByRole('link', { name: 'Faulty module' }).click();
  await expect(page.locator('[data-module-error="mf-faulty"]')).toContainText('The mf-faulty module could not be loaded.');
  await expect(page.locator('[data-module-error="mf-faulty"]')).toContainText('The rest of the console keeps working.');
  await restStillWorks(page);
});

test('a module that throws while rendering shows a message in its place; the rest works', async ({ page }) => {
  compose((c) => c.modules.push({ name: 'mf-faulty', version: '0.1.0' }));
  await signIn(page);
  await mainMenu(page).getByRole('link', { name: 'Faulty module' }).click();
  await expect(page.locator('[data-module-error="mf-faulty"]')).toContainText('The mf-faulty module stopped with an error.');
  await restStillWorks(page);
  // Its panel on another module's page fails alone: the family page and mf-policy's panel stay.
  await page.goto('/insurees/families/3');
  await expect(page.locator('[data-contribution="mf-faulty/throwing-panel"]')).toContainText('could not be shown');
  await expect(page.locator('[data-contribution="mf-policy/family-policies"]').getByRole('heading', { name: 'Policies' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Family of .+ \(\d+\)$/, level: 1 })).toBeVisible();
});

test('a module whose server never answers is given up after the timeout; the rest works', async ({ page }) => {
  compose((c) => {
    c.modules.push({ name: 'mf-faulty', version: '0.1.0-hang' });
    c.loadTimeoutMs = 2000;
  });
  await signIn(page);
  await mainMenu(page).getByRole('link', { name: 'Faulty module' }).click();
  await expect(page.locator('[data-module-error="mf-faulty"]')).toContainText('did not answer within 2 s');
  await restStillWorks(page);
});
