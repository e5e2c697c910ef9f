import { expect, type Page, test } from '@playwright/test';
import { compose, graphqlAs, mainMenu } from '../support/kente.ts';

/**
 * Country packs (docs/implementers.md): each step edits composition.json alone (its packs,
 * its default language, and its own config left to the country pack), then reloads; nothing
 * is rebuilt. Niger in French, then Tanzania in Swahili, then the defaults again.
 */

test.beforeEach(() => {
  compose();
});
test.afterAll(() => {
  compose();
});

/** The one edit of each swap: the packs, the language, and no `config` of its own (the country pack's applies). */
function composeCountry(country: string | null, defaultLanguage: string) {
  return compose((c) => {
    c.defaultLanguage = defaultLanguage;
    c.packs = [{ name: 'lang-fr', version: '0.1.0' }, { name: 'lang-sw', version: '0.1.0' }, ...(country ? [{ name: country, version: '0.1.0' }] : [])];
    if (country) c.config = {};
  });
}

/** A valid insurance number of `length` digits under mod 7 (the last digit = the others as a number, mod 7). */
function insuranceNumber(length: number): string {
  const body = `${1 + Math.floor(Math.random() * 9)}${String(Math.floor(Math.random() * 10 ** (length - 2))).padStart(length - 2, '0')}`;
  return `${body}${Number(BigInt(body) % 7n)}`;
}

/**
 * Signs in on the sign-in page, which the composition's defaultLanguage shows in `language`;
 * Admin's profile says English, so the language is then chosen in the console.
 */
async function signInAs(page: Page, language: string, labels: { user: string; password: string; submit: string }) {
  await page.goto('/');
  await page.getByLabel(labels.user).fill('Admin');
  await page.getByLabel(labels.password).fill('admin123');
  await page.getByRole('button', { name: labels.submit }).click();
  await expect(mainMenu(page)).toBeVisible();
  await page.getByTestId('language-switcher').locator('select').selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** The first seeded claim, for its page. */
async function firstClaim(page: Page) {
  const data = await graphqlAs<{ claims: { edges: Array<{ node: { id: string; code: string; claimed: string } }> } }>(
    page,
    'query { claims(first: 1) { edges { node { id code claimed } } } }',
  );
  const claim = data.claims.edges[0]?.node;
  if (!claim) throw new Error('no claim in the demo data');
  return claim;
}

/** createFamily as the signed-in user: the server's answer on an insurance number. */
async function serverOn(page: Page, number: string) {
  const villages = await graphqlAs<{ locations: { edges: Array<{ node: { id: string } }> } }>(
    page,
    'query { locations(filter: { type: "V" }, first: 1) { edges { node { id } } } }',
  );
  const villageId = villages.locations.edges[0]?.node.id;
  const data = await graphqlAs<{ createFamily: { family: { id: string } | null; errors: Array<{ field: string; code: string }> } }>(
    page,
    'mutation($input: CreateFamilyInput!) { createFamily(input: $input) { family { id } errors { field code } } }',
    { input: { villageId, head: { insuranceNumber: number, lastName: 'Pays', otherNames: 'Test', gender: 'F', birthDate: '1990-01-01' } } },
  );
  return data.createFamily;
}

test('Niger: Prestations, F CFA in fr-NE, Région/Département/Commune/Village, ten-digit numbers, by editing composition.json alone', async ({ page }) => {
  test.setTimeout(120_000);
  composeCountry('country-ne', 'fr');
  await signInAs(page, 'fr', { user: "Nom d'utilisateur", password: 'Mot de passe', submit: 'Se connecter' });
  // The pack's wording: the claims section and entry, the insurees section; its scheme name in the header.
  await expect(mainMenu(page).getByText('Prestations', { exact: true })).toBeVisible();
  await expect(mainMenu(page).getByRole('link', { name: 'Prestations des établissements' })).toBeVisible();
  await expect(mainMenu(page).getByText('Assurés et polices')).toBeVisible();
  await expect(page.getByText('Assurance maladie du Niger (démo)')).toBeVisible();

  // A claim page: its title and its amounts in francs CFA, written for fr-NE.
  const claim = await firstClaim(page);
  await page.goto(`/claims/${claim.id}`);
  // A full page load on a shared machine: the module may take a while.
  await expect(page.getByRole('heading', { name: `Prestation ${claim.code}`, level: 1 })).toBeVisible({ timeout: 45_000 });
  const claimed = new Intl.NumberFormat('fr-NE', { style: 'currency', currency: 'XOF' }).format(Number(claim.claimed));
  expect(claimed).toMatch(/F\s?CFA$/);
  await expect(page.getByText(claimed).first()).toBeVisible();
  await mainMenu(page).getByRole('link', { name: 'Prestations des établissements' }).click();
  await expect(page.getByRole('heading', { name: 'Prestations', level: 1 })).toBeVisible();

  // The location picker names Niger's levels.
  await page.goto('/insurees/families/new');
  await expect(page.getByRole('heading', { name: 'Nouvelle famille/groupe', level: 1 })).toBeVisible({ timeout: 45_000 });
  const village = page.getByRole('group', { name: 'Village', exact: true });
  for (const level of ['Région', 'Département', 'Commune', 'Village']) await expect(village.getByRole('combobox', { name: level, exact: true })).toBeVisible();
  await expect(village.getByRole('combobox', { name: 'Municipalité' })).toHaveCount(0);

  // Ten digits: nine refused by the form and by the server, ten accepted by both.
  const field = page.getByLabel("N° d'assuré");
  await field.fill(insuranceNumber(9));
  await field.blur();
  await expect(page.getByText('Format non valide.')).toBeVisible();
  const ten = insuranceNumber(10);
  await field.fill(ten);
  await field.blur();
  await expect(page.getByText('Format non valide.')).toHaveCount(0);
  expect(await graphqlAs(page, 'query { insuranceNumberConfig { length checkDigit } }')).toEqual({ insuranceNumberConfig: { length: 10, checkDigit: 'mod7' } });
  const nine = await serverOn(page, insuranceNumber(9));
  expect(nine.family).toBeNull();
  expect(nine.errors).toEqual([expect.objectContaining({ code: 'INVALID_FORMAT' })]);
  const accepted = await serverOn(page, ten);
  expect(accepted.errors).toEqual([]);
  expect(accepted.family?.id).toBeTruthy();
});

test('Tanzania in Swahili: Swahili menus and the CHF wording, TZS, Mkoa/Wilaya/Kata/Kijiji; then the packs removed, the defaults back', async ({ page }) => {
  test.setTimeout(120_000);
  composeCountry('country-tz', 'sw');
  await signInAs(page, 'sw', { user: 'Jina la mtumiaji', password: 'Nenosiri', submit: 'Ingia' });
  await expect(mainMenu(page).getByText('Wanachama wa CHF na mikataba')).toBeVisible();
  await expect(mainMenu(page).getByText('Madai', { exact: true })).toBeVisible();
  await expect(mainMenu(page).getByRole('link', { name: 'Wanachama wa CHF' })).toBeVisible();
  await expect(page.getByText('Improved Community Health Fund (iCHF)')).toBeVisible();

  const claim = await firstClaim(page);
  await page.goto(`/claims/${claim.id}`);
  await expect(page.getByRole('heading', { name: claim.code, level: 1 })).toBeVisible({ timeout: 45_000 });
  const claimed = new Intl.NumberFormat('sw-TZ', { style: 'currency', currency: 'TZS' }).format(Number(claim.claimed));
  expect(claimed).toMatch(/^TSh/);
  await expect(page.getByText(claimed).first()).toBeVisible();

  await page.goto('/insurees/families/new');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 45_000 });
  const village = page.getByRole('group', { name: 'Kijiji', exact: true });
  for (const level of ['Mkoa', 'Wilaya', 'Kata', 'Kijiji']) await expect(village.getByRole('combobox', { name: level, exact: true })).toBeVisible();
  expect(await graphqlAs(page, 'query { insuranceNumberConfig { length } }')).toEqual({ insuranceNumberConfig: { length: 9 } });

  // No country pack: the repository's composition, in English, as before.
  compose();
  await page.evaluate(() => localStorage.clear());
  await page.context().clearCookies({ name: 'kente_language' });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'New family/group', level: 1 })).toBeVisible({ timeout: 45_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(mainMenu(page).getByText('Claims', { exact: true })).toBeVisible();
  await expect(mainMenu(page).getByText('Wanachama wa CHF na mikataba')).toHaveCount(0);
  await expect(page.getByText('Community Health Fund (demo)')).toBeVisible();
  const englishVillage = page.getByRole('group', { name: 'Village', exact: true });
  for (const level of ['Region', 'District', 'Municipality', 'Village'])
    await expect(englishVillage.getByRole('combobox', { name: level, exact: true })).toBeVisible();
  await page.goto(`/claims/${claim.id}`);
  await expect(page.getByRole('heading', { name: `Claim ${claim.code}`, level: 1 })).toBeVisible({ timeout: 45_000 });
  await expect(page.getByText(new Intl.NumberFormat('en', { style: 'currency', currency: 'TZS' }).format(Number(claim.claimed))).first()).toBeVisible();
});

