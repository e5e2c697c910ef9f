/** Price lists and their entries (services or items with an optional price override). No GraphQL types. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { createEntity, decimal, defined, deleteEntity, maxLength, oneOf, parseId, type Result, required, updateEntity } from '../../../graphql/crud.js';
import { conflictError, ErrorCodes, notFoundError, type UserError, userError } from '../../../graphql/errors.js';
import { writeHistory } from '../../../graphql/history.js';
import { bumpVersion, lockRow } from '../../../platform/rows.js';
import type { ServiceCtx } from '../../../platform/service.js';
import { locations } from '../../location/tables.js';
import { medicalItems, medicalServices, priceListItems, priceListServices, priceLists } from '../tables.js';
import type { PriceListRow } from './rules.js';

const PRICE_LIST = { table: priceLists, entityType: 'PriceList', label: 'Price list' } as const;

/** A price list's kind, for the caller's right check: 'S' services, 'I' items, null when there is none. */
export async function priceListKind(ctx: Pick<ServiceCtx, 'db'>, id: unknown): Promise<string | null> {
  const listId = parseId(id);
  const [row] = listId ? await ctx.db.select({ kind: priceLists.kind }).from(priceLists).where(eq(priceLists.id, listId)) : [];
  return row?.kind ?? null;
}

function nameChecks(errors: UserError[], name: string | null | undefined, creating: boolean): void {
  if (creating || name !== undefined) required(errors, 'name', name, 'Name');
  maxLength(errors, 'name', name, 100, 'Name');
}

/** A new price list; `copyFrom` (a list of the same kind) gives it that list's lines in the same transaction. */
export async function createPriceList(
  ctx: ServiceCtx,
  input: { kind: string; name: string; locationId?: string | null },
  copyFrom?: number,
): Promise<Result<PriceListRow>> {
  const errors: UserError[] = [];
  oneOf(errors, 'kind', input.kind, ['S', 'I'], 'Kind');
  nameChecks(errors, input.name, true);
  if (errors.length) return { entity: null, errors };
  const locationId = input.locationId ? parseId(input.locationId) : null;
  return createEntity<PriceListRow>(ctx, {
    ...PRICE_LIST,
    uniqueField: 'name',
    values: { kind: input.kind, name: input.name.trim(), locationId },
    validate: async (tx) => {
      if (!input.locationId) return [];
      const [row] = locationId ? await tx.select({ id: locations.id }).from(locations).where(eq(locations.id, locationId)) : [];
      return row ? [] : [userError('locationId', ErrorCodes.invalid, 'Unknown location.')];
    },
    created: async (tx, row) => {
      if (copyFrom === undefined) return [];
      if (row.kind === 'S')
        await tx.execute(sql`insert into ${priceListServices} (price_list_id, service_id, price_override)
          select ${row.id}, service_id, price_override from ${priceListServices} where price_list_id = ${copyFrom}`);
      else
        await tx.execute(sql`insert into ${priceListItems} (price_list_id, item_id, price_override)
          select ${row.id}, item_id, price_override from ${priceListItems} where price_list_id = ${copyFrom}`);
      return [];
    },
  });
}

export async function updatePriceList(
  ctx: ServiceCtx,
  input: { id: string; version: number; name?: string | null; locationId?: string | null },
): Promise<Result<PriceListRow>> {
  const errors: UserError[] = [];
  nameChecks(errors, input.name, false);
  if (errors.length) return { entity: null, errors };
  return updateEntity<PriceListRow>(ctx, {
    ...PRICE_LIST,
    uniqueField: 'name',
    id: input.id,
    version: input.version,
    values: defined({
      name: input.name?.trim(),
      locationId: input.locationId === undefined ? undefined : input.locationId ? parseId(input.locationId) : null,
    }),
  });
}

/**
 * A new price list of the source's kind for another location (none = national), with the source's
 * lines and price overrides, copied by one INSERT ... SELECT in the creating transaction (a list of
 * 40,000 services is one statement). The history of the new list names its source.
 */
