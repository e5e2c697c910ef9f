import { expect, type Page, test } from '@playwright/test';
import { compose, mainMenu, signIn } from '../support/kente.ts';

test.beforeEach(() => {
  compose();
});

/** Signs in whatever the language the account works in (the clerk's profile is French). */
async function signInAs(page: Page, username: string, password: string, path = '/') {
  await page.goto(path);
  await page.getByLabel(/User name|Nom d'utilisateur/).fill(username);
  await page.getByLabel(/^(Password|Mot de passe)/).fill(password);
  await page.getByRole('button', { name: /^(Sign in|Connexion|Se connecter)$/ }).click();
  await expect(mainMenu(page)).toBeVisible();
}

test('a bad currency in composition.json is reported with its path, and mf-insuree still works with the default', async ({ page }) => {
  compose((c) => {
    c.config = { ...c.config, shell: { ...c.config?.shell, currency: 'EURO' } };
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await signIn(page);
  const banner = page.getByTestId('refused-banner');
  await expect(banner.locator('[data-config-path="$.config.shell.currency"]')).toContainText('"EURO"');
  await page.goto('/about');
  await expect(page).toHaveTitle(/^About this console · Kente$/);
  const problems = page.getByTestId('config-problems');
  await expect(problems.locator('[data-config-path="$.config.shell.currency"]')).toContainText('composition.json, $.config.shell.currency');
  await expect(problems.locator('[data-config-path="$.config.shell.currency"]')).toContainText('ISO 4217');
  // The module pages that format money and dates keep working.
  await mainMenu(page).locator('[data-menu-entry="mf-insuree/families"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/insurees/families/17');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-module-error]')).toHaveCount(0);
  expect(pageErrors.filter((m) => /currency/i.test(m))).toEqual([]);
});

test('the profile language applies at sign-in and survives a reload, with <html lang>', async ({ page }) => {
  await signInAs(page, 'clerk', 'clerk123');
  await expect(mainMenu(page)).toHaveAccessibleName('Menu principal');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Menu principal' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // A choice made in the console wins over the profile, for this user, after a reload too.
  await page.getByTestId('language-switcher').locator('select').selectOption('en');
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

// The accountant: no other journey signs in as them, so the new password troubles no one.
test('a user changes their password from the profile menu; wrong input is explained', async ({ page }) => {
  await signInAs(page, 'accountant', 'accountant123');
  await page.getByRole('button', { name: /Account of/ }).click();
  await page.getByRole('menuitem', { name: 'Change password' }).click();
  await expect(page.getByRole('heading', { name: 'Change password', level: 1 })).toBeVisible();
  await expect(page).toHaveTitle('Change password · Kente');
  const form = page.getByRole('form', { name: 'Change password' });
  const current = form.getByLabel('Current password');
  const next = form.getByLabel('New password', { exact: false }).first();
  const confirm = form.getByLabel('New password again');
  await current.fill('accountant123');
  await next.fill('short');
  await confirm.fill('short');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByText('The new password must have at least 8 characters.')).toBeVisible();
  await next.fill('accountant-new-1');
  await confirm.fill('accountant-new-2');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByText('The two new passwords are not the same.')).toBeVisible();
  await current.fill('not-my-password');
  await confirm.fill('accountant-new-1');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByText('The current password is wrong.')).toBeVisible();
  await current.fill('accountant123');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your password has been changed.' })).toBeVisible();
  // The new password signs in, the old one no longer does.
  await page.getByRole('button', { name: /Account of/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.getByLabel('User name').fill('accountant');
  await page.getByLabel('Password').fill('accountant123');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('Wrong user name or password.');
  await page.getByLabel('Password').fill('accountant-new-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(mainMenu(page)).toBeVisible();
});

test('the menu is a list of list items, a focused link is told apart from the current page, and the sign-in language comes first', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByLabel('User name')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('language-switcher').locator('select')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('User name')).toBeFocused();
  await signIn(page);
  const childTags = await mainMenu(page)
    .locator('ul')
    .evaluateAll((lists) => lists.flatMap((ul) => Array.from(ul.children, (child) => child.tagName)));
  expect(new Set(childTags)).toEqual(new Set(['LI']));
  const home = mainMenu(page).getByRole('link', { name: 'Home' });
  await expect(home).toHaveAttribute('aria-current', 'page');
  const families = mainMenu(page).locator('[data-menu-entry="mf-insuree/families"]');
  await families.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(families).toBeFocused();
  await expect(families).not.toHaveAttribute('aria-current', 'page');
  const outline = await families.evaluate((a) => getComputedStyle(a).outlineStyle);
  expect(outline).toBe('solid');
});

test('a page the user may not open says which rights are missing, in words', async ({ page }) => {
  await signInAs(page, 'receptionist', 'receptionist123', '/claims');
  await expect(page.getByRole('heading', { name: 'Not allowed', level: 1 })).toBeVisible();
  await expect(page.getByTestId('missing-rights')).toHaveText('search claims');
  await expect(page.getByText('111001')).toHaveCount(0);
});
