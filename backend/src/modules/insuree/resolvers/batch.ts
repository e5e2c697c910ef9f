/** Batches of reserved insurance numbers: the right, then the service, then the payload. */

import { sql } from 'drizzle-orm';
import { paginate } from '../../../graphql/connection.js';
import { requireRight, requireUser } from '../../../graphql/errors.js';
import { loadRequired } from '../../../graphql/loader.js';
import type { Resolvers } from '../../../graphql/schema-types.js';
import { serviceMutation } from '../../../platform/mutation.js';
import { byIdInScope, scopeWhere } from '../../../platform/scope.js';
import { Rights } from '../../core/rights.js';
import { locations } from '../../location/tables.js';
import { batchUrl } from '../http.js';
import { type BatchRow, numberConfig } from '../service/common.js';
import { batchNumbers, batchUsedCount, reserveInsuranceNumbers } from '../service/numbers.js';
import { insuranceNumberBatches } from '../tables.js';

export const batchResolvers: Resolvers = {
  InsuranceNumberBatch: {
    region: (row, _, ctx) => loadRequired(ctx, locations, row.regionId),
    createdBy: (row) => row.createdByName,
    numbers: (row, _, ctx) => row.numbers ?? batchNumbers(ctx.db, row.id),
    usedCount: (row, _, ctx) => batchUsedCount(ctx.db, row.id),
    pdfUrl: (row) => batchUrl(row.id, 'pdf'),
    zipUrl: (row) => batchUrl(row.id, 'zip'),
  },
  Query: {
    insuranceNumberBatches: async (_, args, ctx) => {
      requireRight(ctx, Rights.insureeAdd);
      return paginate<BatchRow>({
        db: ctx.db,
        table: insuranceNumberBatches,
        where: await scopeWhere(ctx, 'InsuranceNumberBatch'),
        sort: { expr: sql`-${insuranceNumberBatches.id}`, value: (r) => -r.id },
        args,
      });
    },
    insuranceNumberBatch: byIdInScope(Rights.insureeAdd, 'InsuranceNumberBatch', insuranceNumberBatches),
    insuranceNumberConfig: (_, __, ctx) => {
      requireUser(ctx);
      return numberConfig(ctx);
    },
  },
  Mutation: {
    reserveInsuranceNumbers: serviceMutation('batch', Rights.insureeAdd, reserveInsuranceNumbers),
  },
};
