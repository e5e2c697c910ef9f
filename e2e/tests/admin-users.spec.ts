import { type Browser, expect, type Page, test } from '@playwright/test';
import { compose, graphqlAs, signIn } from '../support/kente.ts';

/**
 * mf-admin users against the real backend: Admin creates a district-scoped enrolment officer
 * with a role, officer details and a village, listed in the officers register with their area,
 * who then sees only that district's families; Admin resets that user's password and the
 * officer's open session ends on its next request. Users made here, not the demo ones.
 */

test.beforeEach(() => {
  compose();
});

const suffix = () => Math.random().toString(36).slice(2, 7);

interface FamilyPage {
  families: { totalCount: number; edges: Array<{ node: { village: { parent: { parent: { id: string } } } } }> };
}
const FAMILIES = '{ families(first: 50) { totalCount edges { node { village { parent { parent { id } } } } } } }';

async function signedIn(browser: Browser, username: string, password: string, path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, username, password, path);
  return page;
}

test('create a district-scoped enrolment officer who sees only that district; reset their password and their session ends', async ({ page, browser }) => {
  const username = `eo.${suffix()}`;
  await signIn(page, 'Admin', 'admin123', '/admin/users');
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();

  // The district: the first of region Kilima, found as the form will show it.
  const { locations } = await graphqlAs<{ locations: { edges: Array<{ node: { id: string; name: string } }> } }>(
    page,
    '{ locations(first: 1, filter: {type: "R", search: "Kilima"}) { edges { node { id name } } } }',
  );
  const region = locations.edges[0]?.node;
  if (!region) throw new Error('no region Kilima in the demo data');
  const districts = await graphqlAs<{ locations: { edges: Array<{ node: { id: string; name: string } }> } }>(
    page,
    `{ locations(first: 1, filter: {type: "D", parentId: "${region.id}"}) { edges { node { id name } } } }`,
  );
  const district = districts.locations.edges[0]?.node;
  if (!district) throw new Error('no district in Kilima');
  const municipalities = await graphqlAs<{ locations: { edges: Array<{ node: { id: string; name: string } }> } }>(
    page,
    `{ locations(first: 1, filter: {type: "M", parentId: "${district.id}"}) { edges { node { id name } } } }`,
  );
  const municipality = municipalities.locations.edges[0]?.node;
  const villages = await graphqlAs<{ locations: { edges: Array<{ node: { id: string; name: string } }> } }>(
    page,
    `{ locations(first: 1, filter: {type: "V", parentId: "${municipality?.id}"}) { edges { node { id name } } } }`,
  );
  const village = villages.locations.edges[0]?.node;
  if (!municipality || !village) throw new Error('no village in the district');

  // The form: the contract's rules first, then the officer with a role and a district.
  await page.getByRole('link', { name: 'New user' }).click();
  await expect(page.getByRole('heading', { name: 'New user', level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: /^User name/ }).fill('a b');
  await page.getByRole('textbox', { name: /^Other names/ }).fill('Ama');
  await page.getByRole('textbox', { name: /^Last name/ }).fill('Officer');
  await page.getByLabel(/^Password/).fill('short');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('3 to 50 letters, digits, dot, dash or underscore.')).toBeVisible();
  await expect(page.getByText('At least 8 characters.').first()).toBeVisible();
  await page.getByRole('textbox', { name: /^User name/ }).fill(username);
  await page.getByLabel(/^Password/).fill('officer-pass-1');
  await page.getByRole('group', { name: 'Roles' }).getByRole('checkbox', { name: 'Enrolment Officer' }).check();
  const area = page.getByRole('group', { name: 'Region or district to add' });
  await area.getByRole('combobox', { name: 'Region' }).click();
  await page.getByRole('option', { name: region.name, exact: true }).click();
  await area.getByRole('combobox', { name: 'District' }).click();
  await page.getByRole('option', { name: district.name, exact: true }).click();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('listitem').filter({ hasText: district.name })).toBeVisible();
  // Officer details: a code and a village of that district (the cascade offers any; Add checks the area).
  const code = `E${suffix()}`.toUpperCase();
  await page.getByRole('checkbox', { name: 'This user is an enrolment officer' }).check();
  await page.getByRole('textbox', { name: /^Officer code/ }).fill(code);
  const villagePicker = page.getByRole('group', { name: 'Village to add' });
  for (const [level, name] of [
    ['Region', region.name],
    ['District', district.name],
    ['Municipality', municipality.name],
    ['Village', village.name],
  ] as const) {
    await villagePicker.getByRole('combobox', { name: level }).click();
    await page.getByRole('option', { name, exact: true }).click();
  }
  await page.getByRole('button', { name: 'Add the village' }).click();
  await expect(page.getByRole('list', { name: 'Villages covered' }).getByRole('listitem')).toHaveText([village.name]);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/admin\/users\/\d+$/);
  await expect(page.getByRole('heading', { name: `Ama Officer (${username})`, level: 1 })).toBeVisible();

  // In the enrolment officers register of that district, with the district and the village as their area;
  // the demo officer is there too, with their three villages.
  await page.goto(`/admin/enrolment-officers?region=${region.id}&district=${district.id}`);
  await expect(page.getByRole('row', { name: new RegExp(code) })).toContainText(`${district.name} · 1 village`);
  await page.goto('/admin/enrolment-officers?q=EO0001');
  await expect(page.getByRole('row', { name: /EO0001/ })).toContainText('3 villages');
  await page.goto(`/admin/users?name=${username}`);

  // Signed in as the officer: only families of the district, fewer than the country's.
  const officer = await signedIn(browser, username, 'officer-pass-1', '/insurees/families');
  await expect(officer.getByRole('heading', { name: 'Families', level: 1 })).toBeVisible();
  await expect(officer.getByRole('row').nth(1)).toBeVisible();
  const seen = await graphqlAs<FamilyPage>(officer, FAMILIES);
  const all = await graphqlAs<FamilyPage>(page, FAMILIES);
  expect(seen.families.totalCount).toBeGreaterThan(0);
  expect(seen.families.totalCount).toBeLessThan(all.families.totalCount);
  for (const { node } of seen.families.edges) expect(node.village.parent.parent.id).toBe(district.id);

  // Admin resets the officer's password: the officer's next request sends them to sign in.
  await page.getByRole('row', { name: new RegExp(username) }).click();
  await page.getByRole('button', { name: 'Reset password' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^New password/).fill('brand-new-pass');
  await dialog.getByLabel(/^Repeat the new password/).fill('brand-new-pass');
  await dialog.getByRole('button', { name: 'Set the password' }).click();
  await expect(page.getByText(`Password of ${username} changed: their open sessions have ended.`)).toBeVisible();
  await expect(page.getByTestId('history')).toBeVisible();

  await officer.getByRole('row').nth(1).click();
  await expect(officer.getByText('Your session has ended. Sign in again to go on.')).toBeVisible();
  await officer.getByLabel('User name').fill(username);
  await officer.getByLabel('Password').fill('officer-pass-1');
  await officer.getByRole('button', { name: 'Sign in' }).click();
  await expect(officer.getByText('Wrong user name or password.')).toBeVisible();
  await officer.getByLabel('Password').fill('brand-new-pass');
  await officer.getByRole('button', { name: 'Sign in' }).click();
  await expect(officer.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  await officer.context().close();
});

