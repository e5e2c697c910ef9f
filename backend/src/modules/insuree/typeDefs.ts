import { connectionArgs, connectionType } from '../../graphql/connection.js';

/** The insuree fields that are optional on create and on update (InsureeInput, UpdateInsureeInput). */
const OPTIONAL_INSUREE_FIELDS = `
    maritalStatus: String
    phone: String
    email: String
    profession: String
    education: String
    identificationType: String
    identificationNumber: String
    currentVillageId: ID
    currentAddress: String
    healthFacilityId: ID
    cardIssued: Boolean
`;

export const typeDefs = /* GraphQL */ `
  type Family {
    id: ID!
    version: Int!
    head: Insuree!
    "The family's village (location type V)"
    village: Location!
    povertyStatus: Boolean
    "H household, P polygamous, O orphans, C council, T other"
    familyType: String
    "S state, L local authority, C community, O other"
    confirmationType: String
    confirmationNumber: String
    address: String
    "Members, head first, then by id"
    members: [Insuree!]!
    memberCount: Int!
    createdAt: DateTime!
    updatedAt: DateTime!
  }

  type Insuree {
    id: ID!
    version: Int!
    insuranceNumber: String!
    lastName: String!
    otherNames: String!
    "M, F, O"
    gender: String!
    birthDate: Date!
    "S single, M married, D divorced, W widowed, N not specified"
    maritalStatus: String
    "Relationship to the head (null for the head): SP SO DA FA MO BR SI GC OT"
    relationship: String
    phone: String
    email: String
    profession: String
    "N none, P primary, S secondary, U university, O other"
    education: String
    "N national id, P passport, D driving licence, V voter card, O other"
    identificationType: String
    identificationNumber: String
    currentVillage: Location
    currentAddress: String
    "First service point"
    healthFacility: HealthFacility
    cardIssued: Boolean!
    "ACTIVE, INACTIVE, DECEASED"
    status: String!
    statusDate: Date
    statusReason: String
    "Photo URL; always null for now (placeholder)"
    photo: String
    family: Family!
    isHead: Boolean!
    createdAt: DateTime!
    updatedAt: DateTime!
  }

  type InsuranceNumberConfig {
    "Total digits, check digit included"
    length: Int!
    "mod7 (last digit = the other digits as a number, mod 7) or none"
    checkDigit: String!
  }

  type InsuranceNumberBatch {
    id: ID!
    region: Location!
    count: Int!
    numbers: [String!]!
    "How many of the numbers are already used by an insuree"
    usedCount: Int!
    createdAt: DateTime!
    "Username of who reserved them"
    createdBy: String
    "Download URL of the printable card sheet (A4 PDF, one QR code per number)"
    pdfUrl: String!
    "Download URL of the ZIP (one PNG per number + numbers.csv)"
    zipUrl: String!
  }

  ${connectionType('Family')}
  ${connectionType('Insuree')}
  ${connectionType('InsuranceNumberBatch')}

  input FamilyFilter {
    "Any level: region, district, municipality or village"
    locationId: ID
    "Prefix of the head's insurance number"
    headInsuranceNumber: String
    "Last or other names of any member: prefix (under 3 characters) or contains"
    search: String
    povertyStatus: Boolean
    familyType: String
  }

  input InsureeFilter {
    "Any level: region, district, municipality or village (of the family)"
    locationId: ID
    "Prefix"
    insuranceNumber: String
    "Names: prefix (under 3 characters or with lastName order) or contains; a term of digits searches the insurance number prefix"
    search: String
    "Prefix"
    lastName: String
    "Prefix"
    otherNames: String
    gender: String
    birthDateFrom: Date
    birthDateTo: Date
    status: String
    healthFacilityId: ID
    familyId: ID
  }

  enum InsureeOrder { INSURANCE_NUMBER LAST_NAME BIRTH_DATE }
  enum FamilyOrder { HEAD_LAST_NAME HEAD_INSURANCE_NUMBER }

  input InsureeInput {
    insuranceNumber: String!
    lastName: String!
    otherNames: String!
    gender: String!
    birthDate: Date!
    ${OPTIONAL_INSUREE_FIELDS}
  }

  input CreateFamilyInput {
    villageId: ID!
    povertyStatus: Boolean
    familyType: String
    confirmationType: String
    confirmationNumber: String
    address: String
    head: InsureeInput!
  }
  input UpdateFamilyInput {
    id: ID!
    version: Int!
    villageId: ID
    povertyStatus: Boolean
    familyType: String
    confirmationType: String
    confirmationNumber: String
    address: String
  }
  input AddInsureeInput { familyId: ID!, relationship: String, insuree: InsureeInput! }
  input UpdateInsureeInput {
    id: ID!
    version: Int!
    relationship: String
    insuranceNumber: String
    lastName: String
    otherNames: String
    gender: String
    birthDate: Date
    ${OPTIONAL_INSUREE_FIELDS}
  }
  input MoveInsureeInput { id: ID!, version: Int!, "target family" familyId: ID!, relationship: String }
  input RemoveInsureeInput { id: ID!, version: Int! }
  input ChangeFamilyHeadInput { familyId: ID!, "the family's version" version: Int!, "a member of the family" insureeId: ID! }
  input SetInsureeStatusInput { id: ID!, version: Int!, "ACTIVE, INACTIVE, DECEASED" status: String!, "required for DECEASED" statusDate: Date, statusReason: String }
  input ReserveInsuranceNumbersInput { regionId: ID!, "1 to 1000" count: Int! }

  type FamilyPayload { family: Family, errors: [UserError!]! }
  type InsureePayload { insuree: Insuree, errors: [UserError!]! }
  type InsuranceNumberBatchPayload { batch: InsuranceNumberBatch, errors: [UserError!]! }

  extend type Query {
    families(filter: FamilyFilter, orderBy: FamilyOrder, ${connectionArgs}): FamilyConnection!
    family(id: ID!): Family
    insurees(filter: InsureeFilter, orderBy: InsureeOrder, ${connectionArgs}): InsureeConnection!
    "By id (right 101101) or by insurance number (enquiry, right 101105)"
    insuree(id: ID, insuranceNumber: String): Insuree
    insuranceNumberBatches(${connectionArgs}): InsuranceNumberBatchConnection!
    insuranceNumberBatch(id: ID!): InsuranceNumberBatch
    "The insurance number format the server validates with (composition config mf-insuree.insuranceNumber)"
    insuranceNumberConfig: InsuranceNumberConfig!
  }

  extend type Mutation {
    createFamily(input: CreateFamilyInput!): FamilyPayload!
    updateFamily(input: UpdateFamilyInput!): FamilyPayload!
    addInsuree(input: AddInsureeInput!): InsureePayload!
    updateInsuree(input: UpdateInsureeInput!): InsureePayload!
    "The head cannot be moved (error HEAD)"
    moveInsuree(input: MoveInsureeInput!): InsureePayload!
    "The head cannot be removed (error HEAD)"
    removeInsuree(input: RemoveInsureeInput!): InsureePayload!
    changeFamilyHead(input: ChangeFamilyHeadInput!): FamilyPayload!
    setInsureeStatus(input: SetInsureeStatusInput!): InsureePayload!
    reserveInsuranceNumbers(input: ReserveInsuranceNumbersInput!): InsuranceNumberBatchPayload!
  }
`;
