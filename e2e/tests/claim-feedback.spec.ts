import { expect, test } from '@playwright/test';
import { compose, graphqlAs, signIn } from '../support/kente.ts';

/**
 * mf-claim, feedback and batch runs: the medical officer selects a seeded Checked claim for
 * feedback with the selection tool, opens it, enters the insuree's answers and delivers them (then
 * read only); the administrator runs a national batch for a past month, sees it listed, and a second
 * run of that month is refused in words; the account preview answers for the month.
 */

test.beforeEach(() => {
  compose();
});

test('feedback: select a checked claim, deliver the insuree’s answers, read them back', async ({ page }) => {
  await signIn(page, 'medical', 'medical123', '/');
  const { claims } = await graphqlAs<{ claims: { edges: Array<{ node: { id: string; code: string; healthFacility: { id: string } } }> } }>(
    page,
    '{ claims(filter: { status: 4, feedbackStatus: 1 }, first: 1) { edges { node { id code healthFacility { id } } } } }',
  );
  const claim = claims.edges[0]?.node;
  if (!claim) throw new Error('the demo seed has no checked claim awaiting a feedback selection');
  await page.goto(`/claims/feedback?hf=${claim.healthFacility.id}&code=${claim.code}`);
  await expect(page.getByRole('heading', { name: 'Claim feedback' })).toBeVisible();
  await expect(page.getByText('No claim awaits feedback with these filters.')).toBeVisible();
  // the selection tool: all (100 %) of the search's checked claims, here the one claim
  await page.getByLabel('Random share (%)').fill('100');
  await page.getByRole('button', { name: 'Select', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 claim selected for feedback' })).toBeVisible();
  await page.getByRole('cell', { name: claim.code, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${claim.id}/feedback$`));
  await expect(page.getByRole('heading', { name: `Feedback on claim ${claim.code}` })).toBeVisible();

  // delivering with an answer missing is refused in words, on the field
  const choose = async (field: RegExp, option: string) => {
    await page.getByRole('combobox', { name: field }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };
  await choose(/Was the care rendered/, 'Yes');
  await choose(/Was payment asked/, 'No');
  await choose(/Were drugs prescribed/, 'Yes');
  await page.getByRole('button', { name: 'Deliver the feedback' }).click();
  await expect(page.getByText('Required.')).toHaveCount(2);
  await choose(/Were the drugs received/, 'Yes');
  await choose(/Assessment of the care/, '4 – good');
  await page.getByRole('button', { name: 'Deliver the feedback' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The feedback is delivered.' })).toBeVisible();
  const answers = page.getByRole('region', { name: 'Feedback delivered' });
  await expect(answers).toContainText('Was payment asked?');
  await expect(answers).toContainText('4 – good');
  await expect(page.getByRole('button', { name: 'Deliver the feedback' })).toHaveCount(0);
  // the claim's own page shows the delivered answers too (its claim.claim.panels)
  await page.getByRole('link', { name: 'Open the claim' }).click();
  await expect(page.getByRole('region', { name: 'Feedback delivered' })).toContainText('4 – good');
});

test('batch runs: a national run for a past month is listed; the same month again is refused', async ({ page }) => {
  await signIn(page, 'Admin', 'admin123', '/');
  const { claimBatchRuns } = await graphqlAs<{ claimBatchRuns: Array<{ locationId: string | null; year: number; month: number }> }>(
    page,
    '{ claimBatchRuns { locationId year month } }',
  );
  // the latest past month with no national run yet (a re-run of this journey on the same database moves back)
  const now = new Date();
  let year = now.getUTCFullYear();
  let month = now.getUTCMonth(); // 0-based: the month before this one, 1-based
  if (month === 0) [year, month] = [year - 1, 12];
  while (claimBatchRuns.some((r) => r.locationId === null && r.year === year && r.month === month)) {
    month -= 1;
    if (month === 0) [year, month] = [year - 1, 12];
  }
  const monthName = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));
  const period = `${monthName} ${year}`;

  await page.goto('/claims/batch-runs');
  const form = page.getByRole('form', { name: 'Run a batch' });
  await form.getByLabel(/^Year/).fill(String(year));
  await form.getByRole('combobox', { name: /Month/ }).click();
  await page.getByRole('option', { name: monthName, exact: true }).click();
  await form.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(form.getByRole('status')).toContainText(`Batch run for ${period}`);
  const runs = page.getByRole('table', { name: 'Runs' });
  await expect(runs.getByRole('row').filter({ hasText: period }).filter({ hasText: 'National' })).toHaveCount(1);

  await form.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(form.getByText(`The batch for ${period} was already run for this location.`)).toBeVisible();

  // the account preview of that month, in its tab
  await page.getByRole('tab', { name: 'Account preview' }).click();
  await page.getByRole('combobox', { name: /^Period/ }).click();
  await page.getByRole('option', { name: 'A year' }).click();
  await expect(page.getByRole('table', { name: 'Account preview' }).or(page.getByText('No valuated or processed claim in this period.'))).toBeVisible();
});
