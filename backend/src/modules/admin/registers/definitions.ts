/**
 * The five registers: their file columns (the same for import and export), the rights, and the
 * domain's own field rules (location/service.ts, medical/service/rules.ts), never a copy of them.
 */
import { and, asc, eq, getTableColumns, gt, type SQL, sql } from 'drizzle-orm';
import { alias, type PgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../db/engine.js';
import type { UserError } from '../../../graphql/errors.js';
import type { Text } from '../../../platform/report.js';
import type { VersionedTable } from '../../../platform/rows.js';
import { Rights } from '../../core/rights.js';
import { checkLocationFields } from '../../location/service.js';
import { locations } from '../../location/tables.js';
import { diagnosisChecks, hfChecks, itemChecks, serviceChecks } from '../../medical/service/rules.js';
import { diagnoses, healthFacilities, medicalItems, medicalServices, priceLists } from '../../medical/tables.js';

export const REGISTER_NAMES = ['locations', 'facilities', 'services', 'items', 'diagnoses'] as const;
export type RegisterName = (typeof REGISTER_NAMES)[number];

/** A cell naming another record by its code (a location) or name (a price list), resolved to its id. */
export type RefKind = 'parentLocation' | 'district' | 'servicePriceList' | 'itemPriceList';

export interface ColumnDef {
  /** The column's name in the file (matched without regard to case, spaces or dashes). */
  header: string;
  /** The field of the domain's create / update input (and table column) it fills. */
  field: string;
  /** boolean: true/false, yes/no, 1/0, oui/non, vrai/faux (parse.ts `flagValue`); exported as true/false. */
  kind: 'text' | 'int' | 'decimal' | 'boolean';
  /** The file must have this column. */
  required?: boolean;
  /** An empty cell clears the value (null); otherwise an empty cell is "not given": the default on create, unchanged on update. */
  nullable?: boolean;
  ref?: RefKind;
  description: string;
}

export interface RegisterDef {
  name: RegisterName;
  /** History entity type, as the domain's mutations write it. */
  entityType: string;
  label: string;
  /** The register's name for people, in each language (the journal's title of an import). */
  title: Text;
  table: VersionedTable & { code: PgColumn };
  rights: { export: number; import: number; search: number; add: number; edit: number };
  columns: ColumnDef[];
  /** The domain's field rules (creating: every required field must be there). */
  check: (input: Record<string, unknown>, errors: UserError[], creating: boolean) => void;
  /** The scope entity of its rows (platform/scope.ts), for users bound to an area. */
  scope?: 'Location' | 'HealthFacility';
  /** Rows in insert order (a location's parent before it); default one stage. */
  stage?: (input: Record<string, unknown>) => number;
  /** One page of the register for export, in code order after `after`: each row keyed by column field, references as their codes or names. */
  page: (db: DbOrTx, after: string | null, limit: number, scope: SQL | undefined) => Promise<Record<string, unknown>[]>;
}

const r = Rights;
const afterCode = (column: PgColumn, after: string | null) => (after === null ? undefined : gt(sql`${column} COLLATE "C"`, after));
const byCode = (column: PgColumn) => asc(sql`${column} COLLATE "C"`);
const LEVELS = ['R', 'D', 'M', 'V'];

const code = (max: number): ColumnDef => ({
  header: 'code',
  field: 'code',
  kind: 'text',
  required: true,
  description: `Code (unique, at most ${max} characters): the key of a row`,
});
const name = (max: number): ColumnDef => ({ header: 'name', field: 'name', kind: 'text', required: true, description: `Name (at most ${max} characters)` });
const price: ColumnDef = {
  header: 'price',
  field: 'price',
  kind: 'decimal',
  required: true,
  description: 'Price: a positive amount, at most 2 decimals, "." (or "," in a quoted or ;-separated cell) before the decimals',
};
const careType: ColumnDef = {
  header: 'care_type',
  field: 'careType',
  kind: 'text',
  required: true,
  description: 'Care type: I in-patient, O out-patient, B both',
};
const patientCategory: ColumnDef = {
  header: 'patient_category',
  field: 'patientCategory',
  kind: 'int',
  description: 'Who may receive it: sum of 1 male, 2 female, 4 adult, 8 minor (0 or 15 anyone; empty = 15 on create)',
};
const frequency: ColumnDef = {
  header: 'frequency',
  field: 'frequency',
  kind: 'int',
  nullable: true,
  description: 'Days between two provisions to one insuree, 0-3650 (empty = no limit)',
};

/**
 * The `active` flag of services, items and diagnoses (openIMIS closes a row's validity instead of
 * deleting it; the mutations deactivate / reactivate). Optional: an empty cell or no column leaves
 * the flag as it is on update and makes the row active on create (the table's default).
 */
const active: ColumnDef = {
  header: 'active',
  field: 'active',
  kind: 'boolean',
  description: 'Active: true or false (also yes/no, 1/0, oui/non); a deactivated row is offered nowhere new (empty = unchanged, true on create)',
};

/** Plain code lists (services, items, diagnoses): the table's columns themselves. */
function plainPage(table: VersionedTable & { code: PgColumn }) {
  return async (db: DbOrTx, after: string | null, limit: number) =>
    (await db.select().from(table).where(afterCode(table.code, after)).orderBy(byCode(table.code)).limit(limit)) as Record<string, unknown>[];
}

const parent = alias(locations, 'parent');
const servicePriceList = alias(priceLists, 'service_price_list');
const itemPriceList = alias(priceLists, 'item_price_list');
const district = alias(locations, 'district');

export const registers: Record<RegisterName, RegisterDef> = {
  locations: {
    name: 'locations',
    entityType: 'Location',
    label: 'Location',
    title: { en: 'Locations', fr: 'Localités', sw: 'Maeneo' },
    table: locations,
    rights: { export: r.registerLocationsExport, import: r.registerLocationsImport, search: r.locationSearch, add: r.locationAdd, edit: r.locationEdit },
    columns: [
      code(8),
      name(100),
      {
        header: 'type',
        field: 'type',
        kind: 'text',
        required: true,
        description: 'R region, D district, M municipality, V village (cannot change once created)',
      },
      {
        header: 'parent_code',
        field: 'parentId',
        kind: 'text',
        required: true,
        nullable: true,
        ref: 'parentLocation',
        description: 'Code of the location above it (a region has none): in the database or on another row of the file',
      },
    ],
    check: checkLocationFields,
    scope: 'Location',
    stage: (input) => Math.max(0, LEVELS.indexOf(String(input.type ?? ''))),
    page: (db, after, limit, scope) =>
      db
        .select({ ...getTableColumns(locations), parentId: parent.code })
        .from(locations)
        .leftJoin(parent, eq(parent.id, locations.parentId))
        .where(and(afterCode(locations.code, after), scope))
        .orderBy(byCode(locations.code))
        .limit(limit),
  },
  facilities: {
    name: 'facilities',
    entityType: 'HealthFacility',
    label: 'Health facility',
    title: { en: 'Health facilities', fr: 'Établissements de santé', sw: 'Vituo vya kutolea huduma za afya' },
    table: healthFacilities,
    rights: {
      export: r.registerFacilitiesExport,
      import: r.registerFacilitiesImport,
      search: r.healthFacilitySearch,
      add: r.healthFacilityAdd,
      edit: r.healthFacilityEdit,
    },
    columns: [
      code(8),
      name(100),
      { header: 'level', field: 'level', kind: 'text', required: true, description: 'D dispensary, C health centre, H hospital' },
      { header: 'legal_form', field: 'legalForm', kind: 'text', required: true, description: 'G government, C charity, P private, D district organisation' },
      careType,
      { header: 'district_code', field: 'locationId', kind: 'text', required: true, ref: 'district', description: 'Code of the district the facility is in' },
      { header: 'address', field: 'address', kind: 'text', nullable: true, description: 'Address (at most 200 characters)' },
      { header: 'phone', field: 'phone', kind: 'text', nullable: true, description: 'Phone (at most 50 characters)' },
      { header: 'email', field: 'email', kind: 'text', nullable: true, description: 'Email address' },
      {
        header: 'service_price_list',
        field: 'servicePriceListId',
        kind: 'text',
        nullable: true,
        ref: 'servicePriceList',
        description: 'Name of its medical services price list',
      },
      {
        header: 'item_price_list',
        field: 'itemPriceListId',
        kind: 'text',
        nullable: true,
        ref: 'itemPriceList',
        description: 'Name of its medical items price list',
      },
    ],
    check: hfChecks,
    scope: 'HealthFacility',
    page: (db, after, limit, scope) =>
      db
        .select({
          ...getTableColumns(healthFacilities),
          locationId: district.code,
          servicePriceListId: servicePriceList.name,
          itemPriceListId: itemPriceList.name,
        })
        .from(healthFacilities)
        .leftJoin(district, eq(district.id, healthFacilities.locationId))
        .leftJoin(servicePriceList, eq(servicePriceList.id, healthFacilities.servicePriceListId))
        .leftJoin(itemPriceList, eq(itemPriceList.id, healthFacilities.itemPriceListId))
        .where(and(afterCode(healthFacilities.code, after), scope))
        .orderBy(byCode(healthFacilities.code))
        .limit(limit),
  },
  services: {
    name: 'services',
    entityType: 'MedicalService',
    label: 'Medical service',
    title: { en: 'Medical services', fr: 'Soins et examens', sw: 'Huduma za matibabu' },
    table: medicalServices,
    rights: {
      export: r.registerServicesExport,
      import: r.registerServicesImport,
      search: r.medicalServiceSearch,
      add: r.medicalServiceAdd,
      edit: r.medicalServiceEdit,
    },
    columns: [
      code(12),
      name(150),
      { header: 'type', field: 'type', kind: 'text', required: true, description: 'P preventive, C curative' },
      {
        header: 'category',
        field: 'category',
        kind: 'text',
        description: 'S surgery, D delivery, A antenatal, H hospitalisation, C consultation, O other (empty = O on create)',
      },
      { header: 'level', field: 'level', kind: 'text', description: 'S simple service, V visit, D day of stay, H hospital case (empty = S on create)' },
      price,
      careType,
      patientCategory,
      frequency,
      active,
    ],
    check: serviceChecks,
    page: plainPage(medicalServices),
  },
  items: {
    name: 'items',
    entityType: 'MedicalItem',
    label: 'Medical item',
    title: { en: 'Medical items', fr: 'Produits médicaux', sw: 'Dawa na vifaa tiba' },
    table: medicalItems,
    rights: { export: r.registerItemsExport, import: r.registerItemsImport, search: r.medicalItemSearch, add: r.medicalItemAdd, edit: r.medicalItemEdit },
    columns: [
      code(12),
      name(150),
      { header: 'type', field: 'type', kind: 'text', required: true, description: 'D drug, M medical consumable or prosthesis' },
      { header: 'package', field: 'package', kind: 'text', nullable: true, description: 'Package (at most 100 characters)' },
      price,
      careType,
      patientCategory,
      frequency,
      active,
    ],
    check: itemChecks,
    page: plainPage(medicalItems),
  },
  diagnoses: {
    name: 'diagnoses',
    entityType: 'Diagnosis',
    label: 'Diagnosis',
    title: { en: 'Diagnoses', fr: 'Diagnostics', sw: 'Utambuzi wa magonjwa' },
    table: diagnoses,
    rights: { export: r.registerDiagnosesExport, import: r.registerDiagnosesImport, search: r.diagnosisSearch, add: r.diagnosisAdd, edit: r.diagnosisEdit },
    columns: [code(8), name(255), active],
    check: diagnosisChecks,
    page: plainPage(diagnoses),
  },
};

/** A header as typed by a user, compared: "Care Type", "care-type" and "care_type" are one column. */
export const headerKey = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** What a user needs to export a register: its export right and the register's search right (one exports what one may read). */
export function missingExportRight(rights: ReadonlySet<number>, def: RegisterDef): number | null {
  for (const right of [def.rights.export, def.rights.search]) if (!rights.has(right)) return right;
  return null;
}

/** What a user needs to import a register: its import right and the register's add or edit right (each row then needs the one it uses). */
export function missingImportRight(rights: ReadonlySet<number>, def: RegisterDef): number | null {
  if (!rights.has(def.rights.import)) return def.rights.import;
  return rights.has(def.rights.add) || rights.has(def.rights.edit) ? null : def.rights.edit;
}
