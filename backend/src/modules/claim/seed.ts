/**
 * Demo claims (demo start only) at the claim administrator's hospital and a health centre: Entered
 * ones, Checked ones (submitted through the real checks) and Rejected ones of several reasons
 * (no policy in force 21, not covered by the product 3, care type 10).
 */
import { addDays } from '@kente/contract-policy';
import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/engine.js';
import { users } from '../core/tables.js';
import { insurees } from '../insuree/tables.js';
import { diagnoses, healthFacilities, medicalItems, medicalServices, priceListItems, priceListServices } from '../medical/tables.js';
import { policies, productItems, productServices } from '../policy/tables.js';
import { today } from './service/claim.js';
import { submitOne } from './service/submit.js';
import { claimLines, claims } from './tables.js';

type Facility = typeof healthFacilities.$inferSelect;
interface DemoLine {
  kind: 'S' | 'I';
  id: number;
  quantity: string;
}

/** The facility's price of a service or item (the list's override, else the catalogue's). */
async function listPrice(db: DbOrTx, facility: Facility, line: DemoLine): Promise<string> {
  if (line.kind === 'S') {
    const [row] = await db
      .select({ price: sql<string>`coalesce(${priceListServices.priceOverride}, ${medicalServices.price})` })
      .from(medicalServices)
      .leftJoin(
        priceListServices,
        and(eq(priceListServices.serviceId, medicalServices.id), eq(priceListServices.priceListId, facility.servicePriceListId ?? 0)),
      )
      .where(eq(medicalServices.id, line.id));
    return row?.price ?? '0.00';
  }
  const [row] = await db
    .select({ price: sql<string>`coalesce(${priceListItems.priceOverride}, ${medicalItems.price})` })
    .from(medicalItems)
    .leftJoin(priceListItems, and(eq(priceListItems.itemId, medicalItems.id), eq(priceListItems.priceListId, facility.itemPriceListId ?? 0)))
    .where(eq(medicalItems.id, line.id));
  return row?.price ?? '0.00';
}

