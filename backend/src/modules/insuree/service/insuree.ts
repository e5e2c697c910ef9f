/** Insurees: a new member, changes, moves between families, removal, status, enquiry. Rules and transactions, no GraphQL types. */
import { ErrorCodes as C, type FieldIssue, relationshipRule, validateInsuree, validateStatus } from '@kente/contract-insuree';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/engine.js';
import { defined, deleteEntity, parseId, type Result, updateEntity } from '../../../graphql/crud.js';
import { notFoundError, pgErrorCode, userError } from '../../../graphql/errors.js';
import { writeHistory } from '../../../graphql/history.js';
import { allow } from '../../../platform/rateLimit.js';
import { bumpVersion, lockRow } from '../../../platform/rows.js';
import { userArea } from '../../../platform/scope.js';
import { Rights } from '../../core/rights.js';
import type { ServiceCtx } from '../../medical/service/context.js';
import { families, insurees } from '../tables.js';
import { clean, columns, ENQUIRY_LIMIT, INSUREE_KEYS, type Input, type InsureeRow, insureeDbChecks, markUsed, numberConfig } from './common.js';
import { familyNotFound, lockVersion, mutate, toUserErrors, UserErrors } from './errors.js';
import { familyMembersChanged } from './members.js';

const INSUREE = { table: insurees, entityType: 'Insuree', label: 'Insuree' } as const;

/** A relationship as sent: trimmed, blank = none. */
const relationshipOf = (value: unknown): string | null => (typeof value === 'string' ? value.trim() || null : null);

/** The relationship rule's issue first, then the others. */
function withRelationship(issues: FieldIssue[], relationship: string | null | undefined): FieldIssue[] {
  const rel = relationship === undefined ? null : relationshipRule(relationship);
  return rel ? [{ path: 'relationship', code: rel }, ...issues] : issues;
}

async function headOf(tx: Tx, familyId: number): Promise<number | null | undefined> {
  const [family] = await tx.select({ headId: families.headInsureeId }).from(families).where(eq(families.id, familyId));
  return family?.headId;
}

export async function addInsuree(ctx: ServiceCtx, input: { familyId: string; relationship?: string | null; insuree?: Input }): Promise<Result<InsureeRow>> {
  const config = numberConfig(ctx);
  const values = clean(input.insuree ?? {}, INSUREE_KEYS);
  const relationship = relationshipOf(input.relationship);
  const issues = withRelationship(validateInsuree(values, config, { prefix: 'insuree' }), relationship);
  if (issues.length) return { entity: null, errors: toUserErrors(issues, config) };
  return mutate(ctx, 'insuree.insuranceNumber', async (tx) => {
    const family = await lockRow(tx, families, parseId(input.familyId));
    if (!family) throw new UserErrors([familyNotFound]);
    await insureeDbChecks(tx, 'insuree', values, null);
    const [row] = await tx
      .insert(insurees)
      .values({ ...(columns(values) as typeof insurees.$inferInsert), familyId: family.id, relationship })
      .returning();
    if (!row) throw new Error('insert into insurees returned nothing');
    await markUsed(tx, row.insuranceNumber);
    await writeHistory(tx, ctx, { entityType: 'Insuree', entityId: row.id, action: 'CREATE', before: null, after: row });
    await familyMembersChanged(tx, ctx, { familyId: family.id, insureeId: row.id, change: 'JOINED' });
    return row;
  });
}

export async function updateInsuree(ctx: ServiceCtx, input: Input & { id: string; version: number }): Promise<Result<InsureeRow>> {
  const config = numberConfig(ctx);
  const values = clean(input, INSUREE_KEYS);
  const relationship = input.relationship === undefined ? undefined : relationshipOf(input.relationship);
  const issues = withRelationship(validateInsuree(values, config, { partial: true }), relationship);
  if (issues.length) return { entity: null, errors: toUserErrors(issues, config) };
  try {
    return await updateEntity<InsureeRow>(ctx, {
      ...INSUREE,
      uniqueField: 'insuranceNumber',
      id: input.id,
      version: input.version,
      values: columns(defined({ ...values, relationship })),
      validate: async (tx, existing) => {
        if (relationship != null && (await headOf(tx, existing.familyId)) === existing.id)
          return [userError('relationship', C.head, 'The head of the family has no relationship to the head.')];
        try {
          await insureeDbChecks(tx, '', values, existing.id);
        } catch (error) {
          if (error instanceof UserErrors) return error.errors;
          throw error;
        }
        if (values.insuranceNumber !== undefined) await markUsed(tx, values.insuranceNumber);
        return [];
      },
    });
  } catch (error) {
    if (pgErrorCode(error) === '23505')
      return { entity: null, errors: [userError('insuranceNumber', C.duplicate, 'Another insuree already has this insurance number.')] };
    throw error;
  }
}

