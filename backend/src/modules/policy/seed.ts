/**
 * Demo products (demo start only): a family lump sum with a threshold, a per-member one, one with cycles, one regional;
 * policies for most demo families (about 200 of the 300) on the national products, Idle, Active, Suspended, expiring
 * within the renewal window and expired;
 * payers, and contributions that agree with the policies' statuses.
 */
import { addDays, addMonths, PolicyStatus, parseMoney, toDecimal } from '@kente/contract-policy';
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/engine.js';
import { families } from '../insuree/tables.js';
import { locations } from '../location/tables.js';
import { medicalItems, medicalServices } from '../medical/tables.js';
import { computeValues, today } from './service/policy.js';
import { payers, policies, premiums, productItems, productServices, products } from './tables.js';

const VALIDITY = { dateFrom: '2024-01-01', dateTo: '2030-12-31' };

export async function seedPolicy(db: DbOrTx): Promise<void> {
  const [region] = await db.select({ id: locations.id }).from(locations).where(eq(locations.type, 'R')).orderBy(asc(locations.code)).limit(1);
  const demo: (typeof products.$inferInsert)[] = [
    {
      code: 'FAM01',
      name: 'Family Basic',
      ...VALIDITY,
      maxMembers: 10,
      threshold: 6,
      lumpSum: '60000.00',
      premiumAdult: '8000.00',
      premiumChild: '5000.00',
      registrationFee: '2000.00',
      maxInstallments: 3,
      gracePeriodEnrolment: 1,
      gracePeriodPayment: 1,
      renewalDiscountPerc: 10,
      renewalDiscountPeriod: 1,
      maxPolicy: '2000000.00',
      maxInsuree: '500000.00',
      maxNoHospitalization: 4,
    },
    {
      code: 'IND01',
      name: 'Individual Cover',
      ...VALIDITY,
      maxMembers: 8,
      premiumAdult: '12000.00',
      premiumChild: '6000.00',
      generalAssemblyFee: '500.00',
      dedTreatment: '1000.00',
      maxTreatment: '300000.00',
      maxNoConsultation: 12,
      maxAmountConsultation: '60000.00',
    },
    {
      code: 'CYC01',
      name: 'Seasonal Cycles',
      ...VALIDITY,
      maxMembers: 6,
      lumpSum: '45000.00',
      threshold: 4,
      premiumAdult: '7000.00',
      premiumChild: '4000.00',
      administrationPeriod: 1,
      startCycle1: '01-01',
      startCycle2: '01-04',
      startCycle3: '01-07',
      startCycle4: '01-10',
      gracePeriodEnrolment: 1,
      gracePeriodRenewal: 1,
      ceilingInterpretation: 'H',
      maxIpPolicy: '1500000.00',
      maxOpPolicy: '300000.00',
    },
    {
      code: 'REG01',
      name: 'Regional Health Plan',
      locationId: region?.id ?? null,
      ...VALIDITY,
      maxMembers: 9,
      lumpSum: '50000.00',
      threshold: 5,
      premiumAdult: '6000.00',
      premiumChild: '3000.00',
      enrolmentDiscountPerc: 5,
      enrolmentDiscountPeriod: 2,
    },
  ];
  const rows = await db.insert(products).values(demo).returning({ id: products.id, code: products.code });
  const services = await db.select({ id: medicalServices.id }).from(medicalServices).orderBy(asc(medicalServices.code)).limit(12);
  const items = await db.select({ id: medicalItems.id }).from(medicalItems).orderBy(asc(medicalItems.code)).limit(10);
  for (const [i, product] of rows.entries()) {
    const limited = product.code === 'IND01';
    if (services.length)
      await db.insert(productServices).values(
        services.slice(0, 12 - i * 2).map((s, n) => ({
          productId: product.id,
          serviceId: s.id,
          limitAdult: limited ? '80' : '100',
          limitChild: '100',
          waitingPeriodAdult: n % 4 === 3 ? 3 : null,
          limitNoAdult: n % 3 === 0 ? 4 : null,
          // IND01 pays its services at a relative price (the claim seed's Processed claims, the batch runs)
          priceOrigin: product.code === 'IND01' ? 'R' : 'P',
        })),
      );
    if (items.length)
      await db
        .insert(productItems)
        .values(items.slice(0, 10 - i * 2).map((it) => ({ productId: product.id, itemId: it.id, priceOrigin: 'P', limitAdult: limited ? '90' : '100' })));
  }
  await seedPolicies(db);
  await seedPayers(db, region?.id ?? null);
  await seedPremiums(db);
}