export async function seedClaim(db: DbOrTx): Promise<void> {
  const [admin] = await db.select({ id: users.id, facility: users.healthFacilityId }).from(users).where(eq(users.username, 'claimadmin'));
  const [hospital] = admin?.facility
    ? await db.select().from(healthFacilities).where(eq(healthFacilities.id, admin.facility))
    : await db.select().from(healthFacilities).where(eq(healthFacilities.level, 'H')).orderBy(asc(healthFacilities.id)).limit(1);
  const [centre] = await db.select().from(healthFacilities).where(eq(healthFacilities.level, 'C')).orderBy(asc(healthFacilities.id)).limit(1);
  const active = await db.select().from(policies).where(eq(policies.status, 2)).orderBy(asc(policies.id));
  const [dx1, dx2, dx3] = await db.select({ id: diagnoses.id }).from(diagnoses).orderBy(asc(diagnoses.code)).limit(3);
  if (!hospital || !centre || !active.length || !dx1) return;
  const day = today();
  const insured: { insureeId: number; productId: number; since: string }[] = [];
  for (const policy of active) {
    const [head] = await db.select({ id: insurees.id }).from(insurees).where(eq(insurees.familyId, policy.familyId)).orderBy(asc(insurees.id)).limit(1);
    const since = policy.effectiveDate ?? policy.startDate;
    if (head && policy.expiryDate > day && since < addDays(day, -20)) insured.push({ insureeId: head.id, productId: policy.productId, since });
  }
  const familiesWithPolicies = db.select({ id: policies.familyId }).from(policies);
  const [uninsured] = await db
    .select({ id: insurees.id })
    .from(insurees)
    .where(notInArray(insurees.familyId, familiesWithPolicies))
    .orderBy(asc(insurees.id))
    .limit(1);
  const first = insured[0];
  if (!first) return;

  // covered lines a facility may claim: of its care type, no waiting period
  const covered = async (productId: number, careTypes: string[]) => ({
    services: (
      await db
        .select({ id: medicalServices.id })
        .from(productServices)
        .innerJoin(medicalServices, eq(medicalServices.id, productServices.serviceId))
        .where(and(eq(productServices.productId, productId), sql`${productServices.waitingPeriodAdult} is null`, inArray(medicalServices.careType, careTypes)))
        .orderBy(asc(medicalServices.code))
    ).map((r) => r.id),
    items: (
      await db
        .select({ id: medicalItems.id })
        .from(productItems)
        .innerJoin(medicalItems, eq(medicalItems.id, productItems.itemId))
        .where(and(eq(productItems.productId, productId), inArray(medicalItems.careType, careTypes)))
        .orderBy(asc(medicalItems.code))
    ).map((r) => r.id),
  });
  const atHospital = await covered(first.productId, ['I', 'B']);
  const atCentre = await covered(first.productId, ['I', 'O', 'B']);
  const coveredIds = (await db.select({ id: productServices.serviceId }).from(productServices).where(eq(productServices.productId, first.productId))).map(
    (r) => r.id,
  );
  const [uncovered] = await db
    .select({ id: medicalServices.id })
    .from(priceListServices)
    .innerJoin(medicalServices, eq(medicalServices.id, priceListServices.serviceId))
    .where(
      and(
        eq(priceListServices.priceListId, hospital.servicePriceListId ?? 0),
        inArray(medicalServices.careType, ['I', 'B']),
        coveredIds.length ? notInArray(medicalServices.id, coveredIds) : undefined,
      ),
    )
    .orderBy(asc(medicalServices.code))
    .limit(1);
  const [outPatientOnly] = await db
    .select({ id: medicalServices.id })
    .from(medicalServices)
    .where(eq(medicalServices.careType, 'O'))
    .orderBy(asc(medicalServices.code))
    .limit(1);

  let n = 0;
  const ctx = { user: null, moduleConfig: () => ({}) };
  const make = async (facility: Facility, insureeId: number, daysAgo: number, demoLines: DemoLine[], submit: boolean) => {
    if (!demoLines.length) return;
    n += 1;
    const visitFrom = addDays(day, -daysAgo);
    const priced = await Promise.all(demoLines.map(async (l) => ({ ...l, price: await listPrice(db, facility, l) })));
    const claimed = priced.reduce((sum, l) => sum + Math.round(Number(l.quantity) * Number(l.price) * 100), 0) / 100;
    const [claim] = await db
      .insert(claims)
      .values({
        code: `CL${String(n).padStart(4, '0')}`,
        healthFacilityId: facility.id,
        insureeId,
        adminId: facility.id === admin?.facility ? admin.id : null,
        visitFrom,
        visitTo: visitFrom,
        dateClaimed: addDays(visitFrom, 1),
        visitType: n % 5 === 0 ? 'E' : 'O',
        diagnosisId: dx1.id,
        diagnosis1Id: n % 2 ? (dx2?.id ?? null) : null,
        diagnosis2Id: n % 3 ? null : (dx3?.id ?? null),
        guaranteeNo: n % 4 === 0 ? `GN-${1000 + n}` : null,
        claimed: claimed.toFixed(2),
      })
      .returning({ id: claims.id });
    if (!claim) return;
    await db.insert(claimLines).values(
      priced.map((l, i) => ({
        claimId: claim.id,
        lineNo: i + 1,
        kind: l.kind,
        serviceId: l.kind === 'S' ? l.id : null,
        itemId: l.kind === 'I' ? l.id : null,
        quantity: l.quantity,
        priceAsked: l.price,
        priceList: l.price,
      })),
    );
    // the demo seed runs in the boot transaction: submission works on it as on its own
    if (submit) await submitOne(ctx, db as Tx, claim.id);
  };
  const pick =
    (lines: { services: number[]; items: number[] }) =>
    (kind: 'S' | 'I', i: number, quantity = '1.00'): DemoLine[] => {
      const id = (kind === 'S' ? lines.services : lines.items)[i];
      return id ? [{ kind, id, quantity }] : [];
    };
  const h = pick(atHospital);
  const c = pick(atCentre);
  const other = insured[1] ?? first;
  // Entered
  await make(hospital, first.insureeId, 3, [...h('S', 0), ...h('I', 0, '2.00')], false);
  await make(hospital, other.insureeId, 2, [...h('I', 0, '3.00'), ...h('I', 1)], false);
  await make(centre, other.insureeId, 1, [...c('S', 0), ...c('I', 0, '2.00')], false);
  // Checked: covered lines; one with an uncovered line rejected (3) beside passed ones
  await make(hospital, first.insureeId, 12, [...h('S', 0), ...h('I', 0, '1.00')], true);
  await make(hospital, other.insureeId, 10, [...h('I', 0, '5.00')], true);
  await make(centre, first.insureeId, 11, [...c('S', 1), ...c('S', 2), ...c('I', 1, '10.00')], true);
  if (uncovered) await make(centre, other.insureeId, 9, [...c('S', 3), { kind: 'S', id: uncovered.id, quantity: '1.00' }], true);
  // Rejected: no policy in force (21), not covered (3), care type at a hospital (10)
  if (uninsured) await make(hospital, uninsured.id, 6, [...h('I', 0, '2.00')], true);
  if (uncovered) await make(hospital, other.insureeId, 5, [{ kind: 'S', id: uncovered.id, quantity: '1.00' }], true);
  if (outPatientOnly) await make(hospital, first.insureeId, 4, [{ kind: 'S', id: outPatientOnly.id, quantity: '1.00' }], true);
}
