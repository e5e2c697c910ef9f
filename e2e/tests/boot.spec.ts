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

test('the page brings the boot data and says "signed out" itself: no other request before the sign-in page', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/login');
  await expect(page.getByLabel('User name')).toBeEnabled();
  expect(requested.filter((path) => path === '/boot.json' || path === '/graphql' || path === '/composition.json')).toEqual([]);
  expect(requested.filter((path) => path.endsWith('/kente-manifest.json'))).toEqual([]);
  // The server checked the composition and the manifests: no validator is downloaded.
  expect(requested.filter((path) => /\/validators-[^/]*\.js$/.test(path))).toEqual([]);
  // The early script runs under the strict CSP, allowed by its hash.
  expect(errors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
});

test('a signed-in reload asks who is signed in, alongside the code, and nothing else for the boot', async ({ page }) => {
  await signIn(page, 'Admin', 'admin123', '/insurees/families');
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Families/Groups', level: 1 })).toBeVisible();
  expect(requested).not.toContain('/boot.json');
  expect(requested).not.toContain('/composition.json');
  expect(requested.filter((path) => path === '/graphql').length).toBeGreaterThanOrEqual(1);
});

test('a repeat visit revalidates the page, whose ETag covers its boot data', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByLabel('User name')).toBeEnabled();
  const response = await page.reload();
  // The HTTP cache sent the ETag it kept; the server's 304 for it is tested in backend/test/boot.test.ts.
  expect(await response?.request().headerValue('if-none-match')).toMatch(/^"/);
  await expect(page.getByLabel('User name')).toBeEnabled();
});

test('a page without boot data (another server) fetches it; without /boot.json, composition.json and the manifests', async ({ page }) => {
  let emptied = 0;
  // The page as a static server would send it: its data block empty.
  await page.route(
    (url) => !url.pathname.includes('.'),
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      emptied++;
      const body = (await response.text()).replace(/(<script type="application\/json" id="kente-data">)[\s\S]*?(<\/script>)/, '$1$2');
      await route.fulfill({ response, body });
    },
  );
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/login');
  await expect(page.getByLabel('User name')).toBeEnabled();
  expect(emptied).toBe(1);
  expect(requested.filter((path) => path === '/boot.json')).toHaveLength(1);
  expect(requested.filter((path) => path === '/graphql')).toHaveLength(1);
  expect(requested.filter((path) => /\/validators-[^/]*\.js$/.test(path))).toEqual([]);

  await page.route('**/boot.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  requested.length = 0;
  await signIn(page, 'Admin', 'admin123', '/insurees/families');
  await expect(page.getByRole('heading', { name: 'Families/Groups', level: 1 })).toBeVisible();
  expect(requested).toContain('/composition.json');
  expect(requested).toContain('/modules/mf-insuree/0.2.0/kente-manifest.json');
  // Nobody checked them for the shell: it loads the validators.
  expect(requested.some((path) => /\/validators-[^/]*\.js$/.test(path))).toBe(true);
});

test('a user who chose French gets the sign-in page in French: the page carries it once the server knows the choice', async ({ page, context }) => {
  await page.addInitScript(() => localStorage.setItem('kente.language', 'fr'));
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname + new URL(request.url()).search));
  await page.goto('/login');
  await expect(page.getByLabel("Nom d'utilisateur")).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
  // A choice the server did not know yet: the early script asks for the words.
  expect(requested).toContain('/boot.json?lang=fr');
  expect(requested.filter((path) => path.includes('/lang-fr/'))).toEqual([]);
  // The shell tells the server (a cookie): the next page brings the French words itself.
  expect((await context.cookies()).find((cookie) => cookie.name === 'kente_language')?.value).toBe('fr');
  requested.length = 0;
  await page.reload();
  await expect(page.getByLabel("Nom d'utilisateur")).toBeEnabled();
  expect(requested.filter((path) => path.startsWith('/boot.json') || path.includes('/lang-fr/'))).toEqual([]);
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
