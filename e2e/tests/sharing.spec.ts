import { expect, test } from '@playwright/test';
import { compose, defaultComposition, mainMenu, signIn } from '../support/kente.ts';

// Markers that only React's and MUI's own code contain.
const REACT = 'react.transitional.element';
const MUI = 'MuiButtonBase';

test('React and MUI are downloaded once, from the shell, across several module pages', async ({ page }) => {
  compose();
  const scripts: Array<{ path: string; body: string }> = [];
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith('.js') && response.status() === 200) scripts.push({ path: url.pathname, body: await response.text().catch(() => '') });
  });
  await signIn(page);
  for (const name of ['Families/Groups', 'Policies', 'Health facility claims', 'Locations', 'Report catalogue']) {
    await mainMenu(page).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  // Within one page load (a reload would fetch again from the cache).
  await mainMenu(page).getByRole('link', { name: 'Families/Groups' }).click();
  await page.getByRole('table', { name: 'Families/Groups found' }).getByRole('row').nth(1).click();
  await expect(page.locator('[data-contribution="mf-policy/family-policies"]')).toBeVisible();
  await page.waitForLoadState('networkidle');

  const paths = scripts.map((s) => s.path);
  expect(
    paths.filter((p, i) => paths.indexOf(p) !== i),
    'a file downloaded twice',
  ).toEqual([]);
  const withReact = scripts.filter((s) => s.body.includes(REACT)).map((s) => s.path);
  const withMui = scripts.filter((s) => s.body.includes(MUI)).map((s) => s.path);
  expect(withReact.length).toBeGreaterThan(0);
  expect(withMui.length).toBeGreaterThan(0);
  expect(
    withReact.filter((p) => p.startsWith('/modules/')),
    'React code inside a module',
  ).toEqual([]);
  expect(
    withMui.filter((p) => p.startsWith('/modules/')),
    'MUI code inside a module',
  ).toEqual([]);
  // Five modules were on screen; each downloaded its own code only, at the composed version.
  const versions = new Map(defaultComposition().modules.map((m) => [m.name, m.version]));
  for (const module of ['mf-insuree', 'mf-policy', 'mf-claim', 'mf-admin', 'mf-reports']) {
    expect(paths.some((p) => p.startsWith(`/modules/${module}/${versions.get(module)}/`))).toBe(true);
  }
});

test('modules not on screen are not downloaded', async ({ page }) => {
  compose();
  const modules = new Set<string>();
  page.on('request', (request) => {
    const match = /^\/modules\/([^/]+)\/[^/]+\/(?!kente-manifest\.json|locales\/).+\.js$/.exec(new URL(request.url()).pathname);
    if (match) modules.add(match[1] as string);
  });
  await signIn(page, 'Admin', 'admin123', '/admin/locations');
  await expect(page.getByRole('heading', { name: 'Locations', level: 1 })).toBeVisible();
  // The app bar shows mf-reports' journal: that module is on screen too.
  await expect(page.getByTestId('journal-button')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect([...modules].sort()).toEqual(['mf-admin', 'mf-reports']);
});
