import { expect, type Page, test } from '@playwright/test';
import { compose, graphqlAs, signIn } from '../support/kente.ts';

/**
 * A regional product is offered only in its region: the scheme administrator creates one for the
 * enrolment officer's region (through the API: the product form is policy-products.spec.ts's); the
 * officer's New policy page offers it for a family of their district, and the same page offers
 * national products but not this one for a family of another region.
 */

test.beforeEach(() => {
  compose();
});

interface Place {
  id: string;
  parent: Place | null;
}

/** The region above a village (village → municipality → district → region). */
const regionOf = (village: Place): string => {
  let place: Place = village;
  while (place.parent) place = place.parent;
  return place.id;
};

const FAMILY_REGION = 'id village { id parent { id parent { id parent { id parent { id } } } } }';

async function productOptions(page: Page, familyId: string) {
  await page.goto(`/policies/new/${familyId}`);
  await expect(page.getByRole('heading', { name: 'New policy', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: /^Product/ }).click();
  const options = page.getByRole('listbox').getByRole('option');
  // National products are offered everywhere: the list has loaded once IND01 is there.
  await expect(options.filter({ hasText: /^IND01/ })).toBeVisible();
  return options;
}

test('a regional product is offered for a family of its region and not for a family of another region', async ({ page, browser }) => {
  test.setTimeout(60_000);
  const code = `G${Math.random().toString(36).slice(2, 7).toUpperCase()}`;

  // The enrolment officer's family and its region.
  await signIn(page, 'enrolment', 'enrolment123', '/policies');
  const { families } = await graphqlAs<{ families: { edges: Array<{ node: { id: string; village: Place } }> } }>(
    page,
    `query { families(first: 1) { edges { node { ${FAMILY_REGION} } } } }`,
  );
  const family = families.edges[0]?.node as { id: string; village: Place };
  const regionId = regionOf(family.village);

  // The scheme administrator creates the product for that region.
  const admin = await browser.newPage();
  await signIn(admin, 'schemeadmin', 'schemeadmin123', '/admin/products');
  const { createProduct } = await graphqlAs<{ createProduct: { product: { id: string } | null; errors: Array<{ code: string; field: string }> } }>(
    admin,
    'mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } errors { code field } } }',
    { input: { code, name: `Regional ${code}`, dateFrom: '2024-01-01', dateTo: '2030-12-31', locationId: regionId, lumpSum: '40000', maxMembers: 8 } },
  );
  expect(createProduct.errors).toEqual([]);
  await admin.close();

  // Offered to the officer's family, in the officer's region.
  const offered = await productOptions(page, family.id);
  await expect(offered.filter({ hasText: new RegExp(`^${code}`) })).toBeVisible();
  await offered.filter({ hasText: new RegExp(`^${code}`) }).click();
  await expect(page.getByRole('region', { name: 'Value and dates' }).getByTestId('policy-preview-value')).toHaveText(/^TZS\s?40,000\.00$/);

  // A national user, for a family of another region: national products are offered, this one is not.
  const national = await browser.newPage();
  await signIn(national, 'Admin', 'admin123', '/policies');
  const { regions } = await graphqlAs<{ regions: { edges: Array<{ node: { id: string } }> } }>(
    national,
    'query { regions: locations(filter: { type: "R" }, first: 10) { edges { node { id } } } }',
  );
  const otherRegion = regions.edges.map((e) => e.node.id).find((id) => id !== regionId) as string;
  const { elsewhere } = await graphqlAs<{ elsewhere: { edges: Array<{ node: { id: string; village: Place } }> } }>(
    national,
    `query($region: ID) { elsewhere: families(filter: { locationId: $region }, first: 1) { edges { node { ${FAMILY_REGION} } } } }`,
    { region: otherRegion },
  );
  const stranger = elsewhere.edges[0]?.node as { id: string; village: Place };
  expect(regionOf(stranger.village)).toBe(otherRegion);
  const notOffered = await productOptions(national, stranger.id);
  await expect(notOffered.filter({ hasText: new RegExp(`^${code}`) })).toHaveCount(0);
  await national.close();
});
