import { expect, test } from '@playwright/test';
import { compose, signIn } from '../support/kente.ts';

// The first screen's loading path (docs/architecture.md, "A fast first screen on a slow link").

test.beforeEach(() => {
  compose();
});

test('a progress bar shows before any script has run', async ({ page }) => {
  // Hold every module script: what is on screen is index.html alone.
  await page.route('**/*.js', () => {});
  await page.goto('/login', { waitUntil: 'commit' });
  await expect(page.getByRole('progressbar', { name: 'Loading Kente' })).toBeVisible();
  await expect(page.locator('#boot-status .bar')).toBeVisible();
});

test('the composition and its manifests come in one response, with the session alongside', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/login');
  await expect(page.getByLabel('User name')).toBeEnabled();
  expect(requested.filter((path) => path === '/boot.json')).toHaveLength(1);
  expect(requested.filter((path) => path === '/graphql')).toHaveLength(1);
  expect(requested).not.toContain('/composition.json');
  expect(requested.filter((path) => path.endsWith('/kente-manifest.json'))).toEqual([]);
});

test('a repeat visit revalidates the boot data: 304, no body', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByLabel('User name')).toBeEnabled();
  const revalidated = page.waitForResponse((response) => new URL(response.url()).pathname === '/boot.json');
  await page.reload();
  const response = await revalidated;
  // The HTTP cache sent the ETag it kept; the server's 304 for it is tested in backend/test/boot.test.ts.
  expect(await response.request().headerValue('if-none-match')).toMatch(/^"/);
  await expect(page.getByLabel('User name')).toBeEnabled();
});

test('without /boot.json the shell fetches composition.json and the manifests itself', async ({ page }) => {
  await page.route('**/boot.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await signIn(page, 'Admin', 'admin123', '/insurees/families');
  await expect(page.getByRole('heading', { name: 'Families/Groups', level: 1 })).toBeVisible();
  expect(requested).toContain('/composition.json');
  expect(requested).toContain('/modules/mf-insuree/0.2.0/kente-manifest.json');
});

test('a user who chose French gets the sign-in page in French with the boot data, no further request', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('kente.language', 'fr'));
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname + new URL(request.url()).search));
  await page.goto('/login');
  await expect(page.getByLabel("Nom d'utilisateur")).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
  expect(requested).toContain('/boot.json?lang=fr');
  expect(requested.filter((path) => path.includes('/lang-fr/'))).toEqual([]);
});

test('the console has a favicon', async ({ page, request }) => {
  await page.goto('/login');
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(href).toBe('/favicon.svg');
  const icon = await request.get(href as string);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toBe('image/svg+xml');
  expect(await icon.text()).toContain('<svg');
});
