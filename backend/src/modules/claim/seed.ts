/**
 * Demo claims (demo start only) at the claim administrator's hospital and a health centre: Entered
 * ones, Checked ones (submitted through the real checks) and Rejected ones of several reasons
 * (no policy in force 21, not covered by the product 3, care type 10); then, for other insurees,
 * claims through the domain's services: selected for review, reviewed and delivered, not selected,
 * bypassed; selected for feedback, delivered, bypassed; Valuated and Processed (the README lists them).
 */
import { addDays } from '@kente/contract-policy';
import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../../db/engine.js';
import type { ServiceCtx } from '../../platform/service.js';
import { users } from '../core/tables.js';
import { insurees } from '../insuree/tables.js';
import { diagnoses, healthFacilities, medicalItems, medicalServices, priceListItems, priceListServices } from '../medical/tables.js';
import { policies, productItems, productServices, products } from '../policy/tables.js';
import { today } from './service/claim.js';
import { processOne } from './service/process.js';
import { bypassClaims, deliverClaimFeedback, deliverClaimReview, saveClaimReview, selectClaimsForFeedback, selectClaimsForReview } from './service/review.js';
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
  const make = async (facility: Facility, insureeId: number, daysAgo: number, demoLines: DemoLine[], submit: boolean): Promise<number | null> => {
    if (!demoLines.length) return null;
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
    if (!claim) return null;
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
    return claim.id;
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

  // Reviews, feedback, valuation: other insurees than the two above (the claim tests and the e2e
  // claim journey enter claims for those), each once, visits 18-44 days ago, through the services.
  const [officer] = await db.select().from(users).where(eq(users.username, 'medical'));
  const [relative] = await db.select({ id: products.id }).from(products).where(eq(products.code, 'IND01'));
  if (!officer) return;
  const svc: ServiceCtx = {
    db: db as unknown as Db,
    // the medical officer (national) reviews; history names them
    user: { ...officer, locationIds: [], rights: new Set(), sessionId: 'seed' },
    moduleConfig: () => ({}),
  };
  const others = insured.slice(2).filter((x) => x.since < addDays(day, -45));
  const relativeOnes = others.filter((x) => x.productId === relative?.id);
  const plain = others.filter((x) => x.productId !== relative?.id);
  const lists = new Map<string, { services: number[]; items: number[] }>();
  const linesFor = async (facility: Facility, productId: number) => {
    const key = `${facility.id}:${productId}`;
    let found = lists.get(key);
    if (!found) {
      found = await covered(productId, facility.id === hospital.id ? ['I', 'B'] : ['I', 'O', 'B']);
      lists.set(key, found);
    }
    const { services, items } = found;
    // any index: wraps around the covered lines
    return (kind: 'S' | 'I', i: number, quantity = '1.00'): DemoLine[] => {
      const ids = kind === 'S' ? services : items;
      const id = ids.length ? ids[i % ids.length] : undefined;
      return id ? [{ kind, id, quantity }] : [];
    };
  };
  let k = 0;
  /** a Checked claim of the next insuree (of `pool`): an item (quantity 4) and a service (else another item), or a service (else an item) only */
  const checked = async (pool: typeof others, facility: Facility, withItem = true): Promise<number | null> => {
    const who = pool[k++ % Math.max(pool.length, 1)];
    if (!who) return null;
    const l = await linesFor(facility, who.productId);
    const service = l('S', k);
    const lines = withItem ? [...l('I', 2 + k, '4.00'), ...(service.length ? service : l('I', 3 + k))] : service.length ? service : l('I', k);
    return make(facility, who.insureeId, 18 + (k % 27), lines, true);
  };
  const must = <T extends { errors: { message: string }[] }>(what: string, out: T): T => {
    if (out.errors.length) throw new Error(`claim seed, ${what}: ${out.errors.map((e) => e.message).join(' ')}`);
    return out;
  };
  const version = async (id: number) => (await db.select({ version: claims.version }).from(claims).where(eq(claims.id, id)))[0]?.version ?? 1;
  const select = async (id: number | null, which: 'review' | 'feedback') =>
    id && must(which, await (which === 'review' ? selectClaimsForReview : selectClaimsForFeedback)(svc, { ids: [String(id)] }));
  const review = async (id: number | null) => {
    if (!id) return;
    await select(id, 'review');
    const lines = await db.select().from(claimLines).where(eq(claimLines.claimId, id)).orderBy(asc(claimLines.lineNo));
    const [one, two] = lines;
    if (one && two) {
      must(
        'review',
        await saveClaimReview(svc, {
          id: String(id),
          version: await version(id),
          remark: 'Quantity as prescribed; the second line is not justified by the diagnosis.',
          lines: [
            { lineNo: one.lineNo, quantityApproved: '2.00' },
            { lineNo: two.lineNo, rejected: true, justification: 'Not justified by the diagnosis.' },
          ],
        }),
      );
    }
    must('delivery', await deliverClaimReview(svc, { id: String(id), version: await version(id) }));
  };
  const processClaim = async (id: number | null) => {
    if (id) await processOne(svc, db as Tx, id);
  };
  // review: Selected (2), Delivered on a Checked claim (2: a quantity lowered, a line rejected with a
  // justification) and before valuation (1, Valuated with the reviewed amounts), Not selected (2), Bypassed (1)
  await select(await checked(plain, hospital), 'review');
  await select(await checked(plain, centre), 'review');
  await review(await checked(plain, hospital));
  await review(await checked(plain, centre));
  const reviewedThenValuated = await checked(plain, hospital);
  await review(reviewedThenValuated);
  await processClaim(reviewedThenValuated);
  for (const facility of [hospital, centre]) {
    const id = await checked(plain, facility, false);
    const [row] = id ? await db.select({ code: claims.code }).from(claims).where(eq(claims.id, id)) : [];
    if (row)
      must(
        'not selected',
        await selectClaimsForReview(svc, { filter: { code: row.code, healthFacilityId: String(facility.id) }, aboveAmount: '100000000', randomPercent: 0 }),
      );
  }
  const bypassedReview = await checked(plain, hospital);
  await select(bypassedReview, 'review');
  if (bypassedReview) must('bypass', await bypassClaims(svc, { ids: [String(bypassedReview)] }));
  // feedback: Selected (2), Delivered with the insuree's answers (2), Bypassed (1)
  await select(await checked(plain, hospital, false), 'feedback');
  await select(await checked(plain, centre, false), 'feedback');
  for (const [i, facility] of [hospital, centre].entries()) {
    const id = await checked(plain, facility, false);
    if (!id) continue;
    await select(id, 'feedback');
    const [row] = await db.select({ visitFrom: claims.visitFrom }).from(claims).where(eq(claims.id, id));
    must(
      'feedback',
      await deliverClaimFeedback(svc, {
        id: String(id),
        version: await version(id),
        careRendered: true,
        paymentAsked: i === 1,
        drugPrescribed: true,
        drugReceived: i === 0,
        assessment: 4 - i,
        feedbackDate: addDays(row?.visitFrom ?? day, 3),
      }),
    );
  }
  const bypassedFeedback = await checked(plain, centre, false);
  await select(bypassedFeedback, 'feedback');
  if (bypassedFeedback) must('bypass', await bypassClaims(svc, { ids: [String(bypassedFeedback)], review: false, feedback: true }));
  // valuation: Valuated (4, one with its feedback still Selected: Bypassed by processing), Processed (2: IND01 pays services at a relative price)
  for (const facility of [hospital, hospital, centre]) await processClaim(await checked(plain, facility));
  const bypassedByProcessing = await checked(plain, hospital, false);
  await select(bypassedByProcessing, 'feedback');
  await processClaim(bypassedByProcessing);
  for (const facility of [centre, centre]) await processClaim(await checked(relativeOnes, facility, false));
}
