/** The payer search: a name fragment, a type, the payers that may work in a location; keyset by id. */
import { and, eq, sql } from 'drizzle-orm';
import { type ConnectionArgs, likeEscape, paginate } from '../../../graphql/connection.js';
import type { Ctx } from '../../../graphql/context.js';
import { scopeWhere } from '../../../platform/scope.js';
import { locations } from '../../location/tables.js';
import { idFilter } from '../../medical/search/catalog.js';
import type { PayerRow } from '../service/payer.js';
import { payers } from '../tables.js';

export interface PayerFilter {
  search?: string | null;
  type?: string | null;
  locationId?: string | null;
}

/** Payers of a location, of the locations above it, and national ones (as products' appliesIn). */
function payersIn(locationId: number) {
  return sql`(${payers.locationId} is null or ${payers.locationId} in (
    with recursive up(id, parent_id) as (
      select ${locations.id}, ${locations.parentId} from ${locations} where ${locations.id} = ${locationId}
      union all select l.id, l.parent_id from ${locations} l join up on l.id = up.parent_id
    ) select id from up))`;
}

export async function searchPayers(ctx: Ctx, args: { filter?: PayerFilter | null } & ConnectionArgs) {
  const f = args.filter ?? {};
  const locationId = idFilter(f.locationId, 'locationId');
  const term = f.search?.trim();
  const where = and(
    // the trigram index serves fragments of 3 and more; shorter ones are a prefix on the C-collated index
    term
      ? term.length < 3
        ? sql`${payers.name} COLLATE "C" like ${`${likeEscape(term)}%`}`
        : sql`${payers.name} ilike ${`%${likeEscape(term)}%`}`
      : undefined,
    f.type ? eq(payers.type, f.type) : undefined,
    locationId ? payersIn(locationId) : undefined,
    await scopeWhere(ctx, 'Payer'),
  );
  return paginate<PayerRow>({ db: ctx.db, table: payers, where, args });
}
