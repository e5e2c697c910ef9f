import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/engine.js';
import { Client, engines, type GqlResponse, type RunningServer, startServer } from './harness.js';

const FORBIDDEN = 'FORBIDDEN';
const noStack = (text: string) => {
  expect(text).not.toMatch(/\n\s+at /);
  expect(text).not.toContain('node_modules');
  expect(text).not.toContain('.ts:');
};

describe.each(engines)('backend on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;

  beforeAll(async () => {
    server = await startServer(engine);
    admin = new Client(server.url);
    const login = await admin.login('Admin', 'admin123');
    expect(login.errors).toEqual([]);
  }, 120_000); // explicit: the suite may also run from a root config with default timeouts
  afterAll(async () => {
    await server?.stop();
  }, 30_000);

  describe('auth', () => {
    it('refuses a text/plain POST without the CSRF header, and mutations over GET', async () => {
      const before = await admin.gql('{ locations(filter: {search: "Csrf Town"}) { totalCount } }');
      // A body a plain HTML form can send (text/plain) needs the header; JSON and GET are covered in infra.test.ts.
      const blocked = await admin.raw({
        body: JSON.stringify({ query: 'mutation { createLocation(input: {code: "CSRF1", name: "Csrf Town", type: "R"}) { location { id } } }' }),
        headers: { 'content-type': 'text/plain' },
        csrf: false,
      });
      expect(blocked.status).toBe(403);
      expect(blocked.json.errors?.[0]?.extensions?.code).toBe('CSRF');
      const viaGet = await admin.raw({
        method: 'GET',
        body: undefined,
        query: 'mutation { createLocation(input: {code: "CSRF2", name: "Csrf Town", type: "R"}) { location { id } } }',
      });
      expect(viaGet.status).toBeGreaterThanOrEqual(400);
      const after = await admin.gql('{ locations(filter: {search: "Csrf Town"}) { totalCount } }');
      expect(after.json.data.locations.totalCount).toBe(before.json.data.locations.totalCount);
      expect(after.json.data.locations.totalCount).toBe(0);
    });
  });

  describe('rights', () => {
    it('answers UNAUTHENTICATED when signed out', async () => {
      const result = await new Client(server.url).gql('{ locations { totalCount } }');
      expect(result.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('gives FORBIDDEN for a query and a mutation the user has no right to, and changes nothing', async () => {
      const receptionist = new Client(server.url);
      expect((await receptionist.login('receptionist', 'receptionist123')).errors).toEqual([]);
      // has location search...
      const allowed = await receptionist.gql('{ locations(filter: {type: "R"}) { totalCount } }');
      expect(allowed.json.data.locations.totalCount).toBeGreaterThan(0);
      // ...but not medical services search, nor location add, nor users
      const query = await receptionist.gql('{ medicalServices { totalCount } }');
      expect(query.json.errors?.[0]?.extensions?.code).toBe(FORBIDDEN);
      expect(query.json.data).toBeNull();
      const users = await receptionist.gql('{ users { edges { node { username } } } }');
      expect(users.json.errors?.[0]?.extensions?.code).toBe(FORBIDDEN);

      const count = async () => (await admin.gql('{ locations(exactCount: true) { totalCount } }')).json.data.locations.totalCount as number;
      const before = await count();
      const mutation = await receptionist.gql(
        'mutation { createLocation(input: {code: "RX9", name: "Forbidden Region", type: "R"}) { location { id } errors { code } } }',
      );
      expect(mutation.json.errors?.[0]?.extensions?.code).toBe(FORBIDDEN);
      expect(await count()).toBe(before);

      const [service] = (await admin.gql('{ medicalServices(first: 1) { edges { node { id name version } } } }')).json.data.medicalServices.edges;
      const update = await receptionist.gql('mutation($input: UpdateMedicalServiceInput!) { updateMedicalService(input: $input) { errors { code } } }', {
        input: { id: service.node.id, version: service.node.version, name: 'Hacked' },
      });
      expect(update.json.errors?.[0]?.extensions?.code).toBe(FORBIDDEN);
      const unchanged = await admin.gql('query($id: ID!) { medicalService(id: $id) { name version } }', { id: service.node.id });
      expect(unchanged.json.data.medicalService).toEqual({ name: service.node.name, version: service.node.version });

      const history = await receptionist.gql('query($id: ID!) { history(entityType: "MedicalService", entityId: $id) { totalCount } }', {
        id: service.node.id,
      });
      expect(history.json.errors?.[0]?.extensions?.code).toBe(FORBIDDEN);
    });

    it('a scheme administrator manages reference data but not users or roles', async () => {
      const scheme = new Client(server.url);
      await scheme.login('schemeadmin', 'schemeadmin123');
      expect((await scheme.gql('{ medicalItems(first: 1) { totalCount } }')).json.data.medicalItems.totalCount).toBeGreaterThan(200);
      const users = await scheme.gql(
        'mutation { createUser(input: {username: "x1", otherNames: "X", lastName: "Y", password: "password1", roleIds: []}) { user { id } } }',
      );
      expect(users.json.errors?.[0]?.extensions?.code).toBe(FORBIDDEN);
    });
  });

  describe('lists', () => {
    it('pages through services with keyset cursors: no overlap, nothing missed, totalCount', async () => {
      const seen = new Set<string>();
      let after: string | null = null;
      let total = 0;
      let pages = 0;
      do {
        type Page = {
          medicalServices: {
            totalCount: number;
            edges: { cursor: string; node: { id: string; code: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        };
        const page: GqlResponse<Page> = await admin.gql<Page>(
          'query($after: String) { medicalServices(first: 25, after: $after) { totalCount totalCountCapped edges { cursor node { id code } } pageInfo { hasNextPage endCursor } } }',
          { after },
        );
        const connection = (page.json.data as Page).medicalServices;
        total = connection.totalCount;
        const codes = connection.edges.map((e) => e.node.code);
        expect([...codes].sort()).toEqual(codes); // sorted by code
        for (const edge of connection.edges) {
          expect(seen.has(edge.node.id)).toBe(false);
          seen.add(edge.node.id);
        }
        after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
        pages++;
      } while (after && pages < 50);
      expect(total).toBeGreaterThanOrEqual(100);
      expect(seen.size).toBe(total);
      expect(pages).toBe(Math.ceil(total / 25));
    });

    it('enforces the maximum page size and rejects bad cursors', async () => {
      const big = await admin.gql('{ medicalItems(first: 1000) { totalCount } }');
      expect(big.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const limits = await admin.gql('{ apiLimits { maxPageSize countCap } }');
      expect(limits.json.data.apiLimits.maxPageSize).toBe(100);
      const cursor = await admin.gql('{ medicalItems(after: "garbage!") { totalCount } }');
      expect(cursor.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('searches by code prefix or name fragment on the server', async () => {
      const byName = await admin.gql('{ medicalServices(first: 100, filter: {search: "consultation"}) { totalCount edges { node { code name } } } }');
      const names = byName.json.data.medicalServices.edges.map((e: { node: { name: string } }) => e.node.name);
      expect(names.length).toBeGreaterThan(5);
      for (const name of names) expect(name.toLowerCase()).toContain('consultation');
      expect(byName.json.data.medicalServices.totalCount).toBe(names.length);

      const byCode = await admin.gql('{ diagnoses(first: 100, filter: {search: "b5"}) { edges { node { code name } } } }');
      const codes = byCode.json.data.diagnoses.edges.map((e: { node: { code: string } }) => e.node.code);
      expect(codes).toContain('B50');
      expect(codes.every((c: string) => c.startsWith('B5'))).toBe(true);

      const malaria = await admin.gql('{ diagnoses(filter: {search: "malaria"}) { totalCount } }');
      expect(malaria.json.data.diagnoses.totalCount).toBeGreaterThanOrEqual(5);
      const all = await admin.gql('{ diagnoses(exactCount: true) { totalCount } }');
      expect(all.json.data.diagnoses.totalCount).toBeGreaterThanOrEqual(300);

      const wildcard = await admin.gql('{ medicalItems(filter: {search: "_"}) { totalCount } }'); // LIKE wildcards are escaped
      expect(wildcard.json.data.medicalItems.totalCount).toBe(0);
    });

    it('filters locations by type and parent, facilities by level and region', async () => {
      const regions = (await admin.gql('{ locations(filter: {type: "R"}) { edges { node { id name } } } }')).json.data.locations.edges;
      expect(regions.length).toBeGreaterThanOrEqual(4);
      const districts = (
        await admin.gql('query($p: ID) { locations(filter: {parentId: $p}) { edges { node { id type parent { id } } } } }', { p: regions[0].node.id })
      ).json.data.locations.edges;
      expect(districts.length).toBeGreaterThan(0);
      for (const d of districts) expect(d.node).toMatchObject({ type: 'D', parent: { id: regions[0].node.id } });
      const villages = await admin.gql('{ locations(filter: {type: "V"}) { totalCount } }');
      expect(villages.json.data.locations.totalCount).toBeGreaterThanOrEqual(100);

      for (const level of ['D', 'C', 'H']) {
        const result = await admin.gql('query($l: String) { healthFacilities(filter: {level: $l}) { totalCount edges { node { level } } } }', { l: level });
        expect(result.json.data.healthFacilities.totalCount).toBeGreaterThanOrEqual(15);
      }
      const inRegion = await admin.gql(
        'query($r: ID) { healthFacilities(first: 100, filter: {locationId: $r}) { edges { node { location { parent { id } } servicePriceList { name } } } } }',
        { r: regions[0].node.id },
      );
      const nodes = inRegion.json.data.healthFacilities.edges.map((e: { node: unknown }) => e.node);
      expect(nodes.length).toBeGreaterThan(0);
      for (const node of nodes) expect(node.location.parent.id).toBe(regions[0].node.id);
    });
  });

  describe('mutations', () => {
    it('returns typed validation errors and writes nothing', async () => {
      const invalid = await admin.gql(
        'mutation { createMedicalService(input: {code: "", name: "", type: "X", price: "-5", careType: "Z"}) { medicalService { id } errors { field code message } } }',
      );
      expect(invalid.json.errors).toBeUndefined();
      const errors = invalid.json.data.createMedicalService.errors as { field: string; code: string }[];
      expect(errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'code', code: 'REQUIRED' }),
          expect.objectContaining({ field: 'name', code: 'REQUIRED' }),
          expect.objectContaining({ field: 'type', code: 'INVALID' }),
          expect.objectContaining({ field: 'price', code: 'INVALID' }),
          expect.objectContaining({ field: 'careType', code: 'INVALID' }),
        ]),
      );
      const duplicate = await admin.gql(
        'mutation { createMedicalService(input: {code: "C0001", name: "Again", type: "C", price: "10", careType: "O"}) { medicalService { id } errors { field code } } }',
      );
      expect(duplicate.json.data.createMedicalService).toEqual({ medicalService: null, errors: [{ field: 'code', code: 'DUPLICATE' }] });

      const district = (await admin.gql('{ locations(first: 1, filter: {type: "D"}) { edges { node { id } } } }')).json.data.locations.edges[0].node.id;
      const village = await admin.gql(
        'mutation($p: ID) { createLocation(input: {code: "BADV1", name: "Misplaced", type: "V", parentId: $p}) { location { id } errors { field code message } } }',
        { p: district },
      );
      expect(village.json.data.createLocation.errors[0]).toMatchObject({ field: 'parentId', code: 'INVALID' });
      expect(village.json.data.createLocation.errors[0].message).toMatch(/municipality/);

      const hf = await admin.gql(
        'mutation { createHealthFacility(input: {code: "HFX1", name: "Nowhere", level: "Q", legalForm: "G", careType: "O", locationId: "1"}) { healthFacility { id } errors { field code } } }',
      );
      expect(hf.json.data.createHealthFacility.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'level', code: 'INVALID' })]));
    });

    it('creates, updates with version, reports a stale version as CONFLICT and keeps history', async () => {
      const created = await admin.gql(
        'mutation { createMedicalService(input: {code: "ZZ001", name: "Test service", type: "C", category: "C", price: "1234.50", careType: "O"}) { medicalService { id version price } errors { code } } }',
      );
      const service = created.json.data.createMedicalService.medicalService;
      expect(service).toMatchObject({ version: 1, price: '1234.50' });

      const update =
        'mutation($input: UpdateMedicalServiceInput!) { updateMedicalService(input: $input) { medicalService { name version } errors { field code } } }';
      const first = await admin.gql(update, { input: { id: service.id, version: 1, name: 'Renamed service' } });
      expect(first.json.data.updateMedicalService).toEqual({ medicalService: { name: 'Renamed service', version: 2 }, errors: [] });
      const stale = await admin.gql(update, { input: { id: service.id, version: 1, name: 'Lost update' } });
      expect(stale.json.data.updateMedicalService.errors).toEqual([{ field: 'version', code: 'CONFLICT' }]);
      const now = await admin.gql('query($id: ID!) { medicalService(id: $id) { name version } }', { id: service.id });
      expect(now.json.data.medicalService).toEqual({ name: 'Renamed service', version: 2 });

      const staleDelete = await admin.gql('mutation($id: ID!) { deleteMedicalService(input: {id: $id, version: 1}) { errors { code } } }', { id: service.id });
      expect(staleDelete.json.data.deleteMedicalService.errors[0].code).toBe('CONFLICT');
      const deleted = await admin.gql('mutation($id: ID!) { deleteMedicalService(input: {id: $id, version: 2}) { medicalService { id } errors { code } } }', {
        id: service.id,
      });
      expect(deleted.json.data.deleteMedicalService.errors).toEqual([]);

      const history = await admin.gql(
        'query($id: ID!) { history(entityType: "MedicalService", entityId: $id) { totalCount edges { node { action username at before after } } } }',
        { id: service.id },
      );
      const entries = history.json.data.history.edges.map((e: { node: unknown }) => e.node);
      expect(entries.map((e: { action: string }) => e.action)).toEqual(['DELETE', 'UPDATE', 'CREATE']);
      expect(entries.every((e: { username: string }) => e.username === 'Admin')).toBe(true);
      expect(entries[1].before.name).toBe('Test service');
      expect(entries[1].after.name).toBe('Renamed service');
      expect(entries[2].before).toBeNull();
      expect(entries[0].after).toBeNull();
    });

    it('manages users and roles; password hashes never reach history', async () => {
      const roles = (await admin.gql('{ roles(first: 100) { totalCount edges { node { id name isSystem rights } } } }')).json.data.roles;
      const names = roles.edges.map((e: { node: { name: string } }) => e.node.name);
      for (const name of [
        'Enrolment Officer',
        'Manager',
        'Accountant',
        'Clerk',
        'Medical Officer',
        'Scheme Administrator',
        'IMIS Administrator',
        'Receptionist',
        'Claim Administrator',
        'Claim Contributor',
        'HF Administrator',
      ]) {
        expect(names).toContain(name);
      }
      const role = await admin.gql(
        'mutation { createRole(input: {name: "Data viewer", rights: [121901, 121401]}) { role { id version rights } errors { code } } }',
      );
      const roleId = role.json.data.createRole.role.id;
      const badRights = await admin.gql('mutation { createRole(input: {name: "Bad", rights: [999999]}) { role { id } errors { field code } } }');
      expect(badRights.json.data.createRole.errors).toEqual([{ field: 'rights', code: 'INVALID' }]);

      const user = await admin.gql(
        'mutation($r: [ID!]!) { createUser(input: {username: "viewer1", otherNames: "Vera", lastName: "Viewer", password: "viewer-pass", roleIds: $r}) { user { id username roles { name } } errors { field code } } }',
        { r: [roleId] },
      );
      expect(user.json.data.createUser.errors).toEqual([]);
      const again = await admin.gql(
        'mutation($r: [ID!]!) { createUser(input: {username: "VIEWER1", otherNames: "V", lastName: "V", password: "viewer-pass", roleIds: $r}) { user { id } errors { field code } } }',
        { r: [roleId] },
      );
      expect(again.json.data.createUser.errors).toEqual([{ field: 'username', code: 'DUPLICATE' }]);

      const viewer = new Client(server.url);
      const login = await viewer.login('viewer1', 'viewer-pass');
      expect(login.me?.rights.sort()).toEqual([121401, 121901]);
      const history = await admin.gql('query($id: ID!) { history(entityType: "User", entityId: $id) { edges { node { after } } } }', {
        id: user.json.data.createUser.user.id,
      });
      expect(JSON.stringify(history.json.data.history)).not.toContain('scrypt');
      expect(JSON.stringify(history.json.data.history)).not.toContain('passwordHash');

      const system = roles.edges.find((e: { node: { name: string } }) => e.node.name === 'Clerk').node;
      const del = await admin.gql('mutation($id: ID!) { deleteRole(input: {id: $id}) { errors { code } } }', { id: system.id });
      expect(del.json.data.deleteRole.errors[0].code).toBe('INVALID');
    });

    it('sets price list entries with overrides', async () => {
      const list = (await admin.gql('{ priceLists(first: 1, filter: {kind: "S"}) { edges { node { id version } } } }')).json.data.priceLists.edges[0].node;
      const service = (await admin.gql('{ medicalServices(first: 1, filter: {search: "Caesarean"}) { edges { node { id price } } } }')).json.data
        .medicalServices.edges[0].node;
      const set = await admin.gql(
        'mutation($input: SetPriceListEntriesInput!) { setPriceListEntries(input: $input) { priceList { version services(search: "Caesarean") { edges { node { price priceOverride } } } } errors { code } } }',
        { input: { id: list.id, version: list.version, upsert: [{ id: service.id, priceOverride: '99000.00' }] } },
      );
      expect(set.json.data.setPriceListEntries.errors).toEqual([]);
      expect(set.json.data.setPriceListEntries.priceList.services.edges[0].node).toEqual({ price: '99000.00', priceOverride: '99000.00' });
      const stale = await admin.gql('mutation($input: SetPriceListEntriesInput!) { setPriceListEntries(input: $input) { errors { code } } }', {
        input: { id: list.id, version: list.version, remove: [service.id] },
      });
      expect(stale.json.data.setPriceListEntries.errors[0].code).toBe('CONFLICT');
    });
  });

  describe('hostile requests', () => {
    it('rejects malformed JSON cleanly', async () => {
      const result = await admin.raw({ body: '{"query": "{ me { username } ' });
      expect(result.status).toBe(400);
      expect(result.json.errors?.length).toBeGreaterThan(0);
      noStack(result.text);
    });

    it('rejects a syntax error and an unknown field without a stack trace', async () => {
      const syntax = await admin.gql('{ me { username ');
      expect(syntax.json.errors?.length).toBeGreaterThan(0);
      noStack(syntax.text);
      const unknown = await admin.gql('{ doesNotExist }');
      expect(unknown.json.errors?.length).toBeGreaterThan(0);
      noStack(unknown.text);
    });

    it('rejects too-deep and too-costly queries', async () => {
      let nested = 'id';
      for (let i = 0; i < 14; i++) nested = `parent { ${nested} }`;
      const deep = await admin.gql(`{ locations { edges { node { ${nested} } } } }`);
      expect(deep.json.data).toBeUndefined();
      expect(deep.json.errors?.[0]?.message).toMatch(/depth/i);
      noStack(deep.text);

      const fields = Array.from(
        { length: 25 },
        (_, i) =>
          `a${i}: healthFacilities(first: 100) { edges { node { location { parent { name code } } servicePriceList { name } itemPriceList { name } } } }`,
      ).join(' ');
      const costly = await admin.gql(`{ ${fields} }`);
      expect(costly.json.data).toBeUndefined();
      expect(costly.json.errors?.length).toBeGreaterThan(0);
      noStack(costly.text);
    });

    it('rejects an oversized body with 413', async () => {
      const body = JSON.stringify({ query: `{ me { username } } # ${'x'.repeat(200 * 1024)}` });
      const result = await admin.raw({ body });
      expect(result.status).toBe(413);
      expect(result.json.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
      // the server is still fine
      expect((await admin.gql('{ me { username } }')).json.data.me.username).toBe('Admin');
    });

    it('masks unexpected errors', async () => {
      const result = await admin.gql('{ history(entityType: "Location", entityId: "1", first: -1) { totalCount } }');
      expect(result.json.errors?.length).toBeGreaterThan(0);
      noStack(result.text);
    });
  });

  if (engine === 'pglite') {
    it('a second server on the same data folder fails with a clear message', async () => {
      await expect(openDatabase({ dataDir: server.dataDir, databaseUrl: '' })).rejects.toThrow(/in use by another Kente process/);
    });
  }
});
