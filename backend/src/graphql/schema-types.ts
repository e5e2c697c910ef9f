// biome-ignore-all lint/suspicious/noExplicitAny: the generated resolver helper types are graphql-codegen's
// Generated from the schema by `pnpm --filter @kente/backend run schema` (scripts/resolver-types.ts). Do not edit:
// a test fails when it is stale. The parent of each object type is its row: src/graphql/mappers.ts.

import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Edge, Page } from './connection.js';
import type { Ctx } from './context.js';
import type { Mapped } from './mappers.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string | number };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** Calendar date, YYYY-MM-DD */
  Date: { input: string; output: string };
  /** ISO 8601 timestamp */
  DateTime: { input: string; output: string | Date };
  /** Money or quantity as a decimal string, e.g. "1500.00" (never a float) */
  Decimal: { input: string; output: string };
  JSON: { input: unknown; output: unknown };
};

export type AddInsureeInput = {
  familyId: Scalars['ID']['input'];
  insuree: InsureeInput;
  relationship?: InputMaybe<Scalars['String']['input']>;
};

export type ApiLimits = {
  __typename?: 'ApiLimits';
  countCap: Scalars['Int']['output'];
  maxPageSize: Scalars['Int']['output'];
};

export type BypassClaimsInput = {
  /** bypass the feedback (default false) */
  feedback?: InputMaybe<Scalars['Boolean']['input']>;
  ids: Array<Scalars['ID']['input']>;
  /** bypass the review (default true) */
  review?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CatchmentInput = {
  /** a village */
  locationId: Scalars['ID']['input'];
  /** 0-100 */
  percent: Scalars['Int']['input'];
};

export type ChangeFamilyHeadInput = {
  familyId: Scalars['ID']['input'];
  /** a member of the family */
  insureeId: Scalars['ID']['input'];
  /** the family's version */
  version: Scalars['Int']['input'];
};

export type ChangePasswordInput = {
  newPassword: Scalars['String']['input'];
  oldPassword: Scalars['String']['input'];
};

export type ChangePasswordPayload = {
  __typename?: 'ChangePasswordPayload';
  errors: Array<UserError>;
  ok: Scalars['Boolean']['output'];
};

/** A claim of a health facility for an insuree's visit (openIMIS claim) */
export type Claim = {
  __typename?: 'Claim';
  /** the claim administrator (a user of the facility) */
  adminId?: Maybe<Scalars['ID']['output']>;
  /** sum of approved quantity x approved price of the passed lines (after submission) */
  approved?: Maybe<Scalars['Decimal']['output']>;
  assessment?: Maybe<Scalars['Int']['output']>;
  /** the batch run that priced its relative lines */
  batchRunId?: Maybe<Scalars['ID']['output']>;
  /** feedback: was the care rendered, was payment asked, were drugs prescribed and received, assessment 0-5 */
  careRendered?: Maybe<Scalars['Boolean']['output']>;
  /** S surgery, D delivery, A antenatal, H hospitalisation, C consultation, O other, V visit (set by submission) */
  category?: Maybe<Scalars['String']['output']>;
  /** sum of quantity x price asked */
  claimed: Scalars['Decimal']['output'];
  /** unique per health facility */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  dateClaimed: Scalars['Date']['output'];
  diagnosis?: Maybe<Diagnosis>;
  diagnosis1Id?: Maybe<Scalars['ID']['output']>;
  diagnosis2Id?: Maybe<Scalars['ID']['output']>;
  diagnosis3Id?: Maybe<Scalars['ID']['output']>;
  diagnosis4Id?: Maybe<Scalars['ID']['output']>;
  diagnosisId: Scalars['ID']['output'];
  drugPrescribed?: Maybe<Scalars['Boolean']['output']>;
  drugReceived?: Maybe<Scalars['Boolean']['output']>;
  explanation?: Maybe<Scalars['String']['output']>;
  feedbackDate?: Maybe<Scalars['Date']['output']>;
  feedbackStatus: Scalars['Int']['output'];
  guaranteeNo?: Maybe<Scalars['String']['output']>;
  healthFacility?: Maybe<HealthFacility>;
  healthFacilityId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** the insuree's insurance number */
  insuranceNumber: Scalars['String']['output'];
  insuree?: Maybe<Insuree>;
  insureeId: Scalars['ID']['output'];
  lines: Array<ClaimLine>;
  paymentAsked?: Maybe<Scalars['Boolean']['output']>;
  processedAt?: Maybe<Scalars['DateTime']['output']>;
  /** openIMIS's rejection reason of a Rejected claim */
  rejectionReason?: Maybe<Scalars['Int']['output']>;
  /** sum of what is paid; null while a relative-price line waits for the batch run (Processed) */
  remunerated?: Maybe<Scalars['Decimal']['output']>;
  /** the Rejected claim this one was restored from */
  restoredFromId?: Maybe<Scalars['ID']['output']>;
  /** the medical officer's remark on the review */
  reviewRemark?: Maybe<Scalars['String']['output']>;
  /** 1 Idle, 2 Not selected, 4 Selected, 8 Delivered, 16 Bypassed */
  reviewStatus: Scalars['Int']['output'];
  /** the secondary diagnoses that are set, in order */
  secondaryDiagnoses: Array<Diagnosis>;
  /** 1 Rejected, 2 Entered, 4 Checked, 8 Processed, 16 Valuated */
  status: Scalars['Int']['output'];
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** sum of the passed lines' valuated amounts (valuation) */
  valuated?: Maybe<Scalars['Decimal']['output']>;
  version: Scalars['Int']['output'];
  visitFrom: Scalars['Date']['output'];
  visitTo?: Maybe<Scalars['Date']['output']>;
  /** O other, E emergency, R referral */
  visitType: Scalars['String']['output'];
};

/** The account preview's period (a year, a month of it, or a date range: the claims whose visit ended in it) and where */
export type ClaimAccountFilter = {
  /** a date range instead of year and month (both ends) */
  dateFrom?: InputMaybe<Scalars['Date']['input']>;
  dateTo?: InputMaybe<Scalars['Date']['input']>;
  healthFacilityId?: InputMaybe<Scalars['ID']['input']>;
  /** the location's facilities (it and below); none = every facility you see */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  /** 1-12 (needs year) */
  month?: InputMaybe<Scalars['Int']['input']>;
  /** FACILITY: the claims with a line this product covers; PRODUCT: this product's lines */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** 2000-2100; with month, that month; alone, the whole year */
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type ClaimAccountGroup = 'FACILITY' | 'PRODUCT';

/** A facility's (or product's) valuated and processed claims and their sums */
export type ClaimAccountRow = {
  __typename?: 'ClaimAccountRow';
  approved: Scalars['Decimal']['output'];
  claimed: Scalars['Decimal']['output'];
  claims: Scalars['Int']['output'];
  healthFacility?: Maybe<HealthFacility>;
  healthFacilityId?: Maybe<Scalars['ID']['output']>;
  /** claims still Processed (a relative-price line waits for the batch run) */
  processed: Scalars['Int']['output'];
  product?: Maybe<Product>;
  productId?: Maybe<Scalars['ID']['output']>;
  /** what is paid so far (relative lines once a batch ran) */
  remunerated: Scalars['Decimal']['output'];
  valuated: Scalars['Decimal']['output'];
};

/** The account preview: one row per facility or product, and the total */
export type ClaimAccounts = {
  __typename?: 'ClaimAccounts';
  rows: Array<ClaimAccountRow>;
  total: ClaimAccountRow;
};

/** A user's claim administrator details (openIMIS ClaimAdmin): a code; the facility is the user's. */
export type ClaimAdministrator = {
  __typename?: 'ClaimAdministrator';
  /** Up to 8 letters, digits, dot, dash or underscore; unique among claim administrators */
  code: Scalars['String']['output'];
  email?: Maybe<Scalars['String']['output']>;
  /** The facility the claim administrator works at (the user's) */
  healthFacility?: Maybe<HealthFacility>;
  healthFacilityId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  isActive: Scalars['Boolean']['output'];
  lastName: Scalars['String']['output'];
  otherNames: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  username: Scalars['String']['output'];
};

export type ClaimAdministratorConnection = {
  __typename?: 'ClaimAdministratorConnection';
  edges: Array<ClaimAdministratorEdge>;
  pageInfo: PageInfo;
  /** Number of matching rows, capped at 1000 unless exactCount is true. */
  totalCount: Scalars['Int']['output'];
  /** True when totalCount hit the cap (show it as '1000+'). */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type ClaimAdministratorEdge = {
  __typename?: 'ClaimAdministratorEdge';
  cursor: Scalars['String']['output'];
  node: ClaimAdministrator;
};

export type ClaimAdministratorFilter = {
  healthFacilityId?: InputMaybe<Scalars['ID']['input']>;
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Claim administrators of a facility inside this location */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  /** Code prefix, or part of the names */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Claim administrator details; the user must work at a health facility. */
export type ClaimAdministratorInput = {
  code: Scalars['String']['input'];
};

/** A month of visits (YYYY-MM): claims, amount claimed, amount valuated */
export type ClaimAmountMonth = {
  __typename?: 'ClaimAmountMonth';
  claimed: Scalars['Decimal']['output'];
  claims: Scalars['Int']['output'];
  month: Scalars['String']['output'];
  valuated: Scalars['Decimal']['output'];
};

export type ClaimBatchIndex = {
  __typename?: 'ClaimBatchIndex';
  allocated: Scalars['Decimal']['output'];
  /** the distribution share (%) of the period */
  distribution: Scalars['String']['output'];
  /** 4 decimals */
  index: Scalars['String']['output'];
  product?: Maybe<Product>;
  productId: Scalars['ID']['output'];
  /** the valuated relative amounts of the period */
  valuated: Scalars['Decimal']['output'];
};

/** A relative pricing batch run for a location (none = national) and month */
export type ClaimBatchRun = {
  __typename?: 'ClaimBatchRun';
  /** claims it made Valuated */
  claims: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** per product: allocated contributions x distribution / valuated relative amounts */
  indexes: Array<ClaimBatchIndex>;
  location?: Maybe<Location>;
  locationId?: Maybe<Scalars['ID']['output']>;
  month: Scalars['Int']['output'];
  /** what it paid for relative lines */
  remunerated: Scalars['Decimal']['output'];
  runAt: Scalars['DateTime']['output'];
  year: Scalars['Int']['output'];
};

export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  edges: Array<ClaimEdge>;
  pageInfo: PageInfo;
  /** Number of matching rows, capped at 1000 unless exactCount is true. */
  totalCount: Scalars['Int']['output'];
  /** True when totalCount hit the cap (show it as '1000+'). */
  totalCountCapped: Scalars['Boolean']['output'];
};

/** The claim figures of the dashboard (mf-claim's cards), for a DashboardFilter: the claims whose visit started in the period */
export type ClaimDashboard = {
  __typename?: 'ClaimDashboard';
  /** every month of the period, in order */
  amounts: Array<ClaimAmountMonth>;
  /** statuses that have claims, in code order */
  byStatus: Array<ClaimStatusCount>;
  /** most frequent first */
  rejections: Array<ClaimRejectionCount>;
  /** CLAIM, SUBMISSION, VALUATION */
  timeliness: Array<ClaimDelay>;
  /** the ten main diagnoses with the most claims */
  topDiagnoses: Array<ClaimDiagnosisCount>;
};

/** Average days from the end of the visit to the claim date (CLAIM), its submission, its valuation; over the claims that reached the step */
export type ClaimDelay = {
  __typename?: 'ClaimDelay';
  averageDays?: Maybe<Scalars['Float']['output']>;
  claims: Scalars['Int']['output'];
  step: ClaimDelayStep;
};

export type ClaimDelayStep = 'CLAIM' | 'SUBMISSION' | 'VALUATION';

/** A main diagnosis and its claims */
export type ClaimDiagnosisCount = {
  __typename?: 'ClaimDiagnosisCount';
  claims: Scalars['Int']['output'];
  code: Scalars['String']['output'];
  diagnosisId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  cursor: Scalars['String']['output'];
  node: Claim;
};

export type ClaimFilter = {
  claimedMax?: InputMaybe<Scalars['Decimal']['input']>;
  claimedMin?: InputMaybe<Scalars['Decimal']['input']>;
  /** exact claim code */
  code?: InputMaybe<Scalars['String']['input']>;
  feedbackStatus?: InputMaybe<Scalars['Int']['input']>;
  healthFacilityId?: InputMaybe<Scalars['ID']['input']>;
  /** exact insurance number */
  insuranceNumber?: InputMaybe<Scalars['String']['input']>;
  insureeId?: InputMaybe<Scalars['ID']['input']>;
  reviewStatus?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Scalars['Int']['input']>;
  /** visits starting on or after */
  visitFrom?: InputMaybe<Scalars['Date']['input']>;
  /** visits ending on or before */
  visitTo?: InputMaybe<Scalars['Date']['input']>;
};

export type ClaimIdsInput = {
  ids: Array<Scalars['ID']['input']>;
};

/** An item on the facility's price list, at the facility's price */
export type ClaimItemOption = {
  __typename?: 'ClaimItemOption';
  careType: Scalars['String']['output'];
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  package?: Maybe<Scalars['String']['output']>;
  price: Scalars['Decimal']['output'];
};

export type ClaimItemOptionEdge = {
  __typename?: 'ClaimItemOptionEdge';
  cursor: Scalars['String']['output'];
  node: ClaimItemOption;
};

export type ClaimItemOptionPage = {
  __typename?: 'ClaimItemOptionPage';
  edges: Array<ClaimItemOptionEdge>;
  pageInfo: PageInfo;
};

/** A service (kind S) or item (kind I) on a claim */
export type ClaimLine = {
  __typename?: 'ClaimLine';
  /** the service's or item's code and name */
  code: Scalars['String']['output'];
  /** the deductible taken from the line */
  deductible?: Maybe<Scalars['Decimal']['output']>;
  /** what the ceilings did not pay */
  exceedCeiling?: Maybe<Scalars['Decimal']['output']>;
  id: Scalars['ID']['output'];
  itemId?: Maybe<Scalars['ID']['output']>;
  /** the medical officer's justification (a review adjustment, reason -1) */
  justification?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  lineNo: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** the policy and product covering the line */
  policyId?: Maybe<Scalars['ID']['output']>;
  /** valuation: the unit price used (reviewer's, price asked for origin O, else the price list's) */
  priceAdjusted?: Maybe<Scalars['Decimal']['output']>;
  priceApproved?: Maybe<Scalars['Decimal']['output']>;
  /** the price the facility asks (its price list's unless overridden) */
  priceAsked: Scalars['Decimal']['output'];
  /** the facility's price list price when the line was saved; null = not on its list */
  priceList?: Maybe<Scalars['Decimal']['output']>;
  /** the product's price origin at valuation: P price list, O price asked, R relative */
  priceOrigin?: Maybe<Scalars['String']['output']>;
  /** the medical officer's price (a review): kept by valuation whatever the price origin */
  priceReviewed?: Maybe<Scalars['Decimal']['output']>;
  /** the line's value after limits, deductible and ceilings */
  priceValuated?: Maybe<Scalars['Decimal']['output']>;
  productId?: Maybe<Scalars['ID']['output']>;
  quantity: Scalars['Decimal']['output'];
  quantityApproved?: Maybe<Scalars['Decimal']['output']>;
  /** openIMIS's rejection reason (0 accepted) */
  rejectionReason?: Maybe<Scalars['Int']['output']>;
  /** what is paid; null for a relative-price line until the batch run */
  remunerated?: Maybe<Scalars['Decimal']['output']>;
  serviceId?: Maybe<Scalars['ID']['output']>;
  /** 1 Passed, 2 Rejected; null before submission */
  status?: Maybe<Scalars['Int']['output']>;
};

export type ClaimLineInput = {
  itemId?: InputMaybe<Scalars['ID']['input']>;
  /** S service, I item */
  kind: Scalars['String']['input'];
  /** the price asked when it is not the facility's price list price */
  priceAsked?: InputMaybe<Scalars['Decimal']['input']>;
  quantity: Scalars['Decimal']['input'];
  serviceId?: InputMaybe<Scalars['ID']['input']>;
};

/** The claim search's order (keyset by id): OLDEST_FIRST (the default) or NEWEST_FIRST */
export type ClaimOrder = 'NEWEST_FIRST' | 'OLDEST_FIRST';

export type ClaimPayload = {
  __typename?: 'ClaimPayload';
  claim?: Maybe<Claim>;
  errors: Array<UserError>;
  warnings: Array<ClaimWarning>;
};

/** Rejected lines with an openIMIS rejection reason (-1 medical officer, 1-21 the checks) and the claims they are on */
export type ClaimRejectionCount = {
  __typename?: 'ClaimRejectionCount';
  claims: Scalars['Int']['output'];
  lines: Scalars['Int']['output'];
  reason: Scalars['Int']['output'];
};

export type ClaimReviewLineInput = {
  justification?: InputMaybe<Scalars['String']['input']>;
  lineNo: Scalars['Int']['input'];
  priceApproved?: InputMaybe<Scalars['Decimal']['input']>;
  quantityApproved?: InputMaybe<Scalars['Decimal']['input']>;
  /** rejects the line (reason -1); needs a justification */
  rejected?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A service on the facility's price list, at the facility's price */
export type ClaimServiceOption = {
  __typename?: 'ClaimServiceOption';
  careType: Scalars['String']['output'];
  category: Scalars['String']['output'];
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  price: Scalars['Decimal']['output'];
};

export type ClaimServiceOptionEdge = {
  __typename?: 'ClaimServiceOptionEdge';
  cursor: Scalars['String']['output'];
  node: ClaimServiceOption;
};

export type ClaimServiceOptionPage = {
  __typename?: 'ClaimServiceOptionPage';
  edges: Array<ClaimServiceOptionEdge>;
  pageInfo: PageInfo;
};

/** Claims in a status (1 Rejected, 2 Entered, 4 Checked, 8 Processed, 16 Valuated) and what they claim */
export type ClaimStatusCount = {
  __typename?: 'ClaimStatusCount';
  claimed: Scalars['Decimal']['output'];
  claims: Scalars['Int']['output'];
  status: Scalars['Int']['output'];
};

/** One claim's submission: the claim as stored (Checked or Rejected, lines with their reasons) and its warnings */
export type ClaimSubmission = {
  __typename?: 'ClaimSubmission';
  claim: Claim;
  warnings: Array<ClaimWarning>;
};

export type ClaimVersionInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** Something the user is told; the action went through. Codes: DUPLICATE_GUARANTEE, DUPLICATE_SERVICE (lineNo), QUANTITY_REDUCED */
export type ClaimWarning = {
  __typename?: 'ClaimWarning';
  code: Scalars['String']['output'];
  lineNo?: Maybe<Scalars['Int']['output']>;
  message: Scalars['String']['output'];
};

/** A month's contributions paid (photo fees excluded) against the value of the policies enrolled that month */
export type ContributionMonth = {
  __typename?: 'ContributionMonth';
  collected: Scalars['Decimal']['output'];
  expected: Scalars['Decimal']['output'];
  month: Scalars['String']['output'];
};

export type CreateClaimInput = {
  /** a user of the facility; default: you, when you work there */
  adminId?: InputMaybe<Scalars['ID']['input']>;
  code: Scalars['String']['input'];
  dateClaimed: Scalars['Date']['input'];
  diagnosis1Id?: InputMaybe<Scalars['ID']['input']>;
  diagnosis2Id?: InputMaybe<Scalars['ID']['input']>;
  diagnosis3Id?: InputMaybe<Scalars['ID']['input']>;
  diagnosis4Id?: InputMaybe<Scalars['ID']['input']>;
  /** main diagnosis (ICD-10) */
  diagnosisId: Scalars['ID']['input'];
  explanation?: InputMaybe<Scalars['String']['input']>;
  /** guarantee (voucher) number */
  guaranteeNo?: InputMaybe<Scalars['String']['input']>;
  healthFacilityId: Scalars['ID']['input'];
  /** the insuree's insurance number */
  insuranceNumber: Scalars['String']['input'];
  lines: Array<ClaimLineInput>;
  visitFrom: Scalars['Date']['input'];
  /** the visit's last day; none = one-day visit */
  visitTo?: InputMaybe<Scalars['Date']['input']>;
  /** O other, E emergency, R referral (default O) */
  visitType?: InputMaybe<Scalars['String']['input']>;
};

export type CreateDiagnosisInput = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type CreateFamilyInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  confirmationNumber?: InputMaybe<Scalars['String']['input']>;
  confirmationType?: InputMaybe<Scalars['String']['input']>;
  familyType?: InputMaybe<Scalars['String']['input']>;
  head: InsureeInput;
  povertyStatus?: InputMaybe<Scalars['Boolean']['input']>;
  villageId: Scalars['ID']['input'];
};

export type CreateHealthFacilityInput = {
  accCode?: InputMaybe<Scalars['String']['input']>;
  address?: InputMaybe<Scalars['String']['input']>;
  careType: Scalars['String']['input'];
  code: Scalars['String']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  fax?: InputMaybe<Scalars['String']['input']>;
  itemPriceListId?: InputMaybe<Scalars['ID']['input']>;
  legalForm: Scalars['String']['input'];
  level: Scalars['String']['input'];
  locationId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  servicePriceListId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateLocationInput = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  type: Scalars['String']['input'];
};

export type CreateMedicalItemInput = {
  careType: Scalars['String']['input'];
  code: Scalars['String']['input'];
  frequency?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  package?: InputMaybe<Scalars['String']['input']>;
  patientCategory?: InputMaybe<Scalars['Int']['input']>;
  price: Scalars['Decimal']['input'];
  type: Scalars['String']['input'];
};

export type CreateMedicalServiceInput = {
  careType: Scalars['String']['input'];
  category?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['String']['input'];
  frequency?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  patientCategory?: InputMaybe<Scalars['Int']['input']>;
  price: Scalars['Decimal']['input'];
  type: Scalars['String']['input'];
};

export type CreatePayerInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  fax?: InputMaybe<Scalars['String']['input']>;
  locationId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  type: Scalars['String']['input'];
};

/** A new Idle policy: value and dates are the server's */
export type CreatePolicyInput = {
  enrolDate: Scalars['Date']['input'];
  familyId: Scalars['ID']['input'];
  officerId?: InputMaybe<Scalars['ID']['input']>;
  productId: Scalars['ID']['input'];
};

export type CreatePremiumInput = {
  amount: Scalars['Decimal']['input'];
  isPhotoFee?: InputMaybe<Scalars['Boolean']['input']>;
  payDate: Scalars['Date']['input'];
  payType: Scalars['String']['input'];
  payerId?: InputMaybe<Scalars['ID']['input']>;
  policyId: Scalars['ID']['input'];
  /** put an Idle policy in force although the payment is partial */
  putInForce?: InputMaybe<Scalars['Boolean']['input']>;
  receipt: Scalars['String']['input'];
};

export type CreatePriceListInput = {
  kind: Scalars['String']['input'];
  locationId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};

export type CreateProductInput = {
  accCodePremiums?: InputMaybe<Scalars['String']['input']>;
  accCodeRemuneration?: InputMaybe<Scalars['String']['input']>;
  administrationPeriod?: InputMaybe<Scalars['Int']['input']>;
  ceilingInterpretation?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['String']['input'];
  conversionProductId?: InputMaybe<Scalars['ID']['input']>;
  dateFrom: Scalars['Date']['input'];
  dateTo: Scalars['Date']['input'];
  dedInsuree?: InputMaybe<Scalars['Decimal']['input']>;
  dedIpInsuree?: InputMaybe<Scalars['Decimal']['input']>;
  dedIpPolicy?: InputMaybe<Scalars['Decimal']['input']>;
  dedIpTreatment?: InputMaybe<Scalars['Decimal']['input']>;
  dedOpInsuree?: InputMaybe<Scalars['Decimal']['input']>;
  dedOpPolicy?: InputMaybe<Scalars['Decimal']['input']>;
  dedOpTreatment?: InputMaybe<Scalars['Decimal']['input']>;
  dedPolicy?: InputMaybe<Scalars['Decimal']['input']>;
  dedTreatment?: InputMaybe<Scalars['Decimal']['input']>;
  enrolmentDiscountPerc?: InputMaybe<Scalars['Int']['input']>;
  enrolmentDiscountPeriod?: InputMaybe<Scalars['Int']['input']>;
  generalAssemblyFee?: InputMaybe<Scalars['Decimal']['input']>;
  generalAssemblyLumpSum?: InputMaybe<Scalars['Decimal']['input']>;
  gracePeriodEnrolment?: InputMaybe<Scalars['Int']['input']>;
  gracePeriodPayment?: InputMaybe<Scalars['Int']['input']>;
  gracePeriodRenewal?: InputMaybe<Scalars['Int']['input']>;
  insurancePeriod?: InputMaybe<Scalars['Int']['input']>;
  locationId?: InputMaybe<Scalars['ID']['input']>;
  lumpSum?: InputMaybe<Scalars['Decimal']['input']>;
  maxAmountAntenatal?: InputMaybe<Scalars['Decimal']['input']>;
  maxAmountConsultation?: InputMaybe<Scalars['Decimal']['input']>;
  maxAmountDelivery?: InputMaybe<Scalars['Decimal']['input']>;
  maxAmountHospitalization?: InputMaybe<Scalars['Decimal']['input']>;
  maxAmountSurgery?: InputMaybe<Scalars['Decimal']['input']>;
  maxCeilingPolicy?: InputMaybe<Scalars['Decimal']['input']>;
  maxCeilingPolicyIp?: InputMaybe<Scalars['Decimal']['input']>;
  maxCeilingPolicyOp?: InputMaybe<Scalars['Decimal']['input']>;
  maxInstallments?: InputMaybe<Scalars['Int']['input']>;
  maxInsuree?: InputMaybe<Scalars['Decimal']['input']>;
  maxIpInsuree?: InputMaybe<Scalars['Decimal']['input']>;
  maxIpPolicy?: InputMaybe<Scalars['Decimal']['input']>;
  maxIpTreatment?: InputMaybe<Scalars['Decimal']['input']>;
  maxMembers?: InputMaybe<Scalars['Int']['input']>;
  maxNoAntenatal?: InputMaybe<Scalars['Int']['input']>;
  maxNoConsultation?: InputMaybe<Scalars['Int']['input']>;
  maxNoDelivery?: InputMaybe<Scalars['Int']['input']>;
  maxNoHospitalization?: InputMaybe<Scalars['Int']['input']>;
  maxNoSurgery?: InputMaybe<Scalars['Int']['input']>;
  maxNoVisits?: InputMaybe<Scalars['Int']['input']>;
  maxOpInsuree?: InputMaybe<Scalars['Decimal']['input']>;
  maxOpPolicy?: InputMaybe<Scalars['Decimal']['input']>;
  maxOpTreatment?: InputMaybe<Scalars['Decimal']['input']>;
  maxPolicy?: InputMaybe<Scalars['Decimal']['input']>;
  maxPolicyExtraMember?: InputMaybe<Scalars['Decimal']['input']>;
  maxPolicyExtraMemberIp?: InputMaybe<Scalars['Decimal']['input']>;
  maxPolicyExtraMemberOp?: InputMaybe<Scalars['Decimal']['input']>;
  maxTreatment?: InputMaybe<Scalars['Decimal']['input']>;
  name: Scalars['String']['input'];
  premiumAdult?: InputMaybe<Scalars['Decimal']['input']>;
  premiumChild?: InputMaybe<Scalars['Decimal']['input']>;
  registrationFee?: InputMaybe<Scalars['Decimal']['input']>;
  registrationLumpSum?: InputMaybe<Scalars['Decimal']['input']>;
  renewalDiscountPerc?: InputMaybe<Scalars['Int']['input']>;
  renewalDiscountPeriod?: InputMaybe<Scalars['Int']['input']>;
  startCycle1?: InputMaybe<Scalars['String']['input']>;
  startCycle2?: InputMaybe<Scalars['String']['input']>;
  startCycle3?: InputMaybe<Scalars['String']['input']>;
  startCycle4?: InputMaybe<Scalars['String']['input']>;
  threshold?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateRoleInput = {
  altLanguage?: InputMaybe<Scalars['String']['input']>;
  isBlocked?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  rights: Array<Scalars['Int']['input']>;
};

export type CreateUserInput = {
  /** Makes the user a claim administrator (121602) */
  claimAdministrator?: InputMaybe<ClaimAdministratorInput>;
  email?: InputMaybe<Scalars['String']['input']>;
  healthFacilityId?: InputMaybe<Scalars['ID']['input']>;
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  lastName: Scalars['String']['input'];
  /** Regions or districts (none = national, or the facility's area) */
  locationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Makes the user an enrolment officer (121502) */
  officer?: InputMaybe<EnrolmentOfficerInput>;
  otherNames: Scalars['String']['input'];
  password: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  roleIds: Array<Scalars['ID']['input']>;
  username: Scalars['String']['input'];
};

/** What a dashboard aggregates: a period (at most five years), a location (it and below, inside your area) and a product */
export type DashboardFilter = {
  dateFrom: Scalars['Date']['input'];
  dateTo: Scalars['Date']['input'];
  /** a region, district, municipality or village you see; none = your whole area */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
};

export type DeleteInput = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type DeliverClaimFeedbackInput = {
  /** 0-5 */
  assessment: Scalars['Int']['input'];
  careRendered: Scalars['Boolean']['input'];
  drugPrescribed: Scalars['Boolean']['input'];
  drugReceived: Scalars['Boolean']['input'];
  feedbackDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  paymentAsked: Scalars['Boolean']['input'];
  version: Scalars['Int']['input'];
};

export type Diagnosis = {
  __typename?: 'Diagnosis';
  /** false = deactivated */
  active: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type DiagnosisConnection = {
  __typename?: 'DiagnosisConnection';
  edges: Array<DiagnosisEdge>;
  pageInfo: PageInfo;
  /** Number of matching rows, capped at 1000 unless exactCount is true. */
  totalCount: Scalars['Int']['output'];
  /** True when totalCount hit the cap (show it as '1000+'). */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type DiagnosisEdge = {
  __typename?: 'DiagnosisEdge';
  cursor: Scalars['String']['output'];
  node: Diagnosis;
};

export type DiagnosisFilter = {
  /** deactivated ones too (default: active only) */
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type DiagnosisPayload = {
  __typename?: 'DiagnosisPayload';
  diagnosis?: Maybe<Diagnosis>;
  errors: Array<UserError>;
};

export type DuplicatePriceListInput = {
  /** the list to copy */
  id: Scalars['ID']['input'];
  /** the new list's region or district; none = national */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};

/** A copy of a product with its covered services and items, under a new code and name */
export type DuplicateProductInput = {
  code: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  /** absent: the original's location */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};

/** Who the insurance number is (null: unknown or outside your area) and the policies covering them on the date */
export type Eligibility = {
  __typename?: 'Eligibility';
  date: Scalars['Date']['output'];
  insuree?: Maybe<Insuree>;
  policies: Array<EligiblePolicy>;
};

/** A policy in force at the enquiry's date, with its product's limits */
export type EligiblePolicy = {
  __typename?: 'EligiblePolicy';
  /** deductibles and ceilings the product sets */
  amounts: Array<PolicyAmountLimit>;
  /** maximum counts the product sets */
  counts: Array<PolicyCountLimit>;
  effectiveDate?: Maybe<Scalars['Date']['output']>;
  expiryDate: Scalars['Date']['output'];
  policyId: Scalars['ID']['output'];
  productCode: Scalars['String']['output'];
  productId: Scalars['ID']['output'];
  productName: Scalars['String']['output'];
  startDate: Scalars['Date']['output'];
  /** 1 Idle, 2 Active, 4 Suspended, 8 Expired (as read on the enquiry's date) */
  status: Scalars['Int']['output'];
};

/** A user's enrolment officer details (openIMIS Officer). Names, phone and email are the user's; id is the user's id. */
export type EnrolmentOfficer = {
  __typename?: 'EnrolmentOfficer';
  /** Up to 8 letters, digits, dot, dash or underscore; unique among officers */
  code: Scalars['String']['output'];
  email?: Maybe<Scalars['String']['output']>;
  /** The facility the officer's user works at, if any */
  healthFacility?: Maybe<HealthFacility>;
  healthFacilityId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  isActive: Scalars['Boolean']['output'];
  lastName: Scalars['String']['output'];
  /** The user's regions or districts (their area) */
  locations: Array<Location>;
  otherNames: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /** The substitute, when inside the reader's area */
  substitute?: Maybe<EnrolmentOfficer>;
  /** The officer who stands in for this one */
  substituteId?: Maybe<Scalars['ID']['output']>;
  username: Scalars['String']['output'];
  villageCount: Scalars['Int']['output'];
  /** The villages the officer covers (inside the user's area), by code */
  villageIds: Array<Scalars['ID']['output']>;
  villages: Array<Location>;
  /** The last day the officer works; null = no end */
  worksTo?: Maybe<Scalars['Date']['output']>;
};

export type EnrolmentOfficerConnection = {
  __typename?: 'EnrolmentOfficerConnection';
  edges: Array<EnrolmentOfficerEdge>;
  pageInfo: PageInfo;
  /** Number of matching rows, capped at 1000 unless exactCount is true. */
  totalCount: Scalars['Int']['output'];
  /** True when totalCount hit the cap (show it as '1000+'). */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type EnrolmentOfficerEdge = {
  __typename?: 'EnrolmentOfficerEdge';
  cursor: Scalars['String']['output'];
  node: EnrolmentOfficer;
};

export type EnrolmentOfficerFilter = {
  healthFacilityId?: InputMaybe<Scalars['ID']['input']>;
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Officers bound to this location or one inside it, working at a facility inside it, or covering a village inside it */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  /** Code prefix, or part of the names */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Enrolment officer details, given as a whole (a field left out is empty). */
export type EnrolmentOfficerInput = {
  code: Scalars['String']['input'];
  /** Another enrolment officer, never the officer themselves */
  substituteId?: InputMaybe<Scalars['ID']['input']>;
  /** Villages inside the user's regions or districts (their facility's district when they have none) */
  villageIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  worksTo?: InputMaybe<Scalars['Date']['input']>;
};

export type Family = {
  __typename?: 'Family';
  address?: Maybe<Scalars['String']['output']>;
  confirmationNumber?: Maybe<Scalars['String']['output']>;
  /** S state, L local authority, C community, O other */
  confirmationType?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** H household, P polygamous, O orphans, C council, T other */
  familyType?: Maybe<Scalars['String']['output']>;
  head: Insuree;
  id: Scalars['ID']['output'];
  memberCount: Scalars['Int']['output'];
  /** Members, head first, then by id */
  members: Array<Insuree>;
  /** the family's policies, newest first */
  policies: Array<Policy>;
  povertyStatus?: Maybe<Scalars['Boolean']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** The family's village (location type V) */
  village: Location;
};

export type FamilyConnection = {
  __typename?: 'FamilyConnection';
  edges: Array<FamilyEdge>;
  pageInfo: PageInfo;
  /** Number of matching rows, capped at 1000 unless exactCount is true. */
  totalCount: Scalars['Int']['output'];
  /** True when totalCount hit the cap (show it as '1000+'). */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type FamilyEdge = {
  __typename?: 'FamilyEdge';
  cursor: Scalars['String']['output'];
  node: Family;
};

export type FamilyFilter = {
  familyType?: InputMaybe<Scalars['String']['input']>;
  /** Prefix of the head's insurance number */
  headInsuranceNumber?: InputMaybe<Scalars['String']['input']>;
  /** Any level: region, district, municipality or village */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  povertyStatus?: InputMaybe<Scalars['Boolean']['input']>;
  /** Last or other names of any member: prefix (under 3 characters) or contains */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type FamilyOrder = 'HEAD_INSURANCE_NUMBER' | 'HEAD_LAST_NAME';

export type FamilyPayload = {
  __typename?: 'FamilyPayload';
  errors: Array<UserError>;
  family?: Maybe<Family>;
};

export type HealthFacility = {
  __typename?: 'HealthFacility';
  /** The facility's code in the scheme's accounts (openIMIS HFAccCode) */
  accCode?: Maybe<Scalars['String']['output']>;
  address?: Maybe<Scalars['String']['output']>;
  /** I in-patient, O out-patient, B both */
  careType: Scalars['String']['output'];
  /** The villages the facility serves (openIMIS catchment), by village code */
  catchments: Array<HealthFacilityCatchment>;
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  email?: Maybe<Scalars['String']['output']>;
  fax?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  itemPriceList?: Maybe<PriceList>;
  /** G government, C charity, P private, D district organisation */
  legalForm: Scalars['String']['output'];
  /** D dispensary, C health centre, H hospital */
  level: Scalars['String']['output'];
  /** The district the facility sits in */
  location?: Maybe<Location>;
  locationId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  servicePriceList?: Maybe<PriceList>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** A village a facility serves (openIMIS HFCatchment) and the share of its people the facility serves */
export type HealthFacilityCatchment = {
  __typename?: 'HealthFacilityCatchment';
  location?: Maybe<Location>;
  locationId: Scalars['ID']['output'];
  /** 0-100 */
  percent: Scalars['Int']['output'];
};

export type HealthFacilityConnection = {
  __typename?: 'HealthFacilityConnection';
  edges: Array<HealthFacilityEdge>;
  pageInfo: PageInfo;
  /** Number of matching rows, capped at 1000 unless exactCount is true. */
  totalCount: Scalars['Int']['output'];
  /** True when totalCount hit the cap (show it as '1000+'). */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type HealthFacilityEdge = {
  __typename?: 'HealthFacilityEdge';
  cursor: Scalars['String']['output'];
  node: HealthFacility;
};

export type HealthFacilityFilter = {
  careType?: InputMaybe<Scalars['String']['input']>;
  legalForm?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<Scalars['String']['input']>;
  /** district, or a region (facilities of its districts) */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type HealthFacilityPayload = {
  __typename?: 'HealthFacilityPayload';
  errors: Array<UserError>;
  healthFacility?: Maybe<HealthFacility>;
};

export type HistoryEntry = {
  __typename?: 'HistoryEntry';
  /** CREATE, UPDATE or DELETE */
  action: Scalars['String']['output'];
  after?: Maybe<Scalars['JSON']['output']>;
  at: Scalars['DateTime']['output'];
  before?: Maybe<Scalars['JSON']['output']>;
  entityId: Scalars['ID']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  userId?: Maybe<Scalars['ID']['output']>;
  username?: Maybe<Scalars['String']['output']>;
};

export type HistoryEntryConnection = {
  __typename?: 'HistoryEntryConnection';
  edges: Array<HistoryEntryEdge>;
  pageInfo: PageInfo;
  /** Number of matching rows, capped at 1000 unless exactCount is true. */
  totalCount: Scalars['Int']['output'];
  /** True when totalCount hit the cap (show it as '1000+'). */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type HistoryEntryEdge = {
  __typename?: 'HistoryEntryEdge';
  cursor: Scalars['String']['output'];
  node: HistoryEntry;
};

export type InsuranceNumberBatch = {
  __typename?: 'InsuranceNumberBatch';
  count: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Username of who reserved them */
  createdBy?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  numbers: Array<Scalars['String']['output']>;
  /** Download URL of the printable card sheet (A4 PDF, one QR code per number) */
  pdfUrl: Scalars['String']['output'];
  region: Location;
  /** How many of the numbers are already used by an insuree */
  usedCount: Scalars['Int']['output'];
  /** Download URL of the ZIP (one PNG per number + numbers.csv) */
  zipUrl: Scalars['String']['output'];
};

export type InsuranceNumberBatchConnection = {
  __typename?: 'InsuranceNumberBatchConnection';
  edges: Array<InsuranceNumberBatchEdge>;
  pageInfo: PageInfo;
  /** Number of matching rows, capped at 1000 unless exactCount is true. */
  totalCount: Scalars['Int']['output'];
  /** True when totalCount hit the cap (show it as '1000+'). */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type InsuranceNumberBatchEdge = {
  __typename?: 'InsuranceNumberBatchEdge';
  cursor: Scalars['String']['output'];
  node: InsuranceNumberBatch;
};

export type InsuranceNumberBatchPayload = {
  __typename?: 'InsuranceNumberBatchPayload';
  batch?: Maybe<InsuranceNumberBatch>;
  errors: Array<UserError>;
};

export type InsuranceNumberConfig = {
  __typename?: 'InsuranceNumberConfig';
  /** mod7 (last digit = the other digits as a number, mod 7) or none */
  checkDigit: Scalars['String']['output'];
  /** Total digits, check digit included */
  length: Scalars['Int']['output'];
};

export type Insuree = {
  __typename?: 'Insuree';
  birthDate: Scalars['Date']['output'];
  cardIssued: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  currentAddress?: Maybe<Scalars['String']['output']>;
  currentVillage?: Maybe<Location>;
  /** N none, P primary, S secondary, U university, O other */
  education?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  family: Family;
  /** M, F, O */
  gender: Scalars['String']['output'];
  /** First service point */
  healthFacility?: Maybe<HealthFacility>;
  id: Scalars['ID']['output'];
  identificationNumber?: Maybe<Scalars['String']['output']>;
  /** N national id, P passport, D driving licence, V voter card, O other */
  identificationType?: Maybe<Scalars['String']['output']>;
  insuranceNumber: Scalars['String']['output'];
  isHead: Scalars['Boolean']['output'];
  lastName: Scalars['String']['output'];
  /** S single, M married, D divorced, W widowed, N not specified */
  maritalStatus?: Maybe<Scalars['String']['output']>;
  otherNames: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /** Photo URL; always null for now (placeholder) */
  photo?: Maybe<Scalars['String']['output']>;
  /** the policies covering this insuree, newest first */
  policies: Array<Policy>;
  profession?: Maybe<Scalars['String']['output']>;
  /** Relationship to the head (null for the head): SP SO DA FA MO BR SI GC OT */
  relationship?: Maybe<Scalars['String']['output']>;
  /** ACTIVE, INACTIVE, DECEASED */
  status: Scalars['String']['output'];
  statusDate?: Maybe<Scalars['Date']['output']>;
  statusReason?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type InsureeConnection = {
  __typename?: 'InsureeConnection';
  edges: Array<InsureeEdge>;
  pageInfo: PageInfo;
  /** Number of matching rows, capped at 1000 unless exactCount is true. */
  totalCount: Scalars['Int']['output'];
  /** True when totalCount hit the cap (show it as '1000+'). */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type InsureeEdge = {
  __typename?: 'InsureeEdge';
  cursor: Scalars['String']['output'];
  node: Insuree;
};

export type InsureeFilter = {
  birthDateFrom?: InputMaybe<Scalars['Date']['input']>;
  birthDateTo?: InputMaybe<Scalars['Date']['input']>;
  familyId?: InputMaybe<Scalars['ID']['input']>;
  gender?: InputMaybe<Scalars['String']['input']>;
  healthFacilityId?: InputMaybe<Scalars['ID']['input']>;
  /** Prefix */
  insuranceNumber?: InputMaybe<Scalars['String']['input']>;
  /** Prefix */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Any level: region, district, municipality or village (of the family) */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  /** Prefix */
  otherNames?: InputMaybe<Scalars['String']['input']>;
  /** Names: prefix (under 3 characters or with lastName order) or contains; a term of digits searches the insurance number prefix */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
};

export type InsureeInput = {
  birthDate: Scalars['Date']['input'];
  cardIssued?: InputMaybe<Scalars['Boolean']['input']>;
  currentAddress?: InputMaybe<Scalars['String']['input']>;
  currentVillageId?: InputMaybe<Scalars['ID']['input']>;
  education?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  gender: Scalars['String']['input'];
  healthFacilityId?: InputMaybe<Scalars['ID']['input']>;
  identificationNumber?: InputMaybe<Scalars['String']['input']>;
  identificationType?: InputMaybe<Scalars['String']['input']>;
  insuranceNumber: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  maritalStatus?: InputMaybe<Scalars['String']['input']>;
  otherNames: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  profession?: InputMaybe<Scalars['String']['input']>;
};

export type InsureeOrder = 'BIRTH_DATE' | 'INSURANCE_NUMBER' | 'LAST_NAME';

export type InsureePayload = {
  __typename?: 'InsureePayload';
  errors: Array<UserError>;
  insuree?: Maybe<Insuree>;
};

/** What this backend offers; readable without signing in (the console checks modules' backend needs). */
export type Kente = {
  __typename?: 'Kente';
  domains: Array<KenteDomain>;
  rights: Array<KenteRight>;
};

/** A backend domain and the version of its API. */
export type KenteDomain = {
  __typename?: 'KenteDomain';
  name: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

/** A right a domain defines (openIMIS code). */
export type KenteRight = {
  __typename?: 'KenteRight';
  code: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  domain: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type Location = {
  __typename?: 'Location';
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Health facilities in this location that you may see */
  healthFacilityCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  parent?: Maybe<Location>;
  parentId?: Maybe<Scalars['ID']['output']>;
  /** R region, D district, M municipality (ward), V village */
  type: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type LocationConnection = {
  __typename?: 'LocationConnection';
  edges: Array<LocationEdge>;
  pageInfo: PageInfo;
  /** Number of matching rows, capped at 1000 unless exactCount is true. */
  totalCount: Scalars['Int']['output'];
  /** True when totalCount hit the cap (show it as '1000+'). */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type LocationEdge = {
  __typename?: 'LocationEdge';
  cursor: Scalars['String']['output'];
  node: Location;
};

export type LocationFilter = {
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Code prefix or part of the name */
  search?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
};

export type LocationPayload = {
  __typename?: 'LocationPayload';
  errors: Array<UserError>;
  location?: Maybe<Location>;
};

export type LoginInput = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

export type LoginPayload = {
  __typename?: 'LoginPayload';
  errors: Array<UserError>;
  me?: Maybe<Me>;
};

export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  errors: Array<UserError>;
  ok: Scalars['Boolean']['output'];
};

/** The signed-in user. */
export type Me = {
  __typename?: 'Me';
  healthFacility?: Maybe<HealthFacility>;
  id: Scalars['ID']['output'];
  /** UI language code (en, fr). */
  language: Scalars['String']['output'];
  lastName: Scalars['String']['output'];
  /** Regions or districts the user is bound to (their data scope); empty and no facility = national. */
  locationIds: Array<Scalars['ID']['output']>;
  /** True until the user changes the password they were given (the first administrator of a production start). */
  mustChangePassword: Scalars['Boolean']['output'];
  /** Other names then last name, for display. */
  names: Scalars['String']['output'];
  otherNames: Scalars['String']['output'];
  /** openIMIS right codes held through the user's roles. */
  rights: Array<Scalars['Int']['output']>;
  /** The roles the user holds (a role editor cannot change a role they hold). */
  roleIds: Array<Scalars['ID']['output']>;
  username: Scalars['String']['output'];
};

export type MedicalItem = {
  __typename?: 'MedicalItem';
  /** false = deactivated (openIMIS validity closed): offered in no picker, refused on a new claim line, kept on claims that name it */
  active: Scalars['Boolean']['output'];
  careType: Scalars['String']['output'];
  code: Scalars['String']['output'];
  /** days between two provisions to one insuree (claim check 5); null = no limit */
  frequency?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  package?: Maybe<Scalars['String']['output']>;
  /** who may receive it (claim check 4): bitmask 1 male, 2 female, 4 adult, 8 minor; 0 or 15 anyone */
  patientCategory: Scalars['Int']['output'];
  price: Scalars['Decimal']['output'];
  /** D drug, M medical consumable */
  type: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type MedicalItemConnection = {
  __typename?: 'MedicalItemConnection';
  edges: Array<MedicalItemEdge>;
  pageInfo: PageInfo;
  /** Number of matching rows, capped at 1000 unless exactCount is true. */
  totalCount: Scalars['Int']['output'];
  /** True when totalCount hit the cap (show it as '1000+'). */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type MedicalItemEdge = {
  __typename?: 'MedicalItemEdge';
  cursor: Scalars['String']['output'];
  node: MedicalItem;
};

export type MedicalItemFilter = {
  careType?: InputMaybe<Scalars['String']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  notOnPriceListId?: InputMaybe<Scalars['ID']['input']>;
  priceListId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
};

export type MedicalItemPayload = {
  __typename?: 'MedicalItemPayload';
  errors: Array<UserError>;
  medicalItem?: Maybe<MedicalItem>;
};

export type MedicalService = {
  __typename?: 'MedicalService';
  /** false = deactivated (openIMIS validity closed): offered in no picker, refused on a new claim line, kept on claims that name it */
  active: Scalars['Boolean']['output'];
  careType: Scalars['String']['output'];
  /** S surgery, D delivery, A antenatal, H hospitalisation, C consultation, O other */
  category: Scalars['String']['output'];
  code: Scalars['String']['output'];
  /** days between two provisions to one insuree (claim check 5); null = no limit */
  frequency?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** S simple service, V visit, D day of stay, H hospital case */
  level: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** who may receive it (claim check 4): bitmask 1 male, 2 female, 4 adult, 8 minor; 0 or 15 anyone */
  patientCategory: Scalars['Int']['output'];
  price: Scalars['Decimal']['output'];
  /** P preventive, C curative */
  type: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type MedicalServiceConnection = {
  __typename?: 'MedicalServiceConnection';
  edges: Array<MedicalServiceEdge>;
  pageInfo: PageInfo;
  /** Number of matching rows, capped at 1000 unless exactCount is true. */
  totalCount: Scalars['Int']['output'];
  /** True when totalCount hit the cap (show it as '1000+'). */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type MedicalServiceEdge = {
  __typename?: 'MedicalServiceEdge';
  cursor: Scalars['String']['output'];
  node: MedicalService;
};

export type MedicalServiceFilter = {
  careType?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  /** deactivated ones too (default: active only) */
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  level?: InputMaybe<Scalars['String']['input']>;
  /** only services not yet on this price list (to add lines) */
  notOnPriceListId?: InputMaybe<Scalars['ID']['input']>;
  /** only services on this price list */
  priceListId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
};

export type MedicalServicePayload = {
  __typename?: 'MedicalServicePayload';
  errors: Array<UserError>;
  medicalService?: Maybe<MedicalService>;
};

export type MoveInsureeInput = {
  /** target family */
  familyId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  relationship?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  _noop?: Maybe<Scalars['Boolean']['output']>;
  addInsuree: InsureePayload;
  /** Selected review or feedback → Bypassed (111010) */
  bypassClaims: ProcessClaimsPayload;
  changeFamilyHead: FamilyPayload;
  changePassword: ChangePasswordPayload;
  /** a claim in status Entered */
  createClaim: ClaimPayload;
  createDiagnosis: DiagnosisPayload;
  createFamily: FamilyPayload;
  createHealthFacility: HealthFacilityPayload;
  createLocation: LocationPayload;
  createMedicalItem: MedicalItemPayload;
  createMedicalService: MedicalServicePayload;
  createPayer: PayerPayload;
  createPolicy: PolicyPayload;
  /** pays on an Idle or Active policy; full payment puts an Idle policy in force */
  createPremium: PremiumPayload;
  createPriceList: PriceListPayload;
  createProduct: ProductPayload;
  createRole: RolePayload;
  createUser: UserPayload;
  /** Closes its validity (the edit right): kept for the claims that name it, offered nowhere new */
  deactivateDiagnosis: DiagnosisPayload;
  /** Closes its validity (the edit right): kept for the claims that name it, offered nowhere new */
  deactivateMedicalItem: MedicalItemPayload;
  /** Closes its validity (the edit right): kept for the claims that name it, offered nowhere new */
  deactivateMedicalService: MedicalServicePayload;
  /** an Entered claim, at its version */
  deleteClaim: ClaimPayload;
  deleteDiagnosis: DiagnosisPayload;
  deleteHealthFacility: HealthFacilityPayload;
  deleteLocation: LocationPayload;
  deleteMedicalItem: MedicalItemPayload;
  deleteMedicalService: MedicalServicePayload;
  /** refused (IN_USE) while contributions name the payer */
  deletePayer: PayerPayload;
  /** an Idle policy */
  deletePolicy: PolicyPayload;
  deletePremium: PremiumPayload;
  deletePriceList: PriceListPayload;
  /** refused (IN_USE) while policies use the product or it is another product's conversion product */
  deleteProduct: ProductPayload;
  deleteRole: RolePayload;
  deleteUser: UserPayload;
  /** the insuree's answers, feedback Delivered (111009) */
  deliverClaimFeedback: ClaimPayload;
  /** review Delivered: approved amounts recomputed, the valuation too when already processed (111008) */
  deliverClaimReview: ClaimPayload;
  /** A new list of the same kind with the source's lines and price overrides, for another location */
  duplicatePriceList: PriceListPayload;
  duplicateProduct: ProductPayload;
  login: LoginPayload;
  logout: LogoutPayload;
  /** The head cannot be moved (error HEAD) */
  moveInsuree: InsureePayload;
  /** valuation (111011): each Checked claim Valuated, or Processed when a relative price waits for the batch run */
  processClaims: ProcessClaimsPayload;
  reactivateDiagnosis: DiagnosisPayload;
  reactivateMedicalItem: MedicalItemPayload;
  reactivateMedicalService: MedicalServicePayload;
  /** The head cannot be removed (error HEAD) */
  removeInsuree: InsureePayload;
  renewPolicy: PolicyPayload;
  reserveInsuranceNumbers: InsuranceNumberBatchPayload;
  /** a new Entered claim copying a Rejected one */
  restoreClaim: ClaimPayload;
  /** relative pricing for a location and a month that is over, once (111101): ALREADY_RUN the second time */
  runClaimBatch: RunClaimBatchPayload;
  /** a medical officer's approved quantities and prices, rejections with justification (111008) */
  saveClaimReview: ClaimPayload;
  /** feedback Selected (111009); the filter's other candidates Not selected */
  selectClaimsForFeedback: SelectClaimsPayload;
  /** review Selected (111008); the filter's other candidates Not selected */
  selectClaimsForReview: SelectClaimsPayload;
  setInsureeStatus: InsureePayload;
  setPriceListEntries: PriceListPayload;
  setProductItems: ProductPayload;
  setProductServices: ProductPayload;
  /** a product's relative distribution shares, replaced (121003) */
  setRelativeDistribution: RelativeDistributionPayload;
  /** openIMIS's checks: each claim Checked (a line passes) or Rejected, lines with their reasons */
  submitClaims: SubmitClaimsPayload;
  /** Active -> Suspended */
  suspendPolicy: PolicyPayload;
  /** an Entered claim, at its version */
  updateClaim: ClaimPayload;
  updateDiagnosis: DiagnosisPayload;
  updateFamily: FamilyPayload;
  updateHealthFacility: HealthFacilityPayload;
  updateInsuree: InsureePayload;
  updateLocation: LocationPayload;
  updateMedicalItem: MedicalItemPayload;
  updateMedicalService: MedicalServicePayload;
  updatePayer: PayerPayload;
  updatePolicy: PolicyPayload;
  updatePremium: PremiumPayload;
  updatePriceList: PriceListPayload;
  updateProduct: ProductPayload;
  updateRole: RolePayload;
  updateUser: UserPayload;
};

export type MutationAddInsureeArgs = {
  input: AddInsureeInput;
};

export type MutationBypassClaimsArgs = {
  input: BypassClaimsInput;
};

export type MutationChangeFamilyHeadArgs = {
  input: ChangeFamilyHeadInput;
};

export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};

export type MutationCreateClaimArgs = {
  input: CreateClaimInput;
};

export type MutationCreateDiagnosisArgs = {
  input: CreateDiagnosisInput;
};

export type MutationCreateFamilyArgs = {
  input: CreateFamilyInput;
};

export type MutationCreateHealthFacilityArgs = {
  input: CreateHealthFacilityInput;
};

export type MutationCreateLocationArgs = {
  input: CreateLocationInput;
};

export type MutationCreateMedicalItemArgs = {
  input: CreateMedicalItemInput;
};

export type MutationCreateMedicalServiceArgs = {
  input: CreateMedicalServiceInput;
};

export type MutationCreatePayerArgs = {
  input: CreatePayerInput;
};

export type MutationCreatePolicyArgs = {
  input: CreatePolicyInput;
};

export type MutationCreatePremiumArgs = {
  input: CreatePremiumInput;
};

export type MutationCreatePriceListArgs = {
  input: CreatePriceListInput;
};

export type MutationCreateProductArgs = {
  input: CreateProductInput;
};

export type MutationCreateRoleArgs = {
  input: CreateRoleInput;
};

export type MutationCreateUserArgs = {
  input: CreateUserInput;
};

export type MutationDeactivateDiagnosisArgs = {
  input: VersionedDeleteInput;
};

export type MutationDeactivateMedicalItemArgs = {
  input: VersionedDeleteInput;
};

export type MutationDeactivateMedicalServiceArgs = {
  input: VersionedDeleteInput;
};

export type MutationDeleteClaimArgs = {
  input: VersionedDeleteInput;
};

export type MutationDeleteDiagnosisArgs = {
  input: VersionedDeleteInput;
};

export type MutationDeleteHealthFacilityArgs = {
  input: VersionedDeleteInput;
};

export type MutationDeleteLocationArgs = {
  input: VersionedDeleteInput;
};

export type MutationDeleteMedicalItemArgs = {
  input: VersionedDeleteInput;
};

export type MutationDeleteMedicalServiceArgs = {
  input: VersionedDeleteInput;
};

export type MutationDeletePayerArgs = {
  input: VersionedDeleteInput;
};

export type MutationDeletePolicyArgs = {
  input: PolicyVersionInput;
};

export type MutationDeletePremiumArgs = {
  input: VersionedDeleteInput;
};

export type MutationDeletePriceListArgs = {
  input: VersionedDeleteInput;
};

export type MutationDeleteProductArgs = {
  input: ProductVersionInput;
};

export type MutationDeleteRoleArgs = {
  input: DeleteInput;
};

export type MutationDeleteUserArgs = {
  input: DeleteInput;
};

export type MutationDeliverClaimFeedbackArgs = {
  input: DeliverClaimFeedbackInput;
};

export type MutationDeliverClaimReviewArgs = {
  input: ClaimVersionInput;
};

export type MutationDuplicatePriceListArgs = {
  input: DuplicatePriceListInput;
};

export type MutationDuplicateProductArgs = {
  input: DuplicateProductInput;
};

export type MutationLoginArgs = {
  input: LoginInput;
};

export type MutationMoveInsureeArgs = {
  input: MoveInsureeInput;
};

export type MutationProcessClaimsArgs = {
  input: ClaimIdsInput;
};

export type MutationReactivateDiagnosisArgs = {
  input: VersionedDeleteInput;
};

export type MutationReactivateMedicalItemArgs = {
  input: VersionedDeleteInput;
};

export type MutationReactivateMedicalServiceArgs = {
  input: VersionedDeleteInput;
};

export type MutationRemoveInsureeArgs = {
  input: RemoveInsureeInput;
};

export type MutationRenewPolicyArgs = {
  input: RenewPolicyInput;
};

export type MutationReserveInsuranceNumbersArgs = {
  input: ReserveInsuranceNumbersInput;
};

export type MutationRestoreClaimArgs = {
  input: RestoreClaimInput;
};

export type MutationRunClaimBatchArgs = {
  input: RunClaimBatchInput;
};

export type MutationSaveClaimReviewArgs = {
  input: SaveClaimReviewInput;
};

export type MutationSelectClaimsForFeedbackArgs = {
  input: SelectClaimsInput;
};

export type MutationSelectClaimsForReviewArgs = {
  input: SelectClaimsInput;
};

export type MutationSetInsureeStatusArgs = {
  input: SetInsureeStatusInput;
};

export type MutationSetPriceListEntriesArgs = {
  input: SetPriceListEntriesInput;
};

export type MutationSetProductItemsArgs = {
  input: SetProductItemsInput;
};

export type MutationSetProductServicesArgs = {
  input: SetProductServicesInput;
};

export type MutationSetRelativeDistributionArgs = {
  input: SetRelativeDistributionInput;
};

export type MutationSubmitClaimsArgs = {
  input: SubmitClaimsInput;
};

export type MutationSuspendPolicyArgs = {
  input: PolicyVersionInput;
};

export type MutationUpdateClaimArgs = {
  input: UpdateClaimInput;
};

export type MutationUpdateDiagnosisArgs = {
  input: UpdateDiagnosisInput;
};

export type MutationUpdateFamilyArgs = {
  input: UpdateFamilyInput;
};

export type MutationUpdateHealthFacilityArgs = {
  input: UpdateHealthFacilityInput;
};

export type MutationUpdateInsureeArgs = {
  input: UpdateInsureeInput;
};

export type MutationUpdateLocationArgs = {
  input: UpdateLocationInput;
};

export type MutationUpdateMedicalItemArgs = {
  input: UpdateMedicalItemInput;
};

export type MutationUpdateMedicalServiceArgs = {
  input: UpdateMedicalServiceInput;
};

export type MutationUpdatePayerArgs = {
  input: UpdatePayerInput;
};

export type MutationUpdatePolicyArgs = {
  input: UpdatePolicyInput;
};

export type MutationUpdatePremiumArgs = {
  input: UpdatePremiumInput;
};

export type MutationUpdatePriceListArgs = {
  input: UpdatePriceListInput;
};

export type MutationUpdateProductArgs = {
  input: UpdateProductInput;
};

export type MutationUpdateRoleArgs = {
  input: UpdateRoleInput;
};

export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Who pays contributions for families: C co-operative, D donor, G government, L local authority, O other, P private organisation */
export type Payer = {
  __typename?: 'Payer';
  address?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  email?: Maybe<Scalars['String']['output']>;
  fax?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  location?: Maybe<Location>;
  /** a region or a district; null = national */
  locationId?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  type: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type PayerConnection = {
  __typename?: 'PayerConnection';
  edges: Array<PayerEdge>;
  pageInfo: PageInfo;
  /** Number of matching rows, capped at 1000 unless exactCount is true. */
  totalCount: Scalars['Int']['output'];
  /** True when totalCount hit the cap (show it as '1000+'). */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type PayerEdge = {
  __typename?: 'PayerEdge';
  cursor: Scalars['String']['output'];
  node: Payer;
};

export type PayerFilter = {
  /** payers that may work there: national ones, its own and those of the locations above it */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  /** name fragment */
  search?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
};

export type PayerPayload = {
  __typename?: 'PayerPayload';
  errors: Array<UserError>;
  payer?: Maybe<Payer>;
};

/** A family's policy on a product: value and dates computed by the server (@kente/contract-policy) */
export type Policy = {
  __typename?: 'Policy';
  /** value - paid, never below 0 */
  balance: Scalars['Decimal']['output'];
  createdAt: Scalars['DateTime']['output'];
  effectiveDate?: Maybe<Scalars['Date']['output']>;
  enrolDate: Scalars['Date']['output'];
  expiryDate: Scalars['Date']['output'];
  family?: Maybe<Family>;
  familyId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** the family's members the policy covers (openIMIS InsureePolicy, computed: present during the policy, deceased left out, at most the product's maxMembers) */
  insurees: Array<Insuree>;
  officer?: Maybe<User>;
  /** the enrolment officer (a user) */
  officerId?: Maybe<Scalars['ID']['output']>;
  /** sum of the contributions that count (photo fees excluded) */
  paid: Scalars['Decimal']['output'];
  /** its contributions, oldest first (photo fees included) */
  premiums: Array<Premium>;
  previousPolicy?: Maybe<Policy>;
  /** renewal: the policy it continues */
  previousPolicyId?: Maybe<Scalars['ID']['output']>;
  product?: Maybe<Product>;
  productId: Scalars['ID']['output'];
  /** N new, R renewal */
  stage: Scalars['String']['output'];
  startDate: Scalars['Date']['output'];
  /** 1 Idle, 2 Active, 4 Suspended, 8 Expired (read today: Expired once the expiry date has passed) */
  status: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  value: Scalars['Decimal']['output'];
  version: Scalars['Int']['output'];
};

/** A deductible or ceiling of the product and what claims used of it on the policy */
export type PolicyAmountLimit = {
  __typename?: 'PolicyAmountLimit';
  /** the product's field: dedTreatment, maxPolicy, maxIpInsuree, ... */
  field: Scalars['String']['output'];
  max: Scalars['Decimal']['output'];
  /** max - used, never below 0 */
  remaining: Scalars['Decimal']['output'];
  used: Scalars['Decimal']['output'];
};

export type PolicyConnection = {
  __typename?: 'PolicyConnection';
  edges: Array<PolicyEdge>;
  pageInfo: PageInfo;
  /** Number of matching rows, capped at 1000 unless exactCount is true. */
  totalCount: Scalars['Int']['output'];
  /** True when totalCount hit the cap (show it as '1000+'). */
  totalCountCapped: Scalars['Boolean']['output'];
};

/** A maximum number of consultations, surgeries, ... and how many were used */
export type PolicyCountLimit = {
  __typename?: 'PolicyCountLimit';
  /** the product's field: maxNoConsultation, maxNoSurgery, ... */
  field: Scalars['String']['output'];
  max: Scalars['Int']['output'];
  remaining: Scalars['Int']['output'];
  used: Scalars['Int']['output'];
};

/** On the period's last day (today when it ends later): policies in force, insurees (not deceased) and those a policy in force covers */
export type PolicyCoverage = {
  __typename?: 'PolicyCoverage';
  activePolicies: Scalars['Int']['output'];
  covered: Scalars['Int']['output'];
  date: Scalars['Date']['output'];
  insurees: Scalars['Int']['output'];
  /** covered / insurees (0-1, 4 decimals); null when there are no insurees */
  rate?: Maybe<Scalars['Float']['output']>;
};

/** The policy figures of the dashboard (mf-policy's cards), for a DashboardFilter */
export type PolicyDashboard = {
  __typename?: 'PolicyDashboard';
  /** every month of the period, in order (131204) */
  contributions: Array<ContributionMonth>;
  /** (131201) */
  coverage: PolicyCoverage;
  /** every month of the period, in order (131201) */
  enrolments: Array<PolicyEnrolmentMonth>;
};

export type PolicyEdge = {
  __typename?: 'PolicyEdge';
  cursor: Scalars['String']['output'];
  node: Policy;
};

/** Policies enrolled in a month of the dashboard's period (YYYY-MM): new (stage N) and renewals (R) */
export type PolicyEnrolmentMonth = {
  __typename?: 'PolicyEnrolmentMonth';
  month: Scalars['String']['output'];
  newPolicies: Scalars['Int']['output'];
  renewals: Scalars['Int']['output'];
};

export type PolicyFilter = {
  enrolDateFrom?: InputMaybe<Scalars['Date']['input']>;
  enrolDateTo?: InputMaybe<Scalars['Date']['input']>;
  expiryDateFrom?: InputMaybe<Scalars['Date']['input']>;
  expiryDateTo?: InputMaybe<Scalars['Date']['input']>;
  familyId?: InputMaybe<Scalars['ID']['input']>;
  /** true: still owing (value > paid); false: fully paid */
  hasBalance?: InputMaybe<Scalars['Boolean']['input']>;
  /** the head of the family's insurance number (exact) */
  headInsuranceNumber?: InputMaybe<Scalars['String']['input']>;
  /** the family's village in this location's subtree */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** N or R */
  stage?: InputMaybe<Scalars['String']['input']>;
  /** 1 Idle, 2 Active, 4 Suspended, 8 Expired */
  status?: InputMaybe<Scalars['Int']['input']>;
};

export type PolicyPayload = {
  __typename?: 'PolicyPayload';
  errors: Array<UserError>;
  policy?: Maybe<Policy>;
};

/** A policy about to expire, not renewed yet, with what stops its renewal */
export type PolicyRenewal = {
  __typename?: 'PolicyRenewal';
  /** PRODUCT_EXPIRED, NO_OFFICER, NO_MEMBERS (empty: renewable) */
  blockers: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  policy: Policy;
  /** the day the renewal would start (the day after the expiry) */
  renewalDate: Scalars['Date']['output'];
  /** the product the renewal would use (the conversion product, else the same) */
  renewalProductId: Scalars['ID']['output'];
};

export type PolicyRenewalConnection = {
  __typename?: 'PolicyRenewalConnection';
  edges: Array<PolicyRenewalEdge>;
  pageInfo: PageInfo;
  /** Number of matching rows, capped at 1000 unless exactCount is true. */
  totalCount: Scalars['Int']['output'];
  /** True when totalCount hit the cap (show it as '1000+'). */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type PolicyRenewalEdge = {
  __typename?: 'PolicyRenewalEdge';
  cursor: Scalars['String']['output'];
  node: PolicyRenewal;
};

export type PolicyRenewalFilter = {
  /** expiring from today to today + days (default: the composition's mf-policy.renewalDays, else 14; at most 366) */
  days?: InputMaybe<Scalars['Int']['input']>;
  /** families living in this location (any level) */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  officerId?: InputMaybe<Scalars['ID']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
};

/** What a policy would be worth and when it would run, before it is saved */
export type PolicyValues = {
  __typename?: 'PolicyValues';
  contribution: Scalars['Decimal']['output'];
  discount: Scalars['Decimal']['output'];
  enrolDate: Scalars['Date']['output'];
  expiryDate: Scalars['Date']['output'];
  generalAssembly: Scalars['Decimal']['output'];
  lastPaymentDate?: Maybe<Scalars['Date']['output']>;
  /** members counted (after the product's maximum) */
  members: Scalars['Int']['output'];
  registration: Scalars['Decimal']['output'];
  startDate: Scalars['Date']['output'];
  value: Scalars['Decimal']['output'];
  warnings: Array<PolicyWarning>;
};

export type PolicyVersionInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** A warning of the value computation: a code (translated by the console) and an English message */
export type PolicyWarning = {
  __typename?: 'PolicyWarning';
  amount?: Maybe<Scalars['Decimal']['output']>;
  code: Scalars['String']['output'];
  count?: Maybe<Scalars['Int']['output']>;
  max?: Maybe<Scalars['Int']['output']>;
  message: Scalars['String']['output'];
};

/** A contribution (openIMIS premium) paid on a policy */
export type Premium = {
  __typename?: 'Premium';
  amount: Scalars['Decimal']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** a photo fee: recorded, not counted towards the value */
  isPhotoFee: Scalars['Boolean']['output'];
  payDate: Scalars['Date']['output'];
  /** B bank, C cash, M mobile, F funding */
  payType: Scalars['String']['output'];
  payer?: Maybe<Payer>;
  payerId?: Maybe<Scalars['ID']['output']>;
  policy?: Maybe<Policy>;
  policyId: Scalars['ID']['output'];
  receipt: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type PremiumConnection = {
  __typename?: 'PremiumConnection';
  edges: Array<PremiumEdge>;
  pageInfo: PageInfo;
  /** Number of matching rows, capped at 1000 unless exactCount is true. */
  totalCount: Scalars['Int']['output'];
  /** True when totalCount hit the cap (show it as '1000+'). */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type PremiumEdge = {
  __typename?: 'PremiumEdge';
  cursor: Scalars['String']['output'];
  node: Premium;
};

export type PremiumFilter = {
  isPhotoFee?: InputMaybe<Scalars['Boolean']['input']>;
  /** the policy's family's village in this location's subtree */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  payDateFrom?: InputMaybe<Scalars['Date']['input']>;
  payDateTo?: InputMaybe<Scalars['Date']['input']>;
  payType?: InputMaybe<Scalars['String']['input']>;
  payerId?: InputMaybe<Scalars['ID']['input']>;
  policyId?: InputMaybe<Scalars['ID']['input']>;
  /** exact receipt */
  receipt?: InputMaybe<Scalars['String']['input']>;
};

export type PremiumPayload = {
  __typename?: 'PremiumPayload';
  errors: Array<UserError>;
  /** the policy after the change (its status, dates and balance) */
  policy?: Maybe<Policy>;
  premium?: Maybe<Premium>;
  warnings: Array<PolicyWarning>;
};

export type PriceList = {
  __typename?: 'PriceList';
  id: Scalars['ID']['output'];
  items: PriceListItemConnection;
  /** S medical services, I medical items */
  kind: Scalars['String']['output'];
  location?: Maybe<Location>;
  locationId?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  services: PriceListServiceConnection;
  version: Scalars['Int']['output'];
};

export type PriceListItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type PriceListServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type PriceListConnection = {
  __typename?: 'PriceListConnection';
  edges: Array<PriceListEdge>;
  pageInfo: PageInfo;
  /** Number of matching rows, capped at 1000 unless exactCount is true. */
  totalCount: Scalars['Int']['output'];
  /** True when totalCount hit the cap (show it as '1000+'). */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type PriceListEdge = {
  __typename?: 'PriceListEdge';
  cursor: Scalars['String']['output'];
  node: PriceList;
};

export type PriceListEntryInput = {
  /** service or item id */
  id: Scalars['ID']['input'];
  /** null = the service or item price */
  priceOverride?: InputMaybe<Scalars['Decimal']['input']>;
};

export type PriceListFilter = {
  kind?: InputMaybe<Scalars['String']['input']>;
  /** lists of this region or district; national lists with nationalOnly */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  nationalOnly?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type PriceListItem = {
  __typename?: 'PriceListItem';
  item: MedicalItem;
  price: Scalars['Decimal']['output'];
  priceOverride?: Maybe<Scalars['Decimal']['output']>;
};

export type PriceListItemConnection = {
  __typename?: 'PriceListItemConnection';
  edges: Array<PriceListItemEdge>;
  pageInfo: PageInfo;
};

export type PriceListItemEdge = {
  __typename?: 'PriceListItemEdge';
  cursor: Scalars['String']['output'];
  node: PriceListItem;
};

export type PriceListPayload = {
  __typename?: 'PriceListPayload';
  errors: Array<UserError>;
  priceList?: Maybe<PriceList>;
};

export type PriceListService = {
  __typename?: 'PriceListService';
  /** override or the service price */
  price: Scalars['Decimal']['output'];
  priceOverride?: Maybe<Scalars['Decimal']['output']>;
  service: MedicalService;
};

export type PriceListServiceConnection = {
  __typename?: 'PriceListServiceConnection';
  edges: Array<PriceListServiceEdge>;
  pageInfo: PageInfo;
};

export type PriceListServiceEdge = {
  __typename?: 'PriceListServiceEdge';
  cursor: Scalars['String']['output'];
  node: PriceListService;
};

export type ProcessClaimsPayload = {
  __typename?: 'ProcessClaimsPayload';
  claims: Array<Claim>;
  errors: Array<UserError>;
};

export type Product = {
  __typename?: 'Product';
  accCodePremiums?: Maybe<Scalars['String']['output']>;
  accCodeRemuneration?: Maybe<Scalars['String']['output']>;
  /** months */
  administrationPeriod: Scalars['Int']['output'];
  /** I by claim type (in/out-patient), H by facility level (hospital or not) */
  ceilingInterpretation: Scalars['String']['output'];
  code: Scalars['String']['output'];
  /** the product its policies are renewed into */
  conversionProduct?: Maybe<Product>;
  conversionProductId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  dateFrom: Scalars['Date']['output'];
  dateTo: Scalars['Date']['output'];
  dedInsuree?: Maybe<Scalars['Decimal']['output']>;
  dedIpInsuree?: Maybe<Scalars['Decimal']['output']>;
  dedIpPolicy?: Maybe<Scalars['Decimal']['output']>;
  dedIpTreatment?: Maybe<Scalars['Decimal']['output']>;
  dedOpInsuree?: Maybe<Scalars['Decimal']['output']>;
  dedOpPolicy?: Maybe<Scalars['Decimal']['output']>;
  dedOpTreatment?: Maybe<Scalars['Decimal']['output']>;
  dedPolicy?: Maybe<Scalars['Decimal']['output']>;
  dedTreatment?: Maybe<Scalars['Decimal']['output']>;
  enrolmentDiscountPerc?: Maybe<Scalars['Int']['output']>;
  enrolmentDiscountPeriod?: Maybe<Scalars['Int']['output']>;
  generalAssemblyFee?: Maybe<Scalars['Decimal']['output']>;
  generalAssemblyLumpSum?: Maybe<Scalars['Decimal']['output']>;
  gracePeriodEnrolment: Scalars['Int']['output'];
  gracePeriodPayment: Scalars['Int']['output'];
  gracePeriodRenewal: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** months */
  insurancePeriod: Scalars['Int']['output'];
  /** covered medical items */
  items: ProductItemConnection;
  location?: Maybe<Location>;
  /** a region or a district; null = national */
  locationId?: Maybe<Scalars['ID']['output']>;
  lumpSum: Scalars['Decimal']['output'];
  maxAmountAntenatal?: Maybe<Scalars['Decimal']['output']>;
  maxAmountConsultation?: Maybe<Scalars['Decimal']['output']>;
  maxAmountDelivery?: Maybe<Scalars['Decimal']['output']>;
  maxAmountHospitalization?: Maybe<Scalars['Decimal']['output']>;
  maxAmountSurgery?: Maybe<Scalars['Decimal']['output']>;
  maxCeilingPolicy?: Maybe<Scalars['Decimal']['output']>;
  maxCeilingPolicyIp?: Maybe<Scalars['Decimal']['output']>;
  maxCeilingPolicyOp?: Maybe<Scalars['Decimal']['output']>;
  maxInstallments?: Maybe<Scalars['Int']['output']>;
  maxInsuree?: Maybe<Scalars['Decimal']['output']>;
  maxIpInsuree?: Maybe<Scalars['Decimal']['output']>;
  maxIpPolicy?: Maybe<Scalars['Decimal']['output']>;
  maxIpTreatment?: Maybe<Scalars['Decimal']['output']>;
  maxMembers: Scalars['Int']['output'];
  maxNoAntenatal?: Maybe<Scalars['Int']['output']>;
  maxNoConsultation?: Maybe<Scalars['Int']['output']>;
  maxNoDelivery?: Maybe<Scalars['Int']['output']>;
  maxNoHospitalization?: Maybe<Scalars['Int']['output']>;
  maxNoSurgery?: Maybe<Scalars['Int']['output']>;
  maxNoVisits?: Maybe<Scalars['Int']['output']>;
  maxOpInsuree?: Maybe<Scalars['Decimal']['output']>;
  maxOpPolicy?: Maybe<Scalars['Decimal']['output']>;
  maxOpTreatment?: Maybe<Scalars['Decimal']['output']>;
  maxPolicy?: Maybe<Scalars['Decimal']['output']>;
  maxPolicyExtraMember?: Maybe<Scalars['Decimal']['output']>;
  maxPolicyExtraMemberIp?: Maybe<Scalars['Decimal']['output']>;
  maxPolicyExtraMemberOp?: Maybe<Scalars['Decimal']['output']>;
  maxTreatment?: Maybe<Scalars['Decimal']['output']>;
  name: Scalars['String']['output'];
  premiumAdult?: Maybe<Scalars['Decimal']['output']>;
  premiumChild?: Maybe<Scalars['Decimal']['output']>;
  registrationFee?: Maybe<Scalars['Decimal']['output']>;
  registrationLumpSum?: Maybe<Scalars['Decimal']['output']>;
  renewalDiscountPerc?: Maybe<Scalars['Int']['output']>;
  renewalDiscountPeriod?: Maybe<Scalars['Int']['output']>;
  /** covered medical services */
  services: ProductServiceConnection;
  /** dd-mm: policies start on the next cycle date */
  startCycle1?: Maybe<Scalars['String']['output']>;
  startCycle2?: Maybe<Scalars['String']['output']>;
  startCycle3?: Maybe<Scalars['String']['output']>;
  startCycle4?: Maybe<Scalars['String']['output']>;
  /** members included in the lump sum */
  threshold?: Maybe<Scalars['Int']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ProductItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type ProductServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  pageInfo: PageInfo;
  /** Number of matching rows, capped at 1000 unless exactCount is true. */
  totalCount: Scalars['Int']['output'];
  /** True when totalCount hit the cap (show it as '1000+'). */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

export type ProductFilter = {
  /** products that apply in this location: national ones, its own and those of the locations above it */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  /** code prefix or name fragment */
  search?: InputMaybe<Scalars['String']['input']>;
  /** valid on this date (dateFrom <= date <= dateTo) */
  validAt?: InputMaybe<Scalars['Date']['input']>;
};

export type ProductItem = {
  __typename?: 'ProductItem';
  /** H hospital, N non-hospital, B both: excluded from those ceilings */
  ceilingExclusionAdult?: Maybe<Scalars['String']['output']>;
  ceilingExclusionChild?: Maybe<Scalars['String']['output']>;
  item: MedicalItem;
  limitAdult: Scalars['Decimal']['output'];
  limitAdultE: Scalars['Decimal']['output'];
  limitAdultR: Scalars['Decimal']['output'];
  limitChild: Scalars['Decimal']['output'];
  limitChildE: Scalars['Decimal']['output'];
  limitChildR: Scalars['Decimal']['output'];
  /** maximum quantities per policy period */
  limitNoAdult?: Maybe<Scalars['Int']['output']>;
  limitNoChild?: Maybe<Scalars['Int']['output']>;
  /** C co-insurance (limits are % covered, at most 100), F fixed amount; ordinary, referral (R) and emergency (E) visits */
  limitationType: Scalars['String']['output'];
  limitationTypeE: Scalars['String']['output'];
  limitationTypeR: Scalars['String']['output'];
  /** P price list, O own (claimed) price, R relative pricing */
  priceOrigin: Scalars['String']['output'];
  /** months */
  waitingPeriodAdult?: Maybe<Scalars['Int']['output']>;
  waitingPeriodChild?: Maybe<Scalars['Int']['output']>;
};

export type ProductItemConnection = {
  __typename?: 'ProductItemConnection';
  edges: Array<ProductItemEdge>;
  pageInfo: PageInfo;
};

export type ProductItemEdge = {
  __typename?: 'ProductItemEdge';
  cursor: Scalars['String']['output'];
  node: ProductItem;
};

export type ProductLineSettingsInput = {
  /** H hospital, N non-hospital, B both: excluded from those ceilings */
  ceilingExclusionAdult?: InputMaybe<Scalars['String']['input']>;
  ceilingExclusionChild?: InputMaybe<Scalars['String']['input']>;
  limitAdult?: InputMaybe<Scalars['Decimal']['input']>;
  limitAdultE?: InputMaybe<Scalars['Decimal']['input']>;
  limitAdultR?: InputMaybe<Scalars['Decimal']['input']>;
  limitChild?: InputMaybe<Scalars['Decimal']['input']>;
  limitChildE?: InputMaybe<Scalars['Decimal']['input']>;
  limitChildR?: InputMaybe<Scalars['Decimal']['input']>;
  /** maximum quantities per policy period */
  limitNoAdult?: InputMaybe<Scalars['Int']['input']>;
  limitNoChild?: InputMaybe<Scalars['Int']['input']>;
  /** C co-insurance (limits are % covered, at most 100), F fixed amount; ordinary, referral (R) and emergency (E) visits */
  limitationType?: InputMaybe<Scalars['String']['input']>;
  limitationTypeE?: InputMaybe<Scalars['String']['input']>;
  limitationTypeR?: InputMaybe<Scalars['String']['input']>;
  /** P price list, O own (claimed) price, R relative pricing */
  priceOrigin?: InputMaybe<Scalars['String']['input']>;
  /** months */
  waitingPeriodAdult?: InputMaybe<Scalars['Int']['input']>;
  waitingPeriodChild?: InputMaybe<Scalars['Int']['input']>;
};

export type ProductPayload = {
  __typename?: 'ProductPayload';
  errors: Array<UserError>;
  product?: Maybe<Product>;
};

export type ProductService = {
  __typename?: 'ProductService';
  /** H hospital, N non-hospital, B both: excluded from those ceilings */
  ceilingExclusionAdult?: Maybe<Scalars['String']['output']>;
  ceilingExclusionChild?: Maybe<Scalars['String']['output']>;
  limitAdult: Scalars['Decimal']['output'];
  limitAdultE: Scalars['Decimal']['output'];
  limitAdultR: Scalars['Decimal']['output'];
  limitChild: Scalars['Decimal']['output'];
  limitChildE: Scalars['Decimal']['output'];
  limitChildR: Scalars['Decimal']['output'];
  /** maximum quantities per policy period */
  limitNoAdult?: Maybe<Scalars['Int']['output']>;
  limitNoChild?: Maybe<Scalars['Int']['output']>;
  /** C co-insurance (limits are % covered, at most 100), F fixed amount; ordinary, referral (R) and emergency (E) visits */
  limitationType: Scalars['String']['output'];
  limitationTypeE: Scalars['String']['output'];
  limitationTypeR: Scalars['String']['output'];
  /** P price list, O own (claimed) price, R relative pricing */
  priceOrigin: Scalars['String']['output'];
  service: MedicalService;
  /** months */
  waitingPeriodAdult?: Maybe<Scalars['Int']['output']>;
  waitingPeriodChild?: Maybe<Scalars['Int']['output']>;
};

export type ProductServiceConnection = {
  __typename?: 'ProductServiceConnection';
  edges: Array<ProductServiceEdge>;
  pageInfo: PageInfo;
};

export type ProductServiceEdge = {
  __typename?: 'ProductServiceEdge';
  cursor: Scalars['String']['output'];
  node: ProductService;
};

export type ProductVersionInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Limits clients should respect. */
  apiLimits: ApiLimits;
  claim?: Maybe<Claim>;
  /** account preview (111103): valuated and processed claims of a period, by facility or by product */
  claimAccounts: ClaimAccounts;
  /** Claim administrators of facilities in the caller's area (121601), by code */
  claimAdministrators: ClaimAdministratorConnection;
  /** relative pricing batch runs, latest first (111102) */
  claimBatchRuns: Array<ClaimBatchRun>;
  /** the dashboard's claim figures: 131202 or 131213, or 131200 */
  claimDashboard: ClaimDashboard;
  /** items of the facility's price list: code prefix or name fragment */
  claimItemPicker: ClaimItemOptionPage;
  /** services of the facility's price list: code prefix or name fragment */
  claimServicePicker: ClaimServiceOptionPage;
  /** claims in the user's area; orderBy NEWEST_FIRST for the latest entered first (default: oldest first) */
  claims: ClaimConnection;
  diagnoses: DiagnosisConnection;
  diagnosis?: Maybe<Diagnosis>;
  /** the insuree with this number and the policies in force on date (default today): right 101105 or 101201 */
  eligibility: Eligibility;
  /** Enrolment officers of the caller's area (121501), by code */
  enrolmentOfficers: EnrolmentOfficerConnection;
  families: FamilyConnection;
  family?: Maybe<Family>;
  healthFacilities: HealthFacilityConnection;
  healthFacility?: Maybe<HealthFacility>;
  /** Changes recorded for one entity, newest first. */
  history: HistoryEntryConnection;
  insuranceNumberBatch?: Maybe<InsuranceNumberBatch>;
  insuranceNumberBatches: InsuranceNumberBatchConnection;
  /** The insurance number format the server validates with (composition config mf-insuree.insuranceNumber) */
  insuranceNumberConfig: InsuranceNumberConfig;
  /** By id (right 101101) or by insurance number (enquiry, right 101105) */
  insuree?: Maybe<Insuree>;
  insurees: InsureeConnection;
  kente: Kente;
  location?: Maybe<Location>;
  locations: LocationConnection;
  /** The signed-in user, or null when signed out (the shell shows the login page). */
  me?: Maybe<Me>;
  medicalItem?: Maybe<MedicalItem>;
  medicalItems: MedicalItemConnection;
  medicalService?: Maybe<MedicalService>;
  medicalServices: MedicalServiceConnection;
  payer?: Maybe<Payer>;
  payers: PayerConnection;
  policies: PolicyConnection;
  policy?: Maybe<Policy>;
  /** the dashboard's policy figures: 131201 (enrolments, coverage) or 131204 (contributions), or 131200 */
  policyDashboard: PolicyDashboard;
  /** policies expiring soon and not renewed, soonest first: right 101205 or 101201 */
  policyRenewals: PolicyRenewalConnection;
  /** the value and dates of a policy for this family and product (stage N by default; R needs previousPolicyId) */
  policyValues: PolicyValues;
  premium?: Maybe<Premium>;
  premiums: PremiumConnection;
  priceList?: Maybe<PriceList>;
  priceLists: PriceListConnection;
  product?: Maybe<Product>;
  products: ProductConnection;
  /** The registers, for any signed-in user (what they may do is in canExport / canImport). */
  registers: Array<Register>;
  /** a product's relative distribution */
  relativeDistribution: Array<RelativeDistributionShare>;
  /** The reports the signed-in user may run (their right or 131200), in the asked language (default: the user's). */
  reportDefinitions: Array<ReportDefinition>;
  /** Enrolment officers of the caller's area, for the officer parameter: to whoever may run a report that has one (its right or 131200). */
  reportOfficers: ReportOfficerConnection;
  /** Every right the system knows (for the role editor). */
  rights: Array<Right>;
  role?: Maybe<Role>;
  roles: RoleConnection;
  user?: Maybe<User>;
  users: UserConnection;
};

export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};

export type QueryClaimAccountsArgs = {
  filter: ClaimAccountFilter;
  groupBy: ClaimAccountGroup;
};

export type QueryClaimAdministratorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  exactCount?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<ClaimAdministratorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryClaimBatchRunsArgs = {
  locationId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryClaimDashboardArgs = {
  filter: DashboardFilter;
};

export type QueryClaimItemPickerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  healthFacilityId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};

export type QueryClaimServicePickerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  healthFacilityId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};

export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  exactCount?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<ClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ClaimOrder>;
};

export type QueryDiagnosesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  exactCount?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<DiagnosisFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryDiagnosisArgs = {
  id: Scalars['ID']['input'];
};

export type QueryEligibilityArgs = {
  date?: InputMaybe<Scalars['Date']['input']>;
  insuranceNumber: Scalars['String']['input'];
};

export type QueryEnrolmentOfficersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  exactCount?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<EnrolmentOfficerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryFamiliesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  exactCount?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<FamilyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FamilyOrder>;
};

export type QueryFamilyArgs = {
  id: Scalars['ID']['input'];
};

export type QueryHealthFacilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  exactCount?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<HealthFacilityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryHealthFacilityArgs = {
  id: Scalars['ID']['input'];
};

export type QueryHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId: Scalars['ID']['input'];
  entityType: Scalars['String']['input'];
  exactCount?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryInsuranceNumberBatchArgs = {
  id: Scalars['ID']['input'];
};

export type QueryInsuranceNumberBatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  exactCount?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryInsureeArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  insuranceNumber?: InputMaybe<Scalars['String']['input']>;
};

export type QueryInsureesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  exactCount?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<InsureeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<InsureeOrder>;
};

export type QueryLocationArgs = {
  id: Scalars['ID']['input'];
};

export type QueryLocationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  exactCount?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<LocationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryMedicalItemArgs = {
  id: Scalars['ID']['input'];
};

export type QueryMedicalItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  exactCount?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<MedicalItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryMedicalServiceArgs = {
  id: Scalars['ID']['input'];
};

export type QueryMedicalServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  exactCount?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<MedicalServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryPayerArgs = {
  id: Scalars['ID']['input'];
};

export type QueryPayersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  exactCount?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<PayerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  exactCount?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<PolicyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryPolicyArgs = {
  id: Scalars['ID']['input'];
};

export type QueryPolicyDashboardArgs = {
  filter: DashboardFilter;
};

export type QueryPolicyRenewalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  exactCount?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<PolicyRenewalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryPolicyValuesArgs = {
  enrolDate: Scalars['Date']['input'];
  familyId: Scalars['ID']['input'];
  previousPolicyId?: InputMaybe<Scalars['ID']['input']>;
  productId: Scalars['ID']['input'];
  stage?: InputMaybe<Scalars['String']['input']>;
};

export type QueryPremiumArgs = {
  id: Scalars['ID']['input'];
};

export type QueryPremiumsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  exactCount?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<PremiumFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryPriceListArgs = {
  id: Scalars['ID']['input'];
};

export type QueryPriceListsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  exactCount?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<PriceListFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};

export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  exactCount?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryRelativeDistributionArgs = {
  productId: Scalars['ID']['input'];
};

export type QueryReportDefinitionsArgs = {
  lang?: InputMaybe<Scalars['String']['input']>;
};

export type QueryReportOfficersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  exactCount?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<ReportOfficerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryRoleArgs = {
  id: Scalars['ID']['input'];
};

export type QueryRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  exactCount?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<RoleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};

export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  exactCount?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A register the console imports and exports as a file: POST /api/admin/registers/<name>?dryRun=true|false, GET /api/admin/registers/<name>.csv or .xlsx. */
export type Register = {
  __typename?: 'Register';
  /** The signed-in user holds the export right and the register's search right. */
  canExport: Scalars['Boolean']['output'];
  /** The signed-in user holds the import right and the register's add or edit right. */
  canImport: Scalars['Boolean']['output'];
  /** The file's columns, in export order (the import takes them in any order). */
  columns: Array<RegisterColumn>;
  exportRight: Scalars['Int']['output'];
  importRight: Scalars['Int']['output'];
  /** locations, facilities, services, items or diagnoses */
  name: Scalars['String']['output'];
};

export type RegisterColumn = {
  __typename?: 'RegisterColumn';
  /** What the column holds (English; the console has its own words per header). */
  description: Scalars['String']['output'];
  header: Scalars['String']['output'];
  /** A file without this column is refused. */
  required: Scalars['Boolean']['output'];
};

export type RelativeDistributionPayload = {
  __typename?: 'RelativeDistributionPayload';
  distribution: Array<RelativeDistributionShare>;
  errors: Array<UserError>;
};

/** A product's share (%) of its allocated contributions for relative-price care in a period: M month 1-12, Q quarter 1-4, Y year 1 */
export type RelativeDistributionShare = {
  __typename?: 'RelativeDistributionShare';
  number: Scalars['Int']['output'];
  percent: Scalars['String']['output'];
  period: Scalars['String']['output'];
};

export type RemoveInsureeInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** A stage-R Idle policy continuing the policy id (product absent: its conversion product, else the same) */
export type RenewPolicyInput = {
  enrolDate: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  officerId?: InputMaybe<Scalars['ID']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
};

export type ReportColumnDefinition = {
  __typename?: 'ReportColumnDefinition';
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** text, integer, number, money, date or percent (a fraction: 0.25 = 25 %) */
  type: Scalars['String']['output'];
};

/** A report the signed-in user may run: GET /api/reports/<name>.<csv|xlsx|pdf>?<params> (or POST /api/jobs/reports/... for the journal). */
export type ReportDefinition = {
  __typename?: 'ReportDefinition';
  columns: Array<ReportColumnDefinition>;
  /** the backend domain that offers it */
  domain: Scalars['String']['output'];
  /** openIMIS's name, snake_case (premium_collection) */
  name: Scalars['String']['output'];
  params: Array<ReportParamDefinition>;
  /** the report's right (1312xx); 131200 gives every report */
  right: Scalars['Int']['output'];
  /** the title in the asked language (the console has its own words per module) */
  title: Scalars['String']['output'];
};

/** An enrolment officer as a report's officer parameter offers them (its value is the id). */
export type ReportOfficer = {
  __typename?: 'ReportOfficer';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  otherNames: Scalars['String']['output'];
};

export type ReportOfficerConnection = {
  __typename?: 'ReportOfficerConnection';
  edges: Array<ReportOfficerEdge>;
  pageInfo: PageInfo;
  /** Number of matching rows, capped at 1000 unless exactCount is true. */
  totalCount: Scalars['Int']['output'];
  /** True when totalCount hit the cap (show it as '1000+'). */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type ReportOfficerEdge = {
  __typename?: 'ReportOfficerEdge';
  cursor: Scalars['String']['output'];
  node: ReportOfficer;
};

export type ReportOfficerFilter = {
  /** Code prefix, or part of the names */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A value of an enum parameter and its label */
export type ReportParamChoice = {
  __typename?: 'ReportParamChoice';
  label: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type ReportParamDefinition = {
  __typename?: 'ReportParamDefinition';
  /** enum: the accepted values with their labels in the asked language, in the same order */
  choices?: Maybe<Array<ReportParamChoice>>;
  label: Scalars['String']['output'];
  /** location: region, district, municipality or village */
  level?: Maybe<Scalars['String']['output']>;
  max?: Maybe<Scalars['Int']['output']>;
  min?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** enum: the accepted values */
  options?: Maybe<Array<Scalars['String']['output']>>;
  required: Scalars['Boolean']['output'];
  /** date (YYYY-MM-DD), month (YYYY-MM), quarter (YYYY-Qn), year, location, product, facility, officer, enum, insuranceNumber, integer */
  type: Scalars['String']['output'];
};

export type ReserveInsuranceNumbersInput = {
  /** 1 to 1000 */
  count: Scalars['Int']['input'];
  regionId: Scalars['ID']['input'];
};

export type RestoreClaimInput = {
  /** the new claim's code */
  code: Scalars['String']['input'];
  /** the Rejected claim */
  id: Scalars['ID']['input'];
};

/** A right: openIMIS code and readable name. */
export type Right = {
  __typename?: 'Right';
  code: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

export type Role = {
  __typename?: 'Role';
  /** The name in the other language (French for the system roles). */
  altLanguage?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  isBlocked: Scalars['Boolean']['output'];
  isSystem: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Translation key of a system role's name (e.g. imisAdministrator), null for roles made by users. */
  nameKey?: Maybe<Scalars['String']['output']>;
  rights: Array<Scalars['Int']['output']>;
  version: Scalars['Int']['output'];
};

export type RoleConnection = {
  __typename?: 'RoleConnection';
  edges: Array<RoleEdge>;
  pageInfo: PageInfo;
  /** Number of matching rows, capped at 1000 unless exactCount is true. */
  totalCount: Scalars['Int']['output'];
  /** True when totalCount hit the cap (show it as '1000+'). */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type RoleEdge = {
  __typename?: 'RoleEdge';
  cursor: Scalars['String']['output'];
  node: Role;
};

export type RoleFilter = {
  isSystem?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type RolePayload = {
  __typename?: 'RolePayload';
  errors: Array<UserError>;
  role?: Maybe<Role>;
};

export type RunClaimBatchInput = {
  /** none = national */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  month: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};

export type RunClaimBatchPayload = {
  __typename?: 'RunClaimBatchPayload';
  errors: Array<UserError>;
  run?: Maybe<ClaimBatchRun>;
};

export type SaveClaimReviewInput = {
  id: Scalars['ID']['input'];
  lines: Array<ClaimReviewLineInput>;
  remark?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** Claims to select: these ids, or the filter's claims (Checked, not yet selected) sampled */
export type SelectClaimsInput = {
  /** the filter's claims whose claimed amount is above this */
  aboveAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** the filter's claims claimed above their main diagnosis's average by more than this % (0-1000; review only) */
  aboveDiagnosisAverage?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<ClaimFilter>;
  /** these claims, selected as they are */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** a random share (0-100 %) of the filter's claims */
  randomPercent?: InputMaybe<Scalars['Int']['input']>;
};

/** A selection: the claims selected, how many of the candidates were marked Not selected */
export type SelectClaimsPayload = {
  __typename?: 'SelectClaimsPayload';
  errors: Array<UserError>;
  notSelected: Scalars['Int']['output'];
  selected: Array<Claim>;
};

export type SetInsureeStatusInput = {
  id: Scalars['ID']['input'];
  /** ACTIVE, INACTIVE, DECEASED */
  status: Scalars['String']['input'];
  /** required for DECEASED */
  statusDate?: InputMaybe<Scalars['Date']['input']>;
  statusReason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type SetPriceListEntriesInput = {
  id: Scalars['ID']['input'];
  /** service or item ids to take off the list */
  remove?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** added or changed entries */
  upsert?: InputMaybe<Array<PriceListEntryInput>>;
  version: Scalars['Int']['input'];
};

export type SetProductItemsInput = {
  id: Scalars['ID']['input'];
  itemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  remove?: InputMaybe<Array<Scalars['ID']['input']>>;
  settings?: InputMaybe<ProductLineSettingsInput>;
  version: Scalars['Int']['input'];
};

/** Covers the services (adds them or changes their settings) and stops covering others; one change of the product */
export type SetProductServicesInput = {
  id: Scalars['ID']['input'];
  remove?: InputMaybe<Array<Scalars['ID']['input']>>;
  serviceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** applied to every service of serviceIds (absent: openIMIS defaults, P and C 100 %) */
  settings?: InputMaybe<ProductLineSettingsInput>;
  version: Scalars['Int']['input'];
};

export type SetRelativeDistributionInput = {
  /** % each, at most 100 in all */
  percents: Array<Scalars['String']['input']>;
  /** M (12 shares), Q (4) or Y (1) */
  period: Scalars['String']['input'];
  productId: Scalars['ID']['input'];
};

export type SubmitClaimsInput = {
  ids: Array<Scalars['ID']['input']>;
};

export type SubmitClaimsPayload = {
  __typename?: 'SubmitClaimsPayload';
  errors: Array<UserError>;
  submissions: Array<ClaimSubmission>;
};

export type UpdateClaimInput = {
  /** a user of the facility; default: you, when you work there */
  adminId?: InputMaybe<Scalars['ID']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  dateClaimed?: InputMaybe<Scalars['Date']['input']>;
  diagnosis1Id?: InputMaybe<Scalars['ID']['input']>;
  diagnosis2Id?: InputMaybe<Scalars['ID']['input']>;
  diagnosis3Id?: InputMaybe<Scalars['ID']['input']>;
  diagnosis4Id?: InputMaybe<Scalars['ID']['input']>;
  /** main diagnosis (ICD-10) */
  diagnosisId?: InputMaybe<Scalars['ID']['input']>;
  explanation?: InputMaybe<Scalars['String']['input']>;
  /** guarantee (voucher) number */
  guaranteeNo?: InputMaybe<Scalars['String']['input']>;
  healthFacilityId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  /** the insuree's insurance number */
  insuranceNumber?: InputMaybe<Scalars['String']['input']>;
  /** replace every line (absent = unchanged) */
  lines?: InputMaybe<Array<ClaimLineInput>>;
  version: Scalars['Int']['input'];
  visitFrom?: InputMaybe<Scalars['Date']['input']>;
  /** the visit's last day; none = one-day visit */
  visitTo?: InputMaybe<Scalars['Date']['input']>;
  /** O other, E emergency, R referral (default O) */
  visitType?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateDiagnosisInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateFamilyInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  confirmationNumber?: InputMaybe<Scalars['String']['input']>;
  confirmationType?: InputMaybe<Scalars['String']['input']>;
  familyType?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  povertyStatus?: InputMaybe<Scalars['Boolean']['input']>;
  version: Scalars['Int']['input'];
  villageId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateHealthFacilityInput = {
  accCode?: InputMaybe<Scalars['String']['input']>;
  address?: InputMaybe<Scalars['String']['input']>;
  careType?: InputMaybe<Scalars['String']['input']>;
  /** the whole catchment (villages, each once, 0-100 %); absent = unchanged */
  catchments?: InputMaybe<Array<CatchmentInput>>;
  code?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  fax?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  itemPriceListId?: InputMaybe<Scalars['ID']['input']>;
  legalForm?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<Scalars['String']['input']>;
  locationId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  servicePriceListId?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateInsureeInput = {
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  cardIssued?: InputMaybe<Scalars['Boolean']['input']>;
  currentAddress?: InputMaybe<Scalars['String']['input']>;
  currentVillageId?: InputMaybe<Scalars['ID']['input']>;
  education?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  gender?: InputMaybe<Scalars['String']['input']>;
  healthFacilityId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  identificationNumber?: InputMaybe<Scalars['String']['input']>;
  identificationType?: InputMaybe<Scalars['String']['input']>;
  insuranceNumber?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  maritalStatus?: InputMaybe<Scalars['String']['input']>;
  otherNames?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  profession?: InputMaybe<Scalars['String']['input']>;
  relationship?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateLocationInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateMedicalItemInput = {
  careType?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  frequency?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  package?: InputMaybe<Scalars['String']['input']>;
  patientCategory?: InputMaybe<Scalars['Int']['input']>;
  price?: InputMaybe<Scalars['Decimal']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateMedicalServiceInput = {
  careType?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  frequency?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  level?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  patientCategory?: InputMaybe<Scalars['Int']['input']>;
  price?: InputMaybe<Scalars['Decimal']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdatePayerInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  fax?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  locationId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** An Idle policy's product, enrolment date or officer; value and dates recomputed */
export type UpdatePolicyInput = {
  enrolDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  officerId?: InputMaybe<Scalars['ID']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdatePremiumInput = {
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  id: Scalars['ID']['input'];
  isPhotoFee?: InputMaybe<Scalars['Boolean']['input']>;
  payDate?: InputMaybe<Scalars['Date']['input']>;
  payType?: InputMaybe<Scalars['String']['input']>;
  payerId?: InputMaybe<Scalars['ID']['input']>;
  receipt?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdatePriceListInput = {
  id: Scalars['ID']['input'];
  locationId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateProductInput = {
  accCodePremiums?: InputMaybe<Scalars['String']['input']>;
  accCodeRemuneration?: InputMaybe<Scalars['String']['input']>;
  administrationPeriod?: InputMaybe<Scalars['Int']['input']>;
  ceilingInterpretation?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  conversionProductId?: InputMaybe<Scalars['ID']['input']>;
  dateFrom?: InputMaybe<Scalars['Date']['input']>;
  dateTo?: InputMaybe<Scalars['Date']['input']>;
  dedInsuree?: InputMaybe<Scalars['Decimal']['input']>;
  dedIpInsuree?: InputMaybe<Scalars['Decimal']['input']>;
  dedIpPolicy?: InputMaybe<Scalars['Decimal']['input']>;
  dedIpTreatment?: InputMaybe<Scalars['Decimal']['input']>;
  dedOpInsuree?: InputMaybe<Scalars['Decimal']['input']>;
  dedOpPolicy?: InputMaybe<Scalars['Decimal']['input']>;
  dedOpTreatment?: InputMaybe<Scalars['Decimal']['input']>;
  dedPolicy?: InputMaybe<Scalars['Decimal']['input']>;
  dedTreatment?: InputMaybe<Scalars['Decimal']['input']>;
  enrolmentDiscountPerc?: InputMaybe<Scalars['Int']['input']>;
  enrolmentDiscountPeriod?: InputMaybe<Scalars['Int']['input']>;
  generalAssemblyFee?: InputMaybe<Scalars['Decimal']['input']>;
  generalAssemblyLumpSum?: InputMaybe<Scalars['Decimal']['input']>;
  gracePeriodEnrolment?: InputMaybe<Scalars['Int']['input']>;
  gracePeriodPayment?: InputMaybe<Scalars['Int']['input']>;
  gracePeriodRenewal?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  insurancePeriod?: InputMaybe<Scalars['Int']['input']>;
  locationId?: InputMaybe<Scalars['ID']['input']>;
  lumpSum?: InputMaybe<Scalars['Decimal']['input']>;
  maxAmountAntenatal?: InputMaybe<Scalars['Decimal']['input']>;
  maxAmountConsultation?: InputMaybe<Scalars['Decimal']['input']>;
  maxAmountDelivery?: InputMaybe<Scalars['Decimal']['input']>;
  maxAmountHospitalization?: InputMaybe<Scalars['Decimal']['input']>;
  maxAmountSurgery?: InputMaybe<Scalars['Decimal']['input']>;
  maxCeilingPolicy?: InputMaybe<Scalars['Decimal']['input']>;
  maxCeilingPolicyIp?: InputMaybe<Scalars['Decimal']['input']>;
  maxCeilingPolicyOp?: InputMaybe<Scalars['Decimal']['input']>;
  maxInstallments?: InputMaybe<Scalars['Int']['input']>;
  maxInsuree?: InputMaybe<Scalars['Decimal']['input']>;
  maxIpInsuree?: InputMaybe<Scalars['Decimal']['input']>;
  maxIpPolicy?: InputMaybe<Scalars['Decimal']['input']>;
  maxIpTreatment?: InputMaybe<Scalars['Decimal']['input']>;
  maxMembers?: InputMaybe<Scalars['Int']['input']>;
  maxNoAntenatal?: InputMaybe<Scalars['Int']['input']>;
  maxNoConsultation?: InputMaybe<Scalars['Int']['input']>;
  maxNoDelivery?: InputMaybe<Scalars['Int']['input']>;
  maxNoHospitalization?: InputMaybe<Scalars['Int']['input']>;
  maxNoSurgery?: InputMaybe<Scalars['Int']['input']>;
  maxNoVisits?: InputMaybe<Scalars['Int']['input']>;
  maxOpInsuree?: InputMaybe<Scalars['Decimal']['input']>;
  maxOpPolicy?: InputMaybe<Scalars['Decimal']['input']>;
  maxOpTreatment?: InputMaybe<Scalars['Decimal']['input']>;
  maxPolicy?: InputMaybe<Scalars['Decimal']['input']>;
  maxPolicyExtraMember?: InputMaybe<Scalars['Decimal']['input']>;
  maxPolicyExtraMemberIp?: InputMaybe<Scalars['Decimal']['input']>;
  maxPolicyExtraMemberOp?: InputMaybe<Scalars['Decimal']['input']>;
  maxTreatment?: InputMaybe<Scalars['Decimal']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  premiumAdult?: InputMaybe<Scalars['Decimal']['input']>;
  premiumChild?: InputMaybe<Scalars['Decimal']['input']>;
  registrationFee?: InputMaybe<Scalars['Decimal']['input']>;
  registrationLumpSum?: InputMaybe<Scalars['Decimal']['input']>;
  renewalDiscountPerc?: InputMaybe<Scalars['Int']['input']>;
  renewalDiscountPeriod?: InputMaybe<Scalars['Int']['input']>;
  startCycle1?: InputMaybe<Scalars['String']['input']>;
  startCycle2?: InputMaybe<Scalars['String']['input']>;
  startCycle3?: InputMaybe<Scalars['String']['input']>;
  startCycle4?: InputMaybe<Scalars['String']['input']>;
  threshold?: InputMaybe<Scalars['Int']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateRoleInput = {
  altLanguage?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  isBlocked?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  rights?: InputMaybe<Array<Scalars['Int']['input']>>;
  version: Scalars['Int']['input'];
};

export type UpdateUserInput = {
  /** Replaces the claim administrator details when given (121602 / 121603); null removes them (121604) */
  claimAdministrator?: InputMaybe<ClaimAdministratorInput>;
  email?: InputMaybe<Scalars['String']['input']>;
  healthFacilityId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the user's locations when given */
  locationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Replaces the officer details when given (121502 to add, 121503 to change); null removes them (121504) */
  officer?: InputMaybe<EnrolmentOfficerInput>;
  otherNames?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  roleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  username?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type User = {
  __typename?: 'User';
  /** Claim administrator details (null when the user is not one); read with 121601-121604 or 121701. */
  claimAdministrator?: Maybe<ClaimAdministrator>;
  createdAt: Scalars['DateTime']['output'];
  email?: Maybe<Scalars['String']['output']>;
  /** The facility the user works at (claim administrator, receptionist) */
  healthFacility?: Maybe<HealthFacility>;
  healthFacilityId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  isActive: Scalars['Boolean']['output'];
  language: Scalars['String']['output'];
  lastName: Scalars['String']['output'];
  /** Regions or districts the user is bound to; empty and no facility = national. */
  locationIds: Array<Scalars['ID']['output']>;
  /** The same regions or districts, as locations (their names for a list). */
  locations: Array<Location>;
  /** Enrolment officer details (null when the user is not one); read with 121501-121504 or 121701. */
  officer?: Maybe<EnrolmentOfficer>;
  otherNames: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  roles: Array<Role>;
  updatedAt: Scalars['DateTime']['output'];
  username: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  /** Number of matching rows, capped at 1000 unless exactCount is true. */
  totalCount: Scalars['Int']['output'];
  /** True when totalCount hit the cap (show it as '1000+'). */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

/** A problem with the input that the user can fix. */
export type UserError = {
  __typename?: 'UserError';
  /** REQUIRED, INVALID, TOO_LONG, INVALID_FORMAT, OUT_OF_RANGE, DUPLICATE, NOT_FOUND, CONFLICT, IN_USE, FORBIDDEN, INVALID_CREDENTIALS, RATE_LIMITED */
  code: Scalars['String']['output'];
  /** Input field at fault (null = the whole request) */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type UserFilter = {
  healthFacilityId?: InputMaybe<Scalars['ID']['input']>;
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Users bound to this location or one inside it, or working at a facility inside it */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  roleId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type UserPayload = {
  __typename?: 'UserPayload';
  errors: Array<UserError>;
  user?: Maybe<User>;
};

/** Delete by id at the version the user saw: a stale delete is a CONFLICT. */
export type VersionedDeleteInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ResolverFn<TResult, TParent, TContext, TArgs>
  | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>) | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo,
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (next: NextResolverFn<TResult>, parent: TParent, args: TArgs, context: TContext, info: GraphQLResolveInfo) => TResult | Promise<TResult>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddInsureeInput: AddInsureeInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ApiLimits: ResolverTypeWrapper<ApiLimits>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BypassClaimsInput: BypassClaimsInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CatchmentInput: CatchmentInput;
  ChangeFamilyHeadInput: ChangeFamilyHeadInput;
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordPayload: ResolverTypeWrapper<ChangePasswordPayload>;
  Claim: ResolverTypeWrapper<Mapped['Claim']>;
  ClaimAccountFilter: ClaimAccountFilter;
  ClaimAccountGroup: ClaimAccountGroup;
  ClaimAccountRow: ResolverTypeWrapper<Mapped['ClaimAccountRow']>;
  ClaimAccounts: ResolverTypeWrapper<
    Omit<ClaimAccounts, 'rows' | 'total'> & { rows: Array<ResolversTypes['ClaimAccountRow']>; total: ResolversTypes['ClaimAccountRow'] }
  >;
  ClaimAdministrator: ResolverTypeWrapper<Mapped['ClaimAdministrator']>;
  ClaimAdministratorConnection: ResolverTypeWrapper<Page<Mapped['ClaimAdministrator']>>;
  ClaimAdministratorEdge: ResolverTypeWrapper<Edge<Mapped['ClaimAdministrator']>>;
  ClaimAdministratorFilter: ClaimAdministratorFilter;
  ClaimAdministratorInput: ClaimAdministratorInput;
  ClaimAmountMonth: ResolverTypeWrapper<ClaimAmountMonth>;
  ClaimBatchIndex: ResolverTypeWrapper<Mapped['ClaimBatchIndex']>;
  ClaimBatchRun: ResolverTypeWrapper<Mapped['ClaimBatchRun']>;
  ClaimConnection: ResolverTypeWrapper<Page<Mapped['Claim']>>;
  ClaimDashboard: ResolverTypeWrapper<Mapped['ClaimDashboard']>;
  ClaimDelay: ResolverTypeWrapper<ClaimDelay>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ClaimDelayStep: ClaimDelayStep;
  ClaimDiagnosisCount: ResolverTypeWrapper<ClaimDiagnosisCount>;
  ClaimEdge: ResolverTypeWrapper<Edge<Mapped['Claim']>>;
  ClaimFilter: ClaimFilter;
  ClaimIdsInput: ClaimIdsInput;
  ClaimItemOption: ResolverTypeWrapper<Mapped['ClaimItemOption']>;
  ClaimItemOptionEdge: ResolverTypeWrapper<Edge<Mapped['ClaimItemOption']>>;
  ClaimItemOptionPage: ResolverTypeWrapper<Omit<ClaimItemOptionPage, 'edges'> & { edges: Array<ResolversTypes['ClaimItemOptionEdge']> }>;
  ClaimLine: ResolverTypeWrapper<Mapped['ClaimLine']>;
  ClaimLineInput: ClaimLineInput;
  ClaimOrder: ClaimOrder;
  ClaimPayload: ResolverTypeWrapper<
    Omit<ClaimPayload, 'claim' | 'warnings'> & { claim?: Maybe<ResolversTypes['Claim']>; warnings: Array<ResolversTypes['ClaimWarning']> }
  >;
  ClaimRejectionCount: ResolverTypeWrapper<ClaimRejectionCount>;
  ClaimReviewLineInput: ClaimReviewLineInput;
  ClaimServiceOption: ResolverTypeWrapper<Mapped['ClaimServiceOption']>;
  ClaimServiceOptionEdge: ResolverTypeWrapper<Edge<Mapped['ClaimServiceOption']>>;
  ClaimServiceOptionPage: ResolverTypeWrapper<Omit<ClaimServiceOptionPage, 'edges'> & { edges: Array<ResolversTypes['ClaimServiceOptionEdge']> }>;
  ClaimStatusCount: ResolverTypeWrapper<ClaimStatusCount>;
  ClaimSubmission: ResolverTypeWrapper<
    Omit<ClaimSubmission, 'claim' | 'warnings'> & { claim: ResolversTypes['Claim']; warnings: Array<ResolversTypes['ClaimWarning']> }
  >;
  ClaimVersionInput: ClaimVersionInput;
  ClaimWarning: ResolverTypeWrapper<Mapped['ClaimWarning']>;
  ContributionMonth: ResolverTypeWrapper<ContributionMonth>;
  CreateClaimInput: CreateClaimInput;
  CreateDiagnosisInput: CreateDiagnosisInput;
  CreateFamilyInput: CreateFamilyInput;
  CreateHealthFacilityInput: CreateHealthFacilityInput;
  CreateLocationInput: CreateLocationInput;
  CreateMedicalItemInput: CreateMedicalItemInput;
  CreateMedicalServiceInput: CreateMedicalServiceInput;
  CreatePayerInput: CreatePayerInput;
  CreatePolicyInput: CreatePolicyInput;
  CreatePremiumInput: CreatePremiumInput;
  CreatePriceListInput: CreatePriceListInput;
  CreateProductInput: CreateProductInput;
  CreateRoleInput: CreateRoleInput;
  CreateUserInput: CreateUserInput;
  DashboardFilter: DashboardFilter;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DeleteInput: DeleteInput;
  DeliverClaimFeedbackInput: DeliverClaimFeedbackInput;
  Diagnosis: ResolverTypeWrapper<Mapped['Diagnosis']>;
  DiagnosisConnection: ResolverTypeWrapper<Page<Mapped['Diagnosis']>>;
  DiagnosisEdge: ResolverTypeWrapper<Edge<Mapped['Diagnosis']>>;
  DiagnosisFilter: DiagnosisFilter;
  DiagnosisPayload: ResolverTypeWrapper<Omit<DiagnosisPayload, 'diagnosis'> & { diagnosis?: Maybe<ResolversTypes['Diagnosis']> }>;
  DuplicatePriceListInput: DuplicatePriceListInput;
  DuplicateProductInput: DuplicateProductInput;
  Eligibility: ResolverTypeWrapper<Mapped['Eligibility']>;
  EligiblePolicy: ResolverTypeWrapper<Mapped['EligiblePolicy']>;
  EnrolmentOfficer: ResolverTypeWrapper<Mapped['EnrolmentOfficer']>;
  EnrolmentOfficerConnection: ResolverTypeWrapper<Page<Mapped['EnrolmentOfficer']>>;
  EnrolmentOfficerEdge: ResolverTypeWrapper<Edge<Mapped['EnrolmentOfficer']>>;
  EnrolmentOfficerFilter: EnrolmentOfficerFilter;
  EnrolmentOfficerInput: EnrolmentOfficerInput;
  Family: ResolverTypeWrapper<Mapped['Family']>;
  FamilyConnection: ResolverTypeWrapper<Page<Mapped['Family']>>;
  FamilyEdge: ResolverTypeWrapper<Edge<Mapped['Family']>>;
  FamilyFilter: FamilyFilter;
  FamilyOrder: FamilyOrder;
  FamilyPayload: ResolverTypeWrapper<Omit<FamilyPayload, 'family'> & { family?: Maybe<ResolversTypes['Family']> }>;
  HealthFacility: ResolverTypeWrapper<Mapped['HealthFacility']>;
  HealthFacilityCatchment: ResolverTypeWrapper<Mapped['HealthFacilityCatchment']>;
  HealthFacilityConnection: ResolverTypeWrapper<Page<Mapped['HealthFacility']>>;
  HealthFacilityEdge: ResolverTypeWrapper<Edge<Mapped['HealthFacility']>>;
  HealthFacilityFilter: HealthFacilityFilter;
  HealthFacilityPayload: ResolverTypeWrapper<Omit<HealthFacilityPayload, 'healthFacility'> & { healthFacility?: Maybe<ResolversTypes['HealthFacility']> }>;
  HistoryEntry: ResolverTypeWrapper<Mapped['HistoryEntry']>;
  HistoryEntryConnection: ResolverTypeWrapper<Page<Mapped['HistoryEntry']>>;
  HistoryEntryEdge: ResolverTypeWrapper<Edge<Mapped['HistoryEntry']>>;
  InsuranceNumberBatch: ResolverTypeWrapper<Mapped['InsuranceNumberBatch']>;
  InsuranceNumberBatchConnection: ResolverTypeWrapper<Page<Mapped['InsuranceNumberBatch']>>;
  InsuranceNumberBatchEdge: ResolverTypeWrapper<Edge<Mapped['InsuranceNumberBatch']>>;
  InsuranceNumberBatchPayload: ResolverTypeWrapper<Omit<InsuranceNumberBatchPayload, 'batch'> & { batch?: Maybe<ResolversTypes['InsuranceNumberBatch']> }>;
  InsuranceNumberConfig: ResolverTypeWrapper<InsuranceNumberConfig>;
  Insuree: ResolverTypeWrapper<Mapped['Insuree']>;
  InsureeConnection: ResolverTypeWrapper<Page<Mapped['Insuree']>>;
  InsureeEdge: ResolverTypeWrapper<Edge<Mapped['Insuree']>>;
  InsureeFilter: InsureeFilter;
  InsureeInput: InsureeInput;
  InsureeOrder: InsureeOrder;
  InsureePayload: ResolverTypeWrapper<Omit<InsureePayload, 'insuree'> & { insuree?: Maybe<ResolversTypes['Insuree']> }>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Kente: ResolverTypeWrapper<Kente>;
  KenteDomain: ResolverTypeWrapper<KenteDomain>;
  KenteRight: ResolverTypeWrapper<KenteRight>;
  Location: ResolverTypeWrapper<Mapped['Location']>;
  LocationConnection: ResolverTypeWrapper<Page<Mapped['Location']>>;
  LocationEdge: ResolverTypeWrapper<Edge<Mapped['Location']>>;
  LocationFilter: LocationFilter;
  LocationPayload: ResolverTypeWrapper<Omit<LocationPayload, 'location'> & { location?: Maybe<ResolversTypes['Location']> }>;
  LoginInput: LoginInput;
  LoginPayload: ResolverTypeWrapper<Omit<LoginPayload, 'me'> & { me?: Maybe<ResolversTypes['Me']> }>;
  LogoutPayload: ResolverTypeWrapper<LogoutPayload>;
  Me: ResolverTypeWrapper<Mapped['Me']>;
  MedicalItem: ResolverTypeWrapper<Mapped['MedicalItem']>;
  MedicalItemConnection: ResolverTypeWrapper<Page<Mapped['MedicalItem']>>;
  MedicalItemEdge: ResolverTypeWrapper<Edge<Mapped['MedicalItem']>>;
  MedicalItemFilter: MedicalItemFilter;
  MedicalItemPayload: ResolverTypeWrapper<Omit<MedicalItemPayload, 'medicalItem'> & { medicalItem?: Maybe<ResolversTypes['MedicalItem']> }>;
  MedicalService: ResolverTypeWrapper<Mapped['MedicalService']>;
  MedicalServiceConnection: ResolverTypeWrapper<Page<Mapped['MedicalService']>>;
  MedicalServiceEdge: ResolverTypeWrapper<Edge<Mapped['MedicalService']>>;
  MedicalServiceFilter: MedicalServiceFilter;
  MedicalServicePayload: ResolverTypeWrapper<Omit<MedicalServicePayload, 'medicalService'> & { medicalService?: Maybe<ResolversTypes['MedicalService']> }>;
  MoveInsureeInput: MoveInsureeInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Payer: ResolverTypeWrapper<Mapped['Payer']>;
  PayerConnection: ResolverTypeWrapper<Page<Mapped['Payer']>>;
  PayerEdge: ResolverTypeWrapper<Edge<Mapped['Payer']>>;
  PayerFilter: PayerFilter;
  PayerPayload: ResolverTypeWrapper<Omit<PayerPayload, 'payer'> & { payer?: Maybe<ResolversTypes['Payer']> }>;
  Policy: ResolverTypeWrapper<Mapped['Policy']>;
  PolicyAmountLimit: ResolverTypeWrapper<PolicyAmountLimit>;
  PolicyConnection: ResolverTypeWrapper<Page<Mapped['Policy']>>;
  PolicyCountLimit: ResolverTypeWrapper<PolicyCountLimit>;
  PolicyCoverage: ResolverTypeWrapper<PolicyCoverage>;
  PolicyDashboard: ResolverTypeWrapper<Mapped['PolicyDashboard']>;
  PolicyEdge: ResolverTypeWrapper<Edge<Mapped['Policy']>>;
  PolicyEnrolmentMonth: ResolverTypeWrapper<PolicyEnrolmentMonth>;
  PolicyFilter: PolicyFilter;
  PolicyPayload: ResolverTypeWrapper<Omit<PolicyPayload, 'policy'> & { policy?: Maybe<ResolversTypes['Policy']> }>;
  PolicyRenewal: ResolverTypeWrapper<Mapped['PolicyRenewal']>;
  PolicyRenewalConnection: ResolverTypeWrapper<Page<Mapped['PolicyRenewal']>>;
  PolicyRenewalEdge: ResolverTypeWrapper<Edge<Mapped['PolicyRenewal']>>;
  PolicyRenewalFilter: PolicyRenewalFilter;
  PolicyValues: ResolverTypeWrapper<PolicyValues>;
  PolicyVersionInput: PolicyVersionInput;
  PolicyWarning: ResolverTypeWrapper<PolicyWarning>;
  Premium: ResolverTypeWrapper<Mapped['Premium']>;
  PremiumConnection: ResolverTypeWrapper<Page<Mapped['Premium']>>;
  PremiumEdge: ResolverTypeWrapper<Edge<Mapped['Premium']>>;
  PremiumFilter: PremiumFilter;
  PremiumPayload: ResolverTypeWrapper<
    Omit<PremiumPayload, 'policy' | 'premium'> & { policy?: Maybe<ResolversTypes['Policy']>; premium?: Maybe<ResolversTypes['Premium']> }
  >;
  PriceList: ResolverTypeWrapper<Mapped['PriceList']>;
  PriceListConnection: ResolverTypeWrapper<Page<Mapped['PriceList']>>;
  PriceListEdge: ResolverTypeWrapper<Edge<Mapped['PriceList']>>;
  PriceListEntryInput: PriceListEntryInput;
  PriceListFilter: PriceListFilter;
  PriceListItem: ResolverTypeWrapper<Omit<PriceListItem, 'item'> & { item: ResolversTypes['MedicalItem'] }>;
  PriceListItemConnection: ResolverTypeWrapper<Page<ResolversTypes['PriceListItem']>>;
  PriceListItemEdge: ResolverTypeWrapper<Edge<ResolversTypes['PriceListItem']>>;
  PriceListPayload: ResolverTypeWrapper<Omit<PriceListPayload, 'priceList'> & { priceList?: Maybe<ResolversTypes['PriceList']> }>;
  PriceListService: ResolverTypeWrapper<Omit<PriceListService, 'service'> & { service: ResolversTypes['MedicalService'] }>;
  PriceListServiceConnection: ResolverTypeWrapper<Page<ResolversTypes['PriceListService']>>;
  PriceListServiceEdge: ResolverTypeWrapper<Edge<ResolversTypes['PriceListService']>>;
  ProcessClaimsPayload: ResolverTypeWrapper<Omit<ProcessClaimsPayload, 'claims'> & { claims: Array<ResolversTypes['Claim']> }>;
  Product: ResolverTypeWrapper<Mapped['Product']>;
  ProductConnection: ResolverTypeWrapper<Page<Mapped['Product']>>;
  ProductEdge: ResolverTypeWrapper<Edge<Mapped['Product']>>;
  ProductFilter: ProductFilter;
  ProductItem: ResolverTypeWrapper<Omit<ProductItem, 'item'> & { item: ResolversTypes['MedicalItem'] }>;
  ProductItemConnection: ResolverTypeWrapper<Page<ResolversTypes['ProductItem']>>;
  ProductItemEdge: ResolverTypeWrapper<Edge<ResolversTypes['ProductItem']>>;
  ProductLineSettingsInput: ProductLineSettingsInput;
  ProductPayload: ResolverTypeWrapper<Omit<ProductPayload, 'product'> & { product?: Maybe<ResolversTypes['Product']> }>;
  ProductService: ResolverTypeWrapper<Omit<ProductService, 'service'> & { service: ResolversTypes['MedicalService'] }>;
  ProductServiceConnection: ResolverTypeWrapper<Page<ResolversTypes['ProductService']>>;
  ProductServiceEdge: ResolverTypeWrapper<Edge<ResolversTypes['ProductService']>>;
  ProductVersionInput: ProductVersionInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Register: ResolverTypeWrapper<Register>;
  RegisterColumn: ResolverTypeWrapper<RegisterColumn>;
  RelativeDistributionPayload: ResolverTypeWrapper<
    Omit<RelativeDistributionPayload, 'distribution'> & { distribution: Array<ResolversTypes['RelativeDistributionShare']> }
  >;
  RelativeDistributionShare: ResolverTypeWrapper<Mapped['RelativeDistributionShare']>;
  RemoveInsureeInput: RemoveInsureeInput;
  RenewPolicyInput: RenewPolicyInput;
  ReportColumnDefinition: ResolverTypeWrapper<ReportColumnDefinition>;
  ReportDefinition: ResolverTypeWrapper<ReportDefinition>;
  ReportOfficer: ResolverTypeWrapper<Mapped['ReportOfficer']>;
  ReportOfficerConnection: ResolverTypeWrapper<Page<Mapped['ReportOfficer']>>;
  ReportOfficerEdge: ResolverTypeWrapper<Edge<Mapped['ReportOfficer']>>;
  ReportOfficerFilter: ReportOfficerFilter;
  ReportParamChoice: ResolverTypeWrapper<ReportParamChoice>;
  ReportParamDefinition: ResolverTypeWrapper<ReportParamDefinition>;
  ReserveInsuranceNumbersInput: ReserveInsuranceNumbersInput;
  RestoreClaimInput: RestoreClaimInput;
  Right: ResolverTypeWrapper<Right>;
  Role: ResolverTypeWrapper<Mapped['Role']>;
  RoleConnection: ResolverTypeWrapper<Page<Mapped['Role']>>;
  RoleEdge: ResolverTypeWrapper<Edge<Mapped['Role']>>;
  RoleFilter: RoleFilter;
  RolePayload: ResolverTypeWrapper<Omit<RolePayload, 'role'> & { role?: Maybe<ResolversTypes['Role']> }>;
  RunClaimBatchInput: RunClaimBatchInput;
  RunClaimBatchPayload: ResolverTypeWrapper<Omit<RunClaimBatchPayload, 'run'> & { run?: Maybe<ResolversTypes['ClaimBatchRun']> }>;
  SaveClaimReviewInput: SaveClaimReviewInput;
  SelectClaimsInput: SelectClaimsInput;
  SelectClaimsPayload: ResolverTypeWrapper<Omit<SelectClaimsPayload, 'selected'> & { selected: Array<ResolversTypes['Claim']> }>;
  SetInsureeStatusInput: SetInsureeStatusInput;
  SetPriceListEntriesInput: SetPriceListEntriesInput;
  SetProductItemsInput: SetProductItemsInput;
  SetProductServicesInput: SetProductServicesInput;
  SetRelativeDistributionInput: SetRelativeDistributionInput;
  SubmitClaimsInput: SubmitClaimsInput;
  SubmitClaimsPayload: ResolverTypeWrapper<Omit<SubmitClaimsPayload, 'submissions'> & { submissions: Array<ResolversTypes['ClaimSubmission']> }>;
  UpdateClaimInput: UpdateClaimInput;
  UpdateDiagnosisInput: UpdateDiagnosisInput;
  UpdateFamilyInput: UpdateFamilyInput;
  UpdateHealthFacilityInput: UpdateHealthFacilityInput;
  UpdateInsureeInput: UpdateInsureeInput;
  UpdateLocationInput: UpdateLocationInput;
  UpdateMedicalItemInput: UpdateMedicalItemInput;
  UpdateMedicalServiceInput: UpdateMedicalServiceInput;
  UpdatePayerInput: UpdatePayerInput;
  UpdatePolicyInput: UpdatePolicyInput;
  UpdatePremiumInput: UpdatePremiumInput;
  UpdatePriceListInput: UpdatePriceListInput;
  UpdateProductInput: UpdateProductInput;
  UpdateRoleInput: UpdateRoleInput;
  UpdateUserInput: UpdateUserInput;
  User: ResolverTypeWrapper<Mapped['User']>;
  UserConnection: ResolverTypeWrapper<Page<Mapped['User']>>;
  UserEdge: ResolverTypeWrapper<Edge<Mapped['User']>>;
  UserError: ResolverTypeWrapper<UserError>;
  UserFilter: UserFilter;
  UserPayload: ResolverTypeWrapper<Omit<UserPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  VersionedDeleteInput: VersionedDeleteInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddInsureeInput: AddInsureeInput;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  ApiLimits: ApiLimits;
  Int: Scalars['Int']['output'];
  BypassClaimsInput: BypassClaimsInput;
  Boolean: Scalars['Boolean']['output'];
  CatchmentInput: CatchmentInput;
  ChangeFamilyHeadInput: ChangeFamilyHeadInput;
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordPayload: ChangePasswordPayload;
  Claim: Mapped['Claim'];
  ClaimAccountFilter: ClaimAccountFilter;
  ClaimAccountRow: Mapped['ClaimAccountRow'];
  ClaimAccounts: Omit<ClaimAccounts, 'rows' | 'total'> & {
    rows: Array<ResolversParentTypes['ClaimAccountRow']>;
    total: ResolversParentTypes['ClaimAccountRow'];
  };
  ClaimAdministrator: Mapped['ClaimAdministrator'];
  ClaimAdministratorConnection: Page<Mapped['ClaimAdministrator']>;
  ClaimAdministratorEdge: Edge<Mapped['ClaimAdministrator']>;
  ClaimAdministratorFilter: ClaimAdministratorFilter;
  ClaimAdministratorInput: ClaimAdministratorInput;
  ClaimAmountMonth: ClaimAmountMonth;
  ClaimBatchIndex: Mapped['ClaimBatchIndex'];
  ClaimBatchRun: Mapped['ClaimBatchRun'];
  ClaimConnection: Page<Mapped['Claim']>;
  ClaimDashboard: Mapped['ClaimDashboard'];
  ClaimDelay: ClaimDelay;
  Float: Scalars['Float']['output'];
  ClaimDiagnosisCount: ClaimDiagnosisCount;
  ClaimEdge: Edge<Mapped['Claim']>;
  ClaimFilter: ClaimFilter;
  ClaimIdsInput: ClaimIdsInput;
  ClaimItemOption: Mapped['ClaimItemOption'];
  ClaimItemOptionEdge: Edge<Mapped['ClaimItemOption']>;
  ClaimItemOptionPage: Omit<ClaimItemOptionPage, 'edges'> & { edges: Array<ResolversParentTypes['ClaimItemOptionEdge']> };
  ClaimLine: Mapped['ClaimLine'];
  ClaimLineInput: ClaimLineInput;
  ClaimPayload: Omit<ClaimPayload, 'claim' | 'warnings'> & {
    claim?: Maybe<ResolversParentTypes['Claim']>;
    warnings: Array<ResolversParentTypes['ClaimWarning']>;
  };
  ClaimRejectionCount: ClaimRejectionCount;
  ClaimReviewLineInput: ClaimReviewLineInput;
  ClaimServiceOption: Mapped['ClaimServiceOption'];
  ClaimServiceOptionEdge: Edge<Mapped['ClaimServiceOption']>;
  ClaimServiceOptionPage: Omit<ClaimServiceOptionPage, 'edges'> & { edges: Array<ResolversParentTypes['ClaimServiceOptionEdge']> };
  ClaimStatusCount: ClaimStatusCount;
  ClaimSubmission: Omit<ClaimSubmission, 'claim' | 'warnings'> & {
    claim: ResolversParentTypes['Claim'];
    warnings: Array<ResolversParentTypes['ClaimWarning']>;
  };
  ClaimVersionInput: ClaimVersionInput;
  ClaimWarning: Mapped['ClaimWarning'];
  ContributionMonth: ContributionMonth;
  CreateClaimInput: CreateClaimInput;
  CreateDiagnosisInput: CreateDiagnosisInput;
  CreateFamilyInput: CreateFamilyInput;
  CreateHealthFacilityInput: CreateHealthFacilityInput;
  CreateLocationInput: CreateLocationInput;
  CreateMedicalItemInput: CreateMedicalItemInput;
  CreateMedicalServiceInput: CreateMedicalServiceInput;
  CreatePayerInput: CreatePayerInput;
  CreatePolicyInput: CreatePolicyInput;
  CreatePremiumInput: CreatePremiumInput;
  CreatePriceListInput: CreatePriceListInput;
  CreateProductInput: CreateProductInput;
  CreateRoleInput: CreateRoleInput;
  CreateUserInput: CreateUserInput;
  DashboardFilter: DashboardFilter;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  DeleteInput: DeleteInput;
  DeliverClaimFeedbackInput: DeliverClaimFeedbackInput;
  Diagnosis: Mapped['Diagnosis'];
  DiagnosisConnection: Page<Mapped['Diagnosis']>;
  DiagnosisEdge: Edge<Mapped['Diagnosis']>;
  DiagnosisFilter: DiagnosisFilter;
  DiagnosisPayload: Omit<DiagnosisPayload, 'diagnosis'> & { diagnosis?: Maybe<ResolversParentTypes['Diagnosis']> };
  DuplicatePriceListInput: DuplicatePriceListInput;
  DuplicateProductInput: DuplicateProductInput;
  Eligibility: Mapped['Eligibility'];
  EligiblePolicy: Mapped['EligiblePolicy'];
  EnrolmentOfficer: Mapped['EnrolmentOfficer'];
  EnrolmentOfficerConnection: Page<Mapped['EnrolmentOfficer']>;
  EnrolmentOfficerEdge: Edge<Mapped['EnrolmentOfficer']>;
  EnrolmentOfficerFilter: EnrolmentOfficerFilter;
  EnrolmentOfficerInput: EnrolmentOfficerInput;
  Family: Mapped['Family'];
  FamilyConnection: Page<Mapped['Family']>;
  FamilyEdge: Edge<Mapped['Family']>;
  FamilyFilter: FamilyFilter;
  FamilyPayload: Omit<FamilyPayload, 'family'> & { family?: Maybe<ResolversParentTypes['Family']> };
  HealthFacility: Mapped['HealthFacility'];
  HealthFacilityCatchment: Mapped['HealthFacilityCatchment'];
  HealthFacilityConnection: Page<Mapped['HealthFacility']>;
  HealthFacilityEdge: Edge<Mapped['HealthFacility']>;
  HealthFacilityFilter: HealthFacilityFilter;
  HealthFacilityPayload: Omit<HealthFacilityPayload, 'healthFacility'> & { healthFacility?: Maybe<ResolversParentTypes['HealthFacility']> };
  HistoryEntry: Mapped['HistoryEntry'];
  HistoryEntryConnection: Page<Mapped['HistoryEntry']>;
  HistoryEntryEdge: Edge<Mapped['HistoryEntry']>;
  InsuranceNumberBatch: Mapped['InsuranceNumberBatch'];
  InsuranceNumberBatchConnection: Page<Mapped['InsuranceNumberBatch']>;
  InsuranceNumberBatchEdge: Edge<Mapped['InsuranceNumberBatch']>;
  InsuranceNumberBatchPayload: Omit<InsuranceNumberBatchPayload, 'batch'> & { batch?: Maybe<ResolversParentTypes['InsuranceNumberBatch']> };
  InsuranceNumberConfig: InsuranceNumberConfig;
  Insuree: Mapped['Insuree'];
  InsureeConnection: Page<Mapped['Insuree']>;
  InsureeEdge: Edge<Mapped['Insuree']>;
  InsureeFilter: InsureeFilter;
  InsureeInput: InsureeInput;
  InsureePayload: Omit<InsureePayload, 'insuree'> & { insuree?: Maybe<ResolversParentTypes['Insuree']> };
  JSON: Scalars['JSON']['output'];
  Kente: Kente;
  KenteDomain: KenteDomain;
  KenteRight: KenteRight;
  Location: Mapped['Location'];
  LocationConnection: Page<Mapped['Location']>;
  LocationEdge: Edge<Mapped['Location']>;
  LocationFilter: LocationFilter;
  LocationPayload: Omit<LocationPayload, 'location'> & { location?: Maybe<ResolversParentTypes['Location']> };
  LoginInput: LoginInput;
  LoginPayload: Omit<LoginPayload, 'me'> & { me?: Maybe<ResolversParentTypes['Me']> };
  LogoutPayload: LogoutPayload;
  Me: Mapped['Me'];
  MedicalItem: Mapped['MedicalItem'];
  MedicalItemConnection: Page<Mapped['MedicalItem']>;
  MedicalItemEdge: Edge<Mapped['MedicalItem']>;
  MedicalItemFilter: MedicalItemFilter;
  MedicalItemPayload: Omit<MedicalItemPayload, 'medicalItem'> & { medicalItem?: Maybe<ResolversParentTypes['MedicalItem']> };
  MedicalService: Mapped['MedicalService'];
  MedicalServiceConnection: Page<Mapped['MedicalService']>;
  MedicalServiceEdge: Edge<Mapped['MedicalService']>;
  MedicalServiceFilter: MedicalServiceFilter;
  MedicalServicePayload: Omit<MedicalServicePayload, 'medicalService'> & { medicalService?: Maybe<ResolversParentTypes['MedicalService']> };
  MoveInsureeInput: MoveInsureeInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Payer: Mapped['Payer'];
  PayerConnection: Page<Mapped['Payer']>;
  PayerEdge: Edge<Mapped['Payer']>;
  PayerFilter: PayerFilter;
  PayerPayload: Omit<PayerPayload, 'payer'> & { payer?: Maybe<ResolversParentTypes['Payer']> };
  Policy: Mapped['Policy'];
  PolicyAmountLimit: PolicyAmountLimit;
  PolicyConnection: Page<Mapped['Policy']>;
  PolicyCountLimit: PolicyCountLimit;
  PolicyCoverage: PolicyCoverage;
  PolicyDashboard: Mapped['PolicyDashboard'];
  PolicyEdge: Edge<Mapped['Policy']>;
  PolicyEnrolmentMonth: PolicyEnrolmentMonth;
  PolicyFilter: PolicyFilter;
  PolicyPayload: Omit<PolicyPayload, 'policy'> & { policy?: Maybe<ResolversParentTypes['Policy']> };
  PolicyRenewal: Mapped['PolicyRenewal'];
  PolicyRenewalConnection: Page<Mapped['PolicyRenewal']>;
  PolicyRenewalEdge: Edge<Mapped['PolicyRenewal']>;
  PolicyRenewalFilter: PolicyRenewalFilter;
  PolicyValues: PolicyValues;
  PolicyVersionInput: PolicyVersionInput;
  PolicyWarning: PolicyWarning;
  Premium: Mapped['Premium'];
  PremiumConnection: Page<Mapped['Premium']>;
  PremiumEdge: Edge<Mapped['Premium']>;
  PremiumFilter: PremiumFilter;
  PremiumPayload: Omit<PremiumPayload, 'policy' | 'premium'> & {
    policy?: Maybe<ResolversParentTypes['Policy']>;
    premium?: Maybe<ResolversParentTypes['Premium']>;
  };
  PriceList: Mapped['PriceList'];
  PriceListConnection: Page<Mapped['PriceList']>;
  PriceListEdge: Edge<Mapped['PriceList']>;
  PriceListEntryInput: PriceListEntryInput;
  PriceListFilter: PriceListFilter;
  PriceListItem: Omit<PriceListItem, 'item'> & { item: ResolversParentTypes['MedicalItem'] };
  PriceListItemConnection: Page<ResolversTypes['PriceListItem']>;
  PriceListItemEdge: Edge<ResolversTypes['PriceListItem']>;
  PriceListPayload: Omit<PriceListPayload, 'priceList'> & { priceList?: Maybe<ResolversParentTypes['PriceList']> };
  PriceListService: Omit<PriceListService, 'service'> & { service: ResolversParentTypes['MedicalService'] };
  PriceListServiceConnection: Page<ResolversTypes['PriceListService']>;
  PriceListServiceEdge: Edge<ResolversTypes['PriceListService']>;
  ProcessClaimsPayload: Omit<ProcessClaimsPayload, 'claims'> & { claims: Array<ResolversParentTypes['Claim']> };
  Product: Mapped['Product'];
  ProductConnection: Page<Mapped['Product']>;
  ProductEdge: Edge<Mapped['Product']>;
  ProductFilter: ProductFilter;
  ProductItem: Omit<ProductItem, 'item'> & { item: ResolversParentTypes['MedicalItem'] };
  ProductItemConnection: Page<ResolversTypes['ProductItem']>;
  ProductItemEdge: Edge<ResolversTypes['ProductItem']>;
  ProductLineSettingsInput: ProductLineSettingsInput;
  ProductPayload: Omit<ProductPayload, 'product'> & { product?: Maybe<ResolversParentTypes['Product']> };
  ProductService: Omit<ProductService, 'service'> & { service: ResolversParentTypes['MedicalService'] };
  ProductServiceConnection: Page<ResolversTypes['ProductService']>;
  ProductServiceEdge: Edge<ResolversTypes['ProductService']>;
  ProductVersionInput: ProductVersionInput;
  Query: Record<PropertyKey, never>;
  Register: Register;
  RegisterColumn: RegisterColumn;
  RelativeDistributionPayload: Omit<RelativeDistributionPayload, 'distribution'> & { distribution: Array<ResolversParentTypes['RelativeDistributionShare']> };
  RelativeDistributionShare: Mapped['RelativeDistributionShare'];
  RemoveInsureeInput: RemoveInsureeInput;
  RenewPolicyInput: RenewPolicyInput;
  ReportColumnDefinition: ReportColumnDefinition;
  ReportDefinition: ReportDefinition;
  ReportOfficer: Mapped['ReportOfficer'];
  ReportOfficerConnection: Page<Mapped['ReportOfficer']>;
  ReportOfficerEdge: Edge<Mapped['ReportOfficer']>;
  ReportOfficerFilter: ReportOfficerFilter;
  ReportParamChoice: ReportParamChoice;
  ReportParamDefinition: ReportParamDefinition;
  ReserveInsuranceNumbersInput: ReserveInsuranceNumbersInput;
  RestoreClaimInput: RestoreClaimInput;
  Right: Right;
  Role: Mapped['Role'];
  RoleConnection: Page<Mapped['Role']>;
  RoleEdge: Edge<Mapped['Role']>;
  RoleFilter: RoleFilter;
  RolePayload: Omit<RolePayload, 'role'> & { role?: Maybe<ResolversParentTypes['Role']> };
  RunClaimBatchInput: RunClaimBatchInput;
  RunClaimBatchPayload: Omit<RunClaimBatchPayload, 'run'> & { run?: Maybe<ResolversParentTypes['ClaimBatchRun']> };
  SaveClaimReviewInput: SaveClaimReviewInput;
  SelectClaimsInput: SelectClaimsInput;
  SelectClaimsPayload: Omit<SelectClaimsPayload, 'selected'> & { selected: Array<ResolversParentTypes['Claim']> };
  SetInsureeStatusInput: SetInsureeStatusInput;
  SetPriceListEntriesInput: SetPriceListEntriesInput;
  SetProductItemsInput: SetProductItemsInput;
  SetProductServicesInput: SetProductServicesInput;
  SetRelativeDistributionInput: SetRelativeDistributionInput;
  SubmitClaimsInput: SubmitClaimsInput;
  SubmitClaimsPayload: Omit<SubmitClaimsPayload, 'submissions'> & { submissions: Array<ResolversParentTypes['ClaimSubmission']> };
  UpdateClaimInput: UpdateClaimInput;
  UpdateDiagnosisInput: UpdateDiagnosisInput;
  UpdateFamilyInput: UpdateFamilyInput;
  UpdateHealthFacilityInput: UpdateHealthFacilityInput;
  UpdateInsureeInput: UpdateInsureeInput;
  UpdateLocationInput: UpdateLocationInput;
  UpdateMedicalItemInput: UpdateMedicalItemInput;
  UpdateMedicalServiceInput: UpdateMedicalServiceInput;
  UpdatePayerInput: UpdatePayerInput;
  UpdatePolicyInput: UpdatePolicyInput;
  UpdatePremiumInput: UpdatePremiumInput;
  UpdatePriceListInput: UpdatePriceListInput;
  UpdateProductInput: UpdateProductInput;
  UpdateRoleInput: UpdateRoleInput;
  UpdateUserInput: UpdateUserInput;
  User: Mapped['User'];
  UserConnection: Page<Mapped['User']>;
  UserEdge: Edge<Mapped['User']>;
  UserError: UserError;
  UserFilter: UserFilter;
  UserPayload: Omit<UserPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  VersionedDeleteInput: VersionedDeleteInput;
};

export type ApiLimitsResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['ApiLimits'] = ResolversParentTypes['ApiLimits']> = {
  countCap?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxPageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangePasswordPayloadResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ChangePasswordPayload'] = ResolversParentTypes['ChangePasswordPayload'],
> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  adminId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  approved?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  assessment?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  batchRunId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  careRendered?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  claimed?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dateClaimed?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  diagnosis?: Resolver<Maybe<ResolversTypes['Diagnosis']>, ParentType, ContextType>;
  diagnosis1Id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  diagnosis2Id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  diagnosis3Id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  diagnosis4Id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  diagnosisId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  drugPrescribed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  drugReceived?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  explanation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  feedbackDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  feedbackStatus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  guaranteeNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  healthFacility?: Resolver<Maybe<ResolversTypes['HealthFacility']>, ParentType, ContextType>;
  healthFacilityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insuranceNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  insuree?: Resolver<Maybe<ResolversTypes['Insuree']>, ParentType, ContextType>;
  insureeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ClaimLine']>, ParentType, ContextType>;
  paymentAsked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  processedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  remunerated?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  restoredFromId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reviewRemark?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewStatus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  secondaryDiagnoses?: Resolver<Array<ResolversTypes['Diagnosis']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  valuated?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visitFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  visitTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  visitType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ClaimAccountRowResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ClaimAccountRow'] = ResolversParentTypes['ClaimAccountRow'],
> = {
  approved?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  claimed?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  healthFacility?: Resolver<Maybe<ResolversTypes['HealthFacility']>, ParentType, ContextType>;
  healthFacilityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  processed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  productId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  remunerated?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  valuated?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type ClaimAccountsResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['ClaimAccounts'] = ResolversParentTypes['ClaimAccounts']> = {
  rows?: Resolver<Array<ResolversTypes['ClaimAccountRow']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['ClaimAccountRow'], ParentType, ContextType>;
};

export type ClaimAdministratorResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ClaimAdministrator'] = ResolversParentTypes['ClaimAdministrator'],
> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  healthFacility?: Resolver<Maybe<ResolversTypes['HealthFacility']>, ParentType, ContextType>;
  healthFacilityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  otherNames?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ClaimAdministratorConnectionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ClaimAdministratorConnection'] = ResolversParentTypes['ClaimAdministratorConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ClaimAdministratorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ClaimAdministratorEdgeResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ClaimAdministratorEdge'] = ResolversParentTypes['ClaimAdministratorEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ClaimAdministrator'], ParentType, ContextType>;
};

export type ClaimAmountMonthResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ClaimAmountMonth'] = ResolversParentTypes['ClaimAmountMonth'],
> = {
  claimed?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  valuated?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type ClaimBatchIndexResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ClaimBatchIndex'] = ResolversParentTypes['ClaimBatchIndex'],
> = {
  allocated?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  distribution?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  valuated?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type ClaimBatchRunResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['ClaimBatchRun'] = ResolversParentTypes['ClaimBatchRun']> = {
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indexes?: Resolver<Array<ResolversTypes['ClaimBatchIndex']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  locationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remunerated?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  runAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimConnectionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ClaimDashboardResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['ClaimDashboard'] = ResolversParentTypes['ClaimDashboard']> = {
  amounts?: Resolver<Array<ResolversTypes['ClaimAmountMonth']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['ClaimStatusCount']>, ParentType, ContextType>;
  rejections?: Resolver<Array<ResolversTypes['ClaimRejectionCount']>, ParentType, ContextType>;
  timeliness?: Resolver<Array<ResolversTypes['ClaimDelay']>, ParentType, ContextType>;
  topDiagnoses?: Resolver<Array<ResolversTypes['ClaimDiagnosisCount']>, ParentType, ContextType>;
};

export type ClaimDelayResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['ClaimDelay'] = ResolversParentTypes['ClaimDelay']> = {
  averageDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['ClaimDelayStep'], ParentType, ContextType>;
};

export type ClaimDiagnosisCountResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ClaimDiagnosisCount'] = ResolversParentTypes['ClaimDiagnosisCount'],
> = {
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  diagnosisId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ClaimEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type ClaimItemOptionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ClaimItemOption'] = ResolversParentTypes['ClaimItemOption'],
> = {
  careType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  package?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type ClaimItemOptionEdgeResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ClaimItemOptionEdge'] = ResolversParentTypes['ClaimItemOptionEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ClaimItemOption'], ParentType, ContextType>;
};

export type ClaimItemOptionPageResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ClaimItemOptionPage'] = ResolversParentTypes['ClaimItemOptionPage'],
> = {
  edges?: Resolver<Array<ResolversTypes['ClaimItemOptionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ClaimLineResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['ClaimLine'] = ResolversParentTypes['ClaimLine']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deductible?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  exceedCeiling?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  justification?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lineNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  priceAdjusted?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  priceApproved?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  priceAsked?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  priceList?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  priceOrigin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priceReviewed?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  priceValuated?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  productId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  quantityApproved?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  remunerated?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  serviceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ClaimPayloadResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['ClaimPayload'] = ResolversParentTypes['ClaimPayload']> = {
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['ClaimWarning']>, ParentType, ContextType>;
};

export type ClaimRejectionCountResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ClaimRejectionCount'] = ResolversParentTypes['ClaimRejectionCount'],
> = {
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimServiceOptionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ClaimServiceOption'] = ResolversParentTypes['ClaimServiceOption'],
> = {
  careType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type ClaimServiceOptionEdgeResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ClaimServiceOptionEdge'] = ResolversParentTypes['ClaimServiceOptionEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ClaimServiceOption'], ParentType, ContextType>;
};

export type ClaimServiceOptionPageResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ClaimServiceOptionPage'] = ResolversParentTypes['ClaimServiceOptionPage'],
> = {
  edges?: Resolver<Array<ResolversTypes['ClaimServiceOptionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ClaimStatusCountResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ClaimStatusCount'] = ResolversParentTypes['ClaimStatusCount'],
> = {
  claimed?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimSubmissionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ClaimSubmission'] = ResolversParentTypes['ClaimSubmission'],
> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['ClaimWarning']>, ParentType, ContextType>;
};

export type ClaimWarningResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['ClaimWarning'] = ResolversParentTypes['ClaimWarning']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lineNo?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ContributionMonthResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ContributionMonth'] = ResolversParentTypes['ContributionMonth'],
> = {
  collected?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DiagnosisResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Diagnosis'] = ResolversParentTypes['Diagnosis']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DiagnosisConnectionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['DiagnosisConnection'] = ResolversParentTypes['DiagnosisConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['DiagnosisEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DiagnosisEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['DiagnosisEdge'] = ResolversParentTypes['DiagnosisEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Diagnosis'], ParentType, ContextType>;
};

export type DiagnosisPayloadResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['DiagnosisPayload'] = ResolversParentTypes['DiagnosisPayload'],
> = {
  diagnosis?: Resolver<Maybe<ResolversTypes['Diagnosis']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EligibilityResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Eligibility'] = ResolversParentTypes['Eligibility']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  insuree?: Resolver<Maybe<ResolversTypes['Insuree']>, ParentType, ContextType>;
  policies?: Resolver<Array<ResolversTypes['EligiblePolicy']>, ParentType, ContextType>;
};

export type EligiblePolicyResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['EligiblePolicy'] = ResolversParentTypes['EligiblePolicy']> = {
  amounts?: Resolver<Array<ResolversTypes['PolicyAmountLimit']>, ParentType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['PolicyCountLimit']>, ParentType, ContextType>;
  effectiveDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  expiryDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  policyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  productCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  productName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EnrolmentOfficerResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['EnrolmentOfficer'] = ResolversParentTypes['EnrolmentOfficer'],
> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  healthFacility?: Resolver<Maybe<ResolversTypes['HealthFacility']>, ParentType, ContextType>;
  healthFacilityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locations?: Resolver<Array<ResolversTypes['Location']>, ParentType, ContextType>;
  otherNames?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  substitute?: Resolver<Maybe<ResolversTypes['EnrolmentOfficer']>, ParentType, ContextType>;
  substituteId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  villageCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  villageIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  villages?: Resolver<Array<ResolversTypes['Location']>, ParentType, ContextType>;
  worksTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type EnrolmentOfficerConnectionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['EnrolmentOfficerConnection'] = ResolversParentTypes['EnrolmentOfficerConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['EnrolmentOfficerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type EnrolmentOfficerEdgeResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['EnrolmentOfficerEdge'] = ResolversParentTypes['EnrolmentOfficerEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EnrolmentOfficer'], ParentType, ContextType>;
};

export type FamilyResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Family'] = ResolversParentTypes['Family']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confirmationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confirmationType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  familyType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  head?: Resolver<ResolversTypes['Insuree'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Insuree']>, ParentType, ContextType>;
  policies?: Resolver<Array<ResolversTypes['Policy']>, ParentType, ContextType>;
  povertyStatus?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  village?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
};

export type FamilyConnectionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['FamilyConnection'] = ResolversParentTypes['FamilyConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['FamilyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FamilyEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['FamilyEdge'] = ResolversParentTypes['FamilyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Family'], ParentType, ContextType>;
};

export type FamilyPayloadResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['FamilyPayload'] = ResolversParentTypes['FamilyPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  family?: Resolver<Maybe<ResolversTypes['Family']>, ParentType, ContextType>;
};

export type HealthFacilityResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['HealthFacility'] = ResolversParentTypes['HealthFacility']> = {
  accCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  careType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  catchments?: Resolver<Array<ResolversTypes['HealthFacilityCatchment']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fax?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemPriceList?: Resolver<Maybe<ResolversTypes['PriceList']>, ParentType, ContextType>;
  legalForm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  locationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  servicePriceList?: Resolver<Maybe<ResolversTypes['PriceList']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HealthFacilityCatchmentResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['HealthFacilityCatchment'] = ResolversParentTypes['HealthFacilityCatchment'],
> = {
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  locationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HealthFacilityConnectionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['HealthFacilityConnection'] = ResolversParentTypes['HealthFacilityConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['HealthFacilityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type HealthFacilityEdgeResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['HealthFacilityEdge'] = ResolversParentTypes['HealthFacilityEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HealthFacility'], ParentType, ContextType>;
};

export type HealthFacilityPayloadResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['HealthFacilityPayload'] = ResolversParentTypes['HealthFacilityPayload'],
> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  healthFacility?: Resolver<Maybe<ResolversTypes['HealthFacility']>, ParentType, ContextType>;
};

export type HistoryEntryResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['HistoryEntry'] = ResolversParentTypes['HistoryEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  username?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HistoryEntryConnectionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['HistoryEntryConnection'] = ResolversParentTypes['HistoryEntryConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['HistoryEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type HistoryEntryEdgeResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['HistoryEntryEdge'] = ResolversParentTypes['HistoryEntryEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HistoryEntry'], ParentType, ContextType>;
};

export type InsuranceNumberBatchResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['InsuranceNumberBatch'] = ResolversParentTypes['InsuranceNumberBatch'],
> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  numbers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  pdfUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  usedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  zipUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InsuranceNumberBatchConnectionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['InsuranceNumberBatchConnection'] = ResolversParentTypes['InsuranceNumberBatchConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['InsuranceNumberBatchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type InsuranceNumberBatchEdgeResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['InsuranceNumberBatchEdge'] = ResolversParentTypes['InsuranceNumberBatchEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InsuranceNumberBatch'], ParentType, ContextType>;
};

export type InsuranceNumberBatchPayloadResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['InsuranceNumberBatchPayload'] = ResolversParentTypes['InsuranceNumberBatchPayload'],
> = {
  batch?: Resolver<Maybe<ResolversTypes['InsuranceNumberBatch']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type InsuranceNumberConfigResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['InsuranceNumberConfig'] = ResolversParentTypes['InsuranceNumberConfig'],
> = {
  checkDigit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InsureeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Insuree'] = ResolversParentTypes['Insuree']> = {
  birthDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  cardIssued?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currentAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currentVillage?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  education?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  family?: Resolver<ResolversTypes['Family'], ParentType, ContextType>;
  gender?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  healthFacility?: Resolver<Maybe<ResolversTypes['HealthFacility']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identificationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  identificationType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  insuranceNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isHead?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maritalStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  otherNames?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  photo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  policies?: Resolver<Array<ResolversTypes['Policy']>, ParentType, ContextType>;
  profession?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statusDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InsureeConnectionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['InsureeConnection'] = ResolversParentTypes['InsureeConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['InsureeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type InsureeEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['InsureeEdge'] = ResolversParentTypes['InsureeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Insuree'], ParentType, ContextType>;
};

export type InsureePayloadResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['InsureePayload'] = ResolversParentTypes['InsureePayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  insuree?: Resolver<Maybe<ResolversTypes['Insuree']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type KenteResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Kente'] = ResolversParentTypes['Kente']> = {
  domains?: Resolver<Array<ResolversTypes['KenteDomain']>, ParentType, ContextType>;
  rights?: Resolver<Array<ResolversTypes['KenteRight']>, ParentType, ContextType>;
};

export type KenteDomainResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['KenteDomain'] = ResolversParentTypes['KenteDomain']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type KenteRightResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['KenteRight'] = ResolversParentTypes['KenteRight']> = {
  code?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LocationResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  healthFacilityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LocationConnectionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['LocationConnection'] = ResolversParentTypes['LocationConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['LocationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type LocationEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['LocationEdge'] = ResolversParentTypes['LocationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
};

export type LocationPayloadResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['LocationPayload'] = ResolversParentTypes['LocationPayload'],
> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
};

export type LoginPayloadResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['LoginPayload'] = ResolversParentTypes['LoginPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['Me']>, ParentType, ContextType>;
};

export type LogoutPayloadResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['LogoutPayload'] = ResolversParentTypes['LogoutPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = {
  healthFacility?: Resolver<Maybe<ResolversTypes['HealthFacility']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  mustChangePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  names?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  otherNames?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rights?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  roleIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MedicalItemResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['MedicalItem'] = ResolversParentTypes['MedicalItem']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  careType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  frequency?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  package?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  patientCategory?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MedicalItemConnectionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['MedicalItemConnection'] = ResolversParentTypes['MedicalItemConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['MedicalItemEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MedicalItemEdgeResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['MedicalItemEdge'] = ResolversParentTypes['MedicalItemEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MedicalItem'], ParentType, ContextType>;
};

export type MedicalItemPayloadResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['MedicalItemPayload'] = ResolversParentTypes['MedicalItemPayload'],
> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  medicalItem?: Resolver<Maybe<ResolversTypes['MedicalItem']>, ParentType, ContextType>;
};

export type MedicalServiceResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['MedicalService'] = ResolversParentTypes['MedicalService']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  careType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  frequency?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  patientCategory?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MedicalServiceConnectionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['MedicalServiceConnection'] = ResolversParentTypes['MedicalServiceConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['MedicalServiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MedicalServiceEdgeResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['MedicalServiceEdge'] = ResolversParentTypes['MedicalServiceEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MedicalService'], ParentType, ContextType>;
};

export type MedicalServicePayloadResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['MedicalServicePayload'] = ResolversParentTypes['MedicalServicePayload'],
> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  medicalService?: Resolver<Maybe<ResolversTypes['MedicalService']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  addInsuree?: Resolver<ResolversTypes['InsureePayload'], ParentType, ContextType, RequireFields<MutationAddInsureeArgs, 'input'>>;
  bypassClaims?: Resolver<ResolversTypes['ProcessClaimsPayload'], ParentType, ContextType, RequireFields<MutationBypassClaimsArgs, 'input'>>;
  changeFamilyHead?: Resolver<ResolversTypes['FamilyPayload'], ParentType, ContextType, RequireFields<MutationChangeFamilyHeadArgs, 'input'>>;
  changePassword?: Resolver<ResolversTypes['ChangePasswordPayload'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  createClaim?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationCreateClaimArgs, 'input'>>;
  createDiagnosis?: Resolver<ResolversTypes['DiagnosisPayload'], ParentType, ContextType, RequireFields<MutationCreateDiagnosisArgs, 'input'>>;
  createFamily?: Resolver<ResolversTypes['FamilyPayload'], ParentType, ContextType, RequireFields<MutationCreateFamilyArgs, 'input'>>;
  createHealthFacility?: Resolver<ResolversTypes['HealthFacilityPayload'], ParentType, ContextType, RequireFields<MutationCreateHealthFacilityArgs, 'input'>>;
  createLocation?: Resolver<ResolversTypes['LocationPayload'], ParentType, ContextType, RequireFields<MutationCreateLocationArgs, 'input'>>;
  createMedicalItem?: Resolver<ResolversTypes['MedicalItemPayload'], ParentType, ContextType, RequireFields<MutationCreateMedicalItemArgs, 'input'>>;
  createMedicalService?: Resolver<ResolversTypes['MedicalServicePayload'], ParentType, ContextType, RequireFields<MutationCreateMedicalServiceArgs, 'input'>>;
  createPayer?: Resolver<ResolversTypes['PayerPayload'], ParentType, ContextType, RequireFields<MutationCreatePayerArgs, 'input'>>;
  createPolicy?: Resolver<ResolversTypes['PolicyPayload'], ParentType, ContextType, RequireFields<MutationCreatePolicyArgs, 'input'>>;
  createPremium?: Resolver<ResolversTypes['PremiumPayload'], ParentType, ContextType, RequireFields<MutationCreatePremiumArgs, 'input'>>;
  createPriceList?: Resolver<ResolversTypes['PriceListPayload'], ParentType, ContextType, RequireFields<MutationCreatePriceListArgs, 'input'>>;
  createProduct?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationCreateProductArgs, 'input'>>;
  createRole?: Resolver<ResolversTypes['RolePayload'], ParentType, ContextType, RequireFields<MutationCreateRoleArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  deactivateDiagnosis?: Resolver<ResolversTypes['DiagnosisPayload'], ParentType, ContextType, RequireFields<MutationDeactivateDiagnosisArgs, 'input'>>;
  deactivateMedicalItem?: Resolver<ResolversTypes['MedicalItemPayload'], ParentType, ContextType, RequireFields<MutationDeactivateMedicalItemArgs, 'input'>>;
  deactivateMedicalService?: Resolver<
    ResolversTypes['MedicalServicePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationDeactivateMedicalServiceArgs, 'input'>
  >;
  deleteClaim?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationDeleteClaimArgs, 'input'>>;
  deleteDiagnosis?: Resolver<ResolversTypes['DiagnosisPayload'], ParentType, ContextType, RequireFields<MutationDeleteDiagnosisArgs, 'input'>>;
  deleteHealthFacility?: Resolver<ResolversTypes['HealthFacilityPayload'], ParentType, ContextType, RequireFields<MutationDeleteHealthFacilityArgs, 'input'>>;
  deleteLocation?: Resolver<ResolversTypes['LocationPayload'], ParentType, ContextType, RequireFields<MutationDeleteLocationArgs, 'input'>>;
  deleteMedicalItem?: Resolver<ResolversTypes['MedicalItemPayload'], ParentType, ContextType, RequireFields<MutationDeleteMedicalItemArgs, 'input'>>;
  deleteMedicalService?: Resolver<ResolversTypes['MedicalServicePayload'], ParentType, ContextType, RequireFields<MutationDeleteMedicalServiceArgs, 'input'>>;
  deletePayer?: Resolver<ResolversTypes['PayerPayload'], ParentType, ContextType, RequireFields<MutationDeletePayerArgs, 'input'>>;
  deletePolicy?: Resolver<ResolversTypes['PolicyPayload'], ParentType, ContextType, RequireFields<MutationDeletePolicyArgs, 'input'>>;
  deletePremium?: Resolver<ResolversTypes['PremiumPayload'], ParentType, ContextType, RequireFields<MutationDeletePremiumArgs, 'input'>>;
  deletePriceList?: Resolver<ResolversTypes['PriceListPayload'], ParentType, ContextType, RequireFields<MutationDeletePriceListArgs, 'input'>>;
  deleteProduct?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationDeleteProductArgs, 'input'>>;
  deleteRole?: Resolver<ResolversTypes['RolePayload'], ParentType, ContextType, RequireFields<MutationDeleteRoleArgs, 'input'>>;
  deleteUser?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationDeleteUserArgs, 'input'>>;
  deliverClaimFeedback?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationDeliverClaimFeedbackArgs, 'input'>>;
  deliverClaimReview?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationDeliverClaimReviewArgs, 'input'>>;
  duplicatePriceList?: Resolver<ResolversTypes['PriceListPayload'], ParentType, ContextType, RequireFields<MutationDuplicatePriceListArgs, 'input'>>;
  duplicateProduct?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationDuplicateProductArgs, 'input'>>;
  login?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['LogoutPayload'], ParentType, ContextType>;
  moveInsuree?: Resolver<ResolversTypes['InsureePayload'], ParentType, ContextType, RequireFields<MutationMoveInsureeArgs, 'input'>>;
  processClaims?: Resolver<ResolversTypes['ProcessClaimsPayload'], ParentType, ContextType, RequireFields<MutationProcessClaimsArgs, 'input'>>;
  reactivateDiagnosis?: Resolver<ResolversTypes['DiagnosisPayload'], ParentType, ContextType, RequireFields<MutationReactivateDiagnosisArgs, 'input'>>;
  reactivateMedicalItem?: Resolver<ResolversTypes['MedicalItemPayload'], ParentType, ContextType, RequireFields<MutationReactivateMedicalItemArgs, 'input'>>;
  reactivateMedicalService?: Resolver<
    ResolversTypes['MedicalServicePayload'],
    ParentType,
    ContextType,
    RequireFields<MutationReactivateMedicalServiceArgs, 'input'>
  >;
  removeInsuree?: Resolver<ResolversTypes['InsureePayload'], ParentType, ContextType, RequireFields<MutationRemoveInsureeArgs, 'input'>>;
  renewPolicy?: Resolver<ResolversTypes['PolicyPayload'], ParentType, ContextType, RequireFields<MutationRenewPolicyArgs, 'input'>>;
  reserveInsuranceNumbers?: Resolver<
    ResolversTypes['InsuranceNumberBatchPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationReserveInsuranceNumbersArgs, 'input'>
  >;
  restoreClaim?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationRestoreClaimArgs, 'input'>>;
  runClaimBatch?: Resolver<ResolversTypes['RunClaimBatchPayload'], ParentType, ContextType, RequireFields<MutationRunClaimBatchArgs, 'input'>>;
  saveClaimReview?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationSaveClaimReviewArgs, 'input'>>;
  selectClaimsForFeedback?: Resolver<
    ResolversTypes['SelectClaimsPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationSelectClaimsForFeedbackArgs, 'input'>
  >;
  selectClaimsForReview?: Resolver<ResolversTypes['SelectClaimsPayload'], ParentType, ContextType, RequireFields<MutationSelectClaimsForReviewArgs, 'input'>>;
  setInsureeStatus?: Resolver<ResolversTypes['InsureePayload'], ParentType, ContextType, RequireFields<MutationSetInsureeStatusArgs, 'input'>>;
  setPriceListEntries?: Resolver<ResolversTypes['PriceListPayload'], ParentType, ContextType, RequireFields<MutationSetPriceListEntriesArgs, 'input'>>;
  setProductItems?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationSetProductItemsArgs, 'input'>>;
  setProductServices?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationSetProductServicesArgs, 'input'>>;
  setRelativeDistribution?: Resolver<
    ResolversTypes['RelativeDistributionPayload'],
    ParentType,
    ContextType,
    RequireFields<MutationSetRelativeDistributionArgs, 'input'>
  >;
  submitClaims?: Resolver<ResolversTypes['SubmitClaimsPayload'], ParentType, ContextType, RequireFields<MutationSubmitClaimsArgs, 'input'>>;
  suspendPolicy?: Resolver<ResolversTypes['PolicyPayload'], ParentType, ContextType, RequireFields<MutationSuspendPolicyArgs, 'input'>>;
  updateClaim?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationUpdateClaimArgs, 'input'>>;
  updateDiagnosis?: Resolver<ResolversTypes['DiagnosisPayload'], ParentType, ContextType, RequireFields<MutationUpdateDiagnosisArgs, 'input'>>;
  updateFamily?: Resolver<ResolversTypes['FamilyPayload'], ParentType, ContextType, RequireFields<MutationUpdateFamilyArgs, 'input'>>;
  updateHealthFacility?: Resolver<ResolversTypes['HealthFacilityPayload'], ParentType, ContextType, RequireFields<MutationUpdateHealthFacilityArgs, 'input'>>;
  updateInsuree?: Resolver<ResolversTypes['InsureePayload'], ParentType, ContextType, RequireFields<MutationUpdateInsureeArgs, 'input'>>;
  updateLocation?: Resolver<ResolversTypes['LocationPayload'], ParentType, ContextType, RequireFields<MutationUpdateLocationArgs, 'input'>>;
  updateMedicalItem?: Resolver<ResolversTypes['MedicalItemPayload'], ParentType, ContextType, RequireFields<MutationUpdateMedicalItemArgs, 'input'>>;
  updateMedicalService?: Resolver<ResolversTypes['MedicalServicePayload'], ParentType, ContextType, RequireFields<MutationUpdateMedicalServiceArgs, 'input'>>;
  updatePayer?: Resolver<ResolversTypes['PayerPayload'], ParentType, ContextType, RequireFields<MutationUpdatePayerArgs, 'input'>>;
  updatePolicy?: Resolver<ResolversTypes['PolicyPayload'], ParentType, ContextType, RequireFields<MutationUpdatePolicyArgs, 'input'>>;
  updatePremium?: Resolver<ResolversTypes['PremiumPayload'], ParentType, ContextType, RequireFields<MutationUpdatePremiumArgs, 'input'>>;
  updatePriceList?: Resolver<ResolversTypes['PriceListPayload'], ParentType, ContextType, RequireFields<MutationUpdatePriceListArgs, 'input'>>;
  updateProduct?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationUpdateProductArgs, 'input'>>;
  updateRole?: Resolver<ResolversTypes['RolePayload'], ParentType, ContextType, RequireFields<MutationUpdateRoleArgs, 'input'>>;
  updateUser?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PayerResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Payer'] = ResolversParentTypes['Payer']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fax?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  locationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PayerConnectionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['PayerConnection'] = ResolversParentTypes['PayerConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['PayerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PayerEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PayerEdge'] = ResolversParentTypes['PayerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Payer'], ParentType, ContextType>;
};

export type PayerPayloadResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PayerPayload'] = ResolversParentTypes['PayerPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  payer?: Resolver<Maybe<ResolversTypes['Payer']>, ParentType, ContextType>;
};

export type PolicyResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Policy'] = ResolversParentTypes['Policy']> = {
  balance?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  effectiveDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  enrolDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  expiryDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  family?: Resolver<Maybe<ResolversTypes['Family']>, ParentType, ContextType>;
  familyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insurees?: Resolver<Array<ResolversTypes['Insuree']>, ParentType, ContextType>;
  officer?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  officerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  premiums?: Resolver<Array<ResolversTypes['Premium']>, ParentType, ContextType>;
  previousPolicy?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType>;
  previousPolicyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PolicyAmountLimitResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['PolicyAmountLimit'] = ResolversParentTypes['PolicyAmountLimit'],
> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  used?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type PolicyConnectionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['PolicyConnection'] = ResolversParentTypes['PolicyConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['PolicyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PolicyCountLimitResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['PolicyCountLimit'] = ResolversParentTypes['PolicyCountLimit'],
> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  used?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PolicyCoverageResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PolicyCoverage'] = ResolversParentTypes['PolicyCoverage']> = {
  activePolicies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  covered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  insurees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type PolicyDashboardResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['PolicyDashboard'] = ResolversParentTypes['PolicyDashboard'],
> = {
  contributions?: Resolver<Array<ResolversTypes['ContributionMonth']>, ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['PolicyCoverage'], ParentType, ContextType>;
  enrolments?: Resolver<Array<ResolversTypes['PolicyEnrolmentMonth']>, ParentType, ContextType>;
};

export type PolicyEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PolicyEdge'] = ResolversParentTypes['PolicyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
};

export type PolicyEnrolmentMonthResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['PolicyEnrolmentMonth'] = ResolversParentTypes['PolicyEnrolmentMonth'],
> = {
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newPolicies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  renewals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PolicyPayloadResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PolicyPayload'] = ResolversParentTypes['PolicyPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  policy?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType>;
};

export type PolicyRenewalResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PolicyRenewal'] = ResolversParentTypes['PolicyRenewal']> = {
  blockers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
  renewalDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  renewalProductId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PolicyRenewalConnectionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['PolicyRenewalConnection'] = ResolversParentTypes['PolicyRenewalConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['PolicyRenewalEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PolicyRenewalEdgeResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['PolicyRenewalEdge'] = ResolversParentTypes['PolicyRenewalEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PolicyRenewal'], ParentType, ContextType>;
};

export type PolicyValuesResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PolicyValues'] = ResolversParentTypes['PolicyValues']> = {
  contribution?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  enrolDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  expiryDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  generalAssembly?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  lastPaymentDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registration?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['PolicyWarning']>, ParentType, ContextType>;
};

export type PolicyWarningResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PolicyWarning'] = ResolversParentTypes['PolicyWarning']> = {
  amount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PremiumResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Premium'] = ResolversParentTypes['Premium']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isPhotoFee?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  payDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  payType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payer?: Resolver<Maybe<ResolversTypes['Payer']>, ParentType, ContextType>;
  payerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  policy?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType>;
  policyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receipt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PremiumConnectionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['PremiumConnection'] = ResolversParentTypes['PremiumConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['PremiumEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PremiumEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PremiumEdge'] = ResolversParentTypes['PremiumEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Premium'], ParentType, ContextType>;
};

export type PremiumPayloadResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PremiumPayload'] = ResolversParentTypes['PremiumPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  policy?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType>;
  premium?: Resolver<Maybe<ResolversTypes['Premium']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['PolicyWarning']>, ParentType, ContextType>;
};

export type PriceListResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PriceList'] = ResolversParentTypes['PriceList']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<ResolversTypes['PriceListItemConnection'], ParentType, ContextType, Partial<PriceListItemsArgs>>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  locationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  services?: Resolver<ResolversTypes['PriceListServiceConnection'], ParentType, ContextType, Partial<PriceListServicesArgs>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PriceListConnectionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['PriceListConnection'] = ResolversParentTypes['PriceListConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['PriceListEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PriceListEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PriceListEdge'] = ResolversParentTypes['PriceListEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PriceList'], ParentType, ContextType>;
};

export type PriceListItemResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PriceListItem'] = ResolversParentTypes['PriceListItem']> = {
  item?: Resolver<ResolversTypes['MedicalItem'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  priceOverride?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
};

export type PriceListItemConnectionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['PriceListItemConnection'] = ResolversParentTypes['PriceListItemConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['PriceListItemEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PriceListItemEdgeResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['PriceListItemEdge'] = ResolversParentTypes['PriceListItemEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PriceListItem'], ParentType, ContextType>;
};

export type PriceListPayloadResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['PriceListPayload'] = ResolversParentTypes['PriceListPayload'],
> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  priceList?: Resolver<Maybe<ResolversTypes['PriceList']>, ParentType, ContextType>;
};

export type PriceListServiceResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['PriceListService'] = ResolversParentTypes['PriceListService'],
> = {
  price?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  priceOverride?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  service?: Resolver<ResolversTypes['MedicalService'], ParentType, ContextType>;
};

export type PriceListServiceConnectionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['PriceListServiceConnection'] = ResolversParentTypes['PriceListServiceConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['PriceListServiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PriceListServiceEdgeResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['PriceListServiceEdge'] = ResolversParentTypes['PriceListServiceEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PriceListService'], ParentType, ContextType>;
};

export type ProcessClaimsPayloadResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ProcessClaimsPayload'] = ResolversParentTypes['ProcessClaimsPayload'],
> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ProductResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  accCodePremiums?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  accCodeRemuneration?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  administrationPeriod?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ceilingInterpretation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conversionProduct?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  conversionProductId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dateFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dateTo?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dedInsuree?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  dedIpInsuree?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  dedIpPolicy?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  dedIpTreatment?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  dedOpInsuree?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  dedOpPolicy?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  dedOpTreatment?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  dedPolicy?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  dedTreatment?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  enrolmentDiscountPerc?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  enrolmentDiscountPeriod?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  generalAssemblyFee?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  generalAssemblyLumpSum?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  gracePeriodEnrolment?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gracePeriodPayment?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gracePeriodRenewal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insurancePeriod?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<ResolversTypes['ProductItemConnection'], ParentType, ContextType, Partial<ProductItemsArgs>>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  locationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  lumpSum?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  maxAmountAntenatal?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  maxAmountConsultation?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  maxAmountDelivery?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  maxAmountHospitalization?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  maxAmountSurgery?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  maxCeilingPolicy?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  maxCeilingPolicyIp?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  maxCeilingPolicyOp?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  maxInstallments?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxInsuree?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  maxIpInsuree?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  maxIpPolicy?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  maxIpTreatment?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  maxMembers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxNoAntenatal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxNoConsultation?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxNoDelivery?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxNoHospitalization?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxNoSurgery?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxNoVisits?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxOpInsuree?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  maxOpPolicy?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  maxOpTreatment?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  maxPolicy?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  maxPolicyExtraMember?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  maxPolicyExtraMemberIp?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  maxPolicyExtraMemberOp?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  maxTreatment?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  premiumAdult?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  premiumChild?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  registrationFee?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  registrationLumpSum?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  renewalDiscountPerc?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  renewalDiscountPeriod?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  services?: Resolver<ResolversTypes['ProductServiceConnection'], ParentType, ContextType, Partial<ProductServicesArgs>>;
  startCycle1?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startCycle2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startCycle3?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startCycle4?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  threshold?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProductConnectionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProductEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
};

export type ProductItemResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['ProductItem'] = ResolversParentTypes['ProductItem']> = {
  ceilingExclusionAdult?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ceilingExclusionChild?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['MedicalItem'], ParentType, ContextType>;
  limitAdult?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  limitAdultE?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  limitAdultR?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  limitChild?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  limitChildE?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  limitChildR?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  limitNoAdult?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  limitNoChild?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  limitationType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  limitationTypeE?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  limitationTypeR?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priceOrigin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  waitingPeriodAdult?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  waitingPeriodChild?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ProductItemConnectionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ProductItemConnection'] = ResolversParentTypes['ProductItemConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ProductItemEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ProductItemEdgeResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ProductItemEdge'] = ResolversParentTypes['ProductItemEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProductItem'], ParentType, ContextType>;
};

export type ProductPayloadResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['ProductPayload'] = ResolversParentTypes['ProductPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
};

export type ProductServiceResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['ProductService'] = ResolversParentTypes['ProductService']> = {
  ceilingExclusionAdult?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ceilingExclusionChild?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  limitAdult?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  limitAdultE?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  limitAdultR?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  limitChild?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  limitChildE?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  limitChildR?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  limitNoAdult?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  limitNoChild?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  limitationType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  limitationTypeE?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  limitationTypeR?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priceOrigin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['MedicalService'], ParentType, ContextType>;
  waitingPeriodAdult?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  waitingPeriodChild?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ProductServiceConnectionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ProductServiceConnection'] = ResolversParentTypes['ProductServiceConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ProductServiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ProductServiceEdgeResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ProductServiceEdge'] = ResolversParentTypes['ProductServiceEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProductService'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiLimits?: Resolver<ResolversTypes['ApiLimits'], ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  claimAccounts?: Resolver<ResolversTypes['ClaimAccounts'], ParentType, ContextType, RequireFields<QueryClaimAccountsArgs, 'filter' | 'groupBy'>>;
  claimAdministrators?: Resolver<ResolversTypes['ClaimAdministratorConnection'], ParentType, ContextType, Partial<QueryClaimAdministratorsArgs>>;
  claimBatchRuns?: Resolver<Array<ResolversTypes['ClaimBatchRun']>, ParentType, ContextType, Partial<QueryClaimBatchRunsArgs>>;
  claimDashboard?: Resolver<ResolversTypes['ClaimDashboard'], ParentType, ContextType, RequireFields<QueryClaimDashboardArgs, 'filter'>>;
  claimItemPicker?: Resolver<ResolversTypes['ClaimItemOptionPage'], ParentType, ContextType, RequireFields<QueryClaimItemPickerArgs, 'healthFacilityId'>>;
  claimServicePicker?: Resolver<
    ResolversTypes['ClaimServiceOptionPage'],
    ParentType,
    ContextType,
    RequireFields<QueryClaimServicePickerArgs, 'healthFacilityId'>
  >;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<QueryClaimsArgs>>;
  diagnoses?: Resolver<ResolversTypes['DiagnosisConnection'], ParentType, ContextType, Partial<QueryDiagnosesArgs>>;
  diagnosis?: Resolver<Maybe<ResolversTypes['Diagnosis']>, ParentType, ContextType, RequireFields<QueryDiagnosisArgs, 'id'>>;
  eligibility?: Resolver<ResolversTypes['Eligibility'], ParentType, ContextType, RequireFields<QueryEligibilityArgs, 'insuranceNumber'>>;
  enrolmentOfficers?: Resolver<ResolversTypes['EnrolmentOfficerConnection'], ParentType, ContextType, Partial<QueryEnrolmentOfficersArgs>>;
  families?: Resolver<ResolversTypes['FamilyConnection'], ParentType, ContextType, Partial<QueryFamiliesArgs>>;
  family?: Resolver<Maybe<ResolversTypes['Family']>, ParentType, ContextType, RequireFields<QueryFamilyArgs, 'id'>>;
  healthFacilities?: Resolver<ResolversTypes['HealthFacilityConnection'], ParentType, ContextType, Partial<QueryHealthFacilitiesArgs>>;
  healthFacility?: Resolver<Maybe<ResolversTypes['HealthFacility']>, ParentType, ContextType, RequireFields<QueryHealthFacilityArgs, 'id'>>;
  history?: Resolver<ResolversTypes['HistoryEntryConnection'], ParentType, ContextType, RequireFields<QueryHistoryArgs, 'entityId' | 'entityType'>>;
  insuranceNumberBatch?: Resolver<Maybe<ResolversTypes['InsuranceNumberBatch']>, ParentType, ContextType, RequireFields<QueryInsuranceNumberBatchArgs, 'id'>>;
  insuranceNumberBatches?: Resolver<ResolversTypes['InsuranceNumberBatchConnection'], ParentType, ContextType, Partial<QueryInsuranceNumberBatchesArgs>>;
  insuranceNumberConfig?: Resolver<ResolversTypes['InsuranceNumberConfig'], ParentType, ContextType>;
  insuree?: Resolver<Maybe<ResolversTypes['Insuree']>, ParentType, ContextType, Partial<QueryInsureeArgs>>;
  insurees?: Resolver<ResolversTypes['InsureeConnection'], ParentType, ContextType, Partial<QueryInsureesArgs>>;
  kente?: Resolver<ResolversTypes['Kente'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType, RequireFields<QueryLocationArgs, 'id'>>;
  locations?: Resolver<ResolversTypes['LocationConnection'], ParentType, ContextType, Partial<QueryLocationsArgs>>;
  me?: Resolver<Maybe<ResolversTypes['Me']>, ParentType, ContextType>;
  medicalItem?: Resolver<Maybe<ResolversTypes['MedicalItem']>, ParentType, ContextType, RequireFields<QueryMedicalItemArgs, 'id'>>;
  medicalItems?: Resolver<ResolversTypes['MedicalItemConnection'], ParentType, ContextType, Partial<QueryMedicalItemsArgs>>;
  medicalService?: Resolver<Maybe<ResolversTypes['MedicalService']>, ParentType, ContextType, RequireFields<QueryMedicalServiceArgs, 'id'>>;
  medicalServices?: Resolver<ResolversTypes['MedicalServiceConnection'], ParentType, ContextType, Partial<QueryMedicalServicesArgs>>;
  payer?: Resolver<Maybe<ResolversTypes['Payer']>, ParentType, ContextType, RequireFields<QueryPayerArgs, 'id'>>;
  payers?: Resolver<ResolversTypes['PayerConnection'], ParentType, ContextType, Partial<QueryPayersArgs>>;
  policies?: Resolver<ResolversTypes['PolicyConnection'], ParentType, ContextType, Partial<QueryPoliciesArgs>>;
  policy?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType, RequireFields<QueryPolicyArgs, 'id'>>;
  policyDashboard?: Resolver<ResolversTypes['PolicyDashboard'], ParentType, ContextType, RequireFields<QueryPolicyDashboardArgs, 'filter'>>;
  policyRenewals?: Resolver<ResolversTypes['PolicyRenewalConnection'], ParentType, ContextType, Partial<QueryPolicyRenewalsArgs>>;
  policyValues?: Resolver<
    ResolversTypes['PolicyValues'],
    ParentType,
    ContextType,
    RequireFields<QueryPolicyValuesArgs, 'enrolDate' | 'familyId' | 'productId'>
  >;
  premium?: Resolver<Maybe<ResolversTypes['Premium']>, ParentType, ContextType, RequireFields<QueryPremiumArgs, 'id'>>;
  premiums?: Resolver<ResolversTypes['PremiumConnection'], ParentType, ContextType, Partial<QueryPremiumsArgs>>;
  priceList?: Resolver<Maybe<ResolversTypes['PriceList']>, ParentType, ContextType, RequireFields<QueryPriceListArgs, 'id'>>;
  priceLists?: Resolver<ResolversTypes['PriceListConnection'], ParentType, ContextType, Partial<QueryPriceListsArgs>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, Partial<QueryProductsArgs>>;
  registers?: Resolver<Array<ResolversTypes['Register']>, ParentType, ContextType>;
  relativeDistribution?: Resolver<
    Array<ResolversTypes['RelativeDistributionShare']>,
    ParentType,
    ContextType,
    RequireFields<QueryRelativeDistributionArgs, 'productId'>
  >;
  reportDefinitions?: Resolver<Array<ResolversTypes['ReportDefinition']>, ParentType, ContextType, Partial<QueryReportDefinitionsArgs>>;
  reportOfficers?: Resolver<ResolversTypes['ReportOfficerConnection'], ParentType, ContextType, Partial<QueryReportOfficersArgs>>;
  rights?: Resolver<Array<ResolversTypes['Right']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType, RequireFields<QueryRoleArgs, 'id'>>;
  roles?: Resolver<ResolversTypes['RoleConnection'], ParentType, ContextType, Partial<QueryRolesArgs>>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, Partial<QueryUsersArgs>>;
};

export type RegisterResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Register'] = ResolversParentTypes['Register']> = {
  canExport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canImport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['RegisterColumn']>, ParentType, ContextType>;
  exportRight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  importRight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RegisterColumnResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['RegisterColumn'] = ResolversParentTypes['RegisterColumn']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  header?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RelativeDistributionPayloadResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['RelativeDistributionPayload'] = ResolversParentTypes['RelativeDistributionPayload'],
> = {
  distribution?: Resolver<Array<ResolversTypes['RelativeDistributionShare']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RelativeDistributionShareResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['RelativeDistributionShare'] = ResolversParentTypes['RelativeDistributionShare'],
> = {
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportColumnDefinitionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ReportColumnDefinition'] = ResolversParentTypes['ReportColumnDefinition'],
> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportDefinitionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ReportDefinition'] = ResolversParentTypes['ReportDefinition'],
> = {
  columns?: Resolver<Array<ResolversTypes['ReportColumnDefinition']>, ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  params?: Resolver<Array<ResolversTypes['ReportParamDefinition']>, ParentType, ContextType>;
  right?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportOfficerResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['ReportOfficer'] = ResolversParentTypes['ReportOfficer']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  otherNames?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportOfficerConnectionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ReportOfficerConnection'] = ResolversParentTypes['ReportOfficerConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ReportOfficerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ReportOfficerEdgeResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ReportOfficerEdge'] = ResolversParentTypes['ReportOfficerEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReportOfficer'], ParentType, ContextType>;
};

export type ReportParamChoiceResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ReportParamChoice'] = ResolversParentTypes['ReportParamChoice'],
> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportParamDefinitionResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['ReportParamDefinition'] = ResolversParentTypes['ReportParamDefinition'],
> = {
  choices?: Resolver<Maybe<Array<ResolversTypes['ReportParamChoice']>>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  options?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RightResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Right'] = ResolversParentTypes['Right']> = {
  code?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoleResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  altLanguage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isBlocked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isSystem?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rights?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoleConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['RoleConnection'] = ResolversParentTypes['RoleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RoleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RoleEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['RoleEdge'] = ResolversParentTypes['RoleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type RolePayloadResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['RolePayload'] = ResolversParentTypes['RolePayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
};

export type RunClaimBatchPayloadResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['RunClaimBatchPayload'] = ResolversParentTypes['RunClaimBatchPayload'],
> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  run?: Resolver<Maybe<ResolversTypes['ClaimBatchRun']>, ParentType, ContextType>;
};

export type SelectClaimsPayloadResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['SelectClaimsPayload'] = ResolversParentTypes['SelectClaimsPayload'],
> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  notSelected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  selected?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
};

export type SubmitClaimsPayloadResolvers<
  ContextType = Ctx,
  ParentType extends ResolversParentTypes['SubmitClaimsPayload'] = ResolversParentTypes['SubmitClaimsPayload'],
> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  submissions?: Resolver<Array<ResolversTypes['ClaimSubmission']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  claimAdministrator?: Resolver<Maybe<ResolversTypes['ClaimAdministrator']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  healthFacility?: Resolver<Maybe<ResolversTypes['HealthFacility']>, ParentType, ContextType>;
  healthFacilityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  locations?: Resolver<Array<ResolversTypes['Location']>, ParentType, ContextType>;
  officer?: Resolver<Maybe<ResolversTypes['EnrolmentOfficer']>, ParentType, ContextType>;
  otherNames?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type UserEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserPayloadResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['UserPayload'] = ResolversParentTypes['UserPayload']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Ctx> = {
  ApiLimits?: ApiLimitsResolvers<ContextType>;
  ChangePasswordPayload?: ChangePasswordPayloadResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimAccountRow?: ClaimAccountRowResolvers<ContextType>;
  ClaimAccounts?: ClaimAccountsResolvers<ContextType>;
  ClaimAdministrator?: ClaimAdministratorResolvers<ContextType>;
  ClaimAdministratorConnection?: ClaimAdministratorConnectionResolvers<ContextType>;
  ClaimAdministratorEdge?: ClaimAdministratorEdgeResolvers<ContextType>;
  ClaimAmountMonth?: ClaimAmountMonthResolvers<ContextType>;
  ClaimBatchIndex?: ClaimBatchIndexResolvers<ContextType>;
  ClaimBatchRun?: ClaimBatchRunResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimDashboard?: ClaimDashboardResolvers<ContextType>;
  ClaimDelay?: ClaimDelayResolvers<ContextType>;
  ClaimDiagnosisCount?: ClaimDiagnosisCountResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  ClaimItemOption?: ClaimItemOptionResolvers<ContextType>;
  ClaimItemOptionEdge?: ClaimItemOptionEdgeResolvers<ContextType>;
  ClaimItemOptionPage?: ClaimItemOptionPageResolvers<ContextType>;
  ClaimLine?: ClaimLineResolvers<ContextType>;
  ClaimPayload?: ClaimPayloadResolvers<ContextType>;
  ClaimRejectionCount?: ClaimRejectionCountResolvers<ContextType>;
  ClaimServiceOption?: ClaimServiceOptionResolvers<ContextType>;
  ClaimServiceOptionEdge?: ClaimServiceOptionEdgeResolvers<ContextType>;
  ClaimServiceOptionPage?: ClaimServiceOptionPageResolvers<ContextType>;
  ClaimStatusCount?: ClaimStatusCountResolvers<ContextType>;
  ClaimSubmission?: ClaimSubmissionResolvers<ContextType>;
  ClaimWarning?: ClaimWarningResolvers<ContextType>;
  ContributionMonth?: ContributionMonthResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Diagnosis?: DiagnosisResolvers<ContextType>;
  DiagnosisConnection?: DiagnosisConnectionResolvers<ContextType>;
  DiagnosisEdge?: DiagnosisEdgeResolvers<ContextType>;
  DiagnosisPayload?: DiagnosisPayloadResolvers<ContextType>;
  Eligibility?: EligibilityResolvers<ContextType>;
  EligiblePolicy?: EligiblePolicyResolvers<ContextType>;
  EnrolmentOfficer?: EnrolmentOfficerResolvers<ContextType>;
  EnrolmentOfficerConnection?: EnrolmentOfficerConnectionResolvers<ContextType>;
  EnrolmentOfficerEdge?: EnrolmentOfficerEdgeResolvers<ContextType>;
  Family?: FamilyResolvers<ContextType>;
  FamilyConnection?: FamilyConnectionResolvers<ContextType>;
  FamilyEdge?: FamilyEdgeResolvers<ContextType>;
  FamilyPayload?: FamilyPayloadResolvers<ContextType>;
  HealthFacility?: HealthFacilityResolvers<ContextType>;
  HealthFacilityCatchment?: HealthFacilityCatchmentResolvers<ContextType>;
  HealthFacilityConnection?: HealthFacilityConnectionResolvers<ContextType>;
  HealthFacilityEdge?: HealthFacilityEdgeResolvers<ContextType>;
  HealthFacilityPayload?: HealthFacilityPayloadResolvers<ContextType>;
  HistoryEntry?: HistoryEntryResolvers<ContextType>;
  HistoryEntryConnection?: HistoryEntryConnectionResolvers<ContextType>;
  HistoryEntryEdge?: HistoryEntryEdgeResolvers<ContextType>;
  InsuranceNumberBatch?: InsuranceNumberBatchResolvers<ContextType>;
  InsuranceNumberBatchConnection?: InsuranceNumberBatchConnectionResolvers<ContextType>;
  InsuranceNumberBatchEdge?: InsuranceNumberBatchEdgeResolvers<ContextType>;
  InsuranceNumberBatchPayload?: InsuranceNumberBatchPayloadResolvers<ContextType>;
  InsuranceNumberConfig?: InsuranceNumberConfigResolvers<ContextType>;
  Insuree?: InsureeResolvers<ContextType>;
  InsureeConnection?: InsureeConnectionResolvers<ContextType>;
  InsureeEdge?: InsureeEdgeResolvers<ContextType>;
  InsureePayload?: InsureePayloadResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Kente?: KenteResolvers<ContextType>;
  KenteDomain?: KenteDomainResolvers<ContextType>;
  KenteRight?: KenteRightResolvers<ContextType>;
  Location?: LocationResolvers<ContextType>;
  LocationConnection?: LocationConnectionResolvers<ContextType>;
  LocationEdge?: LocationEdgeResolvers<ContextType>;
  LocationPayload?: LocationPayloadResolvers<ContextType>;
  LoginPayload?: LoginPayloadResolvers<ContextType>;
  LogoutPayload?: LogoutPayloadResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  MedicalItem?: MedicalItemResolvers<ContextType>;
  MedicalItemConnection?: MedicalItemConnectionResolvers<ContextType>;
  MedicalItemEdge?: MedicalItemEdgeResolvers<ContextType>;
  MedicalItemPayload?: MedicalItemPayloadResolvers<ContextType>;
  MedicalService?: MedicalServiceResolvers<ContextType>;
  MedicalServiceConnection?: MedicalServiceConnectionResolvers<ContextType>;
  MedicalServiceEdge?: MedicalServiceEdgeResolvers<ContextType>;
  MedicalServicePayload?: MedicalServicePayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payer?: PayerResolvers<ContextType>;
  PayerConnection?: PayerConnectionResolvers<ContextType>;
  PayerEdge?: PayerEdgeResolvers<ContextType>;
  PayerPayload?: PayerPayloadResolvers<ContextType>;
  Policy?: PolicyResolvers<ContextType>;
  PolicyAmountLimit?: PolicyAmountLimitResolvers<ContextType>;
  PolicyConnection?: PolicyConnectionResolvers<ContextType>;
  PolicyCountLimit?: PolicyCountLimitResolvers<ContextType>;
  PolicyCoverage?: PolicyCoverageResolvers<ContextType>;
  PolicyDashboard?: PolicyDashboardResolvers<ContextType>;
  PolicyEdge?: PolicyEdgeResolvers<ContextType>;
  PolicyEnrolmentMonth?: PolicyEnrolmentMonthResolvers<ContextType>;
  PolicyPayload?: PolicyPayloadResolvers<ContextType>;
  PolicyRenewal?: PolicyRenewalResolvers<ContextType>;
  PolicyRenewalConnection?: PolicyRenewalConnectionResolvers<ContextType>;
  PolicyRenewalEdge?: PolicyRenewalEdgeResolvers<ContextType>;
  PolicyValues?: PolicyValuesResolvers<ContextType>;
  PolicyWarning?: PolicyWarningResolvers<ContextType>;
  Premium?: PremiumResolvers<ContextType>;
  PremiumConnection?: PremiumConnectionResolvers<ContextType>;
  PremiumEdge?: PremiumEdgeResolvers<ContextType>;
  PremiumPayload?: PremiumPayloadResolvers<ContextType>;
  PriceList?: PriceListResolvers<ContextType>;
  PriceListConnection?: PriceListConnectionResolvers<ContextType>;
  PriceListEdge?: PriceListEdgeResolvers<ContextType>;
  PriceListItem?: PriceListItemResolvers<ContextType>;
  PriceListItemConnection?: PriceListItemConnectionResolvers<ContextType>;
  PriceListItemEdge?: PriceListItemEdgeResolvers<ContextType>;
  PriceListPayload?: PriceListPayloadResolvers<ContextType>;
  PriceListService?: PriceListServiceResolvers<ContextType>;
  PriceListServiceConnection?: PriceListServiceConnectionResolvers<ContextType>;
  PriceListServiceEdge?: PriceListServiceEdgeResolvers<ContextType>;
  ProcessClaimsPayload?: ProcessClaimsPayloadResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  ProductItem?: ProductItemResolvers<ContextType>;
  ProductItemConnection?: ProductItemConnectionResolvers<ContextType>;
  ProductItemEdge?: ProductItemEdgeResolvers<ContextType>;
  ProductPayload?: ProductPayloadResolvers<ContextType>;
  ProductService?: ProductServiceResolvers<ContextType>;
  ProductServiceConnection?: ProductServiceConnectionResolvers<ContextType>;
  ProductServiceEdge?: ProductServiceEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Register?: RegisterResolvers<ContextType>;
  RegisterColumn?: RegisterColumnResolvers<ContextType>;
  RelativeDistributionPayload?: RelativeDistributionPayloadResolvers<ContextType>;
  RelativeDistributionShare?: RelativeDistributionShareResolvers<ContextType>;
  ReportColumnDefinition?: ReportColumnDefinitionResolvers<ContextType>;
  ReportDefinition?: ReportDefinitionResolvers<ContextType>;
  ReportOfficer?: ReportOfficerResolvers<ContextType>;
  ReportOfficerConnection?: ReportOfficerConnectionResolvers<ContextType>;
  ReportOfficerEdge?: ReportOfficerEdgeResolvers<ContextType>;
  ReportParamChoice?: ReportParamChoiceResolvers<ContextType>;
  ReportParamDefinition?: ReportParamDefinitionResolvers<ContextType>;
  Right?: RightResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  RoleConnection?: RoleConnectionResolvers<ContextType>;
  RoleEdge?: RoleEdgeResolvers<ContextType>;
  RolePayload?: RolePayloadResolvers<ContextType>;
  RunClaimBatchPayload?: RunClaimBatchPayloadResolvers<ContextType>;
  SelectClaimsPayload?: SelectClaimsPayloadResolvers<ContextType>;
  SubmitClaimsPayload?: SubmitClaimsPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  UserPayload?: UserPayloadResolvers<ContextType>;
};
