/**
 * Backend add-ons (both engines): the server loads addons/claim-ai from KENTE_ADDONS, applies its
 * migration, adds its domain, right and type extension, scores the demo's submitted claims and every
 * claim submitted after; the score is read with the add-on's own right only. Without KENTE_ADDONS
 * nothing of it exists (the other suites run so; schema.test.ts checks the schema has none of it). A broken add-on stops the start, naming its file.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendDir, Client, engines, type RunningServer, spawnServer, startServer } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: GraphQL answers in tests
type Any = any;
const ADDON = resolve(backendDir, '../addons/claim-ai/backend/index.mjs');
const ERR = 'errors { field code message }';
const SCORE = 'fraudScore { score model reasons { code points value norm count lines } }';

describe.each(engines)('the claim-ai add-on on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;
  const q = async (client: Client, query: string, variables?: Record<string, unknown>) => {
    const r = await client.gql(query, variables);
    expect(r.json.errors).toBeUndefined();
    return r.json.data;
  };

  beforeAll(async () => {
    server = await startServer(engine, { KENTE_ADDONS: ADDON });
    admin = new Client(server.url);
    expect((await admin.login('Admin', 'admin123')).errors).toEqual([]);
  }, 180_000);
  afterAll(async () => server?.stop());

  it('adds its domain and right to what the backend offers, and the right to the system roles that search claims', async () => {
    const kente = (await q(admin, '{ kente { domains { name version } rights { code domain } } }')).kente;
    expect(kente.domains).toContainEqual({ name: 'claim-ai', version: '1.0.0' });
    expect(kente.rights).toContainEqual({ code: 111301, domain: 'claim-ai' });
    const me = (await q(admin, '{ me { rights } }')).me;
    expect(me.rights).toContain(111301);
  });

  it('scored the demo claims that were submitted, not the entered ones; the score is the sum of its reasons', async () => {
    const claims = (await q(admin, `{ claims(first: 40) { edges { node { code status ${SCORE} } } } }`)).claims.edges.map((e: Any) => e.node);
    expect(claims.length).toBeGreaterThan(5);
    for (const claim of claims) {
      if (claim.status === 2) expect(claim.fraudScore).toBeNull();
      else {
        expect(claim.fraudScore).not.toBeNull();
        expect(claim.fraudScore.model).toBe('claim-ai 1.0');
        const sum = claim.fraudScore.reasons.reduce((total: number, r: Any) => total + r.points, 0);
        expect(claim.fraudScore.score).toBe(Math.min(100, sum));
      }
    }
  });

  it('scores a claim when it is submitted: the same service again within days and frequent visits are reasons with their figures', async () => {
    // a claim that passed at its facility: the same insuree, facility, diagnosis and service pass again
    const seeded = (
      await q(
        admin,
        '{ claims(first: 40, filter: { status: 4 }) { edges { node { insuranceNumber healthFacility { id } diagnosis { id } lines { kind serviceId status } } } } }',
      )
    ).claims.edges.map((e: Any) => e.node);
    const insured = seeded.find((c: Any) => c.lines.some((l: Any) => l.kind === 'S' && l.status === 1));
    const service = insured.lines.find((l: Any) => l.kind === 'S' && l.status === 1).serviceId;
    const hospital = insured.healthFacility.id;
    const today = new Date().toISOString().slice(0, 10);
    const submitOne = async (n: number) => {
      const made = (
        await q(admin, `mutation($i: CreateClaimInput!) { createClaim(input: $i) { claim { id } ${ERR} } }`, {
          i: {
            code: `AI${engine === 'postgres' ? 'P' : 'L'}${n}`,
            healthFacilityId: hospital,
            insuranceNumber: insured.insuranceNumber,
            visitFrom: today,
            dateClaimed: today,
            diagnosisId: insured.diagnosis.id,
            lines: [{ kind: 'S', serviceId: service, quantity: '1' }],
          },
        })
      ).createClaim;
      expect(made.errors).toEqual([]);
      const out = (await q(admin, `mutation($i: SubmitClaimsInput!) { submitClaims(input: $i) { ${ERR} } }`, { i: { ids: [made.claim.id] } })).submitClaims;
      expect(out.errors).toEqual([]);
      return (await q(admin, `query($id: ID!) { claim(id: $id) { status rejectionReason lines { status rejectionReason } ${SCORE} } }`, { id: made.claim.id }))
        .claim;
    };
    const first = await submitOne(1);
    expect(first.fraudScore).not.toBeNull();
    expect(first).toMatchObject({ status: 4 });
    await submitOne(2);
    const third = await submitOne(3);
    const codes = third.fraudScore.reasons.map((r: Any) => r.code);
    expect(codes).toContain('FREQUENT_VISITS');
    const visits = third.fraudScore.reasons.find((r: Any) => r.code === 'FREQUENT_VISITS');
    expect(visits.count).toBeGreaterThanOrEqual(2);
    expect(visits.points).toBe(Math.min(25, 8 * visits.count));
    expect(third.fraudScore.score).toBeGreaterThan(first.fraudScore.score);
    // the first claim's line passed: the third claims the same service again, its line 1 is named
    expect(third.fraudScore.reasons.find((r: Any) => r.code === 'DUPLICATE_SERVICE')).toMatchObject({ points: 15, count: 1, lines: [1] });

    // the review selection's candidates: Checked, not selected yet, at or above the score, riskiest first
    const atRisk = (await q(admin, '{ claimsAtRisk(minScore: 0, first: 500) { claimId code score } }')).claimsAtRisk;
    const scores = atRisk.map((c: Any) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const checked = (await q(admin, '{ claims(first: 40, filter: { status: 4, reviewStatus: 1 }) { edges { node { code } } } }')).claims.edges;
    expect(atRisk.length).toBeGreaterThanOrEqual(Math.min(40, checked.length));
    const high = (await q(admin, `{ claimsAtRisk(minScore: ${third.fraudScore.score}) { score } }`)).claimsAtRisk;
    expect(high.every((c: Any) => c.score >= third.fraudScore.score)).toBe(true);
    const bad = await admin.gql('{ claimsAtRisk(minScore: 101) { score } }');
    expect(bad.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('the score needs the add-on right: a role with claim search alone reads claims but not their score', async () => {
    const role = (
      await q(admin, `mutation($input: CreateRoleInput!) { createRole(input: $input) { role { id } ${ERR} } }`, {
        input: { name: 'Claim reader', rights: [111001] },
      })
    ).createRole.role;
    const made = (
      await q(admin, `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } ${ERR} } }`, {
        input: { username: 'reader', otherNames: 'Claim', lastName: 'Reader', password: 'password-123', roleIds: [role.id] },
      })
    ).createUser;
    expect(made.errors).toEqual([]);
    const reader = new Client(server.url);
    expect((await reader.login('reader', 'password-123')).errors).toEqual([]);
    const plain = await reader.gql('{ claims(first: 3, filter: { status: 4 }) { edges { node { code } } } }');
    expect(plain.json.errors).toBeUndefined();
    expect(plain.json.data.claims.edges.length).toBeGreaterThan(0);
    const scored = await reader.gql('{ claims(first: 3, filter: { status: 4 }) { edges { node { code fraudScore { score } } } } }');
    expect(scored.json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await reader.gql('{ claimsAtRisk(minScore: 0) { score } }')).json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('claims at risk keep to the user’s area: a district user sees their district’s claims, another district’s user none of them', async () => {
    const everywhere = (await q(admin, '{ claimsAtRisk(minScore: 0, first: 500) { claimId code } }')).claimsAtRisk;
    expect(everywhere.length).toBeGreaterThan(0);
    const facilityOf = async (claimId: string) => (await q(admin, `{ claim(id: ${claimId}) { healthFacilityId healthFacility { locationId } } }`)).claim;
    const places = await Promise.all(everywhere.map((c: Any) => facilityOf(c.claimId)));
    const here = places[0].healthFacility.locationId;
    // a district with facilities but none of these claims (HFC002's, as in claim-accounts.test.ts)
    const away = (await q(admin, '{ healthFacilities(filter: { search: "HFC002" }) { edges { node { id locationId } } } }')).healthFacilities.edges[0].node;
    expect(places.some((p: Any) => p.healthFacility.locationId === away.locationId)).toBe(false);
    const created = (
      await q(admin, `mutation($input: CreateRoleInput!) { createRole(input: $input) { role { id } ${ERR} } }`, {
        input: { name: 'District risk reader', rights: [111001, 111301] },
      })
    ).createRole;
    expect(created.errors).toEqual([]);
    const role = created.role;
    const signIn = async (username: string, locationId: string) => {
      const made = (
        await q(admin, `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } ${ERR} } }`, {
          input: { username, otherNames: 'Risk', lastName: 'District', password: 'password-123', roleIds: [role.id], locationIds: [locationId] },
        })
      ).createUser;
      expect(made.errors).toEqual([]);
      const client = new Client(server.url);
      expect((await client.login(username, 'password-123')).errors).toEqual([]);
      return client;
    };
    const local = await signIn('riskhere', here);
    const expected = everywhere.filter((_: Any, i: number) => places[i].healthFacility.locationId === here).map((c: Any) => c.code);
    expect((await q(local, '{ claimsAtRisk(minScore: 0, first: 500) { code } }')).claimsAtRisk.map((c: Any) => c.code)).toEqual(expected);
    const other = await signIn('riskaway', away.locationId);
    expect((await q(other, '{ claimsAtRisk(minScore: 0, first: 500) { code } }')).claimsAtRisk).toEqual([]);
    // naming the facility of those claims yields nothing either, and their score is not reached through the claim
    expect((await q(other, `{ claimsAtRisk(minScore: 0, healthFacilityId: ${places[0].healthFacilityId}) { code } }`)).claimsAtRisk).toEqual([]);
    const hidden = await other.gql(`{ claim(id: ${everywhere[0].claimId}) { code fraudScore { score } } }`);
    expect(hidden.json.data?.claim ?? null).toBeNull();
  });
});

describe('add-on loading', () => {
  it('a broken add-on file stops the start and is named (without KENTE_ADDONS the schema has none: schema.test.ts)', async () => {
    const broken = spawnServer({ KENTE_ADDONS: resolve(backendDir, 'test/no-such-addon.mjs'), DATABASE_URL: '' });
    await expect(broken.ready).rejects.toThrow(/could not load its add-ons: add-on .*no-such-addon\.mjs/);
  }, 120_000);
});
