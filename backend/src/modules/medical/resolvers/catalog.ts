/** Medical services, items and diagnoses (code lists): reads, and the kit's create / update / delete. */
import { and, eq } from 'drizzle-orm';
import { codeOrNameSearch, type Page, paginate } from '../../../graphql/connection.js';
import type { Ctx } from '../../../graphql/context.js';
import { parseId } from '../../../graphql/crud.js';
import { requireRight } from '../../../graphql/errors.js';
import { loadById } from '../../../graphql/loader.js';
import type { QueryMedicalItemsArgs, QueryMedicalServiceArgs, QueryMedicalServicesArgs, Resolvers } from '../../../graphql/schema-types.js';
import { crudMutations } from '../../../platform/crudMutations.js';
import { Rights } from '../../core/rights.js';
import { codeSort, searchCatalog } from '../search/catalog.js';
import {
  DIAGNOSIS_FIELDS,
  type DiagnosisRow,
  diagnosisChecks,
  ITEM_FIELDS,
  type ItemRow,
  itemChecks,
  SERVICE_FIELDS,
  type ServiceRow,
  serviceChecks,
} from '../service/rules.js';
import { diagnoses, medicalItems, medicalServices } from '../tables.js';

/** One row by id for whoever holds `right` (code lists are national: no scope). */
const byId =
  <T extends typeof medicalServices | typeof medicalItems | typeof diagnoses>(right: number, table: T) =>
  (_: unknown, args: QueryMedicalServiceArgs, ctx: Ctx) => {
    requireRight(ctx, right);
    return loadById<T['$inferSelect']>(ctx, table, parseId(args.id));
  };

/** Services ('S') or items ('I') for whoever holds `right`. */
type CatalogRow = { S: ServiceRow; I: ItemRow };
const search =
  <K extends 'S' | 'I'>(right: number, kind: K) =>
  async (_: unknown, args: QueryMedicalServicesArgs | QueryMedicalItemsArgs, ctx: Ctx): Promise<Page<CatalogRow[K]>> => {
    requireRight(ctx, right);
    // searchCatalog reads the table of the kind: its nodes are that table's rows
    return (await searchCatalog(ctx, kind, args)) as Page<CatalogRow[K]>;
  };

export const catalogResolvers: Resolvers = {
  Query: {
    medicalServices: search(Rights.medicalServiceSearch, 'S'),
    medicalService: byId(Rights.medicalServiceSearch, medicalServices),
    medicalItems: search(Rights.medicalItemSearch, 'I'),
    medicalItem: byId(Rights.medicalItemSearch, medicalItems),
    diagnosis: byId(Rights.diagnosisSearch, diagnoses),
    diagnoses: (_, args, ctx) => {
      requireRight(ctx, Rights.diagnosisSearch);
      const f = args.filter ?? {};
      return paginate<DiagnosisRow>({
        db: ctx.db,
        table: diagnoses,
        where: and(codeOrNameSearch(diagnoses.code, diagnoses.name, f.search), f.includeInactive ? undefined : eq(diagnoses.active, true)),
        sort: codeSort<DiagnosisRow>(diagnoses.code, diagnoses.name, f.search),
        args,
      });
    },
  },
  Mutation: {
    ...crudMutations({
      entity: 'MedicalService',
      label: 'Medical service',
      payload: 'medicalService',
      table: medicalServices,
      rights: { add: Rights.medicalServiceAdd, edit: Rights.medicalServiceEdit, delete: Rights.medicalServiceDelete },
      fields: SERVICE_FIELDS,
      check: serviceChecks,
      deactivatable: true,
    }),
    ...crudMutations({
      entity: 'MedicalItem',
      label: 'Medical item',
      payload: 'medicalItem',
      table: medicalItems,
      rights: { add: Rights.medicalItemAdd, edit: Rights.medicalItemEdit, delete: Rights.medicalItemDelete },
      fields: ITEM_FIELDS,
      check: itemChecks,
      deactivatable: true,
    }),
    ...crudMutations({
      entity: 'Diagnosis',
      label: 'Diagnosis',
      payload: 'diagnosis',
      table: diagnoses,
      rights: { add: Rights.diagnosisAdd, edit: Rights.diagnosisEdit, delete: Rights.diagnosisDelete },
      fields: DIAGNOSIS_FIELDS,
      check: diagnosisChecks,
      deactivatable: true,
    }),
  },
};
