// The family page's load in the browser (issue 4 figure): real Chromium, the
// built console and the one-port server on a fresh embedded database.
//   reload  a full page load of /insurees/families/:id until the members table shows
//   in-app  from the Families/Groups list, a click until the family's members show
// Prints p50/p95 over 15 runs each; exits 1 when a p95 is over budget.
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/browser.mjs';
import { startServer } from '../support/server.mjs';

const RUNS = 15;
const BUDGET = { reload: 2500, inApp: 1000 };
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

const server = process.env.KENTE_URL ? { url: process.env.KENTE_URL, stop: async () => {} } : await startServer();
const browser = await chromium.launch(chromiumLaunchOptions);
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${server.url}/login?next=/insurees/families`);
  await page.getByLabel('User name').fill('Admin');
  await page.getByLabel('Password').fill('admin123');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const firstRow = page.locator('tbody tr').first();
  await firstRow.waitFor();
  await firstRow.click();
  await page.getByRole('button', { name: 'Add member' }).waitFor();
  const familyUrl = page.url();

  const reload = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await page.goto(familyUrl);
    await page.locator('tbody tr').first().waitFor();
    await page.getByRole('button', { name: 'Add member' }).waitFor();
    reload.push(performance.now() - start);
  }
  const inApp = [];
  for (let i = 0; i < RUNS; i++) {
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Families/Groups' }).click();
    const row = page.locator('tbody tr').nth(i % 10);
    await row.waitFor();
    const start = performance.now();
    await row.click();
    await page.getByRole('button', { name: 'Add member' }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    inApp.push(performance.now() - start);
  }
  const line = (name, values, budget) => {
    const p95 = percentile(values, 95);
    if (p95 > budget) failed = true;
    return `  ${name}: p50 ${percentile(values, 50).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms (budget p95 ${budget} ms)`;
  };
  console.log(`Family page load in Chromium (${RUNS} runs each)`);
  console.log(line('full page load (reload)', reload, BUDGET.reload));
  console.log(line('from the list (in-app)', inApp, BUDGET.inApp));
  console.log(failed ? 'OVER BUDGET' : 'within budget');
} finally {
  await browser.close();
  await server.stop();
}
process.exit(failed ? 1 : 0);
