/** Products and their covered services and items: rules, transactions, history. No GraphQL types. */

import { withLineDefaults } from '@kente/contract-policy';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/engine.js';
import { createEntity, deleteEntity, parseId, type Result, updateEntity } from '../../../graphql/crud.js';
import { conflictError, ErrorCodes, notFoundError, pgErrorCode, type UserError, userError } from '../../../graphql/errors.js';
import { writeHistory } from '../../../graphql/history.js';
import { bumpVersion, insertRow, lockRow } from '../../../platform/rows.js';
import { NATIONAL, outOfScope } from '../../../platform/scope.js';
import type { ServiceCtx } from '../../../platform/service.js';
import { locations } from '../../location/tables.js';
import { medicalItems, medicalServices } from '../../medical/tables.js';
import { policies, productItems, productServices, products } from '../tables.js';
import { type LineSettings, lineRules, PRODUCT_FIELDS, type ProductValues, productRules } from './productRules.js';

export type ProductRow = typeof products.$inferSelect;
type ProductInsert = typeof products.$inferInsert;
const PRODUCT = { table: products, entityType: 'Product', label: 'Product' } as const;

/** A create or update input: the product's fields, its location and conversion product. */
export type ProductInput = ProductValues & { locationId?: string | null; conversionProductId?: string | null };

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

/** The columns an input sets (absent = unchanged; ids parsed). Every key of PRODUCT_FIELDS is a column of `products`. */
function productValues(input: ProductInput): Partial<ProductInsert> {
  const values: Record<string, unknown> = {};
  for (const field of PRODUCT_FIELDS) if (input[field] !== undefined) values[field] = trimmed(input[field]);
  if (input.locationId !== undefined) values.locationId = input.locationId ? parseId(input.locationId) : null;
  if (input.conversionProductId !== undefined) values.conversionProductId = input.conversionProductId ? parseId(input.conversionProductId) : null;
  return values as Partial<ProductInsert>;
}

/** The references a product names: a region or district, an existing conversion product (not itself). */
async function checkReferences(tx: Tx, values: Partial<ProductInsert>, input: ProductInput, selfId?: number): Promise<UserError[]> {
  const errors: UserError[] = [];
  if (input.locationId) {
    const [row] = values.locationId ? await tx.select({ type: locations.type }).from(locations).where(eq(locations.id, values.locationId)) : [];
    if (!row || !['R', 'D'].includes(row.type))
      errors.push(userError('locationId', ErrorCodes.invalid, 'A product belongs to a region or a district (or none: national).'));
  }
  if (input.conversionProductId) {
    const id = values.conversionProductId;
    const [row] = id && id !== selfId ? await tx.select({ id: products.id }).from(products).where(eq(products.id, id)) : [];
    if (!row) errors.push(userError('conversionProductId', ErrorCodes.invalid, 'Unknown conversion product.'));
  }
  return errors;
}

export async function createProduct(ctx: ServiceCtx, input: ProductInput): Promise<Result<ProductRow>> {
  const errors = productRules(input);
  if (errors.length) return { entity: null, errors };
  const values = productValues(input);
  return createEntity<ProductRow>(ctx, {
    ...PRODUCT,
    values: { ...values, code: String(values.code), name: String(values.name), dateFrom: String(values.dateFrom), dateTo: String(values.dateTo) },
    validate: (tx) => checkReferences(tx, values, input),
  });
}

/** Changes the fields given; the rules see the stored product merged with them (dateFrom alone is checked against the stored dateTo). */
export async function updateProduct(ctx: ServiceCtx, input: ProductInput & { id: string; version: number }): Promise<Result<ProductRow>> {
  const values = productValues(input);
  return updateEntity<ProductRow>(ctx, {
    ...PRODUCT,
    id: input.id,
    version: input.version,
    values,
    validate: async (tx, existing) => {
      const errors = productRules({ ...existing, ...values } as ProductValues);
      return errors.length ? errors : checkReferences(tx, values, input, existing.id);
    },
  });
}

