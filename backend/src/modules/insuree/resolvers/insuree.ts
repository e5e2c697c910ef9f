/** Insurees: the right, then the search or the service, then the payload. */

import { sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { paginate } from '../../../graphql/connection.js';
import { parseId } from '../../../graphql/crud.js';
import { badInput, requireRight, requireUser } from '../../../graphql/errors.js';
import { loadById, loadRequired } from '../../../graphql/loader.js';
import type { Resolvers } from '../../../graphql/schema-types.js';
import { serviceMutation } from '../../../platform/mutation.js';
import { loadInScope } from '../../../platform/scope.js';
import { Rights } from '../../core/rights.js';
import { locations } from '../../location/tables.js';
import { healthFacilities } from '../../medical/tables.js';
import { insureeSort, insureeWhere, SORTED_CONTAINS_CAP } from '../search/insuree.js';
import { ENQUIRY_LIMIT, type InsureeRow } from '../service/common.js';
import { addInsuree, enquire, moveInsuree, removeInsuree, setInsureeStatus, updateInsuree } from '../service/insuree.js';
import { families, insurees } from '../tables.js';

export const insureeResolvers: Resolvers = {
  Insuree: {
    family: (row, _, ctx) => loadRequired(ctx, families, row.familyId),
    isHead: async (row, _, ctx) => (await loadById(ctx, families, row.familyId))?.headInsureeId === row.id,
    currentVillage: (row, _, ctx) => loadById(ctx, locations, row.currentVillageId),
    healthFacility: (row, _, ctx) => loadById(ctx, healthFacilities, row.healthFacilityId),
  },
  Query: {
    insurees: async (_, args, ctx) => {
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
    insuree: async (_, args, ctx) => {
      if (args.id) {
        requireRight(ctx, Rights.insureeSearch);
        return loadInScope(ctx, 'Insuree', (id) => loadById(ctx, insurees, id), parseId(args.id));
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
    addInsuree: serviceMutation('insuree', Rights.insureeAdd, addInsuree),
    updateInsuree: serviceMutation('insuree', Rights.insureeEdit, updateInsuree),
    moveInsuree: serviceMutation('insuree', Rights.insureeEdit, moveInsuree),
    removeInsuree: serviceMutation('insuree', Rights.insureeDelete, removeInsuree),
    setInsureeStatus: serviceMutation('insuree', Rights.insureeEdit, setInsureeStatus),
  },
};
