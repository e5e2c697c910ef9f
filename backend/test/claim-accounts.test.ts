/**
 * The account preview (111103) on the real server (both engines): the seeded Checked claims are
 * valuated, then `claimAccounts` by facility and by product answers their counts and sums (checked
 * against the claims read one by one), a period filter, a district user sees only their district's
 * facilities, a location outside the area and a user without 111103 are refused, bad periods.
 */
import { parseMoney, toDecimal } from '@kente/contract-policy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, type RunningServer, startServer } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: test convenience
type Any = any;

const ERR = 'errors { field code message }';
const today = new Date().toISOString().slice(0, 10);
const ROW = 'healthFacilityId healthFacility { code } productId product { code } claims processed claimed approved valuated remunerated';
const ACCOUNTS = `query($f: ClaimAccountFilter!, $g: ClaimAccountGroup!) { claimAccounts(filter: $f, groupBy: $g) { rows { ${ROW} } total { ${ROW} } } }`;
const sum = (values: (string | null)[]) => toDecimal(values.reduce((s, v) => s + parseMoney(v ?? '0'), 0n));

describe.each(engines)('account preview on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;
  let accountant: Client;
  let medical: Client;
  let valuated: Any[];

  const q = async (client: Client, query: string, variables?: Record<string, unknown>) => {
    const r = await client.gql(query, variables);
    expect(r.json.errors).toBeUndefined();
    return r.json.data;
  };
  const accounts = async (client: Client, filter: Record<string, unknown>, groupBy: 'FACILITY' | 'PRODUCT') =>
    (await q(client, ACCOUNTS, { f: filter, g: groupBy })).claimAccounts;
  const ever = { dateFrom: '2000-01-01', dateTo: today };

  beforeAll(async () => {
    server = await startServer(engine);
    admin = new Client(server.url);
    expect((await admin.login('Admin', 'admin123')).errors).toEqual([]);
    accountant = new Client(server.url);
    expect((await accountant.login('accountant', 'accountant123')).errors).toEqual([]);
    medical = new Client(server.url);
    expect((await medical.login('medical', 'medical123')).errors).toEqual([]);
    const checked = (await q(admin, '{ claims(filter: { status: 4 }, first: 50) { edges { node { id } } } }')).claims.edges.map((e: Any) => e.node.id);
    expect(checked.length).toBeGreaterThan(1);
    const done = (await q(admin, `mutation($i: ClaimIdsInput!) { processClaims(input: $i) { claims { id } ${ERR} } }`, { i: { ids: checked } })).processClaims;
    expect(done.errors).toEqual([]);
    const read = async (status: number) =>
      (
        await q(
          admin,
          `{ claims(filter: { status: ${status} }, first: 50) { edges { node { id healthFacilityId status visitFrom visitTo claimed approved valuated remunerated
            lines { status productId quantity priceAsked quantityApproved priceApproved priceValuated remunerated } } } } }`,
        )
      ).claims.edges.map((e: Any) => e.node);
    valuated = [...(await read(8)), ...(await read(16))];
    // the seed's own Processed and Valuated claims count too; every claim just processed is among them
    expect(valuated.map((c) => c.id)).toEqual(expect.arrayContaining(checked));
    expect(valuated.length).toBeGreaterThan(checked.length);
  }, 180_000);
  afterAll(async () => server?.stop());

  it('by facility: each facility’s valuated and processed claims, their sums, and the total', async () => {
    const answer = await accounts(accountant, ever, 'FACILITY');
    const facilities = [...new Set(valuated.map((c) => c.healthFacilityId))].sort((a, b) => Number(a) - Number(b));
    expect(answer.rows.map((r: Any) => r.healthFacilityId)).toEqual(facilities);
    for (const row of answer.rows) {
      const mine = valuated.filter((c) => c.healthFacilityId === row.healthFacilityId);
      expect(row.healthFacility.code).toMatch(/^HF/);
      expect(row.claims).toBe(mine.length);
      expect(row.processed).toBe(mine.filter((c) => c.status === 8).length);
      for (const field of ['claimed', 'approved', 'valuated', 'remunerated'])
        expect([field, parseMoney(row[field])]).toEqual([field, parseMoney(sum(mine.map((c) => c[field])))]);
    }
    expect(answer.total.claims).toBe(valuated.length);
    expect(parseMoney(answer.total.claimed)).toBe(parseMoney(sum(valuated.map((c) => c.claimed))));
    expect(parseMoney(answer.total.valuated)).toBe(parseMoney(sum(valuated.map((c) => c.valuated))));
  });

  it('by product: the passed lines each product covers; a period outside the visits is empty', async () => {
    const answer = await accounts(admin, ever, 'PRODUCT');
    const lines = valuated.flatMap((c) => c.lines.filter((l: Any) => l.status === 1 && l.productId).map((l: Any) => ({ ...l, claimId: c.id })));
    const products = [...new Set(lines.map((l) => l.productId))].sort((a, b) => Number(a) - Number(b));
    expect(answer.rows.map((r: Any) => r.productId)).toEqual(products);
    for (const row of answer.rows) {
      const mine = lines.filter((l) => l.productId === row.productId);
      expect(row.product.code).toBeTruthy();
      expect(row.claims).toBe(new Set(mine.map((l) => l.claimId)).size);
      const claimed = mine.reduce((s, l) => s + (parseMoney(l.quantity) * parseMoney(l.priceAsked)) / 10_000n, 0n);
      expect(parseMoney(row.claimed)).toBe(claimed);
      expect(parseMoney(row.valuated)).toBe(parseMoney(sum(mine.map((l) => l.priceValuated))));
    }
    // one product alone
    const first = answer.rows[0];
    const one = await accounts(admin, { ...ever, productId: first.productId }, 'PRODUCT');
    expect(one.rows).toEqual([first]);
    expect(one.total.valuated).toBe(first.valuated);
    // a year long past has nothing
    const empty = await accounts(admin, { year: 2001 }, 'FACILITY');
    expect(empty.rows).toEqual([]);
    expect(empty.total).toMatchObject({ claims: 0, claimed: expect.stringMatching(/^0(\.00)?$/) });
  });

  it('a district user sees only their district’s facilities; a location outside their area is refused', async () => {
    const all = await accounts(admin, ever, 'FACILITY');
    const facility = async (id: string) => (await q(admin, `{ healthFacility(id: ${id}) { id locationId } }`)).healthFacility;
    const locations = await Promise.all(all.rows.map((r: Any) => facility(r.healthFacilityId)));
    const here = locations[0].locationId;
    // the national user's figures for one district: its facilities' rows, the same as unfiltered
    const inside = all.rows.filter((_: Any, i: number) => locations[i].locationId === here);
    expect((await accounts(admin, { ...ever, locationId: here }, 'FACILITY')).rows).toEqual(inside);
    // a user of another district (HFC002's) sees none of them, and may not name the first district
    const away = (await q(admin, '{ healthFacilities(filter: { search: "HFC002" }) { edges { node { id locationId } } } }')).healthFacilities.edges[0].node;
    expect(away.locationId).not.toBe(here);
    const role = (await q(admin, '{ roles(first: 50) { edges { node { id name } } } }')).roles.edges.find((e: Any) => e.node.name === 'Accountant').node.id;
    const username = `acct${engine}`;
    const made = await q(admin, `mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } ${ERR} } }`, {
      i: { username, password: 'District-accounts-1', otherNames: 'Dee', lastName: 'Strict', roleIds: [role], locationIds: [away.locationId] },
    });
    expect(made.createUser.errors).toEqual([]);
    const district = new Client(server.url);
    expect((await district.login(username, 'District-accounts-1')).errors).toEqual([]);
    const theirs = all.rows.filter((_: Any, i: number) => locations[i].locationId === away.locationId);
    const seen = await accounts(district, ever, 'FACILITY');
    expect(seen.rows).toEqual(theirs);
    expect(seen.total.claims).toBe(theirs.reduce((n: number, r: Any) => n + r.claims, 0));
    expect(seen.total.claims).toBeLessThan(all.total.claims);
    expect((await accounts(district, ever, 'PRODUCT')).total.claims).toBe(seen.total.claims);
    const refused = await district.gql(ACCOUNTS, { f: { ...ever, locationId: here }, g: 'FACILITY' });
    expect(refused.json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('needs 111103 and a bounded period', async () => {
    for (const who of [medical]) {
      const refused = await who.gql(ACCOUNTS, { f: ever, g: 'FACILITY' });
      expect(refused.json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const bad = async (f: Record<string, unknown>) => (await admin.gql(ACCOUNTS, { f, g: 'PRODUCT' })).json.errors?.[0]?.extensions;
    expect(await bad({})).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dateFrom' });
    expect(await bad({ year: 1999 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(await bad({ year: 2025, month: 13 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
    expect(await bad({ month: 3 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(await bad({ dateFrom: '2025-02-01', dateTo: '2025-01-01' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dateTo' });
    expect(await bad({ ...ever, healthFacilityId: 'x' })).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