/** Demo payers: a national government, a national donor, a co-operative of the first region, a local authority. */
async function seedPayers(db: DbOrTx, regionId: number | null): Promise<void> {
  await db.insert(payers).values([
    { type: 'G', name: 'Ministry of Health', address: 'Health House, Capital', phone: '+255 22 211 0000', email: 'contributions@health.example.org' },
    { type: 'D', name: 'Health Partners Fund', address: 'PO Box 100', email: 'grants@partners.example.org' },
    { type: 'C', name: 'Farmers Co-operative Union', locationId: regionId, phone: '+255 27 250 1234' },
    { type: 'L', name: 'Local Council Health Fund', locationId: regionId, fax: '+255 27 250 9999' },
  ]);
}

/**
 * Demo contributions that agree with the policies' statuses: Active, Suspended and expired ones
 * paid in full on their enrolment day (half cash, half by the government for the first ones); Idle
 * ones partly paid (the first also pays a photo fee).
 */
async function seedPremiums(db: DbOrTx): Promise<void> {
  const rows = await db.select().from(policies).orderBy(asc(policies.id));
  const [government] = await db.select({ id: payers.id }).from(payers).where(eq(payers.type, 'G'));
  const values: (typeof premiums.$inferInsert)[] = [];
  let idle = 0;
  for (const [i, policy] of rows.entries()) {
    const receipt = (n: number) => `RC${String(policy.id).padStart(5, '0')}-${n}`;
    const base = { policyId: policy.id, payDate: policy.enrolDate };
    const value = parseMoney(policy.value);
    if (policy.status === PolicyStatus.idle) {
      values.push({ ...base, amount: toDecimal((value / 200n) * 100n), receipt: receipt(1), payType: 'C' });
      if (idle++ === 0) values.push({ ...base, amount: '500.00', receipt: receipt(2), payType: 'C', isPhotoFee: true });
    } else if (i < 4 && government) {
      const half = (value / 200n) * 100n; // whole cents
      values.push({ ...base, amount: toDecimal(half), receipt: receipt(1), payType: 'C' });
      values.push({ ...base, amount: toDecimal(value - half), receipt: receipt(2), payType: 'F', payerId: government.id });
    } else values.push({ ...base, amount: policy.value, receipt: receipt(1), payType: i % 2 ? 'M' : 'B' });
  }
  if (values.length) await db.insert(premiums).values(values);
}

/** Families that get a policy (most of the 300 demo families). */
const DEMO_INSURED_FAMILIES = 260;

/**
 * The enrolment date and stored status of the i-th demo policy: the first twelve as DEMO_POLICIES
 * (months ago); the others enrolled 0-420 days ago, so some expire within the renewal window and
 * some have read Expired for weeks, 7 in 10 Active, 2 Idle, 1 Suspended.
 */
function demoPolicy(i: number): [string, number] {
  if (i < DEMO_POLICIES.length * 3) {
    const [months, status] = DEMO_POLICIES[i % DEMO_POLICIES.length] as [number, number];
    return [addMonths(today(), -months), status];
  }
  const daysAgo = (i * 37) % 420;
  const status = daysAgo > 365 || i % 10 < 7 ? PolicyStatus.active : i % 10 < 9 ? PolicyStatus.idle : PolicyStatus.suspended;
  return [addDays(today(), -daysAgo), status];
}

/** Months before today each demo policy was enrolled, with the status it was left in (the oldest reads Expired). */
const DEMO_POLICIES: [number, number][] = [
  [1, PolicyStatus.idle],
  [2, PolicyStatus.active],
  [3, PolicyStatus.suspended],
  [16, PolicyStatus.active],
];

export async function seedPolicies(db: DbOrTx): Promise<void> {
  const national = await db.select({ id: products.id, code: products.code }).from(products).where(eq(products.code, 'FAM01'));
  const individual = await db.select({ id: products.id }).from(products).where(eq(products.code, 'IND01'));
  const demoFamilies = await db.select({ id: families.id }).from(families).orderBy(asc(families.id)).limit(DEMO_INSURED_FAMILIES);
  const productIds = [national[0]?.id, individual[0]?.id].filter((id): id is number => id !== undefined);
  if (!productIds.length) return;
  for (const [i, family] of demoFamilies.entries()) {
    // every fifth family after the first twelve stays uninsured (enrolment and claims need some)
    if (i >= DEMO_POLICIES.length * 3 && i % 5 === 4) continue;
    const [enrolDate, status] = demoPolicy(i);
    const productId = productIds[i % productIds.length] as number;
    const { value } = await computeValues(db, { familyId: String(family.id), productId: String(productId), enrolDate });
    if (!value) continue;
    await db.insert(policies).values({
      familyId: family.id,
      productId,
      stage: 'N',
      status,
      value: value.value,
      enrolDate,
      startDate: value.dates.startDate,
      effectiveDate: status === PolicyStatus.idle ? null : value.dates.startDate,
      expiryDate: value.dates.expiryDate,
    });
  }
}