/**
 * 121005: a copy under a new code and name, with every covered service and item. Without a
 * location the copy keeps the original's, which must then be inside the user's area (the guard
 * checks a location given).
 */
export async function duplicateProduct(
  ctx: ServiceCtx,
  input: { id: string; code: string; name: string; locationId?: string | null },
): Promise<Result<ProductRow>> {
  const id = parseId(input.id);
  const [source] = id ? await ctx.db.select().from(products).where(eq(products.id, id)) : [];
  if (!source || !id) return { entity: null, errors: [notFoundError('Product')] };
  const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...copied } = source;
  const values = { ...copied, ...productValues({ code: input.code, name: input.name, locationId: input.locationId }) };
  const errors = productRules(values as ProductValues);
  if (errors.length) return { entity: null, errors };
  if (input.locationId === undefined) {
    const refused = await outOfScope(ctx, 'Location', source.locationId ?? NATIONAL);
    if (refused) return { entity: null, errors: [refused] };
  }
  try {
    return await ctx.db.transaction(async (tx) => {
      const refs = await checkReferences(tx, values, { locationId: input.locationId });
      if (refs.length) return { entity: null, errors: refs };
      const [taken] = await tx.select({ id: products.id }).from(products).where(eq(products.code, values.code));
      if (taken) return { entity: null, errors: [duplicateCode()] };
      const row = await insertRow(tx, products, values);
      await tx.execute(copyLines('product_services', 'service_id', row.id, id));
      await tx.execute(copyLines('product_items', 'item_id', row.id, id));
      await writeHistory(tx, ctx, { entityType: 'Product', entityId: row.id, action: 'CREATE', before: null, after: { ...row, duplicatedFrom: id } });
      return { entity: row, errors: [] };
    });
  } catch (error) {
    if (pgErrorCode(error) === '23505') return { entity: null, errors: [duplicateCode()] };
    throw error;
  }
}

const duplicateCode = () => userError('code', ErrorCodes.duplicate, 'Another product already uses this code.');
const LINE_COLUMNS = [
  'price_origin',
  'limitation_type',
  'limitation_type_r',
  'limitation_type_e',
  'limit_adult',
  'limit_child',
  'limit_adult_r',
  'limit_child_r',
  'limit_adult_e',
  'limit_child_e',
  'limit_no_adult',
  'limit_no_child',
  'waiting_period_adult',
  'waiting_period_child',
  'ceiling_exclusion_adult',
  'ceiling_exclusion_child',
];
/** Copies every covered line of product `from` to product `to` (fixed table and column names, no input). */
function copyLines(table: 'product_services' | 'product_items', entityColumn: string, to: number, from: number) {
  const columns = sql.raw([entityColumn, ...LINE_COLUMNS].join(', '));
  return sql`insert into ${sql.raw(table)} (product_id, ${columns}) select ${to}, ${columns} from ${sql.raw(table)} where product_id = ${from}`;
}

export interface LinesInput {
  id: string;
  version: number;
  /** services or items to cover, with `settings` (absent: the openIMIS defaults) */
  ids?: string[] | null;
  settings?: LineSettings | null;
  remove?: string[] | null;
}

type LineValues = Omit<typeof productServices.$inferInsert, 'productId' | 'serviceId'>;

/** The settings a line is written with: the given ones over the contract's openIMIS defaults (price origin P, co-insurance 100 %). */
function lineValues(s: LineSettings): Required<LineValues> {
  const line = withLineDefaults(s);
  return {
    ...line,
    limitNoAdult: s.limitNoAdult ?? null,
    limitNoChild: s.limitNoChild ?? null,
    waitingPeriodAdult: s.waitingPeriodAdult ?? null,
    waitingPeriodChild: s.waitingPeriodChild ?? null,
    ceilingExclusionAdult: s.ceilingExclusionAdult ?? null,
    ceilingExclusionChild: s.ceilingExclusionChild ?? null,
  };
}

