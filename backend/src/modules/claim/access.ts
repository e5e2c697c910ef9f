/** Who reads and changes what in the claim domain: rights, type rules, scope (through the facility), mutation guards, input bounds. */
import { sql } from 'drizzle-orm';
import { columnLengths } from '../../platform/bounds.js';
import { type DomainDefinition, rightsFrom } from '../../platform/domain.js';
import { ALL_REPORTS_RIGHT } from '../../platform/report.js';
import { Rights } from '../core/rights.js';
import { insurees } from '../insuree/tables.js';
import { healthFacilities } from '../medical/tables.js';
import { CLAIM_DASHBOARD_RIGHTS } from './search/dashboard.js';
import { claimLines, claims } from './tables.js';

const r = Rights;
/** Everyone who works with claims reads them (search, entry, review, feedback, processing, restore). */
export const CLAIM_READERS = [
  r.claimSearch,
  r.claimAdd,
  r.claimEdit,
  r.claimDelete,
  r.claimLoad,
  r.claimSubmit,
  r.claimReview,
  r.claimFeedback,
  r.claimUpdate,
  r.claimProcess,
  r.claimRestore,
];
/** Who reads batch runs: who runs them, views them, previews accounts. */
export const BATCH_READERS = [r.batchRun, r.batchRunView, r.batchAccountPreview];
/** Who reads the dashboard's claim figures: the claims' report rights, or every report's. */
const DASHBOARD_READERS = [ALL_REPORTS_RIGHT, ...CLAIM_DASHBOARD_RIGHTS];
/** Who uses the service and item pickers: claim entry. */
export const PICKER_USERS = [r.claimAdd, r.claimEdit];
/** A claim lives at its facility: a claim administrator bound to a facility alone sees only its claims, other scoped users those of the facilities in their area. */
const facilitiesIn = (area: ReturnType<typeof sql>) =>
  sql`select ${healthFacilities.id} from ${healthFacilities} where ${healthFacilities.locationId} = any(${area})`;

/** A claim's strings: its columns, and the insuree's number it names. */
const claimInput = { ...columnLengths(claims), insuranceNumber: columnLengths(insurees).insuranceNumber ?? 20 };

export const claimAccess = {
  rights: rightsFrom(Rights, {
    claimSearch: 'Search and view claims',
    claimAdd: 'Enter claims',
    claimEdit: 'Edit entered claims',
    claimDelete: 'Delete entered claims',
    claimLoad: 'Load claims from files',
    claimPrint: 'Print claims',
    claimSubmit: 'Submit claims (the checks)',
    claimReview: 'Review claims',
    claimFeedback: 'Claim feedback',
    claimUpdate: 'Update claims under review',
    claimProcess: 'Process (valuate) claims',
    claimRestore: 'Restore rejected claims into new ones',
    batchRun: 'Run relative pricing batches',
    batchRunView: 'View batch runs',
    batchAccountPreview: 'Preview batch accounts',
  }),
  typeRules: {
    Claim: { read: CLAIM_READERS, scope: 'Claim' },
    ClaimLine: { read: CLAIM_READERS },
    ClaimWarning: { read: CLAIM_READERS },
    ClaimSubmission: { read: [r.claimSubmit] },
    ProcessClaimsPayload: { read: [r.claimProcess, r.claimUpdate] },
    SelectClaimsPayload: { read: [r.claimReview, r.claimFeedback] },
    ClaimBatchRun: { read: BATCH_READERS },
    ClaimBatchIndex: { read: BATCH_READERS },
    RunClaimBatchPayload: { read: [r.batchRun] },
    ClaimAccounts: { read: [r.batchAccountPreview] },
    ClaimAccountRow: { read: [r.batchAccountPreview] },
    RelativeDistributionShare: { read: [r.productSearch, r.productEdit, ...BATCH_READERS] },
    RelativeDistributionPayload: { read: [r.productEdit] },
    ClaimServiceOption: { read: PICKER_USERS },
    ClaimItemOption: { read: PICKER_USERS },
    ClaimServiceOptionPage: { read: PICKER_USERS },
    ClaimItemOptionPage: { read: PICKER_USERS },
    ClaimDashboard: { read: DASHBOARD_READERS },
    ClaimStatusCount: { read: DASHBOARD_READERS },
    ClaimAmountMonth: { read: DASHBOARD_READERS },
    ClaimRejectionCount: { read: DASHBOARD_READERS },
    ClaimDiagnosisCount: { read: DASHBOARD_READERS },
    ClaimDelay: { read: DASHBOARD_READERS },
  },
  scope: {
    Claim: {
      table: claims,
      where: (area) => sql`${claims.healthFacilityId} in (${facilitiesIn(area)})`,
      ownFacility: (facilityId) => sql`${claims.healthFacilityId} = ${facilityId}`,
    },
    // the facility a claim is entered for: its own for a claim administrator, else one in the area
    ClaimFacility: {
      table: healthFacilities,
      where: (area) => sql`${healthFacilities.locationId} = any(${area})`,
      ownFacility: (facilityId) => sql`${healthFacilities.id} = ${facilityId}`,
    },
  },
  guards: {
    createClaim: { right: r.claimAdd, records: [['ClaimFacility', (a) => a.input.healthFacilityId]] },
    updateClaim: {
      right: r.claimEdit,
      records: [
        ['Claim', (a) => a.input.id],
        ['ClaimFacility', (a) => a.input.healthFacilityId],
      ],
    },
    deleteClaim: { right: r.claimDelete, records: [['Claim', (a) => a.input.id]] },
    restoreClaim: { right: r.claimRestore, records: [['Claim', (a) => a.input.id]] },
    saveClaimReview: { right: r.claimReview, records: [['Claim', (a) => a.input.id]] },
    deliverClaimReview: { right: r.claimReview, records: [['Claim', (a) => a.input.id]] },
    deliverClaimFeedback: { right: r.claimFeedback, records: [['Claim', (a) => a.input.id]] },
    setRelativeDistribution: { right: r.productEdit, records: [['Product', (a) => a.input.productId]] },
  },
  inputBounds: {
    CreateClaimInput: claimInput,
    UpdateClaimInput: claimInput,
    ClaimLineInput: claimLines,
    ClaimFilter: claimInput,
    RestoreClaimInput: claims,
    SaveClaimReviewInput: { remark: columnLengths(claims).reviewRemark ?? 500 },
    ClaimReviewLineInput: claimLines,
    SetRelativeDistributionInput: { period: 1, percents: 9 },
  },
} satisfies Partial<DomainDefinition>;
