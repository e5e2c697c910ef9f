/**
 * Policies: value and dates from @kente/contract-policy (policyValue, policyDates, statusAt), the
 * family's members and the product; transactions and history. No GraphQL types.
 */
import {
  notFutureDateRule,
  type PolicyStage,
  PolicyStatus,
  type PolicyValue,
  type PolicyWarning,
  policyValue,
  statusAt,
  WarningCodes,
} from '@kente/contract-policy';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../../db/engine.js';
import type { Ctx } from '../../../graphql/context.js';
import { createEntity, deleteEntity, parseId, type Result, updateEntity } from '../../../graphql/crud.js';
import { ErrorCodes, notFoundError, type UserError, userError } from '../../../graphql/errors.js';
import { runHook } from '../../../platform/hooks.js';
import type { ServiceCtx } from '../../../platform/service.js';
import { families, insurees } from '../../insuree/tables.js';
import { appliesIn } from '../search/product.js';
import { policies, products } from '../tables.js';

export type PolicyRow = typeof policies.$inferSelect;
const POLICY = { table: policies, entityType: 'Policy', label: 'Policy' } as const;

declare module '../../../platform/hooks.js' {
  interface HookPoints {
    /** After a policy was created (new or renewal), in the same transaction: errors roll it back. */
    'policy.created': { tx: Tx; user: Ctx['user']; policy: PolicyRow };
  }
}

/** Inserts a policy with its history row and runs `policy.created`, one transaction. */
function insertPolicy(ctx: ServiceCtx, values: typeof policies.$inferInsert): Promise<Result<PolicyRow>> {
  return createEntity<PolicyRow>(ctx, { ...POLICY, values, created: (tx, policy) => runHook('policy.created', { tx, user: ctx.user, policy }) });
}

const WARNING_MESSAGES: Record<string, string> = {
  [WarningCodes.maxMembersExceeded]: 'The family has more members than the product covers: the extra members are neither covered nor charged.',
  [WarningCodes.maxInstallmentsExceeded]: 'More contributions than the product allows instalments.',
  [WarningCodes.overpaid]: 'The contributions exceed the policy value.',
  [WarningCodes.policyNotIdle]: 'The policy is not idle: its status and dates are left as they are.',
};
/** A contract warning with its English message (the console translates the code). */
export const warningOut = (w: PolicyWarning) => ({ ...w, message: WARNING_MESSAGES[w.code] ?? w.code });

export const today = () => new Date().toISOString().slice(0, 10);
/** The status a reader sees: Expired once the expiry has passed, whatever is stored. */
export const statusOf = (row: PolicyRow) => statusAt({ status: row.status as PolicyStatus, expiryDate: row.expiryDate }, today());

export interface ValuesInput {
  familyId: string;
  productId: string;
  enrolDate: string;
  stage?: string | null;
  previousPolicyId?: string | null;
}

/** The family's members, the product and the contract's value and dates; user errors when a reference or the date is wrong. */
export async function computeValues(
  db: DbOrTx,
  input: ValuesInput,
): Promise<{ errors: UserError[]; value?: PolicyValue; familyId?: number; productId?: number; previousPolicyId?: number | null }> {
  const errors: UserError[] = [];
  const stage = (input.stage ?? 'N') as PolicyStage;
  if (stage !== 'N' && stage !== 'R') errors.push(userError('stage', ErrorCodes.invalid, 'Stage is N (new) or R (renewal).'));
  const dateCode = notFutureDateRule(input.enrolDate, today());
  if (dateCode) errors.push(userError('enrolDate', dateCode, 'The enrolment date must be a real date, not in the future.'));
  const familyId = parseId(input.familyId);
  const productId = parseId(input.productId);
  const [family] = familyId ? await db.select().from(families).where(eq(families.id, familyId)) : [];
  if (!family || !familyId) errors.push(userError('familyId', ErrorCodes.invalid, 'Unknown family.'));
  const [product] = productId ? await db.select().from(products).where(eq(products.id, productId)) : [];
  if (!product || !productId) errors.push(userError('productId', ErrorCodes.invalid, 'Unknown product.'));
  let previousExpiry: string | null = null;
  let previousPolicyId: number | null = null;
  if (input.previousPolicyId) {
    previousPolicyId = parseId(input.previousPolicyId);
    const [previous] = previousPolicyId ? await db.select().from(policies).where(eq(policies.id, previousPolicyId)) : [];
    if (!previous || previous.familyId !== familyId) errors.push(userError('previousPolicyId', ErrorCodes.invalid, 'Unknown previous policy of this family.'));
    else previousExpiry = previous.expiryDate;
  }
  if (errors.length || !family || !product || !familyId || !productId) return { errors };
  if (input.enrolDate < product.dateFrom || input.enrolDate > product.dateTo)
    errors.push(userError('enrolDate', ErrorCodes.invalid, 'The product is not valid on the enrolment date.'));
  const [applies] = await db
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.id, productId), appliesIn(family.villageId)));
  if (!applies) errors.push(userError('productId', ErrorCodes.invalid, "The product does not apply at the family's location."));
  if (errors.length) return { errors };
  const members = await db
    .select({ birthDate: insurees.birthDate, relationship: insurees.relationship })
    .from(insurees)
    .where(and(eq(insurees.familyId, familyId), sql`${insurees.status} <> 'DECEASED'`));
  const value = policyValue(product, members, { enrolDate: input.enrolDate, stage, previousExpiry });
  return { errors: [], value, familyId, productId, previousPolicyId };
}

