import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { compose, mainMenu, signIn } from '../support/kente.ts';

/**
 * mf-insuree journeys against the real backend: enrolment, search (by village
 * and by name, filters in the URL), editing with its history, enquiry, card
 * sheets, the unsaved-changes guard, version conflicts, and rights.
 */

test.beforeEach(() => {
  compose();
});

/** A valid insurance number under the default format (9 digits, the last = the first 8 as a number mod 7). */
function insuranceNumber(): string {
  const body = String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
  return `${body}${Number(BigInt(body) % 7n)}`;
}

const suffix = () => Math.random().toString(36).slice(2, 7);

async function choose(page: Page, label: string | RegExp, option: string | RegExp) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** Chooses Region > District > Municipality > Village by names; returns the village's name. */
async function chooseLocation(page: Page, scope: ReturnType<Page['locator']>, path: { R: string; D: string; M: string; V?: string }) {
  for (const [label, name] of [
    ['Region', path.R],
    ['District', path.D],
    ['Municipality', path.M],
  ] as const) {
    await scope.getByRole('combobox', { name: label }).click();
    await page.getByRole('option', { name, exact: true }).click();
  }
  await scope.getByRole('combobox', { name: 'Village' }).click();
  const option = path.V ? page.getByRole('option', { name: path.V, exact: true }) : page.getByRole('option').nth(1);
  const village = ((await option.textContent()) ?? '').trim();
  await option.click();
  return village;
}

async function fillInsuree(page: Page, person: { number: string; lastName: string; otherNames: string; birthDate: string; gender: 'Male' | 'Female' }) {
  await page.getByLabel('Insurance number').fill(person.number);
  await page.getByLabel('Last name').fill(person.lastName);
  await page.getByLabel('Other names').fill(person.otherNames);
  await page.getByLabel('Birth date').fill(person.birthDate);
  await choose(page, /^Gender/, person.gender);
}

const KILIMA = { R: 'Kilima', D: 'Mwanga', M: 'Kisangara' };

