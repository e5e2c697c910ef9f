/**
 * admin: register import and export (openIMIS "Registers", rights 131001-131010) for locations,
 * health facilities, medical services, items and diagnoses, over REST (./http.ts), with the
 * `registers` query telling the console the columns and what the user may do. See ./README.md.
 */

import { requireUser } from '../../graphql/errors.js';
import { defineDomain, rightsFrom } from '../../platform/domain.js';
import { Rights } from '../core/rights.js';
import { handleAdminHttp } from './http.js';
import { missingExportRight, missingImportRight, REGISTER_NAMES, registers } from './registers/definitions.js';
import { registersStatus } from './reports/index.js';

const typeDefs = /* GraphQL */ `
  "A register the console imports and exports as a file: POST /api/admin/registers/<name>?dryRun=true|false, GET /api/admin/registers/<name>.csv or .xlsx."
  type Register {
    "locations, facilities, services, items or diagnoses"
    name: String!
    "The file's columns, in export order (the import takes them in any order)."
    columns: [RegisterColumn!]!
    exportRight: Int!
    importRight: Int!
    "The signed-in user holds the export right and the register's search right."
    canExport: Boolean!
    "The signed-in user holds the import right and the register's add or edit right."
    canImport: Boolean!
  }
  type RegisterColumn {
    header: String!
    "A file without this column is refused."
    required: Boolean!
    "What the column holds (English; the console has its own words per header)."
    description: String!
  }
  extend type Query {
    "The registers, for any signed-in user (what they may do is in canExport / canImport)."
    registers: [Register!]!
  }
`;

export const adminDomain = defineDomain({
  name: 'admin',
  version: '1.0.0',
  typeDefs,
  resolvers: {
    Query: {
      registers: (_, __, ctx) => {
        const user = requireUser(ctx);
        return REGISTER_NAMES.map((name) => {
          const def = registers[name];
          return {
            name,
            columns: def.columns.map((c) => ({ header: c.header, required: Boolean(c.required), description: c.description })),
            exportRight: def.rights.export,
            importRight: def.rights.import,
            canExport: missingExportRight(user.rights, def) === null,
            canImport: missingImportRight(user.rights, def) === null,
          };
        });
      },
    },
  },
  rights: rightsFrom(Rights, {
    registerDiagnosesExport: 'Export the diagnoses register',
    registerDiagnosesImport: 'Import the diagnoses register (with the diagnosis add / edit rights)',
    registerFacilitiesExport: 'Export the health facilities register',
    registerFacilitiesImport: 'Import the health facilities register (with the facility add / edit rights)',
    registerLocationsExport: 'Export the locations register',
    registerLocationsImport: 'Import the locations register (with the location add / edit rights)',
    registerItemsExport: 'Export the medical items register',
    registerItemsImport: 'Import the medical items register (with the medical item add / edit rights)',
    registerServicesExport: 'Export the medical services register',
    registerServicesImport: 'Import the medical services register (with the medical service add / edit rights)',
  }),
  typeRules: {
    Register: { read: 'signedIn' },
    RegisterColumn: { read: 'signedIn' },
  },
  reports: [registersStatus],
  http: handleAdminHttp,
});