/**
 * Covers services ('S') or items ('I') in bulk (bounded to 1000 ids by the kit's input bounds):
 * adds them or rewrites their settings, removes others; one transaction, the product's version goes
 * up and its history names the change.
 */
export async function setProductLines(ctx: ServiceCtx, kind: 'S' | 'I', input: LinesInput): Promise<Result<ProductRow>> {
  const productId = parseId(input.id);
  if (!productId) return { entity: null, errors: [notFoundError('Product')] };
  const settings = input.settings ?? {};
  const errors = lineRules(settings, 'settings');
  const ids = (input.ids ?? []).map(parseId);
  const remove = (input.remove ?? []).map(parseId).filter((id): id is number => id !== null);
  const field = kind === 'S' ? 'serviceIds' : 'itemIds';
  if (ids.some((id) => id === null)) errors.push(userError(field, ErrorCodes.invalid, 'Unknown service or item.'));
  if (errors.length) return { entity: null, errors };
  const add = ids.filter((id): id is number => id !== null);
  const line = lineValues(settings);
  return ctx.db.transaction(async (tx) => {
    const locked = await lockRow(tx, products, productId);
    if (!locked) return { entity: null, errors: [notFoundError('Product')] };
    if (locked.version !== input.version) return { entity: locked, errors: [conflictError()] };
    const entity = kind === 'S' ? medicalServices : medicalItems;
    if (add.length) {
      const found = await tx.select({ id: entity.id }).from(entity).where(inArray(entity.id, add));
      if (found.length !== new Set(add).size) return { entity: locked, errors: [userError(field, ErrorCodes.invalid, 'Unknown service or item.')] };
      const set = Object.fromEntries(Object.keys(line).map((key) => [key, sql.raw(`excluded.${key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`)]));
      if (kind === 'S')
        await tx
          .insert(productServices)
          .values(add.map((serviceId) => ({ productId, serviceId, ...line })))
          .onConflictDoUpdate({ target: [productServices.productId, productServices.serviceId], set });
      else
        await tx
          .insert(productItems)
          .values(add.map((itemId) => ({ productId, itemId, ...line })))
          .onConflictDoUpdate({ target: [productItems.productId, productItems.itemId], set });
    }
    if (remove.length) {
      if (kind === 'S') await tx.delete(productServices).where(and(eq(productServices.productId, productId), inArray(productServices.serviceId, remove)));
      else await tx.delete(productItems).where(and(eq(productItems.productId, productId), inArray(productItems.itemId, remove)));
    }
    const after = await bumpVersion(tx, products, productId, {});
    const change = kind === 'S' ? { services: { added: add, settings: line, removed: remove } } : { items: { added: add, settings: line, removed: remove } };
    await writeHistory(tx, ctx, { entityType: 'Product', entityId: productId, action: 'UPDATE', before: { ...locked }, after: { ...after, ...change } });
    return { entity: after, errors: [] };
  });
}

/** 121004: at the version the user saw; refused (IN_USE) while policies use it or another product converts into it. Covered lines go with it. */
export function deleteProduct(ctx: ServiceCtx, input: { id: string; version: number }): Promise<Result<ProductRow>> {
  return deleteEntity<ProductRow>(ctx, {
    ...PRODUCT,
    id: input.id,
    version: input.version,
    validate: async (tx, existing) => {
      const [policy] = await tx.select({ id: policies.id }).from(policies).where(eq(policies.productId, existing.id)).limit(1);
      if (policy) return [userError(null, ErrorCodes.inUse, 'Policies use this product: it cannot be deleted.')];
      const [converting] = await tx.select({ code: products.code }).from(products).where(eq(products.conversionProductId, existing.id)).limit(1);
      if (converting) return [userError(null, ErrorCodes.inUse, `Product ${converting.code} is renewed into this product: it cannot be deleted.`)];
      return [];
    },
  });
}