test('enrol a family with two members, find it by village and by name, edit a member, see the history, enquire, print a card sheet', async ({ page }) => {
  test.setTimeout(120_000);
  const id = suffix();
  // "Aa…" sorts first by head's last name, so the family is on the first page of its village.
  const head = { number: insuranceNumber(), lastName: `Aabenny${id}`, otherNames: 'Ama', birthDate: '1980-05-01', gender: 'Female' as const };
  const spouse = { number: insuranceNumber(), lastName: `Aabenny${id}`, otherNames: `Kofi${id}`, birthDate: '1978-02-11', gender: 'Male' as const };
  const child = { number: insuranceNumber(), lastName: `Aabenny${id}`, otherNames: 'Esi', birthDate: '2012-09-30', gender: 'Female' as const };

  await signIn(page, 'Admin', 'admin123', '/insurees/families');
  await expect(page.getByRole('heading', { name: 'Families/Groups', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'New family/group' }).click();
  await expect(page.getByRole('heading', { name: 'New family/group', level: 1 })).toBeVisible();

  // The contract's rules show inline before anything is sent.
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Required.').first()).toBeVisible();
  await page.getByLabel('Insurance number').fill('123456789');
  await page.getByLabel('Insurance number').blur();
  await expect(page.getByText('The last digit is not the number')).toBeVisible();

  const village = await chooseLocation(page, page.getByRole('group', { name: 'Village', exact: true }), KILIMA);
  await fillInsuree(page, head);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/\/insurees\/families\/\d+$/);
  const familyUrl = new URL(page.url()).pathname;
  // Named after its head, never after the database id.
  await expect(page.getByRole('heading', { name: `Family of ${head.lastName} ${head.otherNames} (${head.number})`, level: 1 })).toBeVisible();
  // mf-policy's panel still renders in the family page's slot.
  await expect(page.locator('[data-contribution="mf-policy/family-policies"]')).toBeVisible();

  for (const [member, relationship] of [
    [spouse, 'Spouse'],
    [child, 'Daughter'],
  ] as const) {
    await page.getByRole('button', { name: 'Add member' }).click();
    await expect(page.getByRole('heading', { name: 'Add a member', level: 1 })).toBeVisible();
    await fillInsuree(page, member);
    await choose(page, 'Relationship to the head', relationship);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(familyUrl);
  }
  const members = page.getByRole('table', { name: 'Members of the family' });
  await expect(members.getByRole('row')).toHaveCount(4);
  await expect(page.getByRole('heading', { name: '3 members' })).toBeVisible();

  // Find it by village: the filter goes to the URL, survives a reload, and Back returns to the previous search.
  await mainMenu(page).getByRole('link', { name: 'Families/Groups' }).click();
  await chooseLocation(page, page.getByRole('group', { name: 'Location' }), { ...KILIMA, V: village });
  await expect(page).toHaveURL(/village=\d+/);
  const results = page.getByRole('table', { name: 'Families/Groups found' });
  await expect(results.getByRole('row', { name: new RegExp(head.lastName) })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Village' })).toHaveText(village);
  await expect(results.getByRole('row', { name: new RegExp(head.lastName) })).toBeVisible();

  // By a member's name (not the head's).
  await page.getByRole('button', { name: 'Clear' }).click();
  await page.getByLabel("Member's name").fill(spouse.otherNames);
  await page.getByLabel("Member's name").press('Enter');
  await expect(page).toHaveURL(new RegExp(`name=${spouse.otherNames}`));
  await expect(results.getByRole('row')).toHaveCount(2);
  await expect(results.getByRole('row', { name: new RegExp(head.lastName) })).toBeVisible();
  await page.goBack();
  await expect(page).not.toHaveURL(/name=/);

  // Edit a member, then see the change in its history.
  await page.goto(familyUrl);
  await members
    .getByRole('row', { name: new RegExp(spouse.otherNames) })
    .getByRole('button', { name: 'Edit' })
    .click();
  await expect(page.getByRole('heading', { name: `${spouse.lastName} ${spouse.otherNames}`, level: 1 })).toBeVisible();
  await page.getByLabel('Profession').fill('Fisherman');
  await page.getByLabel('Phone').fill('+255 700 000 001');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  const history = page.getByTestId('history');
  await expect(history.getByRole('row', { name: /Changed/ })).toContainText('Profession: — → Fisherman');
  await expect(history.getByRole('row', { name: /Changed/ })).toContainText('Admin');
  await expect(history.getByRole('row', { name: /Created/ })).toBeVisible();

  // Enquiry for a member: type (or scan) the number, see the insuree and the family.
  await mainMenu(page).getByRole('link', { name: 'Enquiry' }).click();
  await page.getByLabel('Insurance number').fill(child.number);
  await page.getByLabel('Insurance number').press('Enter');
  const answer = page.getByTestId('enquiry-insuree');
  await expect(answer.getByRole('link', { name: `${child.lastName} ${child.otherNames}` })).toBeVisible();
  await expect(answer).toContainText(`${head.lastName} ${head.otherNames} (${head.number})`);
  await expect(answer.getByRole('img', { name: 'Photo' })).toBeVisible();
  await expect(page.locator('[data-contribution="mf-policy/enquiry-policies"]')).toBeVisible();

  // A card sheet of 10 numbers: reserve, then download the PDF.
  await mainMenu(page).getByRole('link', { name: 'Insurance numbers' }).click();
  await choose(page, /^Region/, 'Kilima');
  await page.getByLabel('How many').fill('10');
  await page.getByRole('button', { name: 'Reserve' }).click();
  await expect(page.getByRole('status').filter({ hasText: '10 numbers reserved' })).toBeVisible();
  const pdf = page.getByRole('link', { name: 'Card sheet (PDF) of 10 numbers for Kilima' }).first();
  const [download] = await Promise.all([page.waitForEvent('download'), pdf.click()]);
  const file = await download.path();
  expect(readFileSync(file).subarray(0, 4).toString('latin1')).toBe('%PDF');
});

test('a member moves to another family chosen with the family picker (the slot insuree.picker.family)', async ({ page }) => {
  await signIn(page, 'Admin', 'admin123', '/insurees/families?sort=HEAD_INSURANCE_NUMBER');
  const rows = page.getByRole('table', { name: 'Families/Groups found' }).locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const targetNumber = ((await rows.first().locator('td').nth(1).textContent()) ?? '').trim();
  // A family with more than its head, other than the target.
  await rows
    .filter({ hasNot: page.getByRole('cell', { name: '1', exact: true }) })
    .nth(1)
    .click();
  const members = page.getByRole('table', { name: 'Members of the family' });
  const member = members
    .locator('tbody tr')
    .filter({ has: page.getByRole('button', { name: 'Move', exact: true }) })
    .first();
  const memberNumber = ((await member.locator('td').first().textContent()) ?? '').trim();
  await member.getByRole('button', { name: 'Move', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Move', exact: true });
  const picker = dialog.getByRole('combobox', { name: 'Family/Group to move to' });
  await picker.fill(targetNumber);
  // The options open above the dialog, not clipped inside it: the option is what is under its own centre.
  const option = page.getByRole('option', { name: new RegExp(`^${targetNumber}`) });
  await expect(option).toBeInViewport();
  const box = await option.boundingBox();
  if (!box) throw new Error('the option has no box');
  const underCentre = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[role="option"]')?.textContent ?? null, {
    x: box.x + box.width / 2,
    y: box.y + box.height / 2,
  });
  expect(underCentre).toContain(targetNumber);
  // Picked from the keyboard: the first match is highlighted, Enter takes it.
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await expect(picker).toHaveValue(new RegExp(`^${targetNumber}`));
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(members.getByRole('row', { name: new RegExp(memberNumber) })).toHaveCount(0);
  await page.getByRole('link', { name: 'Enquiry' }).click();
  await page.getByLabel('Insurance number').fill(memberNumber);
  await page.getByLabel('Insurance number').press('Enter');
  await expect(page.getByTestId('enquiry-insuree')).toContainText(`(${targetNumber})`);
});

test("a server error lands on its field: another insuree's number", async ({ page }) => {
  await signIn(page, 'Admin', 'admin123', '/insurees/families?sort=HEAD_INSURANCE_NUMBER');
  const first = page.getByRole('table', { name: 'Families/Groups found' }).locator('tbody tr').first();
  await expect(first).toBeVisible();
  const taken = ((await first.locator('td').nth(1).textContent()) ?? '').trim();
  await first.click();
  await page.getByRole('button', { name: 'Add member' }).click();
  await fillInsuree(page, { number: taken, lastName: 'Duplicate', otherNames: 'Number', birthDate: '2001-01-01', gender: 'Male' });
  await page.getByRole('button', { name: 'Save' }).click();
  const field = page.getByLabel('Insurance number');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Already used by another record.')).toBeVisible();
  await expect(field).toBeFocused();
  await expect(page).toHaveURL(/\/members\/new$/);
});

test('unsaved changes are kept unless the user agrees to leave', async ({ page }) => {
  await signIn(page, 'Admin', 'admin123', '/insurees/insurees');
  await page.getByRole('table', { name: 'Insurees found' }).getByRole('row').nth(1).click();
  await expect(page.getByLabel('Profession')).toBeVisible();
  await page.getByLabel('Profession').fill('Unsaved change');
  const path = new URL(page.url()).pathname;
  page.once('dialog', (dialog) => dialog.dismiss());
  await mainMenu(page).getByRole('link', { name: 'Families/Groups' }).click();
  await expect(page).toHaveURL(path);
  await expect(page.getByLabel('Profession')).toHaveValue('Unsaved change');
  page.once('dialog', (dialog) => dialog.accept());
  await mainMenu(page).getByRole('link', { name: 'Families/Groups' }).click();
  await expect(page.getByRole('heading', { name: 'Families/Groups', level: 1 })).toBeVisible();
});

test('a version conflict shows both versions and lets the user re-apply theirs', async ({ page, context }) => {
  await signIn(page, 'Admin', 'admin123', '/insurees/insurees?sort=INSURANCE_NUMBER');
  await page.getByRole('table', { name: 'Insurees found' }).getByRole('row').nth(2).click();
  await expect(page.getByLabel('Profession')).toBeVisible();
  const theirs = `Teacher ${suffix()}`;
  const mine = `Nurse ${suffix()}`;
  const other = await context.newPage();
  await other.goto(page.url());
  await other.getByLabel('Profession').fill(theirs);
  await other.getByRole('button', { name: 'Save' }).click();
  await expect(other.getByText('Saved.')).toBeVisible();

  await page.getByLabel('Profession').fill(mine);
  await page.getByRole('button', { name: 'Save' }).click();
  const dialog = page.getByRole('dialog', { name: 'Someone else saved this record first' });
  await expect(dialog).toBeVisible();
  const row = dialog.locator('[data-conflict-field="profession"]');
  await expect(row).toContainText(mine);
  await expect(row).toContainText(theirs);
  await dialog.getByRole('button', { name: 'Save my version over it' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await other.reload();
  await expect(other.getByLabel('Profession')).toHaveValue(mine);
});

test('a user without right 101002 has no create-family entry and the server refuses the mutation', async ({ page }) => {
  await signIn(page, 'receptionist', 'receptionist123', '/insurees/families');
  await expect(page.getByRole('heading', { name: 'Families/Groups', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New family/group' })).toHaveCount(0);
  await expect(mainMenu(page).getByRole('link', { name: 'Insurance numbers' })).toHaveCount(0);
  const answer = await page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kente-csrf': '1' },
      body: JSON.stringify({
        query: 'mutation($input: CreateFamilyInput!) { createFamily(input: $input) { family { id } errors { code } } }',
        variables: {
          input: { villageId: '1', head: { insuranceNumber: '000000000', lastName: 'No', otherNames: 'Right', gender: 'M', birthDate: '1990-01-01' } },
        },
      }),
    });
    return (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  });
  expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

test('a family edit conflict shows both versions and saves the user’s over it only when asked', async ({ page, context }) => {
  await signIn(page, 'Admin', 'admin123', '/insurees/families');
  await page.getByRole('table').getByRole('row').nth(4).click();
  await expect(page.getByRole('button', { name: 'Edit family' })).toBeVisible();
  const url = page.url();
  const theirs = `Plot ${suffix()}`;
  const mine = `House ${suffix()}`;
  await page.getByRole('button', { name: 'Edit family' }).click();

  const other = await context.newPage();
  await other.goto(url);
  await other.getByRole('button', { name: 'Edit family' }).click();
  await other.getByLabel('Address details').fill(theirs);
  await other.getByRole('button', { name: 'Save' }).click();
  await expect(other.getByText(theirs).first()).toBeVisible();

  await page.getByLabel('Address details').fill(mine);
  await page.getByRole('button', { name: 'Save' }).click();
  const dialog = page.getByRole('dialog', { name: 'Someone else saved this record first' });
  const row = dialog.locator('[data-conflict-field="address"]');
  await expect(row).toContainText(mine);
  await expect(row).toContainText(theirs);
  await dialog.getByRole('button', { name: 'Save my version over it' }).click();
  await expect(page.getByText(mine).first()).toBeVisible();
  await other.reload();
  await expect(other.getByText(mine).first()).toBeVisible();
});

test('the enquiry never shows a previous answer under a new number, and an unknown number is "not found"', async ({ page }) => {
  await signIn(page, 'Admin', 'admin123', '/insurees/insurees?sort=INSURANCE_NUMBER');
  const first = page.getByRole('table', { name: 'Insurees found' }).locator('tbody tr').first();
  await expect(first).toBeVisible();
  const number = ((await first.locator('td').first().textContent()) ?? '').trim();
  await mainMenu(page).getByRole('link', { name: 'Enquiry' }).click();
  const field = page.getByLabel('Insurance number');
  const check = page.getByRole('button', { name: 'Check' });
  await field.fill(number);
  await field.press('Enter');
  await expect(page.getByTestId('enquiry-insuree')).toContainText(number);
  const before = await check.boundingBox();

  // The check digit no longer matches: the previous insuree's card goes as soon as the number changes.
  const wrong = `${number.slice(0, -1)}${(Number(number.at(-1)) + 1) % 10}`;
  await field.fill(wrong);
  await expect(page.getByTestId('enquiry-insuree')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: `Answers for ${number}` })).toHaveCount(0);
  await check.click();
  await expect(page.getByText('The last digit is not the number')).toBeVisible();
  await expect(page.getByTestId('enquiry-insuree')).toHaveCount(0);
  // The helper text changed; the button did not move.
  expect(await check.boundingBox()).toEqual(before);

  // A well-formed number nobody has: not found, and no other module answers for it.
  const unknown = insuranceNumber();
  await field.fill(unknown);
  await field.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `No insuree has the number ${unknown}` })).toBeVisible();
  await expect(page.getByText(/No policy covers/)).toHaveCount(0);

  // 000000000 passes the check digit but is never an insurance number.
  await field.fill('000000000');
  await field.press('Enter');
  await expect(page.getByText('Not in the expected format.')).toBeVisible();
});

