/** Medical services, items and diagnoses (code lists): reads, and the kit's create / update / delete. */
import { codeOrNameSearch, paginate } from '../../../graphql/connection.js';
import type { Ctx } from '../../../graphql/context.js';
import { parseId } from '../../../graphql/crud.js';
import { requireRight } from '../../../graphql/errors.js';
import { loadById } from '../../../graphql/loader.js';
import { crudMutations } from '../../../platform/crudMutations.js';
import { Rights } from '../../core/rights.js';
import { type Args, type CatalogFilter, codeSort, searchCatalog } from '../search/catalog.js';
import { type DiagnosisRow, diagnosisChecks, type ItemRow, itemChecks, type ServiceRow, serviceChecks } from '../service/rules.js';
import { diagnoses, medicalItems, medicalServices } from '../tables.js';

/** One row by id for whoever holds `right` (code lists are national: no scope). */
const byId =
  <R>(right: number, table: typeof medicalServices | typeof medicalItems) =>
  (_: unknown, args: { id: string }, ctx: Ctx) => {
    requireRight(ctx, right);
    return loadById<R>(ctx, table, parseId(args.id));
  };

/** Services ('S') or items ('I') for whoever holds `right`. */
const search = (right: number, kind: 'S' | 'I') => (_: unknown, args: Args<CatalogFilter>, ctx: Ctx) => {
  requireRight(ctx, right);
  return searchCatalog(ctx, kind, args);
};

export const catalogResolvers = {
  Query: {
    medicalServices: search(Rights.medicalServiceSearch, 'S'),
    medicalService: byId<ServiceRow>(Rights.medicalServiceSearch, medicalServices),
    medicalItems: search(Rights.medicalItemSearch, 'I'),
    medicalItem: byId<ItemRow>(Rights.medicalItemSearch, medicalItems),
    diagnoses: (_: unknown, args: Args<{ search?: string }>, ctx: Ctx) => {
      requireRight(ctx, Rights.diagnosisSearch);
      const f = args.filter ?? {};
      return paginate<DiagnosisRow>({
        db: ctx.db,
        table: diagnoses,
        where: codeOrNameSearch(diagnoses.code, diagnoses.name, f.search),
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
      fields: ['code', 'name', 'type', 'category', 'level', 'price', 'careType'],
      check: serviceChecks,
    }),
    ...crudMutations({
      entity: 'MedicalItem',
      label: 'Medical item',
      payload: 'medicalItem',
      table: medicalItems,
      rights: { add: Rights.medicalItemAdd, edit: Rights.medicalItemEdit, delete: Rights.medicalItemDelete },
      fields: ['code', 'name', 'type', 'package', 'price', 'careType'],
      check: itemChecks,
    }),
    ...crudMutations({
      entity: 'Diagnosis',
      label: 'Diagnosis',
      payload: 'diagnosis',
      table: diagnoses,
      rights: { add: Rights.diagnosisAdd, edit: Rights.diagnosisEdit, delete: Rights.diagnosisDelete },
      fields: ['code', 'name'],
      check: diagnosisChecks,
    }),
  },
};
