/**
 * The insuree domain's resolvers: the right (or the kit's guard), then the rules and the
 * transaction, then the payload. Row types come from the Drizzle tables.
 */
import { ErrorCodes as C, relationshipRule, validateFamily, validateInsuree, validateStatus } from '@kente/contract-insuree';
import { and, eq, sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { type ConnectionArgs, paginate } from '../../graphql/connection.js';
import type { Ctx } from '../../graphql/context.js';
import { defined, deleteEntity, parseId, updateEntity } from '../../graphql/crud.js';
import { badInput, conflictError, notFoundError, pgErrorCode, requireRight, requireUser, type UserError, userError } from '../../graphql/errors.js';
import { writeHistory } from '../../graphql/history.js';
import { loadById } from '../../graphql/loader.js';
import { allow } from '../../platform/rateLimit.js';
import { bumpVersion, lockRow } from '../../platform/rows.js';
import { loadInScope, scopeWhere, userArea } from '../../platform/scope.js';
import { Rights } from '../core/rights.js';
import { locations } from '../location/tables.js';
import { healthFacilities } from '../medical/tables.js';
import { batchUrl } from './http.js';
import {
  type FamilyFilter,
  type InsureeFilter,
  type InsureeOrder,
  insureeSort,
  insureeWhere,
  loadMembers,
  SORTED_CONTAINS_CAP,
  searchFamilies,
} from './search/insuree.js';
import {
  type BatchRow,
  checkVillage,
  clean,
  columns,
  ENQUIRY_LIMIT,
  FAMILY_KEYS,
  type FamilyRow,
  INSUREE_KEYS,
  type Input,
  type InsureeRow,
  insureeDbChecks,
  MAX_BATCH,
  markUsed,
  mutate,
  numberConfig,
  toUserErrors,
  UserErrors,
} from './service/common.js';
import { familyMembersChanged } from './service/members.js';
import { reserveNumbers } from './service/numbers.js';
import { families, insuranceNumberBatches, insurees, reservedNumbers } from './tables.js';

// ---------------------------------------------------------------------------
// Resolvers
// ---------------------------------------------------------------------------

export const resolvers = {
  Family: {
    head: (row: FamilyRow, _: unknown, ctx: Ctx) => loadById<InsureeRow>(ctx, insurees, row.headInsureeId),
    village: (row: FamilyRow, _: unknown, ctx: Ctx) => loadById(ctx, locations, row.villageId),
    members: (row: FamilyRow, _: unknown, ctx: Ctx) => loadMembers(ctx, row),
    memberCount: async (row: FamilyRow, _: unknown, ctx: Ctx) => (await loadMembers(ctx, row)).length,
  },
  Insuree: {
    family: (row: InsureeRow, _: unknown, ctx: Ctx) => loadById<FamilyRow>(ctx, families, row.familyId),
    isHead: async (row: InsureeRow, _: unknown, ctx: Ctx) => (await loadById<FamilyRow>(ctx, families, row.familyId))?.headInsureeId === row.id,
    currentVillage: (row: InsureeRow, _: unknown, ctx: Ctx) => loadById(ctx, locations, row.currentVillageId),
    healthFacility: (row: InsureeRow, _: unknown, ctx: Ctx) => loadById(ctx, healthFacilities, row.healthFacilityId),
  },
  InsuranceNumberBatch: {
    region: (row: BatchRow, _: unknown, ctx: Ctx) => loadById(ctx, locations, row.regionId),
    createdBy: (row: BatchRow) => row.createdByName,
    numbers: async (row: BatchRow & { numbers?: string[] }, _: unknown, ctx: Ctx) =>
      row.numbers ??
      (
        await ctx.db
          .select({ number: reservedNumbers.number })
          .from(reservedNumbers)
          .where(eq(reservedNumbers.batchId, row.id))
          .orderBy(reservedNumbers.position)
      ).map((r) => r.number),
    usedCount: async (row: BatchRow, _: unknown, ctx: Ctx) => {
      const [r] = await ctx.db
        .select({ n: sql<number>`count(*)::int` })
        .from(reservedNumbers)
        .where(and(eq(reservedNumbers.batchId, row.id), eq(reservedNumbers.used, true)));
      return r?.n ?? 0;
    },
    pdfUrl: (row: BatchRow) => batchUrl(row.id, 'pdf'),
    zipUrl: (row: BatchRow) => batchUrl(row.id, 'zip'),
  },
  Query: {
    families: (_: unknown, args: { filter?: FamilyFilter | null; orderBy?: 'HEAD_LAST_NAME' | 'HEAD_INSURANCE_NUMBER' | null } & ConnectionArgs, ctx: Ctx) => {
      requireRight(ctx, Rights.familySearch);
      return searchFamilies(ctx, args.filter ?? {}, args.orderBy, args);
    },
    family: (_: unknown, args: { id: string }, ctx: Ctx) => {
      requireRight(ctx, Rights.familySearch);
      return loadInScope(ctx, 'Family', (id) => loadById<FamilyRow>(ctx, families, id), parseId(args.id));
    },
    insurees: async (_: unknown, args: { filter?: InsureeFilter | null; orderBy?: InsureeOrder | null } & ConnectionArgs, ctx: Ctx) => {
      requireRight(ctx, Rights.insureeSearch);
      const f = args.filter ?? {};
      const { where, search, narrow } = await insureeWhere(ctx, f);
      const sort = insureeSort(args.orderBy, search.kind, f, narrow);
      // A "contains" search in name/number/date order would walk that index (0.4-0.7 s on 1M rows for
      // a rare fragment): sort the first SORTED_CONTAINS_CAP matches found through the trigram indexes instead.
      const bounded =
        search.kind === 'contains' && sort ? sql`${insurees.id} in (select id from ${insurees} where ${where} limit ${SORTED_CONTAINS_CAP + 1})` : where;
      return paginate<InsureeRow>({ db: ctx.db, table: insurees, where: bounded, sort, args });
    },
    insuree: async (_: unknown, args: { id?: string | null; insuranceNumber?: string | null }, ctx: Ctx) => {
      if (args.id) {
        requireRight(ctx, Rights.insureeSearch);
        return loadInScope(ctx, 'Insuree', (id) => loadById<InsureeRow>(ctx, insurees, id), parseId(args.id));
      }
      const user = requireUser(ctx);
      if (!user.rights.has(Rights.insureeSearch)) requireRight(ctx, Rights.insureeEnquire);
      const number = args.insuranceNumber?.trim();
      if (!number) throw badInput('Give id or insuranceNumber.', 'insuranceNumber');
      // An enquiry answers for any insuree (eligibility fields only, see typeRules): bounded per user so it cannot
      // list the register. A national user who may search every insuree anyway is not slowed down.
      const beyondSearch = !user.rights.has(Rights.insureeSearch) || (await userArea(ctx)) !== null;
      if (beyondSearch && !allow(`enquiry:${user.id}`, ENQUIRY_LIMIT, 60_000))
        throw new GraphQLError(`At most ${ENQUIRY_LIMIT} enquiries a minute; wait a moment.`, { extensions: { code: 'RATE_LIMITED' } });
      const [row] = await ctx.db.select().from(insurees).where(eq(insurees.insuranceNumber, number));
      return row ?? null;
    },
    insuranceNumberBatches: async (_: unknown, args: ConnectionArgs, ctx: Ctx) => {
      requireRight(ctx, Rights.insureeAdd);
      return paginate<BatchRow>({
        db: ctx.db,
        table: insuranceNumberBatches,
        where: await scopeWhere(ctx, 'InsuranceNumberBatch'),
        sort: { expr: sql`-${insuranceNumberBatches.id}`, value: (r) => -r.id },
        args,
      });
    },
    insuranceNumberBatch: (_: unknown, args: { id: string }, ctx: Ctx) => {
      requireRight(ctx, Rights.insureeAdd);
      return loadInScope(ctx, 'InsuranceNumberBatch', (id) => loadById<BatchRow>(ctx, insuranceNumberBatches, id), parseId(args.id));
    },
    insuranceNumberConfig: (_: unknown, __: unknown, ctx: Ctx) => {
      requireUser(ctx);
      return numberConfig(ctx);
    },
  },
  Mutation: {
    createFamily: async (_: unknown, { input }: { input: Input & { head: Input } }, ctx: Ctx) => {
      requireRight(ctx, Rights.familyAdd);
      const config = numberConfig(ctx);
      const family = clean(input, FAMILY_KEYS);
      const headValues = clean(input.head ?? {}, INSUREE_KEYS);
      const issues = [...validateFamily(family), ...validateInsuree(headValues, config, { prefix: 'head' })];
      if (issues.length) return { family: null, errors: toUserErrors(issues, config) };
      const result = await mutate(ctx, 'head.insuranceNumber', async (tx) => {
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
      return { family: result.entity, errors: result.errors };
    },
    updateFamily: async (_: unknown, { input }: { input: Input & { id: string; version: number } }, ctx: Ctx) => {
      requireRight(ctx, Rights.familyEdit);
      const values = clean(input, FAMILY_KEYS);
      const issues = validateFamily(values, { partial: true });
      if (issues.length) return { family: null, errors: toUserErrors(issues) };
      const result = await updateEntity<FamilyRow>(ctx, {
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
      return { family: result.entity, errors: result.errors };
    },
    addInsuree: async (_: unknown, { input }: { input: { familyId: string; relationship?: string | null; insuree: Input } }, ctx: Ctx) => {
      requireRight(ctx, Rights.insureeAdd);
      const config = numberConfig(ctx);
      const values = clean(input.insuree ?? {}, INSUREE_KEYS);
      const relationship = typeof input.relationship === 'string' ? input.relationship.trim() || null : null;
      const issues = validateInsuree(values, config, { prefix: 'insuree' });
      const rel = relationshipRule(relationship);
      if (rel) issues.unshift({ path: 'relationship', code: rel });
      if (issues.length) return { insuree: null, errors: toUserErrors(issues, config) };
      const result = await mutate(ctx, 'insuree.insuranceNumber', async (tx) => {
        const family = await lockRow(tx, families, parseId(input.familyId));
        if (!family) throw new UserErrors([userError('familyId', C.notFound, 'Family not found.')]);
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
      return { insuree: result.entity, errors: result.errors };
    },
    updateInsuree: async (_: unknown, { input }: { input: Input & { id: string; version: number } }, ctx: Ctx) => {
      requireRight(ctx, Rights.insureeEdit);
      const config = numberConfig(ctx);
      const values = clean(input, INSUREE_KEYS);
      const issues = validateInsuree(values, config, { partial: true });
      const relationship = input.relationship === undefined ? undefined : typeof input.relationship === 'string' ? input.relationship.trim() || null : null;
      const rel = relationship === undefined ? null : relationshipRule(relationship);
      if (rel) issues.unshift({ path: 'relationship', code: rel });
      if (issues.length) return { insuree: null, errors: toUserErrors(issues, config) };
      try {
        const result = await updateEntity<InsureeRow>(ctx, {
          table: insurees,
          entityType: 'Insuree',
          label: 'Insuree',
          uniqueField: 'insuranceNumber',
          id: input.id,
          version: input.version,
          values: columns(defined({ ...values, relationship })),
          validate: async (tx, existing) => {
            const [family] = await tx.select({ headId: families.headInsureeId }).from(families).where(eq(families.id, existing.familyId));
            if (relationship != null && family?.headId === existing.id)
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
        return { insuree: result.entity, errors: result.errors };
      } catch (error) {
        if (pgErrorCode(error) === '23505')
          return { insuree: null, errors: [userError('insuranceNumber', C.duplicate, 'Another insuree already has this insurance number.')] };
        throw error;
      }
    },
    moveInsuree: async (_: unknown, { input }: { input: { id: string; version: number; familyId: string; relationship?: string | null } }, ctx: Ctx) => {
      requireRight(ctx, Rights.insureeEdit);
      const relationship = typeof input.relationship === 'string' ? input.relationship.trim() || null : null;
      const rel = relationshipRule(relationship);
      if (rel) return { insuree: null, errors: toUserErrors([{ path: 'relationship', code: rel }]) };
      const result = await mutate(ctx, 'insuranceNumber', async (tx) => {
        const existing = await lockRow(tx, insurees, parseId(input.id));
        if (!existing) throw new UserErrors([notFoundError('Insuree')]);
        if (existing.version !== input.version) throw new UserErrors([conflictError()]);
        const [from] = await tx.select().from(families).where(eq(families.id, existing.familyId));
        if (from?.headInsureeId === existing.id)
          throw new UserErrors([userError('id', C.head, 'The head cannot be moved: make another member the head first.')]);
        const target = await lockRow(tx, families, parseId(input.familyId));
        if (!target) throw new UserErrors([userError('familyId', C.notFound, 'Family not found.')]);
        if (target.id === existing.familyId) throw new UserErrors([userError('familyId', C.invalid, 'The insuree is already in this family.')]);
        const row = await bumpVersion(tx, insurees, existing.id, { familyId: target.id, relationship });
        await writeHistory(tx, ctx, { entityType: 'Insuree', entityId: existing.id, action: 'UPDATE', before: existing, after: row });
        await familyMembersChanged(tx, ctx, { familyId: existing.familyId, insureeId: existing.id, change: 'LEFT' });
        await familyMembersChanged(tx, ctx, { familyId: target.id, insureeId: existing.id, change: 'JOINED' });
        return row;
      });
      return { insuree: result.entity, errors: result.errors };
    },
    removeInsuree: async (_: unknown, { input }: { input: { id: string; version: number } }, ctx: Ctx) => {
      requireRight(ctx, Rights.insureeDelete);
      const result = await deleteEntity<InsureeRow>(ctx, {
        table: insurees,
        entityType: 'Insuree',
        label: 'Insuree',
        id: input.id,
        version: input.version,
        validate: async (tx, existing) => {
          const [family] = await tx.select({ headId: families.headInsureeId }).from(families).where(eq(families.id, existing.familyId));
          if (family?.headId === existing.id) return [userError('id', C.head, 'The head cannot be removed: make another member the head first.')];
          // the delete follows in this transaction (deleteEntity), after this announcement
          await familyMembersChanged(tx, ctx, { familyId: existing.familyId, insureeId: existing.id, change: 'LEFT' });
          return [];
        },
      });
      return { insuree: result.errors.length ? null : result.entity, errors: result.errors };
    },
    changeFamilyHead: async (_: unknown, { input }: { input: { familyId: string; version: number; insureeId: string } }, ctx: Ctx) => {
      requireRight(ctx, Rights.familyEdit);
      const result = await mutate(ctx, 'insureeId', async (tx) => {
        const family = await lockRow(tx, families, parseId(input.familyId));
        if (!family) throw new UserErrors([userError('familyId', C.notFound, 'Family not found.')]);
        if (family.version !== input.version) throw new UserErrors([conflictError()]);
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
      return { family: result.entity, errors: result.errors };
    },
    setInsureeStatus: async (
      _: unknown,
      { input }: { input: { id: string; version: number; status: string; statusDate?: string | null; statusReason?: string | null } },
      ctx: Ctx,
    ) => {
      requireRight(ctx, Rights.insureeEdit);
      const values = clean(input, ['status', 'statusDate', 'statusReason']);
      const issues = validateStatus(values);
      if (issues.length) return { insuree: null, errors: toUserErrors(issues) };
      const result = await updateEntity<InsureeRow>(ctx, {
        table: insurees,
        entityType: 'Insuree',
        label: 'Insuree',
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
      return { insuree: result.entity, errors: result.errors };
    },
    reserveInsuranceNumbers: async (_: unknown, { input }: { input: { regionId: string; count: number } }, ctx: Ctx) => {
      const user = requireRight(ctx, Rights.insureeAdd);
      const config = numberConfig(ctx);
      if (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_BATCH)
        return { batch: null, errors: [userError('count', C.invalid, `Count must be between 1 and ${MAX_BATCH}.`)] };
      const result = await mutate(ctx, 'count', async (tx) => {
        const regionId = parseId(input.regionId);
        const [region] = regionId ? await tx.select({ type: locations.type }).from(locations).where(eq(locations.id, regionId)) : [];
        if (!regionId || region?.type !== 'R') throw new UserErrors([userError('regionId', C.invalid, 'Choose a region.')]);
        const [batch] = await tx
          .insert(insuranceNumberBatches)
          .values({ regionId, count: input.count, createdBy: user.id, createdByName: user.username })
          .returning();
        if (!batch) throw new Error('insert into insurance_number_batches returned nothing');
        const numbers = await reserveNumbers(tx, batch.id, input.count, config);
        await writeHistory(tx, ctx, {
          entityType: 'InsuranceNumberBatch',
          entityId: batch.id,
          action: 'CREATE',
          before: null,
          after: { ...batch, numbers },
        });
        return { ...batch, numbers };
      });
      return { batch: result.entity, errors: result.errors };
    },
  },
};