export interface PolicyInput {
  familyId: string;
  productId: string;
  enrolDate: string;
  officerId?: string | null;
}

const fromValue = (v: PolicyValue) => ({ value: v.value, startDate: v.dates.startDate, expiryDate: v.dates.expiryDate });

/** 101202: a new (stage N) Idle policy; its value and dates are the server's, computed from the contract. */
export async function createPolicy(ctx: ServiceCtx, input: PolicyInput): Promise<Result<PolicyRow>> {
  const computed = await computeValues(ctx.db, { ...input, stage: 'N' });
  if (!computed.value || !computed.familyId || !computed.productId) return { entity: null, errors: computed.errors };
  return insertPolicy(ctx, {
    familyId: computed.familyId,
    productId: computed.productId,
    officerId: input.officerId ? parseId(input.officerId) : null,
    stage: 'N',
    status: PolicyStatus.idle,
    enrolDate: input.enrolDate,
    ...fromValue(computed.value),
  });
}

const notIdle = () => userError(null, ErrorCodes.invalid, 'Only an idle policy can be changed or deleted.');

/** 101203: an Idle policy's product, enrolment date or officer; value and dates recomputed. */
export async function updatePolicy(
  ctx: ServiceCtx,
  input: { id: string; version: number; productId?: string | null; enrolDate?: string | null; officerId?: string | null },
): Promise<Result<PolicyRow>> {
  // filled by validate from the locked row (value and dates recomputed), then written by updateEntity
  const values: Partial<typeof policies.$inferInsert> = {};
  return updateEntity<PolicyRow>(ctx, {
    ...POLICY,
    id: input.id,
    version: input.version,
    values,
    validate: async (tx, existing) => {
      if (existing.status !== PolicyStatus.idle || statusOf(existing) !== PolicyStatus.idle) return [notIdle()];
      const enrolDate = input.enrolDate ?? existing.enrolDate;
      const computed = await computeValues(tx, {
        familyId: String(existing.familyId),
        productId: input.productId ?? String(existing.productId),
        enrolDate,
        stage: existing.stage,
        previousPolicyId: existing.previousPolicyId ? String(existing.previousPolicyId) : null,
      });
      if (!computed.value || !computed.productId) return computed.errors;
      Object.assign(values, { productId: computed.productId, enrolDate, ...fromValue(computed.value) });
      if (input.officerId !== undefined) values.officerId = input.officerId ? parseId(input.officerId) : null;
      return [];
    },
  });
}

/** 101204: an Idle policy, at the version the user saw. */
export function deletePolicy(ctx: ServiceCtx, input: { id: string; version: number }): Promise<Result<PolicyRow>> {
  return deleteEntity<PolicyRow>(ctx, {
    ...POLICY,
    id: input.id,
    version: input.version,
    validate: (_tx, existing) => (existing.status === PolicyStatus.idle ? [] : [notIdle()]),
  });
}

/** 101203: an Active policy (not yet expired) becomes Suspended. */
export function suspendPolicy(ctx: ServiceCtx, input: { id: string; version: number }): Promise<Result<PolicyRow>> {
  return updateEntity<PolicyRow>(ctx, {
    ...POLICY,
    id: input.id,
    version: input.version,
    values: { status: PolicyStatus.suspended },
    validate: (_tx, existing) =>
      statusOf(existing) === PolicyStatus.active ? [] : [userError(null, ErrorCodes.invalid, 'Only an active policy can be suspended.')],
  });
}

/**
 * 101205: a new stage-R Idle policy continuing `id` (the renewal starts the day after its expiry),
 * on the given product, else the old product's conversion product, else the same product.
 */
export async function renewPolicy(
  ctx: ServiceCtx,
  input: { id: string; enrolDate: string; productId?: string | null; officerId?: string | null },
): Promise<Result<PolicyRow>> {
  const id = parseId(input.id);
  const [previous] = id ? await ctx.db.select().from(policies).where(eq(policies.id, id)) : [];
  if (!previous) return { entity: null, errors: [notFoundError('Policy')] };
  let productId = input.productId;
  if (!productId) {
    const [old] = await ctx.db.select({ conversion: products.conversionProductId }).from(products).where(eq(products.id, previous.productId));
    productId = String(old?.conversion ?? previous.productId);
  }
  const computed = await computeValues(ctx.db, {
    familyId: String(previous.familyId),
    productId,
    enrolDate: input.enrolDate,
    stage: 'R',
    previousPolicyId: String(previous.id),
  });
  if (!computed.value || !computed.productId) return { entity: null, errors: computed.errors };
  return insertPolicy(ctx, {
    familyId: previous.familyId,
    productId: computed.productId,
    officerId: input.officerId === undefined ? previous.officerId : input.officerId ? parseId(input.officerId) : null,
    stage: 'R',
    status: PolicyStatus.idle,
    enrolDate: input.enrolDate,
    previousPolicyId: previous.id,
    ...fromValue(computed.value),
  });
}
