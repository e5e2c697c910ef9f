/**
 * Issue 7, sections 2-4 and 8, as the users who exploited the holes, over HTTP against the
 * real server: data scope, field rights, bounded input, hooks, type extension, the domain list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemRoles } from '../src/modules/core/rights.js';
import { demoUsers } from '../src/modules/core/seed.js';
import { domains } from '../src/modules/index.js';
import type { TypeRule } from '../src/platform/domain.js';
import { Client, engines, type RunningServer, startServer } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: test convenience
type Any = any;

const ERR = 'errors { field code message }';
const codes = (r: { json: { errors?: { extensions?: Any }[] } }) => (r.json.errors ?? []).map((e) => e.extensions?.code);
const reasons = (r: { json: { errors?: { extensions?: Any }[] } }) => (r.json.errors ?? []).map((e) => e.extensions?.reason);

describe.each(engines)('scope, field rights and bounds on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;
  let receptionist: Client;
  let enrolment: Client;
  /** An enrolment officer bound to the hospital (scoped to its district). */
  let scoped: Client;
  /** A user whose only right is 101105 (enquiry). */
  let enquirer: Client;
  let hospital: Any;
  let districtId = '';
  /** Villages of the hospital's district. */
  let areaVillages = new Set<string>();
  let outside: Any;
  let inside: Any;

  const client = async (username: string, password: string) => {
    const c = new Client(server.url);
    const login = await c.login(username, password);
    expect(login.errors).toEqual([]);
    return c;
  };

  beforeAll(async () => {
    server = await startServer(engine);
    admin = await client('Admin', 'admin123');
    receptionist = await client('receptionist', 'receptionist123');
    enrolment = await client('enrolment', 'enrolment123');
    const hf = await admin.gql('{ healthFacilities(filter: { level: "H" }, first: 1) { edges { node { id code locationId } } } }');
    hospital = hf.json.data.healthFacilities.edges[0].node;
    districtId = hospital.locationId;
    const munis = await admin.gql('query($p: ID) { locations(filter: { parentId: $p }, first: 100) { edges { node { id } } } }', { p: districtId });
    for (const m of munis.json.data.locations.edges) {
      const v = await admin.gql('query($p: ID) { locations(filter: { parentId: $p }, first: 100) { edges { node { id } } } }', { p: m.node.id });
      for (const e of v.json.data.locations.edges) areaVillages.add(e.node.id);
    }
    areaVillages = new Set(areaVillages);
    const all = await admin.gql('{ insurees(first: 100) { edges { node { id version insuranceNumber phone family { village { id } } } } } }');
    const nodes = all.json.data.insurees.edges.map((e: Any) => e.node);
    outside = nodes.find((n: Any) => !areaVillages.has(n.family.village.id) && n.phone);
    inside = nodes.find((n: Any) => areaVillages.has(n.family.village.id));
    if (!inside) {
      const r = await admin.gql('query($l: ID) { insurees(filter: { locationId: $l }, first: 1) { edges { node { id version insuranceNumber } } } }', {
        l: districtId,
      });
      inside = r.json.data.insurees.edges[0].node;
    }
    expect(outside).toBeTruthy();
    expect(inside).toBeTruthy();

    const roles = await admin.gql('{ roles(first: 100) { edges { node { id name } } } }');
    const roleId = (name: string) => roles.json.data.roles.edges.find((e: Any) => e.node.name === name).node.id;
    const role = await admin.gql(`mutation { createRole(input: { name: "Enquiry only", rights: [101105] }) { role { id } ${ERR} } }`);
    expect(role.json.data.createRole.errors).toEqual([]);
    const mk = async (username: string, roleIds: string[], healthFacilityId: string | null) => {
      const r = await admin.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } ${ERR} } }`, {
        i: { username, otherNames: 'Test', lastName: 'User', password: 'password123', roleIds, healthFacilityId },
      });
      expect(r.json.data.createUser.errors).toEqual([]);
    };
    await mk('enquirer', [role.json.data.createRole.role.id], null);
    await mk('scopedenrol', [roleId('Enrolment Officer')], hospital.id);
    enquirer = await client('enquirer', 'password123');
    scoped = await client('scopedenrol', 'password123');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('reports its domains and versions without signing in', async () => {
    const anonymous = new Client(server.url);
    const r = await anonymous.gql('{ kente { domains { name version } rights { code domain } } }');
    expect(r.json.errors).toBeUndefined();
    expect(r.json.data.kente.domains.map((d: Any) => d.name)).toEqual([
      'core',
      'location',
      'medical',
      'insuree',
      'policy',
      'claim',
      'admin',
      'reports',
      'jobs',
    ]);
    for (const d of r.json.data.kente.domains) expect(d.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(r.json.data.kente.rights).toContainEqual({ code: 101105, domain: 'insuree' });
    expect(r.json.data.kente.rights).toContainEqual({ code: 121201, domain: 'medical' });
    expect(r.json.data.kente.rights).toContainEqual({ code: 121005, domain: 'policy' });
    expect(r.json.data.kente.rights).toContainEqual({ code: 131200, domain: 'reports' });
  });

  it('the receptionist bound to the hospital reads only the insurees and families of its district', async () => {
    const mine = await receptionist.gql('{ insurees(first: 100, exactCount: true) { totalCount edges { node { id family { village { id } } } } } }');
    expect(mine.json.errors).toBeUndefined();
    const everyone = await admin.gql('{ insurees(first: 1, exactCount: true) { totalCount } }');
    expect(mine.json.data.insurees.totalCount).toBeGreaterThan(0);
    expect(mine.json.data.insurees.totalCount).toBeLessThan(everyone.json.data.insurees.totalCount);
    for (const e of mine.json.data.insurees.edges) expect(areaVillages.has(e.node.family.village.id)).toBe(true);
    const families = await receptionist.gql('{ families(first: 100) { edges { node { village { id } } } } }');
    for (const e of families.json.data.families.edges) expect(areaVillages.has(e.node.village.id)).toBe(true);
    // by id and by a search that would match it: nothing outside
    const byId = await receptionist.gql('query($id: ID) { insuree(id: $id) { id phone } }', { id: outside.id });
    expect(byId.json.data.insuree).toBeNull();
    const search = await receptionist.gql('query($n: String) { insurees(filter: { insuranceNumber: $n }) { edges { node { id } } } }', {
      n: outside.insuranceNumber,
    });
    expect(search.json.data.insurees.edges).toEqual([]);
  });

  it('an enquiry by number answers eligibility fields for anyone, never phones or members', async () => {
    const ok = await receptionist.gql(
      'query($n: String) { insuree(insuranceNumber: $n) { lastName otherNames gender birthDate family { head { lastName } } } }',
      {
        n: outside.insuranceNumber,
      },
    );
    expect(ok.json.errors).toBeUndefined();
    expect(ok.json.data.insuree.lastName).toBeTruthy();
    expect(ok.json.data.insuree.family.head.lastName).toBeTruthy();
    for (const c of [receptionist, enquirer]) {
      const phone = await c.gql('query($n: String) { insuree(insuranceNumber: $n) { lastName phone identificationNumber } }', { n: outside.insuranceNumber });
      expect(codes(phone)).toContain('FORBIDDEN');
      expect(JSON.stringify(phone.json.data)).not.toContain(outside.phone);
      const members = await c.gql('query($n: String) { insuree(insuranceNumber: $n) { family { members { phone identificationNumber } } } }', {
        n: outside.insuranceNumber,
      });
      expect(codes(members)).toContain('FORBIDDEN');
      expect(JSON.stringify(members.json.data ?? {})).not.toMatch(/phone":"/);
    }
  });

  it('enquiries are rate-limited per user', async () => {
    const c = await client('enquirer', 'password123');
    let limited = 0;
    for (let i = 0; i < 35; i++) {
      const r = await c.gql('query($n: String) { insuree(insuranceNumber: $n) { lastName } }', { n: String(100000000 + i) });
      if (codes(r).includes('RATE_LIMITED')) limited++;
    }
    expect(limited).toBeGreaterThan(0);
    // another user is not affected
    const other = await admin.gql('query($n: String) { insuree(insuranceNumber: $n) { lastName } }', { n: outside.insuranceNumber });
    expect(other.json.errors).toBeUndefined();
  });

  it('nested objects need their own right: price lists through facilities and through me', async () => {
    const viaFacilities = await enrolment.gql('{ healthFacilities(first: 50) { edges { node { code servicePriceList { id name } } } } }');
    expect(codes(viaFacilities)).toContain('FORBIDDEN');
    expect(JSON.stringify(viaFacilities.json.data ?? {})).not.toMatch(/"servicePriceList":\{/);
    const viaMe = await receptionist.gql('{ me { username healthFacility { name itemPriceList { id name } } } }');
    expect(codes(viaMe)).toContain('FORBIDDEN');
    expect(viaMe.json.data?.me?.healthFacility?.itemPriceList ?? null).toBeNull();
    const name = await receptionist.gql('{ me { healthFacility { name } } }');
    expect(name.json.errors).toBeUndefined();
    expect(name.json.data.me.healthFacility.name).toBeTruthy();
    const admins = await admin.gql('{ healthFacilities(first: 5) { edges { node { servicePriceList { id } } } } }');
    expect(admins.json.errors).toBeUndefined();
  });

  it('mutations outside the area are refused and change nothing', async () => {
    const before = await admin.gql('query($id: ID) { insuree(id: $id) { version lastName } }', { id: outside.id });
    const r = await scoped.gql(`mutation($i: UpdateInsureeInput!) { updateInsuree(input: $i) { insuree { id } ${ERR} } }`, {
      i: { id: outside.id, version: outside.version, lastName: 'Hacked' },
    });
    expect(r.json.data.updateInsuree.errors[0].code).toBe('FORBIDDEN');
    const after = await admin.gql('query($id: ID) { insuree(id: $id) { version lastName } }', { id: outside.id });
    expect(after.json.data.insuree).toEqual(before.json.data.insuree);
    const outsideVillage = [...(await admin.gql('{ locations(filter: { type: "V" }, first: 100) { edges { node { id } } } }')).json.data.locations.edges]
      .map((e: Any) => e.node.id)
      .find((id: string) => !areaVillages.has(id));
    const created = await scoped.gql(`mutation($i: CreateFamilyInput!) { createFamily(input: $i) { family { id } ${ERR} } }`, {
      i: { villageId: outsideVillage, head: { insuranceNumber: '770000006', lastName: 'Out', otherNames: 'Side', gender: 'M', birthDate: '1980-01-01' } },
    });
    expect(created.json.data.createFamily.errors[0].code).toBe('FORBIDDEN');
    // inside the area the same user works
    const own = await scoped.gql(`mutation($i: UpdateInsureeInput!) { updateInsuree(input: $i) { insuree { id } ${ERR} } }`, {
      i: { id: inside.id, version: inside.version, profession: 'Farmer' },
    });
    expect(own.json.data.updateInsuree.errors).toEqual([]);
  });

  it('a 64 KB search answers a user error within a second while another user is served', async () => {
    const big = 'abcd '.repeat(13_000);
    const started = Date.now();
    const [attack, other] = await Promise.all([
      receptionist.gql('query($s: String) { insurees(filter: { search: $s }) { edges { node { id } } } }', { s: big }),
      admin.gql('{ insurees(first: 5) { edges { node { id } } } }'),
    ]);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(codes(attack)).toEqual(['BAD_USER_INPUT']);
    expect(reasons(attack)).toEqual(['TOO_LONG']);
    expect(other.json.data.insurees.edges.length).toBe(5);
  });

  it('each bad input gets a typed error and stores nothing', async () => {
    const long = 'x'.repeat(51);
    const phone = await admin.gql(`mutation($i: UpdateHealthFacilityInput!) { updateHealthFacility(input: $i) { healthFacility { id } ${ERR} } }`, {
      i: { id: hospital.id, version: 1, phone: `+233 ${'1'.repeat(60)}`, email: `${'e'.repeat(200)}@x.org` },
    });
    expect(phone.status).toBe(200);
    expect(phone.json.data.updateHealthFacility.errors.map((e: Any) => [e.field, e.code])).toEqual([
      ['phone', 'TOO_LONG'],
      ['email', 'TOO_LONG'],
    ]);
    const userPhone = await admin.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } ${ERR} } }`, {
      i: { username: 'u'.repeat(196), otherNames: 'A', lastName: 'B', password: 'password123', roleIds: [], phone: long },
    });
    expect(userPhone.json.data.createUser.errors.map((e: Any) => e.code)).toEqual(['TOO_LONG', 'TOO_LONG']);
    const role = await admin.gql(`mutation { createRole(input: { name: "Long", altLanguage: "${long}", rights: [] }) { role { id } ${ERR} } }`);
    expect(role.json.data.createRole.errors[0]).toMatchObject({ field: 'altLanguage', code: 'TOO_LONG' });
    const nul = await admin.gql(`mutation($i: CreateLocationInput!) { createLocation(input: $i) { location { id } ${ERR} } }`, {
      i: { code: 'NUL1', name: 'Bad\u0000name', type: 'R' },
    });
    expect(nul.json.data.createLocation.errors[0]).toMatchObject({ field: 'name', code: 'INVALID_FORMAT' });
    const nulSearch = await admin.gql('query($s: String) { insurees(filter: { search: $s }) { edges { node { id } } } }', { s: 'ab\u0000c' });
    expect(reasons(nulSearch)).toEqual(['INVALID_FORMAT']);
    const date = await admin.gql('query($d: Date) { insurees(filter: { birthDateFrom: $d }) { edges { node { id } } } }', { d: '2024-13-45' });
    expect(reasons(date)).toEqual(['INVALID_FORMAT']);
    const dateNumber = await admin.gql('query($d: Date) { insurees(filter: { birthDateFrom: $d }) { edges { node { id } } } }', { d: 1e308 });
    expect(reasons(dateNumber)).toEqual(['INVALID_FORMAT']);
    const price = await admin.gql(`mutation($i: CreateMedicalServiceInput!) { createMedicalService(input: $i) { medicalService { id } ${ERR} } }`, {
      i: { code: 'BIG1', name: 'Huge', type: 'C', price: 1e308, careType: 'O' },
    });
    expect(reasons(price)).toEqual(['OUT_OF_RANGE']);
    const cursor = Buffer.from('[12345678901234567890]').toString('base64url');
    const paged = await admin.gql('query($a: String) { diagnoses(after: $a) { edges { node { id } } } }', { a: cursor });
    expect(codes(paged)).toEqual(['BAD_USER_INPUT']);
    const lists = await admin.gql('{ priceLists(first: 1) { edges { node { id version } } } }');
    const list = lists.json.data.priceLists.edges[0].node;
    const dup = await admin.gql(`mutation($i: SetPriceListEntriesInput!) { setPriceListEntries(input: $i) { priceList { id } ${ERR} } }`, {
      i: { id: list.id, version: list.version, remove: ['1', '1'] },
    });
    expect(dup.json.data.setPriceListEntries.errors[0]).toMatchObject({ field: 'remove', code: 'DUPLICATE' });
    for (const r of [phone, userPhone, role, nul, nulSearch, date, dateNumber, price, paged, dup]) expect(r.text).not.toContain('Unexpected error');
    // nothing stored
    const found = await admin.gql(
      '{ locations(filter: { search: "NUL1" }) { edges { node { id } } } medicalServices(filter: { search: "BIG1" }) { edges { node { id } } } }',
    );
    expect(found.json.data.locations.edges).toEqual([]);
    expect(found.json.data.medicalServices.edges).toEqual([]);
  });

  it('a delete carries the version: a stale delete is a CONFLICT', async () => {
    const created = await admin.gql(`mutation { createLocation(input: { code: "DELV1", name: "Delete me", type: "R" }) { location { id version } ${ERR} } }`);
    const loc = created.json.data.createLocation.location;
    const missing = await admin.gql('mutation($id: ID!) { deleteLocation(input: { id: $id }) { errors { code } } }', { id: loc.id });
    expect(missing.json.errors?.length).toBeGreaterThan(0);
    const stale = await admin.gql('mutation($id: ID!) { deleteLocation(input: { id: $id, version: 7 }) { errors { code } } }', { id: loc.id });
    expect(stale.json.data.deleteLocation.errors[0].code).toBe('CONFLICT');
    const ok = await admin.gql('mutation($id: ID!, $v: Int!) { deleteLocation(input: { id: $id, version: $v }) { errors { code } } }', {
      id: loc.id,
      v: loc.version,
    });
    expect(ok.json.data.deleteLocation.errors).toEqual([]);
  });

  it('hooks: other domains refuse deleting a location they use, in the same transaction', async () => {
    const region = await admin.gql(`mutation { createLocation(input: { code: "HKR1", name: "Hook region", type: "R" }) { location { id } ${ERR} } }`);
    const regionId = region.json.data.createLocation.location.id;
    const district = await admin.gql(
      `mutation($p: ID) { createLocation(input: { code: "HKD1", name: "Hook district", type: "D", parentId: $p }) { location { id version } ${ERR} } }`,
      { p: regionId },
    );
    const d = district.json.data.createLocation.location;
    const hf = await admin.gql(`mutation($i: CreateHealthFacilityInput!) { createHealthFacility(input: $i) { healthFacility { id } ${ERR} } }`, {
      i: { code: 'HKHF1', name: 'Hook clinic', level: 'D', legalForm: 'G', careType: 'O', locationId: d.id },
    });
    expect(hf.json.data.createHealthFacility.errors).toEqual([]);
    // type extension: medical adds healthFacilityCount to Location
    const count = await admin.gql('query($id: ID!) { location(id: $id) { name healthFacilityCount } }', { id: d.id });
    expect(count.json.data.location.healthFacilityCount).toBe(1);
    const del = await admin.gql(`mutation($id: ID!, $v: Int!) { deleteLocation(input: { id: $id, version: $v }) { ${ERR} } }`, { id: d.id, v: d.version });
    expect(del.json.data.deleteLocation.errors[0]).toMatchObject({ code: 'IN_USE', message: 'Health facilities are still in this location.' });
    const still = await admin.gql('query($id: ID!) { location(id: $id) { id } }', { id: d.id });
    expect(still.json.data.location.id).toBe(d.id);
    // the scoped receptionist does not see a district beside its area (nor counts its facilities)
    const theirs = await receptionist.gql('query($id: ID!) { location(id: $id) { healthFacilityCount } }', { id: d.id });
    expect(theirs.json.data.location).toBeNull();

    const v = await admin.gql('query($id: ID) { insuree(id: $id) { family { village { id version } } } }', { id: inside.id });
    const village = v.json.data.insuree.family.village;
    const delVillage = await admin.gql(`mutation($id: ID!, $v: Int!) { deleteLocation(input: { id: $id, version: $v }) { ${ERR} } }`, {
      id: village.id,
      v: village.version,
    });
    // each domain gives its own reason (the demo enrolment officer may cover this village too)
    expect(delVillage.json.data.deleteLocation.errors).toContainEqual(
      expect.objectContaining({ code: 'IN_USE', message: 'Families still live in this village.' }),
    );
  });

  it('card sheets: signed ids, scope over the batch, HEAD does not build the file', async () => {
    const regions = await admin.gql('{ locations(filter: { type: "R" }, first: 50) { edges { node { id } } } }');
    const regionIds: string[] = regions.json.data.locations.edges.map((e: Any) => e.node.id);
    const reserved = await admin.gql(`mutation($r: ID!) { reserveInsuranceNumbers(input: { regionId: $r, count: 3 }) { batch { id pdfUrl zipUrl } ${ERR} } }`, {
      r: regionIds[0],
    });
    const batch = reserved.json.data.reserveInsuranceNumbers.batch;
    expect(batch.pdfUrl).toMatch(/^\/api\/insuree\/number-batches\/\d+\.[\w-]{22}\/cards\.pdf$/);
    const get = (c: Client, path: string, method = 'GET') =>
      fetch(`${server.url}${path}`, { method, headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    expect((await get(admin, batch.pdfUrl)).status).toBe(200);
    const guessed = batch.pdfUrl.replace(/\/number-batches\/(\d+)\./, (_: string, id: string) => `/number-batches/${Number(id) + 1}.`);
    expect((await get(admin, guessed)).status).toBe(404);
    expect((await get(admin, `/api/insuree/number-batches/${batch.id}/cards.pdf`)).status).toBe(404);
    // the hospital's enrolment officer is scoped to a district: no region's batch is theirs
    expect((await get(scoped, batch.pdfUrl)).status).toBe(404);
    const head = await get(admin, batch.zipUrl, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('application/zip');
    expect(head.headers.get('content-length')).toBeNull();
  });

  it('rights matrix generated from the declarations: demo roles x root lists x nested object types', async () => {
    const rules = new Map<string, TypeRule>(domains.flatMap((d) => Object.entries(d.typeRules ?? {})));
    const intro = await admin.gql(
      '{ __schema { queryType { fields { name args { name type { kind } } type { kind name ofType { kind name } } } } types { name kind fields { name args { type { kind } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }',
    );
    type TypeRef = { kind: string; name: string | null; ofType?: TypeRef | null };
    const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
    const types = new Map<string, Any>(intro.json.data.__schema.types.map((t: Any) => [t.name, t]));
    const guarded = (name: string) => {
      const rule = rules.get(name);
      return rule && rule.read !== 'public' ? rule : undefined;
    };
    /** A scalar field of the type that its limited readers may not see (else id). */
    const probe = (typeName: string) => {
      const rule = guarded(typeName);
      const fields = (types.get(typeName)?.fields ?? []).filter((f: Any) => named(f.type).kind === 'SCALAR' && !f.args.length);
      return (fields.find((f: Any) => !rule?.limited?.fields.includes(f.name)) ?? fields[0]).name as string;
    };
    const holds = (rights: Set<number>, read: TypeRule['read'] | undefined) =>
      read === 'signedIn' || read === 'public' || (!!read && read.some((r) => rights.has(r)));
    // root connections: field -> node type
    const roots: [string, string][] = [];
    for (const f of intro.json.data.__schema.queryType.fields) {
      const t = named(f.type).name ?? '';
      if (!t.endsWith('Connection') || f.args.some((a: Any) => a.type.kind === 'NON_NULL')) continue;
      const node = t.slice(0, -'Connection'.length);
      if (guarded(node)) roots.push([f.name, node]);
    }
    expect(roots.length).toBeGreaterThan(8);
    const users = await Promise.all(
      demoUsers.map(async (u) => {
        const signedIn = await client(u.username, u.password);
        // bound to districts or to a facility: the user's area, not the whole country
        const me = (await signedIn.gql('{ me { locationIds healthFacility { id } } }')).json.data?.me;
        return {
          name: u.username,
          rights: new Set(systemRoles.find((r) => r.name === u.role)?.rights ?? []),
          client: signedIn,
          scoped: Boolean(me?.locationIds?.length || me?.healthFacility),
        };
      }),
    );
    const cases: string[] = [];
    for (const [root, node] of roots) {
      const rule = guarded(node) as TypeRule;
      const field = probe(node);
      for (const user of users) {
        const r = await user.client.gql(`{ ${root}(first: 3) { edges { node { id ${field} } } } }`);
        const edges = r.json.data?.[root]?.edges ?? [];
        const allowed = !codes(r).includes('FORBIDDEN') && !codes(r).includes('UNAUTHENTICATED');
        // never more than declared: a user without the type's read right gets nothing of it
        if (!holds(user.rights, rule.read)) {
          expect(allowed, `${user.name} ${root}`).toBe(false);
          expect(
            edges.filter((e: Any) => e?.node?.[field] != null),
            `${user.name} ${root}`,
          ).toEqual([]);
          cases.push(`${user.name} ${root} refused`);
          continue;
        }
        if (!allowed) continue; // the root asks a narrower right than the type (e.g. search vs add)
        cases.push(`${user.name} ${root} allowed`);
        // every nested object type reached from this node type, as this user
        for (const f of types.get(node)?.fields ?? []) {
          const target = named(f.type).name ?? '';
          const nested = guarded(target);
          if (!nested || f.args.some((a: Any) => a.type.kind === 'NON_NULL') || target === node) continue;
          const sub = probe(target);
          const n = await user.client.gql(`{ ${root}(first: 5) { edges { node { id ${f.name} { ${sub} } } } } }`);
          const values = (n.json.data?.[root]?.edges ?? []).flatMap((e: Any) => e?.node?.[f.name]);
          const leaked = values.filter((v: Any) => v && v[sub] != null);
          const readsNested =
            holds(user.rights, nested.read) || (nested.limited && holds(user.rights, nested.limited.read) && nested.limited.fields.includes(sub));
          if (!readsNested) {
            expect(leaked, `${user.name} ${root}.${f.name}.${sub}`).toEqual([]);
            cases.push(`${user.name} ${node}.${f.name} refused`);
          } else if (!user.scoped) {
            // national users who hold the right read it (scoped users may meet rows outside their area)
            expect(codes(n), `${user.name} ${root}.${f.name}.${sub}`).not.toContain('FORBIDDEN');
          }
        }
      }
    }
    expect(cases.filter((c) => c.endsWith('refused')).length).toBeGreaterThan(10);
    // scoped demo users see fewer rows of every scoped type than a national user
    for (const [root, node] of roots.filter(([, n]) => rules.get(n)?.scope)) {
      const total = (await admin.gql(`{ ${root}(first: 1, exactCount: true) { totalCount } }`)).json.data[root].totalCount;
      const mine = await receptionist.gql(`{ ${root}(first: 1, exactCount: true) { totalCount } }`);
      if (mine.json.data?.[root]) expect(mine.json.data[root].totalCount, `${node}`).toBeLessThan(total);
    }
  });
});