test('in French, date fields show and accept dd/mm/yyyy', async ({ page }) => {
  await signIn(page, 'Admin', 'admin123', '/insurees/insurees?sort=INSURANCE_NUMBER');
  await page.getByTestId('language-switcher').locator('select').selectOption('fr');
  await page.getByRole('table', { name: 'Assurés trouvés' }).locator('tbody tr').nth(3).click();
  const birthDate = page.getByLabel('Date de naissance');
  // The order of the French locale, written with French letters (jour, mois, année).
  await expect(birthDate).toHaveAttribute('placeholder', 'jj/mm/aaaa');
  await expect(birthDate).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
  const id = new URL(page.url()).pathname.split('/').at(-1);
  const original = await birthDate.inputValue();

  // 5 February, typed as a French clerk writes it.
  await birthDate.fill('05/02/1990');
  await birthDate.blur();
  await page.getByRole('button', { name: 'Sauvegarder' }).click();
  await expect(page.getByText('Sauvegardé.')).toBeVisible();
  const saved = await page.evaluate(async (insureeId) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kente-csrf': '1' },
      body: JSON.stringify({ query: 'query($id: ID) { insuree(id: $id) { birthDate } }', variables: { id: insureeId } }),
    });
    return ((await response.json()) as { data: { insuree: { birthDate: string } } }).data.insuree.birthDate;
  }, id);
  expect(saved).toBe('1990-02-05');
  await page.reload();
  await expect(page.getByLabel('Date de naissance')).toHaveValue('05/02/1990');

  // Not a date: refused with a message, nothing saved.
  await page.getByLabel('Date de naissance').fill('31/02/1990');
  await page.getByLabel('Date de naissance').blur();
  await expect(page.getByLabel('Date de naissance')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Date de naissance').fill(original);
  await page.getByRole('button', { name: 'Sauvegarder' }).click();
  await expect(page.getByText('Sauvegardé.')).toBeVisible();

  // Back in English, the same field follows the English locale's order and letters.
  await page.getByTestId('language-switcher').locator('select').selectOption('en');
  await expect(page.getByLabel('Birth date')).toHaveAttribute('placeholder', 'mm/dd/yyyy');
  const [day, month, year] = original.split('/');
  await expect(page.getByLabel('Birth date')).toHaveValue(`${month}/${day}/${year}`);
});
