/** GraphQL documents of the registers page (backend domain `admin`); result types come from the schema. */
import { graphql, type ResultOf } from '../graphql.js';

export const REGISTERS = graphql(`
  query AdminRegisters {
    registers { name exportRight importRight canExport canImport columns { header required description } }
  }
`);

export type RegisterInfo = ResultOf<typeof REGISTERS>['registers'][number];
