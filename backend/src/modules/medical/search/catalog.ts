/** Pieces of the medical searches: id filters, code order, equality filters, the services / items search. */
import { and, eq, not, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { type ConnectionArgs, codeOrNameSearch, paginate, textSearch } from '../../../graphql/connection.js';
import type { Ctx } from '../../../graphql/context.js';
import { parseId } from '../../../graphql/crud.js';
import { badInput } from '../../../graphql/errors.js';
import { requireVisible } from '../../../platform/scope.js';
import { medicalItems, medicalServices } from '../tables.js';
import { onPriceList } from './priceList.js';

export type Args<F> = { filter?: F | null } & ConnectionArgs;

/** An id given as a filter: none, or a valid id (else BAD_USER_INPUT). */
export function idFilter(value: string | null | undefined, field: string): number | null {
  if (value == null || value === '') return null;
  const id = parseId(value);
  if (!id) throw badInput(`Invalid ${field}.`, field);
  return id;
}

/** Code order, unless textSearch chose id order for a name-fragment search. */
export function codeSort<T extends { code: string }>(code: PgColumn, name: PgColumn, search: string | null | undefined) {
  return textSearch(code, name, search).order === 'id' ? undefined : { expr: sql`${code} COLLATE "C"`, value: (row: T) => row.code };
}

/** `column = value` when a value is given. */
export const equals = (column: PgColumn, value: string | null | undefined): SQL | undefined => (value ? eq(column, value) : undefined);

export type CatalogFilter = { [K in 'search' | 'type' | 'category' | 'level' | 'careType' | 'priceListId' | 'notOnPriceListId']?: string | null } & {
  includeInactive?: boolean | null;
};

/** Medical services ('S') or items ('I'): code or name, the filters each has, on a price list the user may see. */
export async function searchCatalog(ctx: Ctx, kind: 'S' | 'I', args: Args<CatalogFilter>) {
  const f = args.filter ?? {};
  const listId = idFilter(f.priceListId, 'priceListId');
  await requireVisible(ctx, 'PriceList', listId);
  const notOnId = idFilter(f.notOnPriceListId, 'notOnPriceListId');
  await requireVisible(ctx, 'PriceList', notOnId);
  const filters =
    kind === 'S'
      ? [
          equals(medicalServices.type, f.type),
          equals(medicalServices.category, f.category),
          equals(medicalServices.level, f.level),
          equals(medicalServices.careType, f.careType),
        ]
      : [equals(medicalItems.type, f.type), equals(medicalItems.careType, f.careType)];
  const table = kind === 'S' ? medicalServices : medicalItems;
  const where = and(
    codeOrNameSearch(table.code, table.name, f.search),
    ...filters,
    // deactivated rows only when asked (the registers' lists); pickers and line searches never offer them
    f.includeInactive ? undefined : eq(table.active, true),
    onPriceList(kind, listId, table.id),
    notOnId ? not(onPriceList(kind, notOnId, table.id) as SQL) : undefined,
  );
  return paginate<{ id: number; code: string }>({ db: ctx.db, table, where, sort: codeSort(table.code, table.name, f.search), args });
}
