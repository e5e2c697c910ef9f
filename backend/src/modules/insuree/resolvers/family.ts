/** Families: the right, then the search or the service, then the payload. */

import { requireRight } from '../../../graphql/errors.js';
import { loadRequired } from '../../../graphql/loader.js';
import type { Resolvers } from '../../../graphql/schema-types.js';
import { serviceMutation } from '../../../platform/mutation.js';
import { byIdInScope } from '../../../platform/scope.js';
import { Rights } from '../../core/rights.js';
import { locations } from '../../location/tables.js';
import { loadMembers, searchFamilies } from '../search/insuree.js';
import { changeFamilyHead, createFamily, updateFamily } from '../service/family.js';
import { families, insurees } from '../tables.js';

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
    family: byIdInScope(Rights.familySearch, 'Family', families),
  },
  Mutation: {
    createFamily: serviceMutation('family', Rights.familyAdd, createFamily),
    updateFamily: serviceMutation('family', Rights.familyEdit, updateFamily),
    changeFamilyHead: serviceMutation('family', Rights.familyEdit, changeFamilyHead),
  },
};
