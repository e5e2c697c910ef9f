/**
 * Contributions (openIMIS tblPremium): the contract's field rules (validateContribution), what a
 * payment does to its policy (applyContribution), who may fund a product (mayFund); receipts unique
 * per product; transactions, history, hook `premium.created`. No GraphQL types.
 */
import {
  applyContribution,
  ErrorCodes as C,
  type FieldIssue,
  MAX_RECEIPT,
  mayFund,
  type PolicyStatus,
  type PolicyWarning,
  PolicyStatus as Status,
  validateContribution,
} from '@kente/contract-policy';
import { and, asc, eq, ne } from 'drizzle-orm';
import type { Tx } from '../../../db/engine.js';
import type { Ctx } from '../../../graphql/context.js';
import { createEntity, deleteEntity, parseId, type Result, updateEntity } from '../../../graphql/crud.js';
import { ErrorCodes, type UserError, userError } from '../../../graphql/errors.js';
import { writeHistory } from '../../../graphql/history.js';
import { runHook } from '../../../platform/hooks.js';
import { bumpVersion, lockRow } from '../../../platform/rows.js';
import type { ServiceCtx } from '../../../platform/service.js';
import { payers, policies, premiums, products } from '../tables.js';
import { fundingLocation } from './payer.js';
import { type PolicyRow, statusOf, today, warningOut } from './policy.js';

export type PremiumRow = typeof premiums.$inferSelect;
const PREMIUM = { table: premiums, entityType: 'Premium', label: 'Contribution', uniqueField: 'receipt' } as const;

declare module '../../../platform/hooks.js' {
  interface HookPoints {
    /** After a contribution was recorded (and its policy updated), in the same transaction: errors roll it back. */
    'premium.created': { tx: Tx; user: Ctx['user']; premium: PremiumRow; policy: PolicyRow };
  }
}

/** A change of a contribution: the row, its policy afterwards and the contract's warnings. */
export interface PremiumResult extends Result<PremiumRow> {
  policy: PolicyRow | null;
  warnings: PolicyWarning[];
}

const LABELS: Record<string, string> = { policyId: 'Policy', amount: 'Amount', receipt: 'Receipt', payDate: 'Payment date', payType: 'Payment type' };
function premiumMessage(field: string, code: string): string {
  const label = LABELS[field] ?? field;
  switch (code) {
    case C.required:
      return `${label} is required.`;
    case C.tooLong:
      return `${label} must be at most ${MAX_RECEIPT} characters.`;
    case C.dateInFuture:
      return 'The payment date must not be in the future.';
    case C.outOfRange:
      return 'The amount must be more than 0.';
    default:
      return field === 'payType' ? 'Payment type is one of B (bank), C (cash), M (mobile), F (funding).' : `${label} is not valid.`;
  }
}
const toErrors = (issues: FieldIssue[]): UserError[] => issues.map((i) => userError(i.path, i.code, premiumMessage(i.path, i.code)));

interface PremiumFields {
  payerId?: string | null;
  amount?: string | null;
  receipt?: string | null;
  payDate?: string | null;
  payType?: string | null;
  isPhotoFee?: boolean | null;
}

/** The row's columns from an input (absent = unchanged). */
function columns(input: PremiumFields): Partial<typeof premiums.$inferInsert> {
  const out: Partial<typeof premiums.$inferInsert> = {};
  if (input.payerId !== undefined) out.payerId = input.payerId ? parseId(input.payerId) : null;
  if (input.amount != null) out.amount = input.amount;
  if (input.receipt != null) out.receipt = input.receipt.trim();
  if (input.payDate != null) out.payDate = input.payDate;
  if (input.payType != null) out.payType = input.payType;
  if (input.isPhotoFee != null) out.isPhotoFee = input.isPhotoFee;
  return out;
}

/**
 * The checks a contribution's policy, payer and receipt need once its fields are valid: the policy
 * Idle or Active today (a new payment only), a pay date from the enrolment on, a payer for funding, the funding rule,
 * the receipt unused on the product. `row` is the contribution as it will be stored.
 */
async function contextChecks(tx: Tx, policy: PolicyRow, row: typeof premiums.$inferInsert, selfId: number | null): Promise<UserError[]> {
  const errors: UserError[] = [];
  const status = statusOf(policy);
  // a new payment needs a policy that runs; a correction (selfId) of an older one is allowed
  if (selfId === null && status !== Status.idle && status !== Status.active)
    errors.push(userError('policyId', ErrorCodes.invalid, 'Contributions are paid on idle or active policies only (not suspended or expired).'));
  if (row.payDate < policy.enrolDate) errors.push(userError('payDate', ErrorCodes.outOfRange, 'The payment date must not be before the enrolment date.'));
  if (row.payType === 'F' && !row.payerId) errors.push(userError('payerId', ErrorCodes.required, 'A funding contribution needs its payer.'));
  if (row.payerId) {
    const [product] = await tx.select({ locationId: products.locationId }).from(products).where(eq(products.id, policy.productId));
    const [found] = await tx.select({ locationId: payers.locationId }).from(payers).where(eq(payers.id, row.payerId));
    if (!found) errors.push(userError('payerId', ErrorCodes.invalid, 'Unknown payer.'));
    else if (!mayFund(await fundingLocation(tx, found.locationId), await fundingLocation(tx, product?.locationId ?? null)))
      errors.push(userError('payerId', C.fundingLocation, "The payer's location may not fund this policy's product."));
  }
  const [taken] = await tx
    .select({ id: premiums.id })
    .from(premiums)
    .innerJoin(policies, eq(policies.id, premiums.policyId))
    .where(and(eq(premiums.receipt, row.receipt), eq(policies.productId, policy.productId), selfId ? ne(premiums.id, selfId) : undefined))
    .limit(1);
  if (taken) errors.push(userError('receipt', ErrorCodes.duplicate, 'Another contribution on this product already has this receipt.'));
  return errors;
}

