/** Insurees: the right, then the search or the service, then the payload. */

import { sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { type ConnectionArgs, paginate } from '../../../graphql/connection.js';
import type { Ctx } from '../../../graphql/context.js';
import { parseId } from '../../../graphql/crud.js';
import { badInput, requireRight, requireUser } from '../../../graphql/errors.js';
import { loadById } from '../../../graphql/loader.js';
import { loadInScope } from '../../../platform/scope.js';
import { Rights } from '../../core/rights.js';
import { locations } from '../../location/tables.js';
import { healthFacilities } from '../../medical/tables.js';
import { type InsureeFilter, type InsureeOrder, insureeSort, insureeWhere, SORTED_CONTAINS_CAP } from '../search/insuree.js';
import { ENQUIRY_LIMIT, type FamilyRow, type Input, type InsureeRow } from '../service/common.js';
import { addInsuree, enquire, moveInsuree, removeInsuree, setInsureeStatus, updateInsuree } from '../service/insuree.js';
import { families, insurees } from '../tables.js';

const payload = (result: { entity: InsureeRow | null; errors: unknown[] }) => ({ insuree: result.entity, errors: result.errors });

export const insureeResolvers = {
  Insuree: {
    family: (row: InsureeRow, _: unknown, ctx: Ctx) => loadById<FamilyRow>(ctx, families, row.familyId),
    isHead: async (row: InsureeRow, _: unknown, ctx: Ctx) => (await loadById<FamilyRow>(ctx, families, row.familyId))?.headInsureeId === row.id,
    currentVillage: (row: InsureeRow, _: unknown, ctx: Ctx) => loadById(ctx, locations, row.currentVillageId),
    healthFacility: (row: InsureeRow, _: unknown, ctx: Ctx) => loadById(ctx, healthFacilities, row.healthFacilityId),
  },
  Query: {
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
      const row = await enquire(ctx, number);
      if (row === 'RATE_LIMITED')
        throw new GraphQLError(`At most ${ENQUIRY_LIMIT} enquiries a minute; wait a moment.`, { extensions: { code: 'RATE_LIMITED' } });
      return row;
    },
  },
  Mutation: {
    addInsuree: async (_: unknown, { input }: { input: { familyId: string; relationship?: string | null; insuree: Input } }, ctx: Ctx) => {
      requireRight(ctx, Rights.insureeAdd);
      return payload(await addInsuree(ctx, input));
    },
    updateInsuree: async (_: unknown, { input }: { input: Input & { id: string; version: number } }, ctx: Ctx) => {
      requireRight(ctx, Rights.insureeEdit);
      return payload(await updateInsuree(ctx, input));
    },
    moveInsuree: async (_: unknown, { input }: { input: { id: string; version: number; familyId: string; relationship?: string | null } }, ctx: Ctx) => {
      requireRight(ctx, Rights.insureeEdit);
      return payload(await moveInsuree(ctx, input));
    },
    removeInsuree: async (_: unknown, { input }: { input: { id: string; version: number } }, ctx: Ctx) => {
      requireRight(ctx, Rights.insureeDelete);
      return payload(await removeInsuree(ctx, input));
    },
    setInsureeStatus: async (
      _: unknown,
      { input }: { input: { id: string; version: number; status: string; statusDate?: string | null; statusReason?: string | null } },
      ctx: Ctx,
    ) => {
      requireRight(ctx, Rights.insureeEdit);
      return payload(await setInsureeStatus(ctx, input));
    },
  },
};
