/** Claims: the right, then the search or the service, then the payload; lines batched per request tick. */
import type { Ctx } from '../../../graphql/context.js';
import { parseId } from '../../../graphql/crud.js';
import { requireRight } from '../../../graphql/errors.js';
import { loadById } from '../../../graphql/loader.js';
import type { Resolvers } from '../../../graphql/schema-types.js';
import { batcher, perContext } from '../../../platform/batch.js';
import { loadInScope } from '../../../platform/scope.js';
import { Rights } from '../../core/rights.js';
import { insurees } from '../../insuree/tables.js';
import { locations } from '../../location/tables.js';
import { diagnoses, healthFacilities, medicalItems, medicalServices } from '../../medical/tables.js';
import { products } from '../../policy/tables.js';
import { BATCH_READERS, CLAIM_READERS, PICKER_USERS } from '../access.js';
import { claimAccounts } from '../search/accounts.js';
import { searchClaims } from '../search/claim.js';
import { amounts, byStatus, claimDashboard, rejections, timeliness, topDiagnoses } from '../search/dashboard.js';
import { itemPicker, servicePicker } from '../search/picker.js';
import { distributionOf, indexesOfRun, listBatchRuns, runClaimBatch, setRelativeDistribution } from '../service/batch.js';
import { type ClaimLineRow, type ClaimResult, createClaim, deleteClaim, linesOfClaims, restoreClaim, updateClaim } from '../service/claim.js';
import { processClaims } from '../service/process.js';
import { bypassClaims, deliverClaimFeedback, deliverClaimReview, saveClaimReview, selectClaimsForFeedback, selectClaimsForReview } from '../service/review.js';
import { submitClaims } from '../service/submit.js';
import { claims } from '../tables.js';

/** Any of the rights (the first one's FORBIDDEN when none). */
function requireAny(ctx: Ctx, rights: readonly number[]) {
  if (!rights.some((right) => ctx.user?.rights.has(right))) requireRight(ctx, rights[0] ?? Rights.claimSearch);
}

function linesOf(ctx: Ctx, claimId: number): Promise<ClaimLineRow[]> {
  const load = perContext(ctx, 'claim:lines', () => batcher<number, ClaimLineRow[]>((ids) => linesOfClaims(ctx.db, ids)));
  return load(claimId).then((rows) => rows ?? []);
}

const claimMutation =
  <I>(right: number, service: (ctx: Ctx, input: I) => Promise<ClaimResult>) =>
  async (_: unknown, args: { input: I }, ctx: Ctx) => {
    requireRight(ctx, right);
    const result = await service(ctx, args.input);
    return { claim: result.entity, warnings: result.warnings, errors: result.errors };
  };

const catalogueRow = (ctx: Ctx, row: ClaimLineRow) =>
  row.kind === 'S' ? loadById(ctx, medicalServices, row.serviceId) : loadById(ctx, medicalItems, row.itemId);