/** The policy's other contributions (all but `except`), oldest first. */
const othersOf = (tx: Tx, policyId: number, except: number | null) =>
  tx
    .select({ amount: premiums.amount, isPhotoFee: premiums.isPhotoFee })
    .from(premiums)
    .where(and(eq(premiums.policyId, policyId), except ? ne(premiums.id, except) : undefined))
    .orderBy(asc(premiums.id));

/**
 * applyContribution's effect on the locked policy: an Idle policy reaching its value (or put in
 * force) becomes Active with its effective date; the policy's version goes up, with history.
 */
async function applyToPolicy(
  tx: Tx,
  ctx: ServiceCtx,
  policy: PolicyRow,
  row: { amount: string; payDate: string; isPhotoFee?: boolean | null },
  selfId: number | null,
  putInForce: boolean,
): Promise<{ policy: PolicyRow; warnings: PolicyWarning[] }> {
  const [product] = await tx.select({ maxInstallments: products.maxInstallments }).from(products).where(eq(products.id, policy.productId));
  const effect = applyContribution(
    {
      value: policy.value,
      status: policy.status as PolicyStatus,
      startDate: policy.startDate,
      expiryDate: policy.expiryDate,
      effectiveDate: policy.effectiveDate,
    },
    await othersOf(tx, policy.id, selfId),
    { amount: row.amount, payDate: row.payDate, isPhotoFee: row.isPhotoFee },
    { enforce: putInForce, maxInstallments: product?.maxInstallments },
  );
  if (!effect.activated) return { policy, warnings: effect.warnings };
  const after = await bumpVersion(tx, policies, policy.id, { status: effect.status, effectiveDate: effect.effectiveDate });
  await writeHistory(tx, ctx, { entityType: 'Policy', entityId: policy.id, action: 'UPDATE', before: policy, after });
  return { policy: after, warnings: effect.warnings };
}

export interface CreatePremiumInput extends PremiumFields {
  policyId: string;
  amount: string;
  receipt: string;
  payDate: string;
  payType: string;
  putInForce?: boolean | null;
}

/** 101302: a contribution on an Idle or Active policy, through applyContribution; hook `premium.created`. */
export async function createPremium(ctx: ServiceCtx, input: CreatePremiumInput): Promise<PremiumResult> {
  const { putInForce, ...fields } = input;
  let policy: PolicyRow | null = null;
  let warnings: PolicyWarning[] = [];
  const values = { ...columns(fields), policyId: parseId(input.policyId) ?? 0 } as typeof premiums.$inferInsert;
  const result = await createEntity<PremiumRow>(ctx, {
    ...PREMIUM,
    values,
    validate: async (tx) => {
      const errors = toErrors(validateContribution(fields, { today: today() }));
      if (errors.length) return errors;
      const locked = await lockRow(tx, policies, values.policyId);
      if (!locked) return [userError('policyId', ErrorCodes.invalid, 'Unknown policy.')];
      policy = locked;
      return contextChecks(tx, locked, values, null);
    },
    created: async (tx, premium) => {
      if (!policy) return [];
      ({ policy, warnings } = await applyToPolicy(tx, ctx, policy, premium, premium.id, putInForce === true));
      return runHook('premium.created', { tx, user: ctx.user, premium, policy });
    },
  });
  return { ...result, policy: result.entity ? policy : null, warnings: result.entity ? warnings : [] };
}

/**
 * 101303: a contribution's fields (not its policy), at its version, whatever the policy's status
 * today (a receipt typo on an expired policy can be corrected). An Idle policy the change brings to
 * its value becomes Active; an Active one brought below it stays Active (openIMIS).
 */
export async function updatePremium(ctx: ServiceCtx, input: PremiumFields & { id: string; version: number }): Promise<PremiumResult> {
  const { id, version, ...fields } = input;
  const values = columns(fields);
  let policy: PolicyRow | null = null;
  let warnings: PolicyWarning[] = [];
  const result = await updateEntity<PremiumRow>(ctx, {
    ...PREMIUM,
    id,
    version,
    values,
    validate: async (tx, existing) => {
      const errors = toErrors(validateContribution({ ...fields, policyId: String(existing.policyId) }, { today: today(), partial: true }));
      if (errors.length) return errors;
      const locked = await lockRow(tx, policies, existing.policyId);
      if (!locked) return [userError('policyId', ErrorCodes.invalid, 'Unknown policy.')];
      const merged = { ...existing, ...values };
      const more = await contextChecks(tx, locked, merged, existing.id);
      if (more.length) return more;
      // the policy changes before the contribution is written, in the same transaction
      ({ policy, warnings } = await applyToPolicy(tx, ctx, locked, merged, existing.id, false));
      return [];
    },
  });
  return { ...result, policy: result.errors.length ? null : policy, warnings: result.errors.length ? [] : warnings };
}

/** 101304: a contribution, at its version; the policy's status is left as it is (openIMIS keeps an Active policy Active). */
export async function deletePremium(ctx: ServiceCtx, input: { id: string; version: number }): Promise<PremiumResult> {
  let policy: PolicyRow | null = null;
  const result = await deleteEntity<PremiumRow>(ctx, {
    ...PREMIUM,
    id: input.id,
    version: input.version,
    validate: async (tx, existing) => {
      policy = (await lockRow(tx, policies, existing.policyId)) ?? null;
      return [];
    },
  });
  return { ...result, policy: result.errors.length ? null : policy, warnings: [] };
}

/** The warnings with their English messages (the console translates the codes). */
export const warningsOut = (warnings: readonly PolicyWarning[]) => warnings.map(warningOut);
