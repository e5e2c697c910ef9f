/** Batches of reserved insurance numbers: the right, then the service, then the payload. */
import { sql } from 'drizzle-orm';
import { type ConnectionArgs, paginate } from '../../../graphql/connection.js';
import type { Ctx } from '../../../graphql/context.js';
import { parseId } from '../../../graphql/crud.js';
import { requireRight, requireUser } from '../../../graphql/errors.js';
import { loadById } from '../../../graphql/loader.js';
import { loadInScope, scopeWhere } from '../../../platform/scope.js';
import { Rights } from '../../core/rights.js';
import { locations } from '../../location/tables.js';
import { batchUrl } from '../http.js';
import { type BatchRow, numberConfig } from '../service/common.js';
import { batchNumbers, batchUsedCount, reserveInsuranceNumbers } from '../service/numbers.js';
import { insuranceNumberBatches } from '../tables.js';

export const batchResolvers = {
  InsuranceNumberBatch: {
    region: (row: BatchRow, _: unknown, ctx: Ctx) => loadById(ctx, locations, row.regionId),
    createdBy: (row: BatchRow) => row.createdByName,
    numbers: (row: BatchRow & { numbers?: string[] }, _: unknown, ctx: Ctx) => row.numbers ?? batchNumbers(ctx.db, row.id),
    usedCount: (row: BatchRow, _: unknown, ctx: Ctx) => batchUsedCount(ctx.db, row.id),
    pdfUrl: (row: BatchRow) => batchUrl(row.id, 'pdf'),
    zipUrl: (row: BatchRow) => batchUrl(row.id, 'zip'),
  },
  Query: {
    insuranceNumberBatches: async (_: unknown, args: ConnectionArgs, ctx: Ctx) => {
      requireRight(ctx, Rights.insureeAdd);
      return paginate<BatchRow>({
        db: ctx.db,
        table: insuranceNumberBatches,
        where: await scopeWhere(ctx, 'InsuranceNumberBatch'),
        sort: { expr: sql`-${insuranceNumberBatches.id}`, value: (r) => -r.id },
        args,
      });
    },
    insuranceNumberBatch: (_: unknown, args: { id: string }, ctx: Ctx) => {
      requireRight(ctx, Rights.insureeAdd);
      return loadInScope(ctx, 'InsuranceNumberBatch', (id) => loadById<BatchRow>(ctx, insuranceNumberBatches, id), parseId(args.id));
    },
    insuranceNumberConfig: (_: unknown, __: unknown, ctx: Ctx) => {
      requireUser(ctx);
      return numberConfig(ctx);
    },
  },
  Mutation: {
    reserveInsuranceNumbers: async (_: unknown, { input }: { input: { regionId: string; count: number } }, ctx: Ctx) => {
      requireRight(ctx, Rights.insureeAdd);
      const result = await reserveInsuranceNumbers(ctx, input);
      return { batch: result.entity, errors: result.errors };
    },
  },
};