export const resolvers: Resolvers = {
  Claim: {
    healthFacility: (row, _, ctx) => loadById(ctx, healthFacilities, row.healthFacilityId),
    insuree: (row, _, ctx) => loadById(ctx, insurees, row.insureeId),
    insuranceNumber: async (row, _, ctx) => (await loadById(ctx, insurees, row.insureeId))?.insuranceNumber ?? '',
    diagnosis: (row, _, ctx) => loadById(ctx, diagnoses, row.diagnosisId),
    secondaryDiagnoses: async (row, _, ctx) => {
      const ids = [row.diagnosis1Id, row.diagnosis2Id, row.diagnosis3Id, row.diagnosis4Id].filter((id): id is number => id !== null);
      const rows = await Promise.all(ids.map((id) => loadById(ctx, diagnoses, id)));
      return rows.filter((d) => d !== null);
    },
    lines: (row, _, ctx) => linesOf(ctx, row.id),
  },
  ClaimLine: {
    code: async (row, _, ctx) => (await catalogueRow(ctx, row))?.code ?? '',
    name: async (row, _, ctx) => (await catalogueRow(ctx, row))?.name ?? '',
  },
  ClaimBatchRun: {
    location: (row, _, ctx) => loadById(ctx, locations, row.locationId),
    indexes: (row, _, ctx) => indexesOfRun(ctx, row.id),
  },
  ClaimBatchIndex: {
    product: (row, _, ctx) => loadById(ctx, products, row.productId),
  },
  ClaimDashboard: {
    byStatus: (scope, _, ctx) => byStatus(ctx, scope),
    amounts: (scope, _, ctx) => amounts(ctx, scope),
    rejections: (scope, _, ctx) => rejections(ctx, scope),
    topDiagnoses: (scope, _, ctx) => topDiagnoses(ctx, scope),
    timeliness: (scope, _, ctx) => timeliness(ctx, scope),
  },
  ClaimAccountRow: {
    healthFacility: (row, _, ctx) => loadById(ctx, healthFacilities, row.healthFacilityId),
    product: (row, _, ctx) => loadById(ctx, products, row.productId),
  },
  ClaimPayload: {
    warnings: (payload) => payload.warnings ?? [],
  },
  Query: {
    claims: (_, args, ctx) => {
      requireAny(ctx, CLAIM_READERS);
      return searchClaims(ctx, args);
    },
    claim: (_, args, ctx) => {
      requireAny(ctx, CLAIM_READERS);
      return loadInScope(ctx, 'Claim', (id) => loadById(ctx, claims, id), parseId(args.id));
    },
    claimBatchRuns: (_, args, ctx) => {
      requireAny(ctx, BATCH_READERS);
      return listBatchRuns(ctx, args);
    },
    claimDashboard: (_, args, ctx) => claimDashboard(ctx, args),
    claimAccounts: (_, args, ctx) => {
      requireRight(ctx, Rights.batchAccountPreview);
      return claimAccounts(ctx, args);
    },
    relativeDistribution: async (_, args, ctx) => {
      requireAny(ctx, [Rights.productSearch, Rights.productEdit, ...BATCH_READERS]);
      const product = await loadInScope(ctx, 'Product', (id) => loadById(ctx, products, id), parseId(args.productId));
      return product ? distributionOf(ctx, product.id) : [];
    },
    claimServicePicker: (_, args, ctx) => {
      requireAny(ctx, PICKER_USERS);
      return servicePicker(ctx, args);
    },
    claimItemPicker: (_, args, ctx) => {
      requireAny(ctx, PICKER_USERS);
      return itemPicker(ctx, args);
    },
  },
  Mutation: {
    createClaim: claimMutation(Rights.claimAdd, createClaim),
    updateClaim: claimMutation(Rights.claimEdit, updateClaim),
    deleteClaim: claimMutation(Rights.claimDelete, deleteClaim),
    restoreClaim: claimMutation(Rights.claimRestore, restoreClaim),
    submitClaims: async (_, args, ctx) => {
      requireRight(ctx, Rights.claimSubmit);
      return submitClaims(ctx, args.input);
    },
    processClaims: async (_, args, ctx) => {
      requireRight(ctx, Rights.claimProcess);
      return processClaims(ctx, args.input);
    },
    selectClaimsForReview: async (_, args, ctx) => {
      requireRight(ctx, Rights.claimReview);
      return selectClaimsForReview(ctx, args.input);
    },
    saveClaimReview: claimMutation(Rights.claimReview, saveClaimReview),
    deliverClaimReview: claimMutation(Rights.claimReview, deliverClaimReview),
    selectClaimsForFeedback: async (_, args, ctx) => {
      requireRight(ctx, Rights.claimFeedback);
      return selectClaimsForFeedback(ctx, args.input);
    },
    deliverClaimFeedback: claimMutation(Rights.claimFeedback, deliverClaimFeedback),
    runClaimBatch: async (_, args, ctx) => {
      requireRight(ctx, Rights.batchRun);
      return runClaimBatch(ctx, args.input);
    },
    setRelativeDistribution: async (_, args, ctx) => {
      requireRight(ctx, Rights.productEdit);
      return setRelativeDistribution(ctx, args.input);
    },
    bypassClaims: async (_, args, ctx) => {
      requireRight(ctx, Rights.claimUpdate);
      return bypassClaims(ctx, args.input);
    },
  },
};
