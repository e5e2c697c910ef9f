/** Families: creation with their head, changes, a new head. Rules and transactions, no GraphQL types. */
import { ErrorCodes as C, validateFamily, validateInsuree } from '@kente/contract-insuree';
import { eq } from 'drizzle-orm';
import { parseId, type Result, updateEntity } from '../../../graphql/crud.js';
import { type UserError, userError } from '../../../graphql/errors.js';
import { writeHistory } from '../../../graphql/history.js';
import { bumpVersion, lockRow } from '../../../platform/rows.js';
import type { ServiceCtx } from '../../medical/service/context.js';
import { families, insurees } from '../tables.js';
import { checkVillage, clean, columns, FAMILY_KEYS, type FamilyRow, INSUREE_KEYS, type Input, insureeDbChecks, markUsed, numberConfig } from './common.js';
import { familyNotFound, lockVersion, mutate, toUserErrors, UserErrors } from './errors.js';

/** A family and its head, one transaction; the head's number is marked used. */
export async function createFamily(ctx: ServiceCtx, input: Input & { head?: Input }): Promise<Result<FamilyRow>> {
  const config = numberConfig(ctx);
  const family = clean(input, FAMILY_KEYS);
  const headValues = clean(input.head ?? {}, INSUREE_KEYS);
  const issues = [...validateFamily(family), ...validateInsuree(headValues, config, { prefix: 'head' })];
  if (issues.length) return { entity: null, errors: toUserErrors(issues, config) };
  return mutate(ctx, 'head.insuranceNumber', async (tx) => {
    const errors: UserError[] = [];
    await checkVillage(tx, 'villageId', family.villageId, errors);
    if (errors.length) throw new UserErrors(errors);
    await insureeDbChecks(tx, 'head', headValues, null);
    const [created] = await tx
      .insert(families)
      .values(columns(family) as typeof families.$inferInsert)
      .returning();
    if (!created) throw new Error('insert into families returned nothing');
    const [member] = await tx
      .insert(insurees)
      .values({ ...(columns(headValues) as typeof insurees.$inferInsert), familyId: created.id, relationship: null })
      .returning();
    if (!member) throw new Error('insert into insurees returned nothing');
    const [row] = await tx.update(families).set({ headInsureeId: member.id }).where(eq(families.id, created.id)).returning();
    await markUsed(tx, member.insuranceNumber);
    await writeHistory(tx, ctx, { entityType: 'Family', entityId: created.id, action: 'CREATE', before: null, after: row ?? null });
    await writeHistory(tx, ctx, { entityType: 'Insuree', entityId: member.id, action: 'CREATE', before: null, after: member });
    return row ?? null;
  });
}

export async function updateFamily(ctx: ServiceCtx, input: Input & { id: string; version: number }): Promise<Result<FamilyRow>> {
  const values = clean(input, FAMILY_KEYS);
  const issues = validateFamily(values, { partial: true });
  if (issues.length) return { entity: null, errors: toUserErrors(issues) };
  return updateEntity<FamilyRow>(ctx, {
    table: families,
    entityType: 'Family',
    label: 'Family',
    id: input.id,
    version: input.version,
    values: columns(values),
    validate: async (tx) => {
      const errors: UserError[] = [];
      await checkVillage(tx, 'villageId', values.villageId, errors);
      return errors;
    },
  });
}

/** A living member becomes the head (relationship cleared); the previous head becomes "other" (OT). */
export function changeFamilyHead(ctx: ServiceCtx, input: { familyId: string; version: number; insureeId: string }): Promise<Result<FamilyRow>> {
  return mutate(ctx, 'insureeId', async (tx) => {
    const family = await lockVersion(tx, families, input.familyId, input.version, familyNotFound);
    const next = await lockRow(tx, insurees, parseId(input.insureeId));
    if (!next || next.familyId !== family.id) throw new UserErrors([userError('insureeId', C.invalid, 'The new head must be a member of the family.')]);
    if (next.status === 'DECEASED') throw new UserErrors([userError('insureeId', C.invalid, 'A deceased insuree cannot be the head.')]);
    if (family.headInsureeId === next.id) return family;
    const previous = await lockRow(tx, insurees, family.headInsureeId);
    const row = await bumpVersion(tx, families, family.id, { headInsureeId: next.id });
    const nextAfter = await bumpVersion(tx, insurees, next.id, { relationship: null });
    await writeHistory(tx, ctx, { entityType: 'Family', entityId: family.id, action: 'UPDATE', before: family, after: row });
    await writeHistory(tx, ctx, { entityType: 'Insuree', entityId: next.id, action: 'UPDATE', before: next, after: nextAfter });
    if (previous) {
      const prevAfter = await bumpVersion(tx, insurees, previous.id, { relationship: 'OT' });
      await writeHistory(tx, ctx, { entityType: 'Insuree', entityId: previous.id, action: 'UPDATE', before: previous, after: prevAfter });
    }
    return row;
  });
}
