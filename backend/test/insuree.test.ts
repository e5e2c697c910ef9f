import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateInsuranceNumber, isValidInsuranceNumber } from '@kente/contract-insuree';
import { unzipSync } from 'fflate';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModuleConfig } from '../src/config/module-config.js';
import { Client, engines, type RunningServer, startServer } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: test convenience
type Any = any;

const ERR = 'errors { field code message }';
const INSUREE = 'id version insuranceNumber lastName otherNames gender birthDate relationship status statusDate isHead family { id } healthFacility { id }';
const FAMILY = `id version povertyStatus familyType village { id name } head { ${INSUREE} } members { id insuranceNumber } memberCount`;

/** A valid insurance number no seeded insuree has (test bodies 77xxxxxx; the seed uses 10000001..). */
const freshNumber = () => generateInsuranceNumber(String(77_000_000 + Math.floor(Math.random() * 1_000_000)));
const numbers = new Set<string>();
function nextNumber(): string {
  let n = freshNumber();
  while (numbers.has(n)) n = freshNumber();
  numbers.add(n);
  return n;
}

const person = (lastName: string, otherNames: string, extra: Record<string, unknown> = {}) => ({
  insuranceNumber: nextNumber(),
  lastName,
  otherNames,
  gender: 'M',
  birthDate: '1980-04-12',
  ...extra,
});

async function cookieFetch(client: Client, path: string) {
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return fetch(`${client.url}${path}`, { headers: cookie ? { cookie } : {} });
}