/** A member (not the head) moves to another family, with its new relationship. */
export function moveInsuree(
  ctx: ServiceCtx,
  input: { id: string; version: number; familyId: string; relationship?: string | null },
): Promise<Result<InsureeRow>> {
  const relationship = relationshipOf(input.relationship);
  const issues = withRelationship([], relationship);
  if (issues.length) return Promise.resolve({ entity: null, errors: toUserErrors(issues) });
  return mutate(ctx, 'insuranceNumber', async (tx) => {
    const existing = await lockVersion(tx, insurees, input.id, input.version, notFoundError('Insuree'));
    if ((await headOf(tx, existing.familyId)) === existing.id)
      throw new UserErrors([userError('id', C.head, 'The head cannot be moved: make another member the head first.')]);
    const target = await lockRow(tx, families, parseId(input.familyId));
    if (!target) throw new UserErrors([familyNotFound]);
    if (target.id === existing.familyId) throw new UserErrors([userError('familyId', C.invalid, 'The insuree is already in this family.')]);
    const row = await bumpVersion(tx, insurees, existing.id, { familyId: target.id, relationship });
    await writeHistory(tx, ctx, { entityType: 'Insuree', entityId: existing.id, action: 'UPDATE', before: existing, after: row });
    await familyMembersChanged(tx, ctx, { familyId: existing.familyId, insureeId: existing.id, change: 'LEFT' });
    await familyMembersChanged(tx, ctx, { familyId: target.id, insureeId: existing.id, change: 'JOINED' });
    return row;
  });
}

/** A member (not the head) leaves the register; the family's history says so. */
export async function removeInsuree(ctx: ServiceCtx, input: { id: string; version: number }): Promise<Result<InsureeRow>> {
  const result = await deleteEntity<InsureeRow>(ctx, {
    ...INSUREE,
    id: input.id,
    version: input.version,
    validate: async (tx, existing) => {
      if ((await headOf(tx, existing.familyId)) === existing.id)
        return [userError('id', C.head, 'The head cannot be removed: make another member the head first.')];
      // the delete follows in this transaction (deleteEntity), after this announcement
      await familyMembersChanged(tx, ctx, { familyId: existing.familyId, insureeId: existing.id, change: 'LEFT' });
      return [];
    },
  });
  return { entity: result.errors.length ? null : result.entity, errors: result.errors };
}

export async function setInsureeStatus(
  ctx: ServiceCtx,
  input: { id: string; version: number; status: string; statusDate?: string | null; statusReason?: string | null },
): Promise<Result<InsureeRow>> {
  const values = clean(input, ['status', 'statusDate', 'statusReason']);
  const issues = validateStatus(values);
  if (issues.length) return { entity: null, errors: toUserErrors(issues) };
  return updateEntity<InsureeRow>(ctx, {
    ...INSUREE,
    id: input.id,
    version: input.version,
    values: {
      status: values.status,
      statusDate: values.status === 'ACTIVE' ? (values.statusDate ?? null) : (values.statusDate ?? new Date().toISOString().slice(0, 10)),
      statusReason: values.statusReason ?? null,
    },
    validate: (_tx, existing) =>
      typeof values.statusDate === 'string' && values.statusDate < existing.birthDate
        ? [userError('statusDate', C.invalid, 'Status date cannot be before the birth date.')]
        : [],
  });
}

/**
 * Eligibility enquiry by insurance number (the caller checked the right): any insuree, eligibility
 * fields only (see typeRules), bounded per user so it cannot list the register; a national user who
 * may search every insuree anyway is not slowed down. 'RATE_LIMITED' when the user asked too often.
 */
export async function enquire(ctx: ServiceCtx, number: string): Promise<InsureeRow | null | 'RATE_LIMITED'> {
  const user = ctx.user;
  if (!user) return null;
  const beyondSearch = !user.rights.has(Rights.insureeSearch) || (await userArea(ctx)) !== null;
  if (beyondSearch && !allow(`enquiry:${user.id}`, ENQUIRY_LIMIT, 60_000)) return 'RATE_LIMITED';
  const [row] = await ctx.db.select().from(insurees).where(eq(insurees.insuranceNumber, number));
  return row ?? null;
}
