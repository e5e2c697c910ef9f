/** Families: the right, then the search or the service, then the payload. */

import { parseId, type Result } from '../../../graphql/crud.js';
import { requireRight } from '../../../graphql/errors.js';
import { loadById, loadRequired } from '../../../graphql/loader.js';
import type { Resolvers } from '../../../graphql/schema-types.js';
import { loadInScope } from '../../../platform/scope.js';
import { Rights } from '../../core/rights.js';
import { locations } from '../../location/tables.js';
import { loadMembers, searchFamilies } from '../search/insuree.js';
import type { FamilyRow } from '../service/common.js';
import { changeFamilyHead, createFamily, updateFamily } from '../service/family.js';
import { families, insurees } from '../tables.js';

const payload = (result: Result<FamilyRow>) => ({ family: result.entity, errors: result.errors });

export const familyResolvers: Resolvers = {
  Family: {
    head: (row, _, ctx) => loadRequired(ctx, insurees, row.headInsureeId),
    village: (row, _, ctx) => loadRequired(ctx, locations, row.villageId),
    members: (row, _, ctx) => loadMembers(ctx, row),
    memberCount: async (row, _, ctx) => (await loadMembers(ctx, row)).length,
  },
  Query: {
    families: (_, args, ctx) => {
      requireRight(ctx, Rights.familySearch);
      return searchFamilies(ctx, args.filter ?? {}, args.orderBy, args);
    },
    family: (_, args, ctx) => {
      requireRight(ctx, Rights.familySearch);
      return loadInScope(ctx, 'Family', (id) => loadById(ctx, families, id), parseId(args.id));
    },
  },
  Mutation: {
    createFamily: async (_, { input }, ctx) => {
      requireRight(ctx, Rights.familyAdd);
      return payload(await createFamily(ctx, input));
    },
    updateFamily: async (_, { input }, ctx) => {
      requireRight(ctx, Rights.familyEdit);
      return payload(await updateFamily(ctx, input));
    },
    changeFamilyHead: async (_, { input }, ctx) => {
      requireRight(ctx, Rights.familyEdit);
      return payload(await changeFamilyHead(ctx, input));
    },
  },
};