describe.each(engines)('insuree domain on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;
  const loc = { village: '', municipality: '', district: '', region: '', otherRegion: '', otherVillage: '' };
  let facility = '';
  let family: Any;
  let members: Any[] = [];

  const gql = (query: string, variables?: Record<string, unknown>) => admin.gql(query, variables);
  const createFamily = async (input: Record<string, unknown>, client = admin) => {
    const r = await client.gql(`mutation($i: CreateFamilyInput!) { createFamily(input: $i) { family { ${FAMILY} } ${ERR} } }`, { i: input });
    return r.json.data?.createFamily ?? r.json;
  };
  const addInsuree = async (input: Record<string, unknown>) =>
    (await gql(`mutation($i: AddInsureeInput!) { addInsuree(input: $i) { insuree { ${INSUREE} } ${ERR} } }`, { i: input })).json.data.addInsuree;
  const insureeIds = async (filter: Record<string, unknown>, extra = '') => {
    const r = await gql(`query($f: InsureeFilter) { insurees(filter: $f, first: 100 ${extra}) { edges { node { id } } } }`, { f: filter });
    expect(r.json.errors).toBeUndefined();
    return r.json.data.insurees.edges.map((e: Any) => e.node.id) as string[];
  };
  const familyIds = async (filter: Record<string, unknown>) => {
    const r = await gql('query($f: FamilyFilter) { families(filter: $f, first: 100) { edges { node { id } } } }', { f: filter });
    expect(r.json.errors).toBeUndefined();
    return r.json.data.families.edges.map((e: Any) => e.node.id) as string[];
  };
  const countFamilies = async () => (await gql('{ families(exactCount: true) { totalCount } }')).json.data.families.totalCount as number;

  beforeAll(async () => {
    server = await startServer(engine);
    admin = new Client(server.url);
    expect((await admin.login('Admin', 'admin123')).errors).toEqual([]);
    const villages = await gql('{ locations(filter: {type: "V"}, first: 40) { edges { node { id parent { id parent { id parent { id } } } } } } }');
    const list = villages.json.data.locations.edges.map((e: Any) => e.node);
    const v = list[0];
    loc.village = v.id;
    loc.municipality = v.parent.id;
    loc.district = v.parent.parent.id;
    loc.region = v.parent.parent.parent.id;
    const other = list.find((x: Any) => x.parent.parent.parent.id !== loc.region);
    loc.otherRegion = other.parent.parent.parent.id;
    loc.otherVillage = other.id;
    facility = (await gql('{ healthFacilities(first: 1) { edges { node { id } } } }')).json.data.healthFacilities.edges[0].node.id;
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  }, 30_000);

  it('seeds a few hundred families with valid numbers', async () => {
    const r = await gql(`{ families(first: 100, exactCount: true) { totalCount edges { node { memberCount head { insuranceNumber isHead } } } } }`);
    expect(r.json.data.families.totalCount).toBeGreaterThanOrEqual(300);
    for (const edge of r.json.data.families.edges) {
      expect(isValidInsuranceNumber(edge.node.head.insuranceNumber)).toBe(true);
      expect(edge.node.head.isHead).toBe(true);
      expect(edge.node.memberCount).toBeGreaterThanOrEqual(1);
      expect(edge.node.memberCount).toBeLessThanOrEqual(7);
    }
    expect((await gql('{ insuranceNumberConfig { length checkDigit } }')).json.data.insuranceNumberConfig).toEqual({ length: 9, checkDigit: 'mod7' });
  });

  it('creates a family with its head, adds members, and keeps history', async () => {
    const created = await createFamily({
      villageId: loc.village,
      povertyStatus: true,
      familyType: 'P',
      confirmationType: 'S',
      confirmationNumber: 'CF-1',
      address: 'Plot 7',
      head: person('Qwertyani', 'Baraka Zuberi', { healthFacilityId: facility, phone: '+255 754 000 111', email: 'baraka@example.org', maritalStatus: 'M' }),
    });
    expect(created.errors).toEqual([]);
    family = created.family;
    expect(family.head.isHead).toBe(true);
    expect(family.head.relationship).toBeNull();
    expect(family.memberCount).toBe(1);
    expect(family.village.id).toBe(loc.village);

    const wife = await addInsuree({
      familyId: family.id,
      relationship: 'SP',
      insuree: person('Qwertyani', 'Neema', { gender: 'F', birthDate: '1985-02-01', healthFacilityId: facility }),
    });
    expect(wife.errors).toEqual([]);
    const daughter = await addInsuree({
      familyId: family.id,
      relationship: 'DA',
      insuree: person('Qwertyani', 'Upendo', { gender: 'F', birthDate: '2012-09-30' }),
    });
    const son = await addInsuree({ familyId: family.id, relationship: 'SO', insuree: person('Qwertyani', 'Amani', { birthDate: '2015-03-03' }) });
    expect(daughter.errors).toEqual([]);
    expect(son.errors).toEqual([]);
    expect(son.insuree.isHead).toBe(false);
    members = [family.head, wife.insuree, daughter.insuree, son.insuree];

    const again = (await gql(`query($id: ID!) { family(id: $id) { ${FAMILY} } }`, { id: family.id })).json.data.family;
    expect(again.memberCount).toBe(4);
    expect(again.members[0].id).toBe(family.head.id);

    const history = await gql('query($id: ID!) { history(entityType: "Insuree", entityId: $id) { edges { node { action username after } } } }', {
      id: family.head.id,
    });
    expect(history.json.data.history.edges.map((e: Any) => e.node.action)).toEqual(['CREATE']);
    expect(history.json.data.history.edges[0].node.username).toBe('Admin');
    // each member added is a change of the family (insuree's after-event, written by core in the same transaction)
    const familyHistory = await gql('query($id: ID!) { history(entityType: "Family", entityId: $id) { edges { node { action username before after } } } }', {
      id: family.id,
    });
    const rows = familyHistory.json.data.history.edges.map((e: Any) => e.node);
    expect(rows.map((r: Any) => r.action)).toEqual(['UPDATE', 'UPDATE', 'UPDATE', 'CREATE']);
    const ids = members.map((m) => Number(m.id));
    expect(rows[0]).toMatchObject({ username: 'Admin', before: { members: ids.slice(0, 3) }, after: { members: ids, joined: ids[3] } });
    expect(rows[2]).toMatchObject({ before: { members: ids.slice(0, 1) }, after: { members: ids.slice(0, 2), joined: ids[1] } });
  });

  it('searches insurees by location at every level and by each filter', async () => {
    const all = members.map((m) => m.id).sort();
    const mine = (ids: string[]) => ids.filter((id) => all.includes(id)).sort();
    for (const level of [loc.village, loc.municipality, loc.district, loc.region]) {
      expect(mine(await insureeIds({ locationId: level, lastName: 'Qwertyani' }))).toEqual(all);
    }
    expect(await insureeIds({ locationId: loc.otherRegion, lastName: 'Qwertyani' })).toEqual([]);
    // number prefix
    const number = members[2].insuranceNumber as string;
    expect(await insureeIds({ insuranceNumber: number.slice(0, 9) })).toEqual([members[2].id]);
    expect(mine(await insureeIds({ insuranceNumber: number.slice(0, 2) }))).toContain(members[2].id);
    // names: prefix (short), contains, several words, digits = number prefix
    expect(mine(await insureeIds({ search: 'Qw' }))).toEqual(all);
    expect(mine(await insureeIds({ search: 'ertyan' }))).toEqual(all);
    expect(await insureeIds({ search: 'qwertyani upendo' })).toEqual([members[2].id]);
    // a contains search in an explicit order (bounded sort, see SORTED_CONTAINS_CAP)
    const byBirth = [...members].sort((a, b) => (a.birthDate < b.birthDate ? -1 : 1)).map((m) => m.id);
    expect(await insureeIds({ search: 'ertyan' }, 'orderBy: BIRTH_DATE')).toEqual(byBirth);
    expect(await insureeIds({ lastName: 'QWERTY' })).toEqual([]); // a capital = taken as typed
    expect(await insureeIds({ search: 'zuber' })).toEqual([members[0].id]);
    expect(await insureeIds({ search: number })).toEqual([members[2].id]);
    expect(mine(await insureeIds({ lastName: 'qwerty' }))).toEqual(all);
    expect(await insureeIds({ lastName: 'Qwertyani', otherNames: 'Ne' })).toEqual([members[1].id]);
    // gender, birth dates, status, facility, family
    expect((await insureeIds({ lastName: 'Qwertyani', gender: 'F' })).sort()).toEqual([members[1].id, members[2].id].sort());
    expect((await insureeIds({ lastName: 'Qwertyani', birthDateFrom: '2010-01-01', birthDateTo: '2014-12-31' })).sort()).toEqual([members[2].id]);
    expect((await insureeIds({ lastName: 'Qwertyani', birthDateFrom: '2015-03-03' })).sort()).toEqual([members[3].id]);
    expect((await insureeIds({ lastName: 'Qwertyani', healthFacilityId: facility })).sort()).toEqual([members[0].id, members[1].id].sort());
    expect((await insureeIds({ familyId: family.id })).sort()).toEqual(all);
    expect((await insureeIds({ lastName: 'Qwertyani', status: 'ACTIVE' })).sort()).toEqual(all);
    expect(await insureeIds({ lastName: 'Qwertyani', status: 'DECEASED' })).toEqual([]);
    // seeded deceased members are found by status
    expect((await insureeIds({ status: 'DECEASED' })).length).toBeGreaterThan(0);
  });

  it('searches families by location at every level, head number, member names, poverty and type', async () => {
    for (const level of [loc.village, loc.municipality, loc.district, loc.region]) {
      expect(await familyIds({ locationId: level, search: 'Qwertyani' })).toEqual([family.id]);
    }
    expect(await familyIds({ locationId: loc.otherRegion, search: 'Qwertyani' })).toEqual([]);
    expect(await familyIds({ headInsuranceNumber: family.head.insuranceNumber })).toEqual([family.id]);
    expect(await familyIds({ headInsuranceNumber: members[2].insuranceNumber })).toEqual([]);
    expect(await familyIds({ search: 'upendo qwerty' })).toEqual([family.id]); // a member, not the head
    expect(await familyIds({ search: members[3].insuranceNumber })).toEqual([family.id]);
    expect(await familyIds({ search: 'Qwertyani', povertyStatus: true, familyType: 'P' })).toEqual([family.id]);
    expect(await familyIds({ search: 'Qwertyani', povertyStatus: false })).toEqual([]);
    expect(await familyIds({ search: 'Qwertyani', familyType: 'H' })).toEqual([]);
    // location in the seed: every family of a region is in one of its villages
    const r = await gql('query($f: FamilyFilter) { families(filter: $f, first: 40) { edges { node { village { parent { parent { parent { id } } } } } } } }', {
      f: { locationId: loc.region },
    });
    for (const e of r.json.data.families.edges) expect(e.node.village.parent.parent.parent.id).toBe(loc.region);
  });

  it('orders and pages insurees and families with keyset cursors', async () => {
    for (const [orderBy, key] of [
      ['BIRTH_DATE', 'birthDate'],
      ['INSURANCE_NUMBER', 'insuranceNumber'],
      ['LAST_NAME', 'lastName'],
    ] as const) {
      const seen: Any[] = [];
      let after: string | null = null;
      for (let page = 0; page < 30; page++) {
        const r: Any = await gql(
          `query($after: String) { insurees(orderBy: ${orderBy}, first: 37, after: $after) { edges { node { id ${key} } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
        expect(r.json.errors).toBeUndefined();
        seen.push(...r.json.data.insurees.edges.map((e: Any) => e.node));
        if (!r.json.data.insurees.pageInfo.hasNextPage) break;
        after = r.json.data.insurees.pageInfo.endCursor;
        if (seen.length >= 200) break;
      }
      expect(new Set(seen.map((n) => n.id)).size).toBe(seen.length);
      const values = seen.map((n) => n[key] as string);
      const sorted = [...values].sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : Buffer.from(a) > Buffer.from(b) ? 1 : 0));
      expect(values).toEqual(sorted);
    }
    // a village (small location: rows sorted without the index) pages the same way
    const villageRows: Any[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 20; page++) {
      const r: Any = await gql(
        'query($f: InsureeFilter, $after: String) { insurees(filter: $f, orderBy: BIRTH_DATE, first: 3, after: $after) { edges { node { id birthDate } } pageInfo { hasNextPage endCursor } } }',
        { f: { locationId: loc.village }, after: cursor },
      );
      expect(r.json.errors).toBeUndefined();
      villageRows.push(...r.json.data.insurees.edges.map((e: Any) => e.node));
      if (!r.json.data.insurees.pageInfo.hasNextPage) break;
      cursor = r.json.data.insurees.pageInfo.endCursor;
    }
    expect(villageRows.length).toBeGreaterThan(4);
    expect(new Set(villageRows.map((n) => n.id)).size).toBe(villageRows.length);
    expect(villageRows.map((n) => n.birthDate)).toEqual(villageRows.map((n) => n.birthDate).sort());
    // families: a full walk by head last name covers every family once
    const total = await countFamilies();
    const heads: string[] = [];
    const ids = new Set<string>();
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const r: Any = await gql(
        'query($after: String) { families(orderBy: HEAD_LAST_NAME, first: 100, after: $after) { edges { node { id head { lastName } } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      for (const e of r.json.data.families.edges) {
        ids.add(e.node.id);
        heads.push(e.node.head.lastName);
      }
      if (!r.json.data.families.pageInfo.hasNextPage) break;
      after = r.json.data.families.pageInfo.endCursor;
    }
    expect(ids.size).toBe(total);
    expect(heads).toEqual([...heads].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    const byNumber = await gql(
      '{ families(orderBy: HEAD_INSURANCE_NUMBER, first: 50) { totalCount totalCountCapped edges { node { head { insuranceNumber } } } } }',
    );
    const nums = byNumber.json.data.families.edges.map((e: Any) => e.node.head.insuranceNumber);
    expect(nums).toEqual([...nums].sort());
    expect(byNumber.json.data.families.totalCount).toBe(total);
  });

  it('refuses a duplicate insurance number, and nothing is created', async () => {
    const before = await countFamilies();
    const dup = await createFamily({ villageId: loc.village, head: person('Dupont', 'Ali', { insuranceNumber: members[1].insuranceNumber }) });
    expect(dup.family).toBeNull();
    expect(dup.errors).toEqual([expect.objectContaining({ field: 'head.insuranceNumber', code: 'DUPLICATE' })]);
    expect(await countFamilies()).toBe(before);
    const added = await addInsuree({ familyId: family.id, insuree: person('Dupont', 'Ali', { insuranceNumber: members[0].insuranceNumber }) });
    expect(added.errors).toEqual([expect.objectContaining({ field: 'insuree.insuranceNumber', code: 'DUPLICATE' })]);
    const updated = (
      await gql(`mutation($i: UpdateInsureeInput!) { updateInsuree(input: $i) { insuree { id } ${ERR} } }`, {
        i: { id: members[3].id, version: members[3].version, insuranceNumber: members[2].insuranceNumber },
      })
    ).json.data.updateInsuree;
    expect(updated.errors).toEqual([expect.objectContaining({ field: 'insuranceNumber', code: 'DUPLICATE' })]);
  });

  it('validates fields and the insurance number format with codes and field paths', async () => {
    const good = nextNumber();
    const badCheck = `${good.slice(0, 8)}${(Number(good[8]) + 1) % 10}`;
    const r = await createFamily({
      villageId: loc.region, // not a village
      familyType: 'Z',
      head: { insuranceNumber: badCheck, lastName: ' ', otherNames: 'x'.repeat(100), gender: 'Q', birthDate: '2999-01-01', email: 'nope', phone: 'call me' },
    });
    expect(r.family).toBeNull();
    expect(r.errors.map((e: Any) => `${e.field}:${e.code}`)).toEqual([
      'familyType:INVALID',
      'head.insuranceNumber:INVALID_CHECK_DIGIT',
      'head.lastName:REQUIRED',
      'head.gender:INVALID',
      'head.birthDate:DATE_IN_FUTURE',
      'head.phone:INVALID_FORMAT',
      'head.email:INVALID_FORMAT',
    ]);
    for (const e of r.errors) expect(e.message).toMatch(/\w/);
    // a text longer than its column is refused before anything else runs (the kit's input bounds)
    const long = await createFamily({ villageId: loc.village, head: person('Long', 'x'.repeat(101)) });
    expect(long.errors).toEqual([expect.objectContaining({ field: 'head.otherNames', code: 'TOO_LONG' })]);
    const short = await createFamily({ villageId: loc.village, head: person('Short', 'Number', { insuranceNumber: '12345' }) });
    expect(short.errors).toEqual([expect.objectContaining({ field: 'head.insuranceNumber', code: 'INVALID_FORMAT' })]);
    const notVillage = await createFamily({ villageId: loc.region, head: person('Place', 'Wrong') });
    expect(notVillage.errors).toEqual([expect.objectContaining({ field: 'villageId', code: 'INVALID' })]);
    const rel = await addInsuree({ familyId: family.id, relationship: 'XX', insuree: person('Qwertyani', 'X') });
    expect(rel.errors).toEqual([expect.objectContaining({ field: 'relationship', code: 'INVALID' })]);
  });

  it('updates with version checks (a stale version is a CONFLICT and changes nothing) and writes history', async () => {
    const daughter = members[2];
    const ok = (
      await gql(`mutation($i: UpdateInsureeInput!) { updateInsuree(input: $i) { insuree { ${INSUREE} phone } ${ERR} } }`, {
        i: { id: daughter.id, version: daughter.version, otherNames: 'Upendo Grace', phone: '0754 222 333' },
      })
    ).json.data.updateInsuree;
    expect(ok.errors).toEqual([]);
    expect(ok.insuree.version).toBe(daughter.version + 1);
    const stale = (
      await gql(`mutation($i: UpdateInsureeInput!) { updateInsuree(input: $i) { insuree { otherNames version } ${ERR} } }`, {
        i: { id: daughter.id, version: daughter.version, otherNames: 'Lost' },
      })
    ).json.data.updateInsuree;
    expect(stale.errors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    expect(stale.insuree.otherNames).toBe('Upendo Grace');
    members[2] = ok.insuree;

    const fam = (
      await gql(`mutation($i: UpdateFamilyInput!) { updateFamily(input: $i) { family { version address povertyStatus } ${ERR} } }`, {
        i: { id: family.id, version: family.version, address: 'Plot 8', povertyStatus: false },
      })
    ).json.data.updateFamily;
    expect(fam.errors).toEqual([]);
    expect(fam.family).toMatchObject({ version: family.version + 1, address: 'Plot 8', povertyStatus: false });
    const staleFamily = (
      await gql(`mutation($i: UpdateFamilyInput!) { updateFamily(input: $i) { family { address } ${ERR} } }`, {
        i: { id: family.id, version: family.version, address: 'Nope' },
      })
    ).json.data.updateFamily;
    expect(staleFamily.errors[0].code).toBe('CONFLICT');
    family.version = fam.family.version;

    const h = await gql('query($id: ID!) { history(entityType: "Insuree", entityId: $id) { edges { node { action before after } } } }', { id: daughter.id });
    const rows = h.json.data.history.edges.map((e: Any) => e.node);
    expect(rows.map((x: Any) => x.action)).toEqual(['UPDATE', 'CREATE']);
    expect(rows[0].before.otherNames).toBe('Upendo');
    expect(rows[0].after.otherNames).toBe('Upendo Grace');
  });

  it('keeps the head in place: move/remove refuse HEAD; change the head, move and remove members; status rules', async () => {
    const head = members[0];
    const move = await gql(`mutation($i: MoveInsureeInput!) { moveInsuree(input: $i) { insuree { id } ${ERR} } }`, {
      i: { id: head.id, version: head.version, familyId: family.id },
    });
    expect(move.json.data.moveInsuree.errors[0].code).toBe('HEAD');
    const remove = await gql(`mutation($i: RemoveInsureeInput!) { removeInsuree(input: $i) { insuree { id } ${ERR} } }`, {
      i: { id: head.id, version: head.version },
    });
    expect(remove.json.data.removeInsuree.errors[0].code).toBe('HEAD');

    const wife = members[1];
    const changed = (
      await gql(
        `mutation($i: ChangeFamilyHeadInput!) { changeFamilyHead(input: $i) { family { version head { id isHead relationship } members { id relationship isHead } } ${ERR} } }`,
        {
          i: { familyId: family.id, version: family.version, insureeId: wife.id },
        },
      )
    ).json.data.changeFamilyHead;
    expect(changed.errors).toEqual([]);
    expect(changed.family.head).toMatchObject({ id: wife.id, isHead: true, relationship: null });
    expect(changed.family.members.find((m: Any) => m.id === head.id)).toMatchObject({ isHead: false, relationship: 'OT' });
    const staleHead = (
      await gql(`mutation($i: ChangeFamilyHeadInput!) { changeFamilyHead(input: $i) { family { id } ${ERR} } }`, {
        i: { familyId: family.id, version: family.version, insureeId: head.id },
      })
    ).json.data.changeFamilyHead;
    expect(staleHead.errors[0].code).toBe('CONFLICT');

    // the former head can now move to another family
    const other = await createFamily({ villageId: loc.otherVillage, head: person('Asdfgani', 'Kwame') });
    expect(other.errors).toEqual([]);
    const oldHead = (await gql(`query($id: ID!) { insuree(id: $id) { ${INSUREE} } }`, { id: head.id })).json.data.insuree;
    const moved = (
      await gql(`mutation($i: MoveInsureeInput!) { moveInsuree(input: $i) { insuree { ${INSUREE} } ${ERR} } }`, {
        i: { id: oldHead.id, version: oldHead.version, familyId: other.family.id, relationship: 'BR' },
      })
    ).json.data.moveInsuree;
    expect(moved.errors).toEqual([]);
    expect(moved.insuree.family.id).toBe(other.family.id);
    expect(moved.insuree.relationship).toBe('BR');
    expect(await familyIds({ search: 'zuberi' })).toEqual([other.family.id]);

    const son = members[3];
    const deceased = await gql(`mutation($i: SetInsureeStatusInput!) { setInsureeStatus(input: $i) { insuree { status statusDate version } ${ERR} } }`, {
      i: { id: son.id, version: son.version, status: 'DECEASED' },
    });
    expect(deceased.json.data.setInsureeStatus.errors).toEqual([expect.objectContaining({ field: 'statusDate', code: 'REQUIRED' })]);
    const dead = (
      await gql(`mutation($i: SetInsureeStatusInput!) { setInsureeStatus(input: $i) { insuree { status statusDate version } ${ERR} } }`, {
        i: { id: son.id, version: son.version, status: 'DECEASED', statusDate: '2024-05-01', statusReason: 'Accident' },
      })
    ).json.data.setInsureeStatus;
    expect(dead.errors).toEqual([]);
    expect(dead.insuree).toMatchObject({ status: 'DECEASED', statusDate: '2024-05-01' });
    expect(await insureeIds({ lastName: 'Qwertyani', status: 'DECEASED' })).toEqual([son.id]);

    const removed = (
      await gql(`mutation($i: RemoveInsureeInput!) { removeInsuree(input: $i) { insuree { id } ${ERR} } }`, {
        i: { id: son.id, version: dead.insuree.version },
      })
    ).json.data.removeInsuree;
    expect(removed.errors).toEqual([]);
    expect((await gql('query($id: ID!) { insuree(id: $id) { id } }', { id: son.id })).json.data.insuree).toBeNull();
    const h = await gql('query($id: ID!) { history(entityType: "Insuree", entityId: $id) { edges { node { action } } } }', { id: son.id });
    expect(h.json.data.history.edges.map((e: Any) => e.node.action)).toEqual(['DELETE', 'UPDATE', 'CREATE']);

    // the families' history: the former head left this family and joined the other, the son was removed
    const familyHistory = async (id: string) =>
      (
        await gql('query($id: ID!) { history(entityType: "Family", entityId: $id) { edges { node { action before after } } } }', { id })
      ).json.data.history.edges.map((e: Any) => e.node);
    const ids = members.map((m) => Number(m.id));
    const mine = await familyHistory(family.id);
    expect(mine[0]).toMatchObject({ action: 'UPDATE', before: { members: [ids[1], ids[2], ids[3]] }, after: { members: [ids[1], ids[2]], left: ids[3] } });
    expect(mine[1]).toMatchObject({ action: 'UPDATE', before: { members: ids }, after: { members: [ids[1], ids[2], ids[3]], left: ids[0] } });
    const theirs = await familyHistory(other.family.id);
    expect(theirs[0]).toMatchObject({
      action: 'UPDATE',
      after: { members: [Number(other.family.head.id), Number(head.id)].sort((a, b) => a - b), joined: ids[0] },
    });
  });

  it('checks rights on the server: no 101002 = FORBIDDEN and nothing created; enquiry by number with 101105', async () => {
    const clerk = new Client(server.url);
    expect((await clerk.login('receptionist', 'receptionist123')).errors).toEqual([]);
    const before = await countFamilies();
    const r = await createFamily({ villageId: loc.village, head: person('Forbidden', 'Attempt') }, clerk);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await countFamilies()).toBe(before);
    expect(await insureeIds({ lastName: 'Forbidden' })).toEqual([]);
    const enquiry = await clerk.gql('query($n: String) { insuree(insuranceNumber: $n) { lastName family { head { lastName } } } }', {
      n: members[1].insuranceNumber,
    });
    expect(enquiry.json.data.insuree.lastName).toBe('Qwertyani');
    for (const mutation of [
      'mutation { reserveInsuranceNumbers(input: {regionId: "1", count: 1}) { errors { code } } }',
      `mutation { updateInsuree(input: {id: "${members[1].id}", version: 1, lastName: "X"}) { errors { code } } }`,
      `mutation { removeInsuree(input: {id: "${members[1].id}", version: 1}) { errors { code } } }`,
    ]) {
      expect((await clerk.gql(mutation)).json.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = new Client(server.url);
    expect((await anonymous.gql('{ insurees { totalCount } }')).json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reserves numbers concurrently without handing one out twice, and serves card sheets', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        gql(
          `mutation($i: ReserveInsuranceNumbersInput!) { reserveInsuranceNumbers(input: $i) { batch { id count numbers region { id name } createdBy } ${ERR} } }`,
          {
            i: { regionId: loc.region, count: 10 },
          },
        ),
      ),
    );
    const all: string[] = [];
    for (const r of results) {
      expect(r.json.errors).toBeUndefined();
      const payload = r.json.data.reserveInsuranceNumbers;
      expect(payload.errors).toEqual([]);
      expect(payload.batch.count).toBe(10);
      expect(payload.batch.region.id).toBe(loc.region);
      expect(payload.batch.createdBy).toBe('Admin');
      all.push(...payload.batch.numbers);
    }
    expect(all).toHaveLength(200);
    expect(new Set(all).size).toBe(200);
    for (const n of all) expect(isValidInsuranceNumber(n)).toBe(true);
    const tooMany = await gql(`mutation { reserveInsuranceNumbers(input: {regionId: "${loc.region}", count: 1001}) { ${ERR} } }`);
    expect(tooMany.json.data.reserveInsuranceNumbers.errors[0]).toMatchObject({ field: 'count', code: 'INVALID' });
    const notRegion = await gql(`mutation { reserveInsuranceNumbers(input: {regionId: "${loc.village}", count: 1}) { ${ERR} } }`);
    expect(notRegion.json.data.reserveInsuranceNumbers.errors[0]).toMatchObject({ field: 'regionId', code: 'INVALID' });

    const list = await gql('{ insuranceNumberBatches(first: 5) { totalCount edges { node { id count usedCount pdfUrl zipUrl } } } }');
    expect(list.json.data.insuranceNumberBatches.totalCount).toBeGreaterThanOrEqual(20);
    const batch = list.json.data.insuranceNumberBatches.edges[0].node;

    // a reserved number can be given to a new insuree; it then counts as used
    const batchNumbers = results.map((r) => r.json.data.reserveInsuranceNumbers.batch).find((b: Any) => b.id === batch.id).numbers;
    const withReserved = await addInsuree({
      familyId: family.id,
      relationship: 'GC',
      insuree: person('Qwertyani', 'Mdogo', { insuranceNumber: batchNumbers[0] }),
    });
    expect(withReserved.errors).toEqual([]);
    expect((await gql(`{ insuranceNumberBatch(id: "${batch.id}") { usedCount } }`)).json.data.insuranceNumberBatch.usedCount).toBe(1);

    const pdf = await cookieFetch(admin, batch.pdfUrl);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const pdfBytes = Buffer.from(await pdf.arrayBuffer());
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
    const zip = await cookieFetch(admin, batch.zipUrl);
    expect(zip.status).toBe(200);
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    const names = Object.keys(files);
    expect(names.filter((n) => n.endsWith('.png'))).toHaveLength(10);
    expect(names).toContain('numbers.csv');
    const png = files[`${batchNumbers[1]}.png`];
    expect(png && Buffer.from(png.subarray(1, 4)).toString()).toBe('PNG');
    // the QR code encodes the number
    const image = PNG.sync.read(Buffer.from(png as Uint8Array));
    expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(batchNumbers[1]);
    const csv = new TextDecoder().decode(files['numbers.csv']).trim().split('\n');
    expect(csv[0]).toBe('number,region,batch,createdAt');
    expect(csv).toHaveLength(11);
    expect(csv[1]?.split(',')[0]).toBe(batchNumbers[0]);

    const clerk = new Client(server.url);
    await clerk.login('receptionist', 'receptionist123');
    expect((await cookieFetch(clerk, batch.pdfUrl)).status).toBe(403);
    expect((await cookieFetch(clerk, batch.zipUrl)).status).toBe(403);
    expect((await cookieFetch(new Client(server.url), batch.zipUrl)).status).toBe(401);
    expect((await cookieFetch(admin, '/api/insuree/number-batches/999999/cards.pdf')).status).toBe(404);
    // /graphql still answers next to the REST routes
    expect((await gql('{ apiLimits { maxPageSize } }')).json.data.apiLimits.maxPageSize).toBe(100);
  });
});

describe('insurance number format from configuration', () => {
  let server: RunningServer;
  let admin: Client;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kente-composition-'));
    const composition = join(dir, 'composition.json');
    writeFileSync(
      composition,
      JSON.stringify({
        modules: [{ name: 'mf-insuree', version: '0.1.0' }],
        config: { 'mf-insuree': { insuranceNumber: { length: 10, checkDigit: 'none' } } },
      }),
    );
    server = await startServer('pglite', { COMPOSITION: composition });
    admin = new Client(server.url);
    await admin.login('Admin', 'admin123');
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  it('validates and reserves with the composition config (length 10, no check digit)', async () => {
    expect((await admin.gql('{ insuranceNumberConfig { length checkDigit } }')).json.data.insuranceNumberConfig).toEqual({ length: 10, checkDigit: 'none' });
    const village = (await admin.gql('{ locations(filter: {type: "V"}, first: 1) { edges { node { id } } } }')).json.data.locations.edges[0].node.id;
    const create = (number: string) =>
      admin.gql('mutation($i: CreateFamilyInput!) { createFamily(input: $i) { family { head { insuranceNumber } } errors { field code } } }', {
        i: { villageId: village, head: { insuranceNumber: number, lastName: 'Ten', otherNames: 'Digits', gender: 'F', birthDate: '1990-01-01' } },
      });
    const nine = generateInsuranceNumber('12345678'); // valid under the default format
    expect((await create(nine)).json.data.createFamily.errors).toEqual([{ field: 'head.insuranceNumber', code: 'INVALID_FORMAT' }]);
    const ok = (await create('1234567890')).json.data.createFamily;
    expect(ok.errors).toEqual([]);
    expect(ok.family.head.insuranceNumber).toBe('1234567890');
    const batch = (await admin.gql('mutation { reserveInsuranceNumbers(input: {regionId: "1", count: 5}) { batch { numbers } errors { code } } }')).json.data
      .reserveInsuranceNumbers;
    expect(batch.errors).toEqual([]);
    for (const n of batch.batch.numbers) expect(n).toMatch(/^\d{10}$/);
  });

  it('merges manifest defaults < pack config < composition config', () => {
    const registry = join(dir, 'registry');
    const write = (name: string, version: string, manifest: unknown) => {
      mkdirSync(join(registry, name, version), { recursive: true });
      writeFileSync(join(registry, name, version, 'kente-manifest.json'), JSON.stringify(manifest));
    };
    write('mf-insuree', '1.0.0', { config: { defaults: { insuranceNumber: { length: 9, checkDigit: 'mod7' }, photos: true, pageSize: 20 } } });
    write('country-ne', '1.0.0', { config: { 'mf-insuree': { insuranceNumber: { length: 11, checkDigit: 'mod7' }, pageSize: 50 } } });
    const composition = join(dir, 'c2.json');
    const moduleConfig = createModuleConfig({ compositionPath: () => composition, registryDir: registry });
    writeFileSync(composition, JSON.stringify({ modules: [{ name: 'mf-insuree', version: '1.0.0' }], packs: [{ name: 'country-ne', version: '1.0.0' }] }));
    expect(moduleConfig('mf-insuree')).toEqual({ insuranceNumber: { length: 11, checkDigit: 'mod7' }, photos: true, pageSize: 50 });
    writeFileSync(
      composition,
      JSON.stringify({
        modules: [{ name: 'mf-insuree', version: '1.0.0' }],
        packs: [{ name: 'country-ne', version: '1.0.0' }],
        config: { 'mf-insuree': { pageSize: 10 } },
      }),
    );
    // a changed file is read again (mtime); force a different mtime on fast filesystems
    const later = new Date(Date.now() + 5000);
    utimesSync(composition, later, later);
    expect(moduleConfig('mf-insuree')).toEqual({ insuranceNumber: { length: 11, checkDigit: 'mod7' }, photos: true, pageSize: 10 });
    expect(moduleConfig('mf-other')).toEqual({});
  });
});