test('duplicate a role, change its rights in the matrix, and delete it while unused', async ({ page }) => {
  await signIn(page, 'Admin', 'admin123', '/admin/roles');
  await page.getByRole('searchbox', { name: 'Name' }).fill('Enrolment');
  await page
    .getByRole('row', { name: /^Enrolment Officer/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Enrolment Officer', level: 1 })).toBeVisible();
  // Admin holds the IMIS Administrator role, not this one: the matrix is editable, grouped by domain
  await expect(page.getByRole('group', { name: 'Families', exact: true }).getByRole('checkbox', { name: /101001/ })).toBeChecked();
  const name = `Officers ${suffix()}`;
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: /^Name/ }).fill(name);
  await page.getByRole('dialog').getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /101001/ })).toBeChecked();
  await page.getByRole('checkbox', { name: /101004 / }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Role saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /101004 / })).toBeChecked();
  // IMIS Administrator is held by Admin: read only, with the reason
  await page.goto('/admin/roles?name=IMIS');
  await page.getByRole('row', { name: /IMIS Administrator/ }).click();
  await expect(page.getByText('You hold this role yourself')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
  // the duplicate, unused, is deleted
  await page.goto(`/admin/roles?name=${encodeURIComponent(name)}`);
  await page.getByRole('row', { name: new RegExp(name) }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page).toHaveURL(/\/admin\/roles$/);
});
