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
    version: Int!
    createdAt: DateTime!
    updatedAt: DateTime!
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
    "Changes recorded for one entity, newest first."
    history(entityType: String!, entityId: ID!, ${connectionArgs}): HistoryEntryConnection!
  }

  input LoginInput { username: String!, password: String! }
  type LoginPayload { me: Me, errors: [UserError!]! }
  type LogoutPayload { ok: Boolean!, errors: [UserError!]! }
  input ChangePasswordInput { oldPassword: String!, newPassword: String! }
  type ChangePasswordPayload { ok: Boolean!, errors: [UserError!]! }

  input CreateUserInput {
    username: String!, otherNames: String!, lastName: String!, email: String, phone: String,
    language: String, password: String!, roleIds: [ID!]!, healthFacilityId: ID, isActive: Boolean,
    "Regions or districts (none = national, or the facility's area)"
    locationIds: [ID!]
  }
  input UpdateUserInput {
    id: ID!, version: Int!, username: String, otherNames: String, lastName: String, email: String, phone: String,
    language: String, password: String, roleIds: [ID!], healthFacilityId: ID, isActive: Boolean,
    "Replaces the user's locations when given"
    locationIds: [ID!]
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
