/**
 * mf-admin's last reference-data pieces on the real server (both engines):
 * - deactivating a medical service, item or diagnosis (openIMIS closes its validity): the update
 *   right, versioned (CONFLICT), in the history; lists show active rows unless asked; the claim
 *   pickers never offer it; a claim line or diagnosis naming it is refused, a claim that already
 *   had it stays readable and editable; reactivating brings it back;
 * - a health facility's catchment (openIMIS HFCatchment): villages only, each once, 0-100 %,
 *   inside the editor's area, replaced through the facility's update (stale version = CONFLICT);
 *   `HealthFacility.catchments` read with the facility's rights and scope.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, type RunningServer, startServer } from './harness.js';

// biome-ignore lint/suspicious/noExplicitAny: test convenience
type Any = any;

const ERR = 'errors { field code message }';
const today = new Date().toISOString().slice(0, 10);

describe.each(engines)('medical catalogue and catchments on %s', (engine) => {
  let server: RunningServer;
  let admin: Client;

  const q = async (client: Client, query: string, variables?: Record<string, unknown>) => {
    const r = await client.gql(query, variables);
    expect(r.json.errors).toBeUndefined();
    return r.json.data;
  };
  const first = async (query: string) => {
    const data = await q(admin, query);
    return (Object.values(data)[0] as Any).edges.map((e: Any) => e.node);
  };

  beforeAll(async () => {
    server = await startServer(engine);
    admin = new Client(server.url);
    expect((await admin.login('Admin', 'admin123')).errors).toEqual([]);
  }, 400_000);
  afterAll(async () => server?.stop());

  describe('deactivation', () => {
    const setActive = (verb: 'deactivate' | 'reactivate', entity: string, id: string, version: number, client = admin) =>
      client.gql(`mutation($i: VersionedDeleteInput!) { ${verb}${entity}(input: $i) { ${ERR} } }`, { i: { id, version } });

    it('a deactivated service leaves the lists and pickers, is refused on a new claim line, stays on a claim that had it', async () => {
      const hospital = (await first('{ healthFacilities(filter: { search: "HFH001" }) { edges { node { id } } } }'))[0].id;
      const [service] = await first('{ medicalServices(filter: { search: "A0001" }) { edges { node { id code version active } } } }');
      expect(service).toMatchObject({ code: 'A0001', active: true });
      const [diagnosis, other] = await first('{ diagnoses(first: 2) { edges { node { id code version } } } }');
      const [insured] = (await first('{ claims(first: 50) { edges { node { status insuranceNumber } } } }')).filter((c: Any) => c.status === 4);
      const claimInput = (serviceId: string, diagnosisId: string) => ({
        code: `DA${engine[0]}${Math.random().toString(36).slice(2, 7)}`,
        healthFacilityId: hospital,
        insuranceNumber: insured.insuranceNumber,
        visitFrom: today,
        dateClaimed: today,
        diagnosisId,
        lines: [{ kind: 'S', serviceId, quantity: '1' }],
      });
      const createClaim = (input: Record<string, unknown>) =>
        q(admin, `mutation($i: CreateClaimInput!) { createClaim(input: $i) { claim { id version } ${ERR} } }`, { i: input });
      // a claim entered while the service and diagnosis are active
      const before = (await createClaim(claimInput(service.id, diagnosis.id))).createClaim;
      expect(before.errors).toEqual([]);

      // only the edit right: the medical officer (no 121403) is refused
      const medical = new Client(server.url);
      expect((await medical.login('medical', 'medical123')).errors).toEqual([]);
      const refused = await setActive('deactivate', 'MedicalService', service.id, service.version, medical);
      expect(refused.json.errors?.[0]?.extensions?.code ?? refused.json.data?.deactivateMedicalService?.errors?.[0]?.code).toBe('FORBIDDEN');
      // a stale version changes nothing
      const stale = await setActive('deactivate', 'MedicalService', service.id, service.version + 5);
      expect(stale.json.data.deactivateMedicalService.errors[0].code).toBe('CONFLICT');
      expect((await setActive('deactivate', 'MedicalService', service.id, service.version)).json.data.deactivateMedicalService.errors).toEqual([]);
      expect((await setActive('deactivate', 'Diagnosis', diagnosis.id, diagnosis.version)).json.data.deactivateDiagnosis.errors).toEqual([]);

      // lists: active only by default, all with includeInactive
      expect(await first('{ medicalServices(filter: { search: "A0001" }) { edges { node { code } } } }')).toEqual([]);
      const all = await first('{ medicalServices(filter: { search: "A0001", includeInactive: true }) { edges { node { code active version } } } }');
      expect(all).toEqual([{ code: 'A0001', active: false, version: service.version + 1 }]);
      expect(await first(`{ diagnoses(filter: { search: "${diagnosis.code}" }) { edges { node { id } } } }`)).toEqual([]);
      expect(await first(`{ diagnoses(filter: { search: "${diagnosis.code}", includeInactive: true }) { edges { node { id active } } } }`)).toEqual([
        { id: diagnosis.id, active: false },
      ]);
      // the claim form's picker no longer offers it
      const picked = await q(admin, `query($f: ID!) { claimServicePicker(healthFacilityId: $f, search: "A0001") { edges { node { code } } } }`, {
        f: hospital,
      });
      expect(picked.claimServicePicker.edges).toEqual([]);

      // a new claim naming it is refused with a clear message
      const refusedClaim = (await createClaim(claimInput(service.id, other.id))).createClaim;
      expect(refusedClaim.errors).toEqual([
        { field: 'lines.0.serviceId', code: 'INVALID', message: 'This service has been deactivated: it cannot be claimed.' },
      ]);
      const refusedDiagnosis = (await createClaim({ ...claimInput(service.id, diagnosis.id) })).createClaim;
      expect(refusedDiagnosis.errors).toContainEqual({
        field: 'diagnosisId',
        code: 'INVALID',
        message: 'This diagnosis has been deactivated: choose another.',
      });

      // the claim entered before stays readable and can still be edited with its lines
      const read = await q(admin, 'query($id: ID!) { claim(id: $id) { lines { code serviceId } diagnosis { id } } }', { id: before.claim.id });
      expect(read.claim).toEqual({ lines: [{ code: 'A0001', serviceId: service.id }], diagnosis: { id: diagnosis.id } });
      const edited = await q(admin, `mutation($i: UpdateClaimInput!) { updateClaim(input: $i) { claim { version } ${ERR} } }`, {
        i: { id: before.claim.id, version: before.claim.version, explanation: 'kept', lines: [{ kind: 'S', serviceId: service.id, quantity: '2' }] },
      });
      expect(edited.updateClaim.errors).toEqual([]);

      // reactivated: offered again; the history has both changes
      expect((await setActive('reactivate', 'MedicalService', service.id, service.version + 1)).json.data.reactivateMedicalService.errors).toEqual([]);
      const again = await q(admin, `query($f: ID!) { claimServicePicker(healthFacilityId: $f, search: "A0001") { edges { node { code } } } }`, { f: hospital });
      expect(again.claimServicePicker.edges).toEqual([{ node: { code: 'A0001' } }]);
      const history = await q(admin, 'query($id: ID!) { history(entityType: "MedicalService", entityId: $id) { edges { node { action after } } } }', {
        id: service.id,
      });
      const actives = history.history.edges.map((e: Any) => e.node.after?.active);
      expect(actives).toEqual(expect.arrayContaining([false, true]));
    });

    it('items: deactivated, gone from the list and from a price list line search, back when reactivated', async () => {
      const [item] = await first('{ medicalItems(filter: { search: "D0001" }) { edges { node { id version } } } }');
      const [list] = await first('{ priceLists(filter: { kind: "I" }, first: 1) { edges { node { id } } } }');
      expect((await setActive('deactivate', 'MedicalItem', item.id, item.version)).json.data.deactivateMedicalItem.errors).toEqual([]);
      expect(await first('{ medicalItems(filter: { search: "D0001" }) { edges { node { id } } } }')).toEqual([]);
      const search = async () =>
        (
          await q(admin, 'query($l: ID!) { medicalItems(filter: { search: "D0001", notOnPriceListId: $l }) { edges { node { id } } } }', {
            l: list.id,
          })
        ).medicalItems.edges;
      // take it off the list, so the "add lines" search would offer it if it were active
      const [pl] = await first(`{ priceLists(filter: { kind: "I" }, first: 1) { edges { node { id version } } } }`);
      const off = await q(admin, `mutation($i: SetPriceListEntriesInput!) { setPriceListEntries(input: $i) { ${ERR} } }`, {
        i: { id: pl.id, version: pl.version, remove: [item.id] },
      });
      expect(off.setPriceListEntries.errors).toEqual([]);
      expect(await search()).toEqual([]);
      expect((await setActive('reactivate', 'MedicalItem', item.id, item.version + 1)).json.data.reactivateMedicalItem.errors).toEqual([]);
      expect(await search()).toEqual([{ node: { id: item.id } }]);
    });
  });

  describe('catchment', () => {
    const HF = `id version catchments { locationId percent location { code type } }`;
    const update = (input: Record<string, unknown>, client = admin) =>
      client.gql(`mutation($i: UpdateHealthFacilityInput!) { updateHealthFacility(input: $i) { healthFacility { ${HF} } ${ERR} } }`, { i: input });
    const villagesUnder = async (districtId: string) => {
      const municipalities = await first(`{ locations(filter: { parentId: "${districtId}" }, first: 50) { edges { node { id } } } }`);
      const out: Any[] = [];
      for (const m of municipalities)
        out.push(...(await first(`{ locations(filter: { parentId: "${m.id}" }, first: 50) { edges { node { id code type } } } }`)));
      return out;
    };

    it('keeps villages with their share, refuses non-villages, repeats, bad percentages and stale versions', async () => {
      const [hf] = await first('{ healthFacilities(filter: { search: "HFH001" }) { edges { node { id version locationId } } } }');
      const villages = await villagesUnder(hf.locationId);
      expect(villages.length).toBeGreaterThan(1);
      const [v1, v2] = villages;
      const saved = await update({
        id: hf.id,
        version: hf.version,
        catchments: [
          { locationId: v2.id, percent: 40 },
          { locationId: v1.id, percent: 100 },
        ],
      });
      expect(saved.json.data.updateHealthFacility.errors).toEqual([]);
      const stored = saved.json.data.updateHealthFacility.healthFacility;
      expect(stored.version).toBe(hf.version + 1);
      expect(stored.catchments.map((c: Any) => [c.location.code, c.percent])).toEqual(
        [
          [v1.code, 100],
          [v2.code, 40],
        ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      );

      const bad = await update({
        id: hf.id,
        version: stored.version,
        catchments: [
          { locationId: hf.locationId, percent: 10 },
          { locationId: v1.id, percent: 101 },
          { locationId: v2.id, percent: 5 },
          { locationId: v2.id, percent: 5 },
          { locationId: '99999999', percent: 5 },
        ],
      });
      expect(bad.json.data.updateHealthFacility.errors.map((e: Any) => `${e.field}:${e.code}`)).toEqual([
        'catchments.0.locationId:INVALID',
        'catchments.1.percent:OUT_OF_RANGE',
        'catchments.3.locationId:DUPLICATE',
        'catchments.4.locationId:INVALID',
      ]);
      expect(bad.json.data.updateHealthFacility.errors[0].message).toBe('A catchment lists villages only.');
      // a stale version: CONFLICT, the catchment unchanged
      const stale = await update({ id: hf.id, version: hf.version, catchments: [] });
      expect(stale.json.data.updateHealthFacility.errors[0].code).toBe('CONFLICT');
      const now = await q(admin, `query($id: ID!) { healthFacility(id: $id) { ${HF} } }`, { id: hf.id });
      expect(now.healthFacility.catchments).toHaveLength(2);
      expect(now.healthFacility.version).toBe(stored.version);
      // an update without catchments leaves it; an empty list clears it
      const kept = await update({ id: hf.id, version: stored.version, name: 'Kept catchment' });
      expect(kept.json.data.updateHealthFacility.healthFacility.catchments).toHaveLength(2);
      const cleared = await update({ id: hf.id, version: stored.version + 1, catchments: [] });
      expect(cleared.json.data.updateHealthFacility.healthFacility.catchments).toEqual([]);
      // a village in a catchment cannot be deleted
      await update({ id: hf.id, version: stored.version + 2, catchments: [{ locationId: v1.id, percent: 50 }] });
      const [village] = await first(`{ locations(filter: { search: "${v1.code}" }) { edges { node { id version } } } }`);
      const del = await q(admin, `mutation($i: VersionedDeleteInput!) { deleteLocation(input: $i) { ${ERR} } }`, { i: village });
      expect(del.deleteLocation.errors[0]).toMatchObject({ code: 'IN_USE' });
    });

    it('a district-scoped editor: only villages of their area, and no catchment of a facility outside it', async () => {
      const districts = await first('{ locations(filter: { type: "D" }, first: 10) { edges { node { id } } } }');
      const facilities = await first('{ healthFacilities(first: 50) { edges { node { id version locationId } } } }');
      const home = districts.find((d: Any) => facilities.some((f: Any) => f.locationId === d.id));
      const away = districts.find((d: Any) => d.id !== home.id);
      const mine = facilities.find((f: Any) => f.locationId === home.id);
      const theirs = facilities.find((f: Any) => f.locationId !== home.id);
      const [awayVillage] = await villagesUnder(away.id);
      const [homeVillage] = await villagesUnder(home.id);
      const role = await q(admin, `mutation($i: CreateRoleInput!) { createRole(input: $i) { role { id } ${ERR} } }`, {
        i: { name: `Catchment editor ${engine}`, rights: [121101, 121103, 121901] },
      });
      const made = await q(admin, `mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } ${ERR} } }`, {
        i: {
          username: `catch${engine}`,
          otherNames: 'Catch',
          lastName: 'Ment',
          password: 'password123',
          roleIds: [role.createRole.role.id],
          locationIds: [home.id],
        },
      });
      expect(made.createUser.errors).toEqual([]);
      const scoped = new Client(server.url);
      expect((await scoped.login(`catch${engine}`, 'password123')).errors).toEqual([]);
      const current = async () => (await q(admin, `query($id: ID!) { healthFacility(id: $id) { version } }`, { id: mine.id })).healthFacility.version;
      const outside = await update({ id: mine.id, version: await current(), catchments: [{ locationId: awayVillage.id, percent: 20 }] }, scoped);
      expect(outside.json.data.updateHealthFacility.errors).toEqual([
        { field: 'catchments.0.locationId', code: 'FORBIDDEN', message: 'This village is outside your area.' },
      ]);
      const inside = await update({ id: mine.id, version: await current(), catchments: [{ locationId: homeVillage.id, percent: 20 }] }, scoped);
      expect(inside.json.data.updateHealthFacility.errors).toEqual([]);
      // a facility of another district: neither the facility nor its catchment
      if (theirs) {
        const read = await scoped.gql(`query($id: ID!) { healthFacility(id: $id) { catchments { percent } } }`, { id: theirs.id });
        expect(read.json.data?.healthFacility ?? null).toBeNull();
        const write = await update({ id: theirs.id, version: theirs.version, catchments: [] }, scoped);
        expect(write.json.errors?.[0]?.extensions?.code ?? write.json.data?.updateHealthFacility?.errors?.[0]?.code).toBe('FORBIDDEN');
      }
      // a signed-in user without facility rights reads no catchment, even nested under their own facility
      const receptionist = new Client(server.url);
      expect((await receptionist.login('receptionist', 'receptionist123')).errors).toEqual([]);
      const nested = await receptionist.gql('{ me { healthFacility { id catchments { percent } } } }');
      expect(nested.json.data?.me?.healthFacility?.catchments ?? null).toBeNull();
    });
  });
});