export async function duplicatePriceList(ctx: ServiceCtx, input: { id: string; name: string; locationId?: string | null }): Promise<Result<PriceListRow>> {
  const sourceId = parseId(input.id);
  const [source] = sourceId ? await ctx.db.select().from(priceLists).where(eq(priceLists.id, sourceId)) : [];
  if (!source || !sourceId) return { entity: null, errors: [notFoundError('Price list')] };
  return createPriceList(ctx, { kind: source.kind, name: input.name, locationId: input.locationId }, sourceId);
}

export function deletePriceList(ctx: ServiceCtx, input: { id: string; version?: number | null }): Promise<Result<PriceListRow>> {
  return deleteEntity<PriceListRow>(ctx, { ...PRICE_LIST, id: input.id, version: input.version });
}

export interface EntriesInput {
  id: string;
  version: number;
  upsert?: { id: string; priceOverride?: string | null }[] | null;
  remove?: string[] | null;
}

/** Adds or re-prices entries and removes others, one transaction; the list's version goes up and its history names the change. */
export async function setPriceListEntries(ctx: ServiceCtx, input: EntriesInput): Promise<Result<PriceListRow>> {
  const listId = parseId(input.id);
  const [current] = listId ? await ctx.db.select().from(priceLists).where(eq(priceLists.id, listId)) : [];
  if (!current || !listId) return { entity: null, errors: [notFoundError('Price list')] };
  const errors: UserError[] = [];
  const upsert = (input.upsert ?? []).map((entry, i) => {
    const id = parseId(entry.id);
    if (!id) errors.push(userError(`upsert.${i}.id`, ErrorCodes.invalid, 'Unknown service or item.'));
    decimal(errors, `upsert.${i}.priceOverride`, entry.priceOverride, 'Price');
    return { id: id ?? 0, priceOverride: entry.priceOverride ?? null };
  });
  const remove = (input.remove ?? []).map(parseId).filter((id): id is number => id !== null);
  if (errors.length) return { entity: current, errors };
  return ctx.db.transaction(async (tx) => {
    const locked = await lockRow(tx, priceLists, listId);
    if (!locked) return { entity: null, errors: [notFoundError('Price list')] };
    if (locked.version !== input.version) return { entity: locked, errors: [conflictError()] };
    const services = locked.kind === 'S';
    const entity = services ? medicalServices : medicalItems;
    if (upsert.length) {
      const ids = upsert.map((u) => u.id);
      const found = await tx.select({ id: entity.id }).from(entity).where(inArray(entity.id, ids));
      if (found.length !== new Set(ids).size) return { entity: locked, errors: [userError('upsert', ErrorCodes.invalid, 'Unknown service or item.')] };
      const priceOverride = sql`excluded.price_override`;
      if (services)
        await tx
          .insert(priceListServices)
          .values(upsert.map((u) => ({ priceListId: listId, serviceId: u.id, priceOverride: u.priceOverride })))
          .onConflictDoUpdate({ target: [priceListServices.priceListId, priceListServices.serviceId], set: { priceOverride } });
      else
        await tx
          .insert(priceListItems)
          .values(upsert.map((u) => ({ priceListId: listId, itemId: u.id, priceOverride: u.priceOverride })))
          .onConflictDoUpdate({ target: [priceListItems.priceListId, priceListItems.itemId], set: { priceOverride } });
    }
    if (remove.length) {
      if (services) await tx.delete(priceListServices).where(and(eq(priceListServices.priceListId, listId), inArray(priceListServices.serviceId, remove)));
      else await tx.delete(priceListItems).where(and(eq(priceListItems.priceListId, listId), inArray(priceListItems.itemId, remove)));
    }
    const after = await bumpVersion(tx, priceLists, listId, {});
    await writeHistory(tx, ctx, { entityType: 'PriceList', entityId: listId, action: 'UPDATE', before: { ...locked }, after: { ...after, upsert, remove } });
    return { entity: after, errors: [] };
  });
}
