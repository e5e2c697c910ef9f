/** The GraphQL SDL of core: me, users, roles, rights, history, sign-in. */
import { connectionArgs, connectionType } from '../../graphql/connection.js';

export const coreTypeDefs = /* GraphQL */ `
  "A right: openIMIS code and readable name."
  type Right { code: Int! name: String! }

  "The signed-in user."
  type Me {
    id: ID!
    username: String!
    "Other names then last name, for display."
    names: String!
    otherNames: String!
    lastName: String!
    "UI language code (en, fr)."
    language: String!
    "openIMIS right codes held through the user's roles."
    rights: [Int!]!
    "Regions or districts the user is bound to (their data scope); empty and no facility = national."
    locationIds: [ID!]!
    "The roles the user holds (a role editor cannot change a role they hold)."
    roleIds: [ID!]!
    "True until the user changes the password they were given (the first administrator of a production start)."
    mustChangePassword: Boolean!
  }

  type User {
    id: ID!
    username: String!
    otherNames: String!
    lastName: String!
    email: String
    phone: String
    language: String!
    isActive: Boolean!
    healthFacilityId: ID
    "Regions or districts the user is bound to; empty and no facility = national."
    locationIds: [ID!]!
    "The same regions or districts, as locations (their names for a list)."
    locations: [Location!]!
    roles: [Role!]!
    "Enrolment officer details (null when the user is not one); read with 121501-121504 or 121701."
    officer: EnrolmentOfficer
    "Claim administrator details (null when the user is not one); read with 121601-121604 or 121701."
    claimAdministrator: ClaimAdministrator
    version: Int!
    createdAt: DateTime!
    updatedAt: DateTime!
  }

  "A user's enrolment officer details (openIMIS Officer). Names, phone and email are the user's; id is the user's id."
  type EnrolmentOfficer {
    id: ID!
    "Up to 8 letters, digits, dot, dash or underscore; unique among officers"
    code: String!
    username: String!
    otherNames: String!
    lastName: String!
    phone: String
    email: String
    isActive: Boolean!
    healthFacilityId: ID
    "The user's regions or districts (their area)"
    locations: [Location!]!
    "The officer who stands in for this one"
    substituteId: ID
    "The substitute, when inside the reader's area"
    substitute: EnrolmentOfficer
    "The last day the officer works; null = no end"
    worksTo: Date
    "The villages the officer covers (inside the user's area), by code"
    villageIds: [ID!]!
    villages: [Location!]!
    villageCount: Int!
  }

  "A user's claim administrator details (openIMIS ClaimAdmin): a code; the facility is the user's."
  type ClaimAdministrator {
    id: ID!
    "Up to 8 letters, digits, dot, dash or underscore; unique among claim administrators"
    code: String!
    username: String!
    otherNames: String!
    lastName: String!
    phone: String
    email: String
    isActive: Boolean!
    healthFacilityId: ID
  }

  type Role {
    id: ID!
    name: String!
    "The name in the other language (French for the system roles)."
    altLanguage: String
    "Translation key of a system role's name (e.g. imisAdministrator), null for roles made by users."
    nameKey: String
    isSystem: Boolean!
    isBlocked: Boolean!
    rights: [Int!]!
    version: Int!
  }

  type HistoryEntry {
    id: ID!
    entityType: String!
    entityId: ID!
    "CREATE, UPDATE or DELETE"
    action: String!
    userId: ID
    username: String
    at: DateTime!
    before: JSON
    after: JSON
  }

  ${connectionType('User')}
  ${connectionType('Role')}
  ${connectionType('HistoryEntry')}
  ${connectionType('EnrolmentOfficer')}
  ${connectionType('ClaimAdministrator')}

  input EnrolmentOfficerFilter {
    "Code prefix, or part of the names"
    search: String
    "Officers bound to this location or one inside it, working at a facility inside it, or covering a village inside it"
    locationId: ID
    healthFacilityId: ID
    isActive: Boolean
  }
  input ClaimAdministratorFilter {
    "Code prefix, or part of the names"
    search: String
    "Claim administrators of a facility inside this location"
    locationId: ID
    healthFacilityId: ID
    isActive: Boolean
  }

  input UserFilter {
    search: String, roleId: ID, healthFacilityId: ID, isActive: Boolean,
    "Users bound to this location or one inside it, or working at a facility inside it"
    locationId: ID
  }
  input RoleFilter { search: String, isSystem: Boolean }

  extend type Query {
    "The signed-in user, or null when signed out (the shell shows the login page)."
    me: Me
    "Every right the system knows (for the role editor)."
    rights: [Right!]!
    users(filter: UserFilter, ${connectionArgs}): UserConnection!
    user(id: ID!): User
    roles(filter: RoleFilter, ${connectionArgs}): RoleConnection!
    role(id: ID!): Role
    "Enrolment officers of the caller's area (121501), by code"
    enrolmentOfficers(filter: EnrolmentOfficerFilter, ${connectionArgs}): EnrolmentOfficerConnection!
    "Claim administrators of facilities in the caller's area (121601), by code"
    claimAdministrators(filter: ClaimAdministratorFilter, ${connectionArgs}): ClaimAdministratorConnection!
    "Changes recorded for one entity, newest first."
    history(entityType: String!, entityId: ID!, ${connectionArgs}): HistoryEntryConnection!
  }

  input LoginInput { username: String!, password: String! }
  type LoginPayload { me: Me, errors: [UserError!]! }
  type LogoutPayload { ok: Boolean!, errors: [UserError!]! }
  input ChangePasswordInput { oldPassword: String!, newPassword: String! }
  type ChangePasswordPayload { ok: Boolean!, errors: [UserError!]! }

  "Enrolment officer details, given as a whole (a field left out is empty)."
  input EnrolmentOfficerInput {
    code: String!
    "Another enrolment officer, never the officer themselves"
    substituteId: ID
    worksTo: Date
    "Villages inside the user's regions or districts (their facility's district when they have none)"
    villageIds: [ID!]
  }
  "Claim administrator details; the user must work at a health facility."
  input ClaimAdministratorInput { code: String! }

  input CreateUserInput {
    username: String!, otherNames: String!, lastName: String!, email: String, phone: String,
    language: String, password: String!, roleIds: [ID!]!, healthFacilityId: ID, isActive: Boolean,
    "Regions or districts (none = national, or the facility's area)"
    locationIds: [ID!]
    "Makes the user an enrolment officer (121502)"
    officer: EnrolmentOfficerInput
    "Makes the user a claim administrator (121602)"
    claimAdministrator: ClaimAdministratorInput
  }
  input UpdateUserInput {
    id: ID!, version: Int!, username: String, otherNames: String, lastName: String, email: String, phone: String,
    language: String, password: String, roleIds: [ID!], healthFacilityId: ID, isActive: Boolean,
    "Replaces the user's locations when given"
    locationIds: [ID!]
    "Replaces the officer details when given (121502 to add, 121503 to change); null removes them (121504)"
    officer: EnrolmentOfficerInput
    "Replaces the claim administrator details when given (121602 / 121603); null removes them (121604)"
    claimAdministrator: ClaimAdministratorInput
  }
  input DeleteInput { id: ID!, version: Int }
  type UserPayload { user: User, errors: [UserError!]! }

  input CreateRoleInput { name: String!, altLanguage: String, isBlocked: Boolean, rights: [Int!]! }
  input UpdateRoleInput { id: ID!, version: Int!, name: String, altLanguage: String, isBlocked: Boolean, rights: [Int!] }
  type RolePayload { role: Role, errors: [UserError!]! }

  extend type Mutation {
    login(input: LoginInput!): LoginPayload!
    logout: LogoutPayload!
    changePassword(input: ChangePasswordInput!): ChangePasswordPayload!
    createUser(input: CreateUserInput!): UserPayload!
    updateUser(input: UpdateUserInput!): UserPayload!
    deleteUser(input: DeleteInput!): UserPayload!
    createRole(input: CreateRoleInput!): RolePayload!
    updateRole(input: UpdateRoleInput!): RolePayload!
    deleteRole(input: DeleteInput!): RolePayload!
  }
`;
