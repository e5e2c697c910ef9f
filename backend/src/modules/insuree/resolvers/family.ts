/** Families: the right, then the search or the service, then the payload. */
import type { ConnectionArgs } from '../../../graphql/connection.js';
import type { Ctx } from '../../../graphql/context.js';
import { parseId } from '../../../graphql/crud.js';
import { requireRight } from '../../../graphql/errors.js';
import { loadById } from '../../../graphql/loader.js';
import { loadInScope } from '../../../platform/scope.js';
import { Rights } from '../../core/rights.js';
import { locations } from '../../location/tables.js';
import { type FamilyFilter, loadMembers, searchFamilies } from '../search/insuree.js';
import type { FamilyRow, Input, InsureeRow } from '../service/common.js';
import { changeFamilyHead, createFamily, updateFamily } from '../service/family.js';
import { families, insurees } from '../tables.js';

const payload = (result: { entity: FamilyRow | null; errors: unknown[] }) => ({ family: result.entity, errors: result.errors });

export const familyResolvers = {
  Family: {
    head: (row: FamilyRow, _: unknown, ctx: Ctx) => loadById<InsureeRow>(ctx, insurees, row.headInsureeId),
    village: (row: FamilyRow, _: unknown, ctx: Ctx) => loadById(ctx, locations, row.villageId),
    members: (row: FamilyRow, _: unknown, ctx: Ctx) => loadMembers(ctx, row),
    memberCount: async (row: FamilyRow, _: unknown, ctx: Ctx) => (await loadMembers(ctx, row)).length,
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
  },
  Mutation: {
    createFamily: async (_: unknown, { input }: { input: Input & { head: Input } }, ctx: Ctx) => {
      requireRight(ctx, Rights.familyAdd);
      return payload(await createFamily(ctx, input));
    },
    updateFamily: async (_: unknown, { input }: { input: Input & { id: string; version: number } }, ctx: Ctx) => {
      requireRight(ctx, Rights.familyEdit);
      return payload(await updateFamily(ctx, input));
    },
    changeFamilyHead: async (_: unknown, { input }: { input: { familyId: string; version: number; insureeId: string } }, ctx: Ctx) => {
      requireRight(ctx, Rights.familyEdit);
      return payload(await changeFamilyHead(ctx, input));
    },
  },
};
