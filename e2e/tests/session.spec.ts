import { expect, test } from '@playwright/test';
import { compose, mainMenu, signIn } from '../support/kente.ts';

test.beforeEach(() => {
  compose();
});

test('a signed-out user lands on the sign-in page and comes back to the page asked for', async ({ page }) => {
  await page.goto('/admin/health-facilities');
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fhealth-facilities/);
  await page.getByLabel('User name').fill('Admin');
  await page.getByLabel('Password').fill('admin123');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Health facilities', level: 1 })).toBeVisible();
});

test('Admin sees the full menu; a clerk sees fewer entries', async ({ page }) => {
  await signIn(page);
  const adminEntries = await mainMenu(page).locator('[data-menu-entry]').count();
  await expect(mainMenu(page).getByRole('link', { name: 'Users' })).toBeVisible();
  await page.getByRole('button', { name: /Account of/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();

  await signIn(page, 'receptionist', 'receptionist123');
  const fewer = await mainMenu(page).locator('[data-menu-entry]').count();
  expect(fewer).toBeGreaterThan(0);
  expect(fewer).toBeLessThan(adminEntries);
  await expect(mainMenu(page).getByRole('link', { name: 'Users' })).toHaveCount(0);
  // The hidden page is refused, not just hidden.
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
});

test('a wrong password shows a clear message and signs nobody in', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('User name').fill('Admin');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong user name or password.');
  await expect(page.getByLabel('Password')).toHaveValue('');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('signing out ends the session on the server', async ({ page }) => {
  await signIn(page);
  await page.getByRole('button', { name: /Account of/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.goto('/admin/locations');
  await expect(page).toHaveURL(/\/login/);
});

test('an unknown address shows the not-found page inside the console', async ({ page }) => {
  await signIn(page, 'Admin', 'admin123', '/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to home' }).click();
  await expect(page.getByRole('heading', { name: /Welcome/ })).toBeVisible();
});

test('an expired session sends the user to sign in, then back to the page they were on', async ({ page, context }) => {
  await signIn(page, 'Admin', 'admin123', '/admin/locations');
  await expect(page.getByRole('cell', { name: 'Abolove' }).first()).toBeVisible();
  // The session ends on the server side (expiry, or signed out elsewhere).
  await context.clearCookies();
  await mainMenu(page).getByRole('link', { name: 'Health facilities' }).click();
  await expect(page.getByText('Your session has ended. Sign in again to go on.')).toBeVisible();
  await page.getByLabel('User name').fill('Admin');
  await page.getByLabel('Password').fill('admin123');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Health facilities', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/health-facilities$/);
});