test('a country pack adds little to the first screen, and a mistake in it is shown on About without breaking the console', async ({ page }) => {
  /** Bytes of every response of the sign-in page (bodies as sent, before compression). */
  const firstScreen = async () => {
    const sizes: number[] = [];
    const pending: Promise<void>[] = [];
    const listener = (response: import('@playwright/test').Response) => {
      pending.push(
        response.body().then(
          (body) => {
            sizes.push(body.length);
          },
          () => {},
        ),
      );
    };
    page.on('response', listener);
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    page.off('response', listener);
    await Promise.all(pending);
    return sizes.reduce((a, b) => a + b, 0);
  };
  composeCountry(null, 'en');
  const without = await firstScreen();
  composeCountry('country-ne', 'en');
  const withNiger = await firstScreen();
  const added = withNiger - without;
  console.info(`country-ne adds ${added} bytes (uncompressed) to the first screen: ${without} -> ${withNiger}`);
  expect(added).toBeGreaterThan(0);
  expect(added).toBeLessThan(4096);

  // A typo in the pack's settings as composition.json sets them: the console boots, About names file and path.
  compose((c) => {
    c.packs.push({ name: 'country-ne', version: '0.1.0' });
    c.config = { shell: { currency: 'XOFF' }, 'mf-insuree': { insuranceNumber: { lenght: 10 } } };
  });
  await page.goto('/about');
  await page.getByLabel('User name').fill('Admin');
  await page.getByLabel('Password').fill('admin123');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(mainMenu(page)).toBeVisible();
  await page.goto('/about');
  await expect(page.getByText('$.config.shell.currency').first()).toBeVisible();
  await expect(page.getByText('$.config["mf-insuree"].insuranceNumber.lenght').first()).toBeVisible();
  // The layers below hold: the country pack's currency and number format.
  expect(await graphqlAs(page, 'query { insuranceNumberConfig { length } }')).toEqual({ insuranceNumberConfig: { length: 10 } });
});
