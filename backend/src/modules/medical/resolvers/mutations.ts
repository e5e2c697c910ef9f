/** Changing health facilities, services, items, price lists and diagnoses: the right, the rules, one transaction. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Ctx } from '../../../graphql/context.js';
import { createEntity, decimal, defined, deleteEntity, maxLength, oneOf, parseId, required, updateEntity } from '../../../graphql/crud.js';
import { conflictError, ErrorCodes, notFoundError, requireRight, type UserError, userError } from '../../../graphql/errors.js';
import { writeHistory } from '../../../graphql/history.js';
import { loadById } from '../../../graphql/loader.js';
import { crudMutations } from '../../../platform/crudMutations.js';
import { Rights } from '../../core/rights.js';
import { locations } from '../../location/tables.js';
import {
  checkDistrict,
  checkPriceList,
  codeNameChecks,
  type HfRow,
  hfChecks,
  type Input,
  itemChecks,
  type PriceListRow,
  pick,
  serviceChecks,
} from '../service/rules.js';
import { diagnoses, healthFacilities, medicalItems, medicalServices, priceListItems, priceListServices, priceLists } from '../tables.js';

export const mutationResolvers = {
  Mutation: {
    ...crudMutations({
      entity: 'MedicalService',
      label: 'Medical service',
      payload: 'medicalService',
      table: medicalServices,
      rights: { add: Rights.medicalServiceAdd, edit: Rights.medicalServiceEdit, delete: Rights.medicalServiceDelete },
      fields: ['code', 'name', 'type', 'category', 'level', 'price', 'careType'],
      check: serviceChecks,
    }),
    ...crudMutations({
      entity: 'MedicalItem',
      label: 'Medical item',
      payload: 'medicalItem',
      table: medicalItems,
      rights: { add: Rights.medicalItemAdd, edit: Rights.medicalItemEdit, delete: Rights.medicalItemDelete },
      fields: ['code', 'name', 'type', 'package', 'price', 'careType'],
      check: itemChecks,
    }),
    ...crudMutations({
      entity: 'Diagnosis',
      label: 'Diagnosis',
      payload: 'diagnosis',
      table: diagnoses,
      rights: { add: Rights.diagnosisAdd, edit: Rights.diagnosisEdit, delete: Rights.diagnosisDelete },
      fields: ['code', 'name'],
      check: (input, errors, creating) => codeNameChecks(input, errors, creating, 8, 255),
    }),
    createHealthFacility: async (_: unknown, { input }: { input: Input }, ctx: Ctx) => {
      requireRight(ctx, Rights.healthFacilityAdd);
      const errors: UserError[] = [];
      hfChecks(input, errors, true);
      if (errors.length) return { healthFacility: null, errors };
      const values: Record<string, unknown> = pick(input, ['code', 'name', 'level', 'legalForm', 'careType', 'address', 'phone', 'email']);
      const result = await createEntity<HfRow>(ctx, {
        table: healthFacilities,
        entityType: 'HealthFacility',
        label: 'Health facility',
        values,
        validate: async (tx) => {
          const errs: UserError[] = [];
          values.locationId = await checkDistrict(tx, input.locationId, errs);
          values.servicePriceListId = await checkPriceList(tx, input.servicePriceListId, 'S', 'servicePriceListId', errs);
          values.itemPriceListId = await checkPriceList(tx, input.itemPriceListId, 'I', 'itemPriceListId', errs);
          return errs;
        },
      });
      return { healthFacility: result.entity, errors: result.errors };
    },
    updateHealthFacility: async (_: unknown, { input }: { input: Input & { version: number } }, ctx: Ctx) => {
      requireRight(ctx, Rights.healthFacilityEdit);
      const errors: UserError[] = [];
      hfChecks(input, errors, false);
      if (errors.length) return { healthFacility: null, errors };
      const values: Record<string, unknown> = pick(input, ['code', 'name', 'level', 'legalForm', 'careType', 'address', 'phone', 'email']);
      const result = await updateEntity<HfRow>(ctx, {
        table: healthFacilities,
        entityType: 'HealthFacility',
        label: 'Health facility',
        id: input.id,
        version: input.version,
        values,
        validate: async (tx) => {
          const errs: UserError[] = [];
          if (input.locationId !== undefined) values.locationId = await checkDistrict(tx, input.locationId, errs);
          if (input.servicePriceListId !== undefined)
            values.servicePriceListId = await checkPriceList(tx, input.servicePriceListId, 'S', 'servicePriceListId', errs);
          if (input.itemPriceListId !== undefined) values.itemPriceListId = await checkPriceList(tx, input.itemPriceListId, 'I', 'itemPriceListId', errs);
          return errs;
        },
      });
      return { healthFacility: result.entity, errors: result.errors };
    },
    deleteHealthFacility: async (_: unknown, { input }: { input: { id: string; version?: number } }, ctx: Ctx) => {
      requireRight(ctx, Rights.healthFacilityDelete);
      const result = await deleteEntity<HfRow>(ctx, {
        table: healthFacilities,
        entityType: 'HealthFacility',
        label: 'Health facility',
        id: input.id,
        version: input.version,
      });
      return { healthFacility: result.entity, errors: result.errors };
    },
    createPriceList: async (_: unknown, { input }: { input: { kind: string; name: string; locationId?: string } }, ctx: Ctx) => {
      requireRight(ctx, input.kind === 'I' ? Rights.itemPriceListAdd : Rights.servicePriceListAdd);
      const errors: UserError[] = [];
      oneOf(errors, 'kind', input.kind, ['S', 'I'], 'Kind');
      required(errors, 'name', input.name, 'Name');
      maxLength(errors, 'name', input.name, 100, 'Name');
      if (errors.length) return { priceList: null, errors };
      const locationId = input.locationId ? parseId(input.locationId) : null;
      const result = await createEntity<PriceListRow>(ctx, {
        table: priceLists,
        entityType: 'PriceList',
        label: 'Price list',
        uniqueField: 'name',
        values: { kind: input.kind, name: input.name.trim(), locationId },
        validate: async (tx) => {
          if (!input.locationId) return [];
          const [row] = locationId ? await tx.select({ id: locations.id }).from(locations).where(eq(locations.id, locationId)) : [];
          return row ? [] : [userError('locationId', ErrorCodes.invalid, 'Unknown location.')];
        },
      });
      return { priceList: result.entity, errors: result.errors };
    },
    updatePriceList: async (_: unknown, { input }: { input: { id: string; version: number; name?: string; locationId?: string | null } }, ctx: Ctx) => {
      const current = await loadById<PriceListRow>(ctx, priceLists, parseId(input.id));
      requireRight(ctx, current?.kind === 'I' ? Rights.itemPriceListEdit : Rights.servicePriceListEdit);
      const errors: UserError[] = [];
      if (input.name !== undefined) required(errors, 'name', input.name, 'Name');
      maxLength(errors, 'name', input.name, 100, 'Name');
      if (errors.length) return { priceList: null, errors };
      const result = await updateEntity<PriceListRow>(ctx, {
        table: priceLists,
        entityType: 'PriceList',
        label: 'Price list',
        uniqueField: 'name',
        id: input.id,
        version: input.version,
        values: defined({
          name: input.name?.trim(),
          locationId: input.locationId === undefined ? undefined : input.locationId ? parseId(input.locationId) : null,
        }),
      });
      return { priceList: result.entity, errors: result.errors };
    },
    deletePriceList: async (_: unknown, { input }: { input: { id: string; version?: number } }, ctx: Ctx) => {
      const current = await loadById<PriceListRow>(ctx, priceLists, parseId(input.id));
      requireRight(ctx, current?.kind === 'I' ? Rights.itemPriceListDelete : Rights.servicePriceListDelete);
      const result = await deleteEntity<PriceListRow>(ctx, {
        table: priceLists,
        entityType: 'PriceList',
        label: 'Price list',
        id: input.id,
        version: input.version,
      });
      return { priceList: result.entity, errors: result.errors };
    },
    setPriceListEntries: async (
      _: unknown,
      { input }: { input: { id: string; version: number; upsert?: { id: string; priceOverride?: string | null }[]; remove?: string[] } },
      ctx: Ctx,
    ) => {
      const listId = parseId(input.id);
      const current = await loadById<PriceListRow>(ctx, priceLists, listId);
      requireRight(ctx, current?.kind === 'I' ? Rights.itemPriceListEdit : Rights.servicePriceListEdit);
      if (!current || !listId) return { priceList: null, errors: [notFoundError('Price list')] };
      const errors: UserError[] = [];
      const upsert = (input.upsert ?? []).map((entry, i) => {
        const id = parseId(entry.id);
        if (!id) errors.push(userError(`upsert.${i}.id`, ErrorCodes.invalid, 'Unknown service or item.'));
        decimal(errors, `upsert.${i}.priceOverride`, entry.priceOverride, 'Price');
        return { id: id ?? 0, priceOverride: entry.priceOverride ?? null };
      });
      const remove = (input.remove ?? []).map(parseId).filter((id): id is number => id !== null);
      if (errors.length) return { priceList: current, errors };
      const kind = current.kind as 'S' | 'I';
      return ctx.db.transaction(async (tx) => {
        const [locked] = await tx.select().from(priceLists).where(eq(priceLists.id, listId)).for('update');
        if (!locked) return { priceList: null, errors: [notFoundError('Price list')] };
        if (locked.version !== input.version) return { priceList: locked, errors: [conflictError()] };
        const entity = kind === 'S' ? medicalServices : medicalItems;
        if (upsert.length) {
          const ids = upsert.map((u) => u.id);
          const found = await tx.select({ id: entity.id }).from(entity).where(inArray(entity.id, ids));
          if (found.length !== new Set(ids).size) return { priceList: locked, errors: [userError('upsert', ErrorCodes.invalid, 'Unknown service or item.')] };
          if (kind === 'S') {
            await tx
              .insert(priceListServices)
              .values(upsert.map((u) => ({ priceListId: listId, serviceId: u.id, priceOverride: u.priceOverride })))
              .onConflictDoUpdate({
                target: [priceListServices.priceListId, priceListServices.serviceId],
                set: { priceOverride: sql`excluded.price_override` },
              });
          } else {
            await tx
              .insert(priceListItems)
              .values(upsert.map((u) => ({ priceListId: listId, itemId: u.id, priceOverride: u.priceOverride })))
              .onConflictDoUpdate({ target: [priceListItems.priceListId, priceListItems.itemId], set: { priceOverride: sql`excluded.price_override` } });
          }
        }
        if (remove.length) {
          if (kind === 'S')
            await tx.delete(priceListServices).where(and(eq(priceListServices.priceListId, listId), inArray(priceListServices.serviceId, remove)));
          else await tx.delete(priceListItems).where(and(eq(priceListItems.priceListId, listId), inArray(priceListItems.itemId, remove)));
        }
        const [after] = await tx
          .update(priceLists)
          .set({ version: sql`${priceLists.version} + 1`, updatedAt: new Date() })
          .where(eq(priceLists.id, listId))
          .returning();
        await writeHistory(tx, ctx, {
          entityType: 'PriceList',
          entityId: listId,
          action: 'UPDATE',
          before: { ...locked },
          after: { ...(after ?? {}), upsert, remove },
        });
        return { priceList: after ?? null, errors: [] };
      });
    },
  },
};
