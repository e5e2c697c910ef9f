/**
 * The claim-ai add-on, built from its own folder against the packed SDK (scripts/build-addons.mjs,
 * run by the test command) and composed by composition.json alone; its backend part is loaded by
 * the e2e server (KENTE_ADDONS). Composed: a submitted risky claim shows its score, reasons and a
 * line flag on the claim and review pages, and the Reviews page's High risk tool selects it.
 * Removed: nothing of it shows.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { compose, defaultComposition, graphqlAs, signIn, writeComposition } from '../support/kente.ts';
import { registry } from '../support/paths.ts';

test.afterAll(() => writeComposition(defaultComposition()));

interface Seeded {
  code: string;
  insuranceNumber: string;
  healthFacility: { id: string; code: string };
  diagnosis: { id: string };
  lines: { kind: string; serviceId: string | null; status: number | null }[];
}

test('a risky claim shows its fraud score and reasons, is flagged, and the High risk tool selects it for review; removed, nothing shows', async ({ page }) => {
  test.setTimeout(180_000);
  expect(existsSync(join(registry, 'claim-ai/1.0.0/kente-manifest.json')), 'claim-ai is not built: node scripts/build-addons.mjs').toBe(true);
  compose((c) => {
    c.modules.push({ name: 'claim-ai', version: '1.0.0' });
  });
  await signIn(page, 'Admin', 'admin123');
  // three claims of one insuree for a service that passed at its facility, today: the third is visited often and repeats the service within days
  const { claims } = await graphqlAs<{ claims: { edges: { node: Seeded }[] } }>(
    page,
    '{ claims(first: 40, filter: { status: 4 }) { edges { node { code insuranceNumber healthFacility { id code } diagnosis { id } lines { kind serviceId status } } } } }',
  );
  // a seeded insuree of the health centre, none of the hospital's (whose claims the claim-entry journey reads)
  const all = claims.edges.map((e) => e.node);
  const hospitalInsurees = new Set(all.filter((c) => c.healthFacility.code === 'HFH001').map((c) => c.insuranceNumber));
  const seeded = all.find((c) => /^CL\d+$/.test(c.code) && !hospitalInsurees.has(c.insuranceNumber) && c.lines.some((l) => l.kind === 'S' && l.status === 1));
  if (!seeded) throw new Error('the demo seed has no checked claim with a passed service outside the hospital');
  const serviceId = seeded.lines.find((l) => l.kind === 'S' && l.status === 1)?.serviceId;
  const today = new Date().toISOString().slice(0, 10);
  // visits two days apart: not the same visit (the claim checks' duplicate), but within the score's 7 days
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
  const stamp = String(Date.now() % 100000).padStart(5, '0');
  let last = { id: '', code: '' };
  for (const n of [1, 2, 3]) {
    const code = `A${stamp}${n}`;
    const made = await graphqlAs<{ createClaim: { claim: { id: string }; errors: unknown[] } }>(
      page,
      'mutation($i: CreateClaimInput!) { createClaim(input: $i) { claim { id } errors { code } } }',
      {
        i: {
          code,
          healthFacilityId: seeded.healthFacility.id,
          insuranceNumber: seeded.insuranceNumber,
          visitFrom: daysAgo(6 - 2 * n),
          dateClaimed: today,
          diagnosisId: seeded.diagnosis.id,
          lines: [{ kind: 'S', serviceId, quantity: '1' }],
        },
      },
    );
    expect(made.createClaim.errors).toEqual([]);
    const submitted = await graphqlAs<{ submitClaims: { submissions: { claim: { status: number } }[] } }>(
      page,
      'mutation($i: SubmitClaimsInput!) { submitClaims(input: $i) { submissions { claim { status } } errors { code } } }',
      { i: { ids: [made.createClaim.claim.id] } },
    );
    // Checked: a candidate for review
    expect(submitted.submitClaims.submissions[0]?.claim.status).toBe(4);
    last = { id: made.createClaim.claim.id, code };
  }

  await page.goto(`/claims/${last.id}`);
  await expect(page.getByRole('heading', { name: `Claim ${last.code}` })).toBeVisible({ timeout: 60_000 });
  const panel = page.getByRole('region', { name: 'Fraud score' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(/\d+ \/ 100/);
  await expect(panel).toContainText('The same service was claimed for this insuree within 7 days (line 1).');
  await expect(panel).toContainText(/other claims with a visit in the 30 days before/);
  await expect(page.getByTestId('fraud-flag-1')).toBeVisible();
  const score = Number((await panel.getByText(/\d+ \/ 100/).textContent())?.match(/(\d+) \/ 100/)?.[1]);
  expect(score).toBeGreaterThanOrEqual(30);

  // the Reviews page: the High risk tool selects the facility's checked claims at or above the score
  await page.goto(`/claims/reviews?hf=${seeded.healthFacility.id}&code=${last.code}`);
  const tool = page.getByRole('region', { name: 'High risk' });
  await tool.getByLabel('Score at least').fill(String(score));
  await tool.getByRole('button', { name: 'Select for review' }).click();
  await expect(page.getByRole('status').filter({ hasText: /selected for review/ })).toBeVisible();
  await page.getByRole('cell', { name: last.code, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${last.id}/review$`));
  await expect(page.getByRole('region', { name: 'Fraud score' })).toContainText(`${score} / 100`);

  // removed from the composition: the claim page has no score, the Reviews page no High risk tool
  writeComposition(defaultComposition());
  await page.goto(`/claims/${last.id}`);
  await expect(page.getByRole('heading', { name: `Claim ${last.code}` })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('region', { name: 'Fraud score' })).toHaveCount(0);
  await expect(page.getByTestId('fraud-flag-1')).toHaveCount(0);
  await page.goto('/claims/reviews');
  await expect(page.getByRole('heading', { name: 'Claim reviews' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'High risk' })).toHaveCount(0);
});
