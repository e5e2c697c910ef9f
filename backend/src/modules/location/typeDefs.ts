/** The location domain's SDL. */
import { connectionArgs, connectionType } from '../../graphql/connection.js';

export const typeDefs = /* GraphQL */ `
  type Location {
    id: ID!
    code: String!
    name: String!
    "R region, D district, M municipality (ward), V village"
    type: String!
    parentId: ID
    parent: Location
    version: Int!
    createdAt: DateTime!
    updatedAt: DateTime!
  }
  ${connectionType('Location')}
  input LocationFilter {
    type: String
    parentId: ID
    "Code prefix or part of the name"
    search: String
  }
  input CreateLocationInput { code: String!, name: String!, type: String!, parentId: ID }
  input UpdateLocationInput { id: ID!, version: Int!, code: String, name: String, parentId: ID }
  type LocationPayload { location: Location, errors: [UserError!]! }

  extend type Query {
    locations(filter: LocationFilter, ${connectionArgs}): LocationConnection!
    location(id: ID!): Location
  }
  extend type Mutation {
    createLocation(input: CreateLocationInput!): LocationPayload!
    updateLocation(input: UpdateLocationInput!): LocationPayload!
    deleteLocation(input: VersionedDeleteInput!): LocationPayload!
  }
`;
