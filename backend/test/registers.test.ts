/**
 * Issue 11, register import and export (POST /api/admin/registers/<register>?dryRun=, GET
 * /api/admin/registers/<register>.csv|.xlsx) against the real server: dry run and apply (creates,
 * updates, unchanged, every kind of problem, duplicates in the file and against the database),
 * one transaction, idempotence, history and versions, CSV with ; and a BOM, XLSX, export round
 * trips, rights, the CSRF header, the size limit, malformed files, a district user's area, and the
 * `active` flag of services, items and diagnoses (exported, deactivated and reactivated by a file).
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, engines, type RunningServer, signedIn, startServer } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: test convenience
type Any = any;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ERR = 'errors { field code message }';
const SERVICE =
  'query($s: String) { medicalServices(filter: { search: $s }, first: 5) { edges { node { id code name price version patientCategory frequency } } } }';
const HEADER = 'code,name,type,category,level,price,care_type,patient_category,frequency';

interface Report {
  ok: boolean;
  applied: boolean;
  dryRun: boolean;
  format: string;
  separator?: string;
  columns: string[];
  counts: { rows: number; create: number; update: number; unchanged: number; error: number; problems: number };
  timing: { totalMs: number };
  rows: { row: number; code: string; action: string; changes?: string[] }[];
  problems: { row: number; column: string | null; code: string; message: string }[];
}

describe.each(engines)('register import and export on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;

  const client = (username: string, password: string) => signedIn(server.url, username, password);
  const cookie = (c: Client) => c.cookieHeader();
  const upload = async (
    c: Client | null,
    register: string,
    body: string | Uint8Array<ArrayBuffer>,
    options: { dryRun?: boolean; type?: string; csrf?: boolean } = {},
  ): Promise<{ status: number; report: Report; json: Any }> => {
    const headers: Record<string, string> = { 'content-type': options.type ?? 'text/csv' };
    if (options.csrf !== false) headers['x-kente-csrf'] = '1';
    if (c) headers.cookie = cookie(c);
    const response = await fetch(`${server.url}/api/admin/registers/${register}?dryRun=${options.dryRun ?? true}`, { method: 'POST', headers, body });
    const json = await response.json();
    return { status: response.status, report: json as Report, json };
  };
  const download = async (c: Client | null, path: string) => {
    const response = await fetch(`${server.url}/api/admin/registers/${path}`, { headers: c ? { cookie: cookie(c) } : {} });
    return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
  };
  const service = async (code: string) => {
    const r = await admin.gql(SERVICE, { s: code });
    expect(r.json.errors).toBeUndefined();
    return r.json.data.medicalServices.edges.map((e: Any) => e.node).find((n: Any) => n.code === code) ?? null;
  };
  const byRow = (report: Report) => new Map(report.rows.map((r) => [r.row, r]));
  const problemsOf = (report: Report) => report.problems.map((p) => [p.row, p.column, p.code]);

  beforeAll(async () => {
    server = await startServer(engine);
    admin = await client('Admin', 'admin123');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('exports every register as CSV and XLSX with the columns the import reads; each re-imports as all unchanged', async () => {
    for (const register of ['locations', 'facilities', 'services', 'items', 'diagnoses']) {
      const csv = await download(admin, `${register}.csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      expect(csv.headers.get('content-disposition')).toMatch(new RegExp(`attachment; filename="${register}-\\d{4}-\\d{2}-\\d{2}\\.csv"`));
      const text = csv.body.toString('utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const lines = text.trim().split(/\r\n/);
      expect(lines.length).toBeGreaterThan(5);
      const again = await upload(admin, register, csv.body);
      expect(again.status).toBe(200);
      expect(again.report.ok).toBe(true);
      expect(again.report.counts).toMatchObject({ rows: lines.length - 1, create: 0, update: 0, unchanged: lines.length - 1, error: 0 });
      expect(again.report.columns.join(',')).toBe(lines[0]?.replace('\uFEFF', ''));

      const xlsx = await download(admin, `${register}.xlsx`);
      expect(xlsx.status).toBe(200);
      expect(xlsx.body.readUInt32LE(0)).toBe(0x04034b50);
      // no Content-Type: the zip magic says XLSX
      const fromXlsx = await upload(admin, register, xlsx.body, { type: 'application/octet-stream' });
      expect(fromXlsx.report.format).toBe('xlsx');
      expect(fromXlsx.report.counts).toMatchObject({ rows: lines.length - 1, unchanged: lines.length - 1, error: 0 });
    }
    // a phone number starting with + is not mistaken for a formula; a name that would run as one is guarded
    const facilities = (await download(admin, 'facilities.csv')).body.toString('utf8');
    expect(facilities).toMatch(/,\+255 \d+,/);
  });

  it('a dry run reports creates, updates, unchanged and every problem by row and column, and changes nothing', async () => {
    const a1 = await service('A0001');
    const a2 = await service('A0002');
    const file = [
      HEADER,
      `A0001,${a1.name},P,A,V,${a1.price},O,15,`, // 2 unchanged (same values, the price written 2000 or 2000.00)
      `A0002,${a2.name},P,A,V,1750.5,O,15,30`, // 3 update: price and frequency
      'ZZ001,New service,C,C,S,100,O,,', // 4 create (patient category and level default)
      'ZZ002,Bad type,X,C,S,100,O,15,', // 5 INVALID type
      'ZZ003,Bad price,C,C,S,abc,O,15,', // 6 INVALID price
      'ZZ004,Bad category,C,C,S,100,O,99,', // 7 OUT_OF_RANGE patient category
      'ZZ001,Twice,C,C,S,100,O,15,', // 8 DUPLICATE in the file
      `ZZ005,${'x'.repeat(151)},C,C,S,100,O,15,`, // 9 TOO_LONG name
      'ZZ006,,C,C,S,100,O,15,', // 10 REQUIRED name
      'ZZ007,Fraction,C,C,S,100,O,1.5,', // 11 INVALID whole number
      'ZZ008,Extra,C,C,S,100,O,15,,surplus', // 12 more cells than columns
    ].join('\n');
    const { status, report } = await upload(admin, 'services', file);
    expect(status).toBe(200);
    expect(report.ok).toBe(false);
    expect(report.applied).toBe(false);
    const rows = byRow(report);
    expect(rows.get(2)?.action).toBe('unchanged');
    expect(rows.get(3)).toMatchObject({ action: 'update', changes: ['price', 'frequency'] });
    expect(rows.get(4)?.action).toBe('create');
    expect(report.counts).toMatchObject({ rows: 11, create: 1, update: 1, unchanged: 1, error: 8 });
    expect(problemsOf(report)).toEqual([
      [5, 'type', 'INVALID'],
      [6, 'price', 'INVALID'],
      [7, 'patient_category', 'OUT_OF_RANGE'],
      [8, 'code', 'DUPLICATE'],
      [9, 'name', 'TOO_LONG'],
      [10, 'name', 'REQUIRED'],
      [11, 'patient_category', 'INVALID'],
      [12, null, 'INVALID'],
    ]);
    expect(report.problems[3]?.message).toContain('row 4');
    // nothing written
    expect(await service('ZZ001')).toBeNull();
    expect((await service('A0002')).version).toBe(a2.version);
  });

  it('header problems: an unknown column, a missing required one, a column twice', async () => {
    const { status, report } = await upload(admin, 'services', 'code,name,type,colour,price,price\nZZ001,X,C,red,1,1\n');
    expect(status).toBe(200);
    expect(problemsOf(report)).toEqual([
      [1, 'colour', 'UNKNOWN_COLUMN'],
      [1, 'price', 'DUPLICATE'],
      [1, 'care_type', 'MISSING_COLUMN'],
    ]);
    expect(report.counts).toMatchObject({ rows: 1, error: 1 });
    // applying it: 422 and the same report
    const applied = await upload(admin, 'services', 'code,name,type,colour,price\nZZ001,X,C,red,1\n', { dryRun: false });
    expect(applied.status).toBe(422);
    expect(applied.report.applied).toBe(false);
  });

  it('apply is one transaction: one bad row and nothing changes', async () => {
    const a2 = await service('A0002');
    const file = [HEADER, `A0002,${a2.name},P,A,V,999,O,15,`, 'ZZ010,Good,C,C,S,100,O,15,', 'ZZ011,Bad,C,C,S,-5,O,15,'].join('\n');
    const { status, report } = await upload(admin, 'services', file, { dryRun: false });
    expect(status).toBe(422);
    expect(report.applied).toBe(false);
    expect(problemsOf(report)).toEqual([[4, 'price', 'INVALID']]);
    expect(await service('ZZ010')).toBeNull();
    const after = await service('A0002');
    expect(after.price).toBe(a2.price);
    expect(after.version).toBe(a2.version);
  });

  it('apply writes creates and updates with versions and history; the same file again changes nothing', async () => {
    const a3 = await service('A0003');
    const file = [HEADER, `A0003,${a3.name} (revised),P,A,S,8000,O,15,`, 'ZZ020,Imported service,C,O,S,250.75,B,,90', 'ZZ021,Another,P,O,S,10,O,6,'].join(
      '\r\n',
    );
    const first = await upload(admin, 'services', file, { dryRun: false });
    expect(first.status).toBe(200);
    expect(first.report).toMatchObject({ ok: true, applied: true, counts: { create: 2, update: 1, unchanged: 0, error: 0 } });
    const updated = await service('A0003');
    expect(updated).toMatchObject({ name: `${a3.name} (revised)`, price: '8000.00', version: a3.version + 1 });
    const created = await service('ZZ020');
    expect(created).toMatchObject({ name: 'Imported service', price: '250.75', patientCategory: 15, frequency: 90, version: 1 });
    const history = async (id: string) =>
      (
        await admin.gql('query($id: ID!) { history(entityType: "MedicalService", entityId: $id) { edges { node { action username before after } } } }', { id })
      ).json.data.history.edges.map((e: Any) => e.node);
    const [change] = await history(updated.id);
    expect(change).toMatchObject({ action: 'UPDATE', username: 'Admin' });
    expect(change.before.price).toBe(a3.price);
    expect(change.after).toMatchObject({ price: '8000.00', version: a3.version + 1, name: `${a3.name} (revised)` });
    expect((await history(created.id)).map((h: Any) => h.action)).toEqual(['CREATE']);

    // idempotent: the same file twice, the second time all unchanged, nothing written
    const second = await upload(admin, 'services', file, { dryRun: false });
    expect(second.status).toBe(200);
    expect(second.report).toMatchObject({ ok: true, counts: { create: 0, update: 0, unchanged: 3 } });
    expect((await service('A0003')).version).toBe(a3.version + 1);
    expect(await history(updated.id)).toHaveLength(1);
  });

  it('the active flag: exported as a column; a file deactivates and reactivates; every spelling; bad values; round trip; idempotent', async () => {
    const CATALOG = {
      services: 'medicalServices',
      items: 'medicalItems',
      diagnoses: 'diagnoses',
    } as const;
    const record = async (register: keyof typeof CATALOG, code: string) => {
      const field = CATALOG[register];
      const r = await admin.gql(
        `query($s: String) { ${field}(filter: { search: $s, includeInactive: true }, first: 20) { edges { node { id code name active version } } } }`,
        {
          s: code,
        },
      );
      expect(r.json.errors).toBeUndefined();
      return r.json.data[field].edges.map((e: Any) => e.node).find((n: Any) => n.code === code) ?? null;
    };
    /** The exported CSV of a register: its header and its rows by code. */
    const exported = async (register: string) => {
      const [header = [], ...rows] = parse((await download(admin, `${register}.csv`)).body.toString('utf8'), { bom: true }) as string[][];
      return { header, row: (code: string) => rows.find((r) => r[0] === code) ?? [] };
    };
    /** A file of exported rows, each with some cells changed. */
    const file = (header: string[], rows: { row: string[]; set?: Record<string, string> }[]) =>
      stringify([header, ...rows.map(({ row, set = {} }) => header.map((h, i) => (h in set ? (set[h] as string) : (row[i] as string))))]);

    // the export: the last column of services, items and diagnoses, true for an active row
    const services = await exported('services');
    expect(services.header.at(-1)).toBe('active');
    expect(services.row('A0004').at(-1)).toBe('true');
    const items = await exported('items');
    expect(items.header.at(-1)).toBe('active');
    const diagnoses = await exported('diagnoses');
    expect(diagnoses.header).toEqual(['code', 'name', 'active']);
    expect((await exported('locations')).header).not.toContain('active');

    // deactivating: only the flag changes, an update in the dry run, then one UPDATE in the history
    const before = await record('services', 'A0004');
    const off = file(services.header, [{ row: services.row('A0004'), set: { active: 'no' } }, { row: services.row('A0005') }]);
    const dry = await upload(admin, 'services', off);
    expect(dry.report.rows.map((r) => [r.code, r.action, r.changes])).toEqual([
      ['A0004', 'update', ['active']],
      ['A0005', 'unchanged', undefined],
    ]);
    expect((await record('services', 'A0004')).active).toBe(true);
    const applied = await upload(admin, 'services', off, { dryRun: false });
    expect(applied.report).toMatchObject({ ok: true, applied: true, counts: { update: 1, unchanged: 1 } });
    expect(await record('services', 'A0004')).toMatchObject({ active: false, version: before.version + 1 });
    const history = await admin.gql('query($id: ID!) { history(entityType: "MedicalService", entityId: $id) { edges { node { action before after } } } }', {
      id: before.id,
    });
    const [change] = history.json.data.history.edges.map((e: Any) => e.node);
    expect(change).toMatchObject({ action: 'UPDATE', before: { active: true }, after: { active: false } });
    // the same file again: unchanged, nothing written
    const again = await upload(admin, 'services', off, { dryRun: false });
    expect(again.report).toMatchObject({ ok: true, counts: { update: 0, unchanged: 2 } });
    expect((await record('services', 'A0004')).version).toBe(before.version + 1);

    // round trip: the export says false, and the whole export (CSV and XLSX) re-imports unchanged
    const after = await exported('services');
    expect(after.row('A0004').at(-1)).toBe('false');
    const csv = await upload(admin, 'services', (await download(admin, 'services.csv')).body);
    expect(csv.report).toMatchObject({ ok: true, counts: { update: 0, create: 0, error: 0 } });
    const xlsx = await upload(admin, 'services', (await download(admin, 'services.xlsx')).body, { type: XLSX });
    expect(xlsx.report).toMatchObject({ ok: true, counts: { update: 0, create: 0, error: 0 } });

    // no active column (or an empty cell): the flag stays as it is on update, true on create
    const renamed = await upload(admin, 'services', `${HEADER}\nA0004,Renamed PMTCT package,P,A,S,1000,O,15,\nZZ060,Created without flag,C,C,S,5,O,15,\n`, {
      dryRun: false,
    });
    expect(renamed.report.rows.map((r) => [r.code, r.action, r.changes])).toEqual([
      ['A0004', 'update', ['name']],
      ['ZZ060', 'create', undefined],
    ]);
    expect(await record('services', 'A0004')).toMatchObject({ name: 'Renamed PMTCT package', active: false });
    expect((await record('services', 'ZZ060')).active).toBe(true);
    const empty = await upload(admin, 'services', `code,name,type,price,care_type,active\nA0004,Renamed PMTCT package,P,1000,O,\n`);
    expect(empty.report.rows[0]).toMatchObject({ action: 'unchanged' });

    // every spelling, any case; French Excel (; separator) reactivates with "oui"; a row created inactive
    const spellings = [
      ['true', true],
      ['FALSE', false],
      ['Yes', true],
      ['no', false],
      ['1', true],
      ['0', false],
      ['OUI', true],
      ['non', false],
      ['Vrai', true],
      ['faux', false],
    ] as const;
    const spelled = await upload(
      admin,
      'services',
      ['code,name,type,price,care_type,active', ...spellings.map(([v], i) => `ZZ07${i},Spelled ${v},C,1,O,${v}`)].join('\n'),
    );
    expect(spelled.report).toMatchObject({ ok: true, counts: { create: spellings.length } });
    const created = await upload(
      admin,
      'services',
      'code;name;type;price;care_type;active\r\nZZ061;Créé inactif;C;1,5;O;non\r\nA0004;Renamed PMTCT package;P;1000;O;oui\r\n',
      {
        dryRun: false,
      },
    );
    expect(created.report).toMatchObject({ separator: ';', applied: true, counts: { create: 1, update: 1 } });
    expect(created.report.rows[1]).toMatchObject({ code: 'A0004', changes: ['active'] });
    expect((await record('services', 'ZZ061')).active).toBe(false);
    expect((await record('services', 'A0004')).active).toBe(true);

    // a value that is not a flag: a problem on its row and column, and nothing applied
    const bad = await upload(
      admin,
      'services',
      'code,name,type,price,care_type,active\nA0004,Renamed PMTCT package,P,1000,O,maybe\nA0005,X,P,1,O,2\nZZ062,Y,C,1,O,no\n',
      {
        dryRun: false,
      },
    );
    expect(bad.status).toBe(422);
    expect(problemsOf(bad.report)).toEqual([
      [2, 'active', 'INVALID'],
      [3, 'active', 'INVALID'],
    ]);
    expect(bad.report.problems[0]?.message).toBe('active must be true or false (also yes/no, 1/0, oui/non), not "maybe".');
    expect(await record('services', 'ZZ062')).toBeNull();

    // items and diagnoses the same way (XLSX too: a boolean cell)
    const d0001 = await record('items', 'D0001');
    const itemOff = await upload(admin, 'items', file(items.header, [{ row: items.row('D0001'), set: { active: '0' } }]), { dryRun: false });
    expect(itemOff.report.rows[0]).toMatchObject({ action: 'update', changes: ['active'] });
    expect(await record('items', 'D0001')).toMatchObject({ active: false, version: d0001.version + 1 });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('diagnoses').addRows([
      ['code', 'name', 'active'],
      ['A01', diagnoses.row('A01')[1], false],
    ]);
    const diagnosisOff = await upload(admin, 'diagnoses', new Uint8Array(await workbook.xlsx.writeBuffer()), { type: XLSX, dryRun: false });
    expect(diagnosisOff.report.rows[0]).toMatchObject({ code: 'A01', action: 'update', changes: ['active'] });
    expect((await record('diagnoses', 'A01')).active).toBe(false);
    expect((await exported('diagnoses')).row('A01')).toEqual(['A01', diagnoses.row('A01')[1], 'false']);
    // back as they were, for the tests after this one
    await upload(admin, 'items', file(items.header, [{ row: items.row('D0001') }]), { dryRun: false });
    await upload(admin, 'diagnoses', file(diagnoses.header, [{ row: diagnoses.row('A01') }]), { dryRun: false });
    expect((await record('items', 'D0001')).active).toBe(true);
    expect((await record('diagnoses', 'A01')).active).toBe(true);
  });

  it('reads a French Excel CSV: ; separator, BOM, decimal comma, quoted cells', async () => {
    const file = '\uFEFFcode;name;type;price;care_type\r\nZZ030;"Soin; avec point-virgule";C;12,5;O\r\nZZ031;Deuxième soin;P;"7,25";I\r\n';
    const { status, report } = await upload(admin, 'services', file, { dryRun: false });
    expect(status).toBe(200);
    expect(report).toMatchObject({ separator: ';', applied: true, counts: { create: 2 } });
    expect(await service('ZZ030')).toMatchObject({ name: 'Soin; avec point-virgule', price: '12.50' });
    expect(await service('ZZ031')).toMatchObject({ name: 'Deuxième soin', price: '7.25' });
  });

  it('imports an XLSX workbook (first sheet, numbers and text cells)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('items');
    sheet.addRow(['code', 'name', 'type', 'package', 'price', 'care_type', 'patient_category', 'frequency']);
    sheet.addRow(['ZX001', 'Imported drug', 'D', 'Box of 10', 150.5, 'O', 15, null]);
    sheet.addRow([]);
    sheet.addRow(['ZX002', 'Bad item', 'Q', null, 20, 'O', 15, 7]);
    const body = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { status, report } = await upload(admin, 'items', body, { type: XLSX });
    expect(status).toBe(200);
    expect(report.format).toBe('xlsx');
    expect(report.rows.map((r) => [r.row, r.code, r.action])).toEqual([
      [2, 'ZX001', 'create'],
      [4, 'ZX002', 'error'],
    ]);
    expect(problemsOf(report)).toEqual([[4, 'type', 'INVALID']]);
  });

  it('locations: parents in the file or the database, unknown parents, wrong levels, no type change, in insert order', async () => {
    const file = [
      'code,name,type,parent_code',
      'ZV1,New village,V,ZM1', // 2 its municipality comes later in the file
      'ZM1,New municipality,M,ZD1', // 3
      'ZD1,New district,D,ZR', // 4
      'ZR,New region,R,', // 5
      'ZV2,Orphan village,V,NOPE', // 6 NOT_FOUND
      'ZV3,Village under a village,V,ZV1', // 7 INVALID level
      'ZD2,District without region,D,', // 8 REQUIRED
      'R1,Kilima,D,', // 9 the type of an existing location cannot change
    ].join('\n');
    const { report } = await upload(admin, 'locations', file);
    expect(report.rows.slice(0, 4).map((r) => r.action)).toEqual(['create', 'create', 'create', 'create']);
    expect(problemsOf(report)).toEqual([
      [6, 'parent_code', 'NOT_FOUND'],
      [7, 'parent_code', 'INVALID'],
      [8, 'parent_code', 'REQUIRED'],
      [9, 'type', 'INVALID'],
    ]);
    const clean = file.split('\n').slice(0, 5).join('\n');
    const applied = await upload(admin, 'locations', clean, { dryRun: false });
    expect(applied.report).toMatchObject({ applied: true, counts: { create: 4 } });
    const found = await admin.gql('{ locations(filter: { search: "ZV1" }) { edges { node { code parent { code parent { code parent { code } } } } } } }');
    expect(found.json.data.locations.edges[0].node).toEqual({ code: 'ZV1', parent: { code: 'ZM1', parent: { code: 'ZD1', parent: { code: 'ZR' } } } });
    // a village moved to another municipality of the database: an update of parent_code
    const moved = await upload(admin, 'locations', 'code,name,type,parent_code\nZV1,New village,V,R1D1M1\n', { dryRun: false });
    expect(moved.report.rows[0]).toMatchObject({ action: 'update', changes: ['parent_code'] });
  });

  it('facilities: districts by code, price lists by name and kind, the domain rules', async () => {
    const exported = (await download(admin, 'facilities.csv')).body.toString('utf8');
    const [header = [], first = []] = parse(exported, { bom: true }) as string[][];
    const col = (name: string) => header.indexOf(name);
    const itemList = first[col('item_price_list')];
    const row = (changes: Record<string, string>) => {
      const copy = [...first];
      for (const [name, value] of Object.entries(changes)) copy[col(name)] = value;
      return stringify([copy]).trim();
    };
    const { report: roundTrip } = await upload(admin, 'facilities', stringify([header, first]));
    expect(roundTrip.rows[0]?.action).toBe('unchanged');
    const file = [
      header.join(','),
      row({ code: 'ZF001', name: 'New clinic', district_code: 'R1D1', address: '', email: 'clinic@example.org' }), // 2 create
      row({ code: 'ZF002', district_code: 'NOPE' }), // 3 unknown district
      row({ code: 'ZF003', district_code: 'R1' }), // 4 a region, not a district
      row({ code: 'ZF004', service_price_list: String(itemList) }), // 5 an items list as the services list
      row({ code: 'ZF005', level: 'Z', email: 'not-an-email' }), // 6 two problems
    ].join('\n');
    const { report } = await upload(admin, 'facilities', file);
    expect(report.rows[0]?.action).toBe('create');
    expect(problemsOf(report)).toEqual([
      [3, 'district_code', 'NOT_FOUND'],
      [4, 'district_code', 'INVALID'],
      [5, 'service_price_list', 'INVALID'],
      [6, 'level', 'INVALID'],
      [6, 'email', 'INVALID'],
    ]);
  });

  it('rights: the import right, then the register write rights (per row); export needs its right; signed out is 401', async () => {
    const roles = async (name: string, rights: number[]) => {
      const r = await admin.gql(`mutation($i: CreateRoleInput!) { createRole(input: $i) { role { id } ${ERR} } }`, { i: { name, rights } });
      expect(r.json.data.createRole.errors).toEqual([]);
      return r.json.data.createRole.role.id;
    };
    const user = async (username: string, roleIds: string[]) => {
      const r = await admin.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } ${ERR} } }`, {
        i: { username, otherNames: 'Test', lastName: 'User', password: 'password123', roleIds },
      });
      expect(r.json.data.createUser.errors).toEqual([]);
      return client(username, 'password123');
    };
    const a1 = await service('A0001');
    const file = [HEADER, `A0001,${a1.name},P,A,V,${a1.price},O,15,`, 'ZZ040,Created,C,C,S,1,O,15,', `A0002,Renamed,P,A,V,1,O,15,`].join('\n');

    const importOnly = await user('importonly', [await roles('Import only', [131010, 121401])]);
    const refused = await upload(importOnly, 'services', file);
    expect(refused.status).toBe(403);
    expect(refused.json.errors[0].extensions).toEqual({ code: 'FORBIDDEN', right: 121403 });

    const editor = await user('serviceeditor', [await roles('Service editor', [131010, 121401, 121403])]);
    const partial = await upload(editor, 'services', file);
    expect(partial.status).toBe(200);
    expect(partial.report.rows.map((r) => r.action)).toEqual(['unchanged', 'error', 'update']);
    expect(problemsOf(partial.report)).toEqual([[3, null, 'FORBIDDEN']]);
    expect(partial.report.problems[0]?.message).toContain('121402');

    // the demo enrolment officer: neither import nor export
    const enrolment = await client('enrolment', 'enrolment123');
    expect((await upload(enrolment, 'services', file)).json.errors[0].extensions).toEqual({ code: 'FORBIDDEN', right: 131010 });
    expect((await download(enrolment, 'services.csv')).status).toBe(403);
    // export needs the export right and the register's search right
    const exporter = await user('exporter', [await roles('Exporter', [131009])]);
    expect(JSON.parse((await download(exporter, 'services.csv')).body.toString()).errors[0].extensions).toEqual({ code: 'FORBIDDEN', right: 121401 });
    expect((await download(editor, 'services.csv')).status).toBe(403);

    expect((await upload(null, 'services', file)).status).toBe(401);
    expect((await download(null, 'services.csv')).status).toBe(401);
    expect((await download(admin, 'nothing.csv')).status).toBe(404);
    // the registers query tells the console what the user may do
    const listed = await editor.gql('{ registers { name canImport canExport importRight columns { header required } } }');
    const services = listed.json.data.registers.find((r: Any) => r.name === 'services');
    expect(services).toMatchObject({ canImport: true, canExport: false, importRight: 131010 });
    expect(services.columns.map((c: Any) => c.header)).toEqual([...HEADER.split(','), 'active']);
  });

  it('the CSRF header, the 20 MB limit, malformed and empty files', async () => {
    const csrf = await upload(admin, 'services', `${HEADER}\n`, { csrf: false });
    expect(csrf.status).toBe(403);
    expect(csrf.json.errors[0].extensions.code).toBe('CSRF');

    const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x41);
    const tooLarge = await upload(admin, 'services', big);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');

    const cases: [string | Uint8Array<ArrayBuffer>, string][] = [
      [`${HEADER}\nZZ050,"never closed,C,C,S,1,O,15,\n`, 'MALFORMED'],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), 'MALFORMED'],
      [new Uint8Array([0x63, 0x6f, 0x64, 0x65, 0x0a, 0xff, 0xfe, 0x41]), 'ENCODING'],
      ['', 'EMPTY'],
      ['\n\n', 'EMPTY'],
    ];
    for (const [body, code] of cases) {
      const r = await upload(admin, 'services', body);
      expect(r.status, String(code)).toBe(400);
      expect(r.json.errors[0].extensions.code).toBe(code);
      expect(r.json.errors[0].message.length).toBeGreaterThan(10);
    }
    expect((await upload(admin, 'services', `${HEADER}\n`, { dryRun: 'maybe' as unknown as boolean })).status).toBe(400);
    // the server still answers
    expect((await service('A0001')).code).toBe('A0001');
  });

  it("a district user: their export (with the region above) re-imports clean; they change only their area's locations", async () => {
    const me = await (await client('enrolment', 'enrolment123')).gql('{ me { locationIds } }');
    const districtId = me.json.data.me.locationIds[0];
    const roles = await admin.gql('{ roles(first: 100) { edges { node { id name } } } }');
    const imis = roles.json.data.roles.edges.find((e: Any) => e.node.name === 'IMIS Administrator').node.id;
    const created = await admin.gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } ${ERR} } }`, {
      i: { username: 'registerdistrict', otherNames: 'District', lastName: 'Admin', password: 'password123', roleIds: [imis], locationIds: [districtId] },
    });
    expect(created.json.data.createUser.errors).toEqual([]);
    const local = await client('registerdistrict', 'password123');
    const exported = (await download(local, 'locations.csv')).body.toString('utf8');
    const lines = exported.trim().split('\r\n');
    const all = (await download(admin, 'locations.csv')).body.toString('utf8').trim().split('\r\n');
    expect(lines.length).toBeLessThan(all.length);
    const again = await upload(local, 'locations', exported);
    expect(again.report).toMatchObject({ ok: true, counts: { unchanged: lines.length - 1 } });
    // a municipality of their district and one of another district
    const municipalities = lines.filter((l) => l.split(',')[2] === 'M');
    const own = municipalities[0]?.split(',')[0];
    const other = all.find((l) => l.split(',')[2] === 'M' && !municipalities.includes(l))?.split(',')[0];
    const file = ['code,name,type,parent_code', `ZL1,Inside,V,${own}`, `ZL2,Outside,V,${other}`, 'ZLR,A region,R,'].join('\n');
    const { report } = await upload(local, 'locations', file);
    expect(problemsOf(report)).toEqual([
      [3, null, 'FORBIDDEN'],
      [4, null, 'FORBIDDEN'],
    ]);
    expect(report.rows[0]?.action).toBe('create');
  });
});
