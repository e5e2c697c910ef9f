/**
 * Submission in process (both engines), where the test needs what the API does not offer: the hook
 * `claim.submitting` (a handler rejecting a line, and refusing), the composition refusing a guarantee
 * number already used (config["mf-claim"].duplicateGuarantee = 'refuse'); and a service's patient
 * category (4) and frequency (5) set in the database, with the boundaries of the frequency window.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '@kente/contract-policy';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../src/app.js';
import type { Database } from '../src/db/engine.js';
import { type CreateClaimInput, createClaim } from '../src/modules/claim/service/claim.js';
import { submitClaims } from '../src/modules/claim/service/submit.js';
import { claims } from '../src/modules/claim/tables.js';
import { domains } from '../src/modules/index.js';
import { insurees } from '../src/modules/insuree/tables.js';
import { diagnoses, healthFacilities, medicalServices } from '../src/modules/medical/tables.js';
import { registerHooks } from '../src/platform/hooks.js';
import { registerScopes } from '../src/platform/scope.js';
import { engines, freshPostgresDatabase } from './harness.js';

const today = new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => addDays(today, -n);

describe.each(engines)('claim submission in process on %s', (engine) => {
  let database: Database;
  let cleanup: () => Promise<void>;
  let base: Omit<CreateClaimInput, 'code' | 'lines' | 'visitFrom' | 'dateClaimed'>;
  const service: Record<string, number> = {};
  let n = 0;
  // a national user (no locations, no facility): the scope lets them submit any claim
  const user = {
    id: 1,
    username: 'Admin',
    otherNames: 'Ama',
    lastName: 'Mensah',
    language: 'en',
    healthFacilityId: null,
    locationIds: [],
    rights: new Set<number>(),
    sessionId: 'test',
  };
  const ctx = (config: Record<string, unknown> = {}) => ({ db: database.db, user, moduleConfig: () => config });
  const enter = async (code: string, days: number, extra: Partial<CreateClaimInput> = {}, config: Record<string, unknown> = {}) =>
    createClaim(ctx(config), {
      ...base,
      code: `${code}${++n}`,
      visitFrom: daysAgo(days),
      dateClaimed: daysAgo(days),
      lines: [{ kind: 'S', serviceId: String(service.A0002), quantity: '1' }],
      ...extra,
    });
  const submitOne = async (id: number, config: Record<string, unknown> = {}) => {
    const out = await submitClaims(ctx(config), { ids: [String(id)] });
    return out;
  };

  beforeAll(async () => {
    if (engine === 'postgres') {
      const fresh = await freshPostgresDatabase();
      database = await prepareDatabase({ databaseUrl: fresh.url, demo: true }, () => {});
      cleanup = fresh.drop;
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'kente-claim-'));
      database = await prepareDatabase({ databaseUrl: '', dataDir: dir, demo: true }, () => {});
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
    registerScopes(domains);
    const db = database.db;
    const [centre] = await db.select().from(healthFacilities).where(eq(healthFacilities.level, 'C')).orderBy(asc(healthFacilities.id)).limit(1);
    // an insuree with a Checked demo claim at the centre is covered
    const [checked] = await db
      .select({ insureeId: claims.insureeId })
      .from(claims)
      .where(and(eq(claims.status, 4), eq(claims.healthFacilityId, centre?.id ?? 0)))
      .limit(1);
    const [insuree] = await db
      .select()
      .from(insurees)
      .where(eq(insurees.id, checked?.insureeId ?? 0));
    const [dx] = await db.select().from(diagnoses).limit(1);
    for (const row of await db.select().from(medicalServices)) service[row.code] = row.id;
    if (!centre || !insuree || !dx) throw new Error('demo data missing');
    base = { healthFacilityId: String(centre.id), insuranceNumber: insuree.insuranceNumber, diagnosisId: String(dx.id) };
  }, 120_000);
  afterAll(async () => {
    registerHooks([]);
    await database?.close();
    await cleanup?.();
  }, 30_000);

  it('claim.submitting runs in the transaction: a handler rejects a line with its reason, or refuses the submission', async () => {
    const seen: number[] = [];
    registerHooks([
      {
        name: 'probe',
        hooks: {
          'claim.submitting': async ({ tx, claim, lines, outcomes, reject }) => {
            const [row] = await tx.select().from(claims).where(eq(claims.id, claim.id));
            seen.push(row?.status ?? 0);
            expect(outcomes).toHaveLength(lines.length);
            if (claim.explanation === 'refuse') return [{ field: 'explanation', code: 'FRAUD_SUSPECTED', message: 'Refused by a handler.' }];
            const index = lines.findIndex((l) => l.serviceId === service.C0002);
            if (index >= 0) reject(index, 8);
            return [];
          },
        },
      },
    ]);
    try {
      const made = await enter('HK', 50, {
        lines: [
          { kind: 'S', serviceId: String(service.A0002), quantity: '1' },
          { kind: 'S', serviceId: String(service.C0002), quantity: '1' },
        ],
      });
      expect(made.errors).toEqual([]);
      const out = await submitOne(made.entity?.id ?? 0);
      expect(out.errors).toEqual([]);
      expect(seen).toEqual([2]);
      const [stored] = await database.db
        .select()
        .from(claims)
        .where(eq(claims.id, made.entity?.id ?? 0));
      expect(stored?.status).toBe(4);
      const lines = out.submissions[0]?.claim;
      expect(lines?.status).toBe(4);
      // every line rejected by the handler: the claim is Rejected with the handler's reason
      const only = await enter('HK', 51, { lines: [{ kind: 'S', serviceId: String(service.C0002), quantity: '1' }] });
      expect((await submitOne(only.entity?.id ?? 0)).submissions[0]?.claim).toMatchObject({ status: 1, rejectionReason: 8 });
      const refused = await enter('HK', 52, { explanation: 'refuse' });
      const result = await submitOne(refused.entity?.id ?? 0);
      expect(result.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['explanation:FRAUD_SUSPECTED']);
      const [still] = await database.db
        .select()
        .from(claims)
        .where(eq(claims.id, refused.entity?.id ?? 0));
      expect(still).toMatchObject({ status: 2, version: 1 });
    } finally {
      registerHooks([]);
    }
  }, 60_000);

  it('the composition refuses a guarantee number already used: on save (DUPLICATE), and on submission (Rejected 6)', async () => {
    const refuse = { duplicateGuarantee: 'refuse' };
    const first = await enter('GR', 53, { guaranteeNo: `V-${engine}` });
    expect(first.errors).toEqual([]);
    const second = await enter('GR', 53, { guaranteeNo: `V-${engine}` }, refuse);
    expect(second.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['guaranteeNo:DUPLICATE']);
    // saved while warning was the rule, submitted once refusal is: Rejected 6
    const warned = await enter('GR', 54, { guaranteeNo: `V-${engine}` });
    expect(warned.warnings.map((w) => w.code)).toEqual(['DUPLICATE_GUARANTEE']);
    const out = await submitOne(warned.entity?.id ?? 0, refuse);
    expect(out.submissions[0]?.claim).toMatchObject({ status: 1, rejectionReason: 6 });
    // a Rejected claim's number is free again
    expect((await enter('GR', 55, { guaranteeNo: `W-${engine}` }, refuse)).errors).toEqual([]);
  }, 60_000);

  it('4 patient category and 5 frequency from the service', async () => {
    const [insuree] = await database.db.select().from(insurees).where(eq(insurees.insuranceNumber, base.insuranceNumber));
    const otherGender = insuree?.gender === 'M' ? 2 : 1;
    await database.db
      .update(medicalServices)
      .set({ patientCategory: otherGender | 4 | 8 })
      .where(eq(medicalServices.id, service.A0003 ?? 0));
    await database.db
      .update(medicalServices)
      .set({ frequency: 30 })
      .where(eq(medicalServices.id, service.A0005 ?? 0));
    try {
      const cat = await enter('PC', 56, { lines: [{ kind: 'S', serviceId: String(service.A0003), quantity: '1' }] });
      expect((await submitOne(cat.entity?.id ?? 0)).submissions[0]?.claim).toMatchObject({ status: 1, rejectionReason: 4 });
      const firstVisit = await enter('FQ', 46, { lines: [{ kind: 'S', serviceId: String(service.A0005), quantity: '1' }] });
      expect((await submitOne(firstVisit.entity?.id ?? 0)).submissions[0]?.claim.status).toBe(4);
      const tooSoon = await enter('FQ', 36, { lines: [{ kind: 'S', serviceId: String(service.A0005), quantity: '1' }] });
      expect((await submitOne(tooSoon.entity?.id ?? 0)).submissions[0]?.claim).toMatchObject({ status: 1, rejectionReason: 5 });
      const later = await enter('FQ', 8, { lines: [{ kind: 'S', serviceId: String(service.A0005), quantity: '1' }] });
      expect((await submitOne(later.entity?.id ?? 0)).submissions[0]?.claim.status).toBe(4);
    } finally {
      await database.db
        .update(medicalServices)
        .set({ patientCategory: 15, frequency: null })
        .where(eq(medicalServices.id, service.A0003 ?? 0));
      await database.db
        .update(medicalServices)
        .set({ frequency: null })
        .where(eq(medicalServices.id, service.A0005 ?? 0));
    }
  }, 60_000);
});
