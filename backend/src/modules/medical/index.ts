/** medical: health facilities, medical services and items, price lists, ICD-10 diagnoses. */
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx, Tx } from '../../db/engine.js';
import { type ConnectionArgs, codeOrNameSearch, connectionArgs, connectionType, likeEscape, pageSize, paginate, textSearch } from '../../graphql/connection.js';
import type { Ctx, SessionUser } from '../../graphql/context.js';
import { createEntity, decimal, defined, deleteEntity, maxLength, oneOf, parseId, required, updateEntity } from '../../graphql/crud.js';
import { badInput, conflictError, ErrorCodes, notFoundError, requireRight, type UserError, userError } from '../../graphql/errors.js';
import { writeHistory } from '../../graphql/history.js';
import { loadById } from '../../graphql/loader.js';
import { defineDomain, type RightDeclaration } from '../../platform/domain.js';
import { loadInScope, scopeWhere } from '../../platform/scope.js';
import { Rights } from '../core/rights.js';
import { locations } from '../location/tables.js';
import { seedMedical } from './seed.js';
import { diagnoses, healthFacilities, medicalItems, medicalServices, priceListItems, priceListServices, priceLists } from './tables.js';

type HfRow = typeof healthFacilities.$inferSelect;
type ServiceRow = typeof medicalServices.$inferSelect;
type ItemRow = typeof medicalItems.$inferSelect;
type PriceListRow = typeof priceLists.$inferSelect;
type DiagnosisRow = typeof diagnoses.$inferSelect;

const HF_LEVELS = ['D', 'C', 'H'] as const;
const LEGAL_FORMS = ['G', 'C', 'P', 'D'] as const;
const CARE_TYPES = ['I', 'O', 'B'] as const;
const SERVICE_TYPES = ['P', 'C'] as const;
const SERVICE_CATEGORIES = ['S', 'D', 'A', 'H', 'C', 'O'] as const;
const SERVICE_LEVELS = ['S', 'V', 'D', 'H'] as const;
const ITEM_TYPES = ['D', 'M'] as const;

const typeDefs = /* GraphQL */ `
  type HealthFacility {
    id: ID!
    code: String!
    name: String!
    "D dispensary, C health centre, H hospital"
    level: String!
    "G government, C charity, P private, D district organisation"
    legalForm: String!
    "I in-patient, O out-patient, B both"
    careType: String!
    locationId: ID!
    "The district the facility sits in"
    location: Location
    address: String
    phone: String
    email: String
    servicePriceList: PriceList
    itemPriceList: PriceList
    version: Int!
    createdAt: DateTime!
    updatedAt: DateTime!
  }
  type MedicalService {
    id: ID!
    code: String!
    name: String!
    "P preventive, C curative"
    type: String!
    "S surgery, D delivery, A antenatal, H hospitalisation, C consultation, O other"
    category: String!
    "S simple service, V visit, D day of stay, H hospital case"
    level: String!
    price: Decimal!
    careType: String!
    version: Int!
  }
  type MedicalItem {
    id: ID!
    code: String!
    name: String!
    "D drug, M medical consumable"
    type: String!
    package: String
    price: Decimal!
    careType: String!
    version: Int!
  }
  type PriceListService { service: MedicalService!, priceOverride: Decimal, "override or the service price" price: Decimal! }
  type PriceListItem { item: MedicalItem!, priceOverride: Decimal, price: Decimal! }
  type PriceListServiceEdge { cursor: String!, node: PriceListService! }
  type PriceListItemEdge { cursor: String!, node: PriceListItem! }
  type PriceListServiceConnection { edges: [PriceListServiceEdge!]!, pageInfo: PageInfo! }
  type PriceListItemConnection { edges: [PriceListItemEdge!]!, pageInfo: PageInfo! }
  type PriceList {
    id: ID!
    "S medical services, I medical items"
    kind: String!
    name: String!
    locationId: ID
    location: Location
    version: Int!
    services(search: String, first: Int, after: String): PriceListServiceConnection!
    items(search: String, first: Int, after: String): PriceListItemConnection!
  }
  type Diagnosis { id: ID!, code: String!, name: String!, version: Int! }

  ${connectionType('HealthFacility')}
  ${connectionType('MedicalService')}
  ${connectionType('MedicalItem')}
  ${connectionType('PriceList')}
  ${connectionType('Diagnosis')}

  input HealthFacilityFilter { search: String, level: String, legalForm: String, careType: String, "district, or a region (facilities of its districts)" locationId: ID }
  input MedicalServiceFilter { search: String, type: String, category: String, level: String, careType: String, "only services on this price list" priceListId: ID }
  input MedicalItemFilter { search: String, type: String, careType: String, priceListId: ID }
  input PriceListFilter { kind: String, search: String }
  input DiagnosisFilter { search: String }

  extend type Me { healthFacility: HealthFacility }
  # a type extension: the medical domain adds a field backed by its own table
  extend type Location { "Health facilities in this location that you may see" healthFacilityCount: Int! }

  extend type Query {
    healthFacilities(filter: HealthFacilityFilter, ${connectionArgs}): HealthFacilityConnection!
    healthFacility(id: ID!): HealthFacility
    medicalServices(filter: MedicalServiceFilter, ${connectionArgs}): MedicalServiceConnection!
    medicalService(id: ID!): MedicalService
    medicalItems(filter: MedicalItemFilter, ${connectionArgs}): MedicalItemConnection!
    medicalItem(id: ID!): MedicalItem
    priceLists(filter: PriceListFilter, ${connectionArgs}): PriceListConnection!
    priceList(id: ID!): PriceList
    diagnoses(filter: DiagnosisFilter, ${connectionArgs}): DiagnosisConnection!
  }

  input CreateHealthFacilityInput {
    code: String!, name: String!, level: String!, legalForm: String!, careType: String!, locationId: ID!,
    address: String, phone: String, email: String, servicePriceListId: ID, itemPriceListId: ID
  }
  input UpdateHealthFacilityInput {
    id: ID!, version: Int!, code: String, name: String, level: String, legalForm: String, careType: String, locationId: ID,
    address: String, phone: String, email: String, servicePriceListId: ID, itemPriceListId: ID
  }
  type HealthFacilityPayload { healthFacility: HealthFacility, errors: [UserError!]! }

  input CreateMedicalServiceInput { code: String!, name: String!, type: String!, category: String, level: String, price: Decimal!, careType: String! }
  input UpdateMedicalServiceInput { id: ID!, version: Int!, code: String, name: String, type: String, category: String, level: String, price: Decimal, careType: String }
  type MedicalServicePayload { medicalService: MedicalService, errors: [UserError!]! }

  input CreateMedicalItemInput { code: String!, name: String!, type: String!, package: String, price: Decimal!, careType: String! }
  input UpdateMedicalItemInput { id: ID!, version: Int!, code: String, name: String, type: String, package: String, price: Decimal, careType: String }
  type MedicalItemPayload { medicalItem: MedicalItem, errors: [UserError!]! }

  input CreatePriceListInput { kind: String!, name: String!, locationId: ID }
  input UpdatePriceListInput { id: ID!, version: Int!, name: String, locationId: ID }
  input PriceListEntryInput { "service or item id" id: ID!, "null = the service or item price" priceOverride: Decimal }
  input SetPriceListEntriesInput { id: ID!, version: Int!, "added or changed entries" upsert: [PriceListEntryInput!], "service or item ids to take off the list" remove: [ID!] }
  type PriceListPayload { priceList: PriceList, errors: [UserError!]! }

  input CreateDiagnosisInput { code: String!, name: String! }
  input UpdateDiagnosisInput { id: ID!, version: Int!, code: String, name: String }
  type DiagnosisPayload { diagnosis: Diagnosis, errors: [UserError!]! }

  extend type Mutation {
    createHealthFacility(input: CreateHealthFacilityInput!): HealthFacilityPayload!
    updateHealthFacility(input: UpdateHealthFacilityInput!): HealthFacilityPayload!
    deleteHealthFacility(input: VersionedDeleteInput!): HealthFacilityPayload!
    createMedicalService(input: CreateMedicalServiceInput!): MedicalServicePayload!
    updateMedicalService(input: UpdateMedicalServiceInput!): MedicalServicePayload!
    deleteMedicalService(input: VersionedDeleteInput!): MedicalServicePayload!
    createMedicalItem(input: CreateMedicalItemInput!): MedicalItemPayload!
    updateMedicalItem(input: UpdateMedicalItemInput!): MedicalItemPayload!
    deleteMedicalItem(input: VersionedDeleteInput!): MedicalItemPayload!
    createPriceList(input: CreatePriceListInput!): PriceListPayload!
    updatePriceList(input: UpdatePriceListInput!): PriceListPayload!
    deletePriceList(input: VersionedDeleteInput!): PriceListPayload!
    setPriceListEntries(input: SetPriceListEntriesInput!): PriceListPayload!
    createDiagnosis(input: CreateDiagnosisInput!): DiagnosisPayload!
    updateDiagnosis(input: UpdateDiagnosisInput!): DiagnosisPayload!
    deleteDiagnosis(input: VersionedDeleteInput!): DiagnosisPayload!
  }
`;

type Args<F> = { filter?: F | null } & ConnectionArgs;
type Input = Record<string, unknown>;
const str = (input: Input, key: string) => input[key] as string | null | undefined;

function idFilter(value: string | null | undefined, field: string): number | null {
  if (value == null || value === '') return null;
  const id = parseId(value);
  if (!id) throw badInput(`Invalid ${field}.`, field);
  return id;
}

function codeNameChecks(input: Input, errors: UserError[], creating: boolean, codeMax: number, nameMax: number) {
  if (creating || input.code !== undefined) required(errors, 'code', str(input, 'code'), 'Code');
  if (creating || input.name !== undefined) required(errors, 'name', str(input, 'name'), 'Name');
  maxLength(errors, 'code', str(input, 'code'), codeMax, 'Code');
  maxLength(errors, 'name', str(input, 'name'), nameMax, 'Name');
}

/** Code order, unless textSearch chose id order for a name-fragment search. */
function codeSort<T extends { code: string }>(code: PgColumn, name: PgColumn, search: string | null | undefined) {
  return textSearch(code, name, search).order === 'id' ? undefined : { expr: sql`${code} COLLATE "C"`, value: (row: T) => row.code };
}

async function checkDistrict(tx: Tx, locationId: unknown, errors: UserError[]): Promise<number | null> {
  const id = parseId(locationId);
  const [row] = id ? await tx.select({ type: locations.type }).from(locations).where(eq(locations.id, id)) : [];
  if (row?.type !== 'D') {
    errors.push(userError('locationId', ErrorCodes.invalid, 'A health facility must be in a district.'));
    return null;
  }
  return id;
}

async function checkPriceList(tx: Tx, value: unknown, kind: 'S' | 'I', field: string, errors: UserError[]): Promise<number | null> {
  if (value == null || value === '') return null;
  const id = parseId(value);
  const [row] = id ? await tx.select({ kind: priceLists.kind }).from(priceLists).where(eq(priceLists.id, id)) : [];
  if (!row || row.kind !== kind) {
    errors.push(userError(field, ErrorCodes.invalid, kind === 'S' ? 'Not a medical services price list.' : 'Not a medical items price list.'));
    return null;
  }
  return id;
}

function hfChecks(input: Input, errors: UserError[], creating: boolean) {
  codeNameChecks(input, errors, creating, 8, 100);
  if (creating) {
    required(errors, 'level', str(input, 'level'), 'Level');
    required(errors, 'legalForm', str(input, 'legalForm'), 'Legal form');
    required(errors, 'careType', str(input, 'careType'), 'Care type');
  }
  oneOf(errors, 'level', str(input, 'level'), HF_LEVELS, 'Level');
  oneOf(errors, 'legalForm', str(input, 'legalForm'), LEGAL_FORMS, 'Legal form');
  oneOf(errors, 'careType', str(input, 'careType'), CARE_TYPES, 'Care type');
  maxLength(errors, 'address', str(input, 'address'), 200, 'Address');
  if (str(input, 'email') && !/^[^@\s]+@[^@\s]+$/.test(str(input, 'email') ?? ''))
    errors.push(userError('email', ErrorCodes.invalid, 'Email address is not valid.'));
}

function serviceChecks(input: Input, errors: UserError[], creating: boolean) {
  codeNameChecks(input, errors, creating, 12, 150);
  if (creating) {
    required(errors, 'type', str(input, 'type'), 'Type');
    required(errors, 'price', str(input, 'price'), 'Price');
    required(errors, 'careType', str(input, 'careType'), 'Care type');
  }
  oneOf(errors, 'type', str(input, 'type'), SERVICE_TYPES, 'Type');
  oneOf(errors, 'category', str(input, 'category'), SERVICE_CATEGORIES, 'Category');
  oneOf(errors, 'level', str(input, 'level'), SERVICE_LEVELS, 'Level');
  oneOf(errors, 'careType', str(input, 'careType'), CARE_TYPES, 'Care type');
  decimal(errors, 'price', str(input, 'price'), 'Price');
}

function itemChecks(input: Input, errors: UserError[], creating: boolean) {
  codeNameChecks(input, errors, creating, 12, 150);
  if (creating) {
    required(errors, 'type', str(input, 'type'), 'Type');
    required(errors, 'price', str(input, 'price'), 'Price');
    required(errors, 'careType', str(input, 'careType'), 'Care type');
  }
  oneOf(errors, 'type', str(input, 'type'), ITEM_TYPES, 'Type');
  oneOf(errors, 'careType', str(input, 'careType'), CARE_TYPES, 'Care type');
  maxLength(errors, 'package', str(input, 'package'), 100, 'Package');
  decimal(errors, 'price', str(input, 'price'), 'Price');
}

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
const pick = (input: Input, keys: string[]) => defined(Object.fromEntries(keys.map((k) => [k, trimmed(input[k])])));

/** Entries of a price list, keyset-paged by service/item id. */
async function priceListEntries(ctx: Ctx, list: PriceListRow, kind: 'S' | 'I', args: { search?: string | null; first?: number | null; after?: string | null }) {
  const first = pageSize(args.first);
  const after = args.after ? parseId(Buffer.from(args.after, 'base64url').toString('utf8')) : null;
  if (args.after && !after) throw badInput('Invalid cursor.', 'after');
  const entity = kind === 'S' ? medicalServices : medicalItems;
  const link = kind === 'S' ? priceListServices : priceListItems;
  const linkId = kind === 'S' ? priceListServices.serviceId : priceListItems.itemId;
  const rows = await ctx.db
    .select({ entity, priceOverride: link.priceOverride })
    .from(link)
    .innerJoin(entity, eq(entity.id, linkId))
    .where(and(eq(link.priceListId, list.id), after ? sql`${entity.id} > ${after}` : undefined, codeOrNameSearch(entity.code, entity.name, args.search)))
    .orderBy(entity.id)
    .limit(first + 1);
  const page = rows.slice(0, first);
  const key = kind === 'S' ? 'service' : 'item';
  const edges = page.map((row) => ({
    cursor: Buffer.from(String(row.entity.id)).toString('base64url'),
    node: { [key]: row.entity, priceOverride: row.priceOverride, price: row.priceOverride ?? row.entity.price },
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

function onPriceList(kind: 'S' | 'I', priceListId: number | null, entityId: SQL | PgColumn): SQL | undefined {
  if (!priceListId) return undefined;
  return kind === 'S'
    ? sql`exists (select 1 from ${priceListServices} where ${priceListServices.priceListId} = ${priceListId} and ${priceListServices.serviceId} = ${entityId})`
    : sql`exists (select 1 from ${priceListItems} where ${priceListItems.priceListId} = ${priceListId} and ${priceListItems.itemId} = ${entityId})`;
}

const resolvers = {
  Me: {
    healthFacility: (me: SessionUser, _: unknown, ctx: Ctx) => loadById<HfRow>(ctx, healthFacilities, me.healthFacilityId),
  },
  HealthFacility: {
    location: (row: HfRow, _: unknown, ctx: Ctx) => loadById(ctx, locations, row.locationId),
    servicePriceList: (row: HfRow, _: unknown, ctx: Ctx) => loadById(ctx, priceLists, row.servicePriceListId),
    itemPriceList: (row: HfRow, _: unknown, ctx: Ctx) => loadById(ctx, priceLists, row.itemPriceListId),
  },
  Location: {
    healthFacilityCount: async (row: { id: number }, _: unknown, ctx: Ctx) => {
      const [count] = await ctx.db
        .select({ n: sql<number>`count(*)::int` })
        .from(healthFacilities)
        .where(and(eq(healthFacilities.locationId, row.id), await scopeWhere(ctx, 'HealthFacility')));
      return count?.n ?? 0;
    },
  },
  PriceList: {
    location: (row: PriceListRow, _: unknown, ctx: Ctx) => loadById(ctx, locations, row.locationId),
    services: (row: PriceListRow, args: { search?: string; first?: number; after?: string }, ctx: Ctx) =>
      row.kind === 'S'
        ? priceListEntries(ctx, row, 'S', args)
        : { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } },
    items: (row: PriceListRow, args: { search?: string; first?: number; after?: string }, ctx: Ctx) =>
      row.kind === 'I'
        ? priceListEntries(ctx, row, 'I', args)
        : { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } },
  },
  Query: {
    healthFacilities: async (
      _: unknown,
      args: Args<{ search?: string; level?: string; legalForm?: string; careType?: string; locationId?: string }>,
      ctx: Ctx,
    ) => {
      requireRight(ctx, Rights.healthFacilitySearch);
      const f = args.filter ?? {};
      const locationId = idFilter(f.locationId, 'locationId');
      const where = and(
        codeOrNameSearch(healthFacilities.code, healthFacilities.name, f.search),
        f.level ? eq(healthFacilities.level, f.level) : undefined,
        f.legalForm ? eq(healthFacilities.legalForm, f.legalForm) : undefined,
        f.careType ? eq(healthFacilities.careType, f.careType) : undefined,
        locationId
          ? sql`(${healthFacilities.locationId} = ${locationId} or ${healthFacilities.locationId} in (select ${locations.id} from ${locations} where ${locations.parentId} = ${locationId}))`
          : undefined,
        await scopeWhere(ctx, 'HealthFacility'),
      );
      return paginate<HfRow>({
        db: ctx.db,
        table: healthFacilities,
        where,
        sort: codeSort<HfRow>(healthFacilities.code, healthFacilities.name, f.search),
        args,
      });
    },
    healthFacility: (_: unknown, args: { id: string }, ctx: Ctx) => {
      requireRight(ctx, Rights.healthFacilitySearch);
      return loadInScope(ctx, 'HealthFacility', (id) => loadById<HfRow>(ctx, healthFacilities, id), parseId(args.id));
    },
    medicalServices: (
      _: unknown,
      args: Args<{ search?: string; type?: string; category?: string; level?: string; careType?: string; priceListId?: string }>,
      ctx: Ctx,
    ) => {
      requireRight(ctx, Rights.medicalServiceSearch);
      const f = args.filter ?? {};
      const where = and(
        codeOrNameSearch(medicalServices.code, medicalServices.name, f.search),
        f.type ? eq(medicalServices.type, f.type) : undefined,
        f.category ? eq(medicalServices.category, f.category) : undefined,
        f.level ? eq(medicalServices.level, f.level) : undefined,
        f.careType ? eq(medicalServices.careType, f.careType) : undefined,
        onPriceList('S', idFilter(f.priceListId, 'priceListId'), medicalServices.id),
      );
      return paginate<ServiceRow>({
        db: ctx.db,
        table: medicalServices,
        where,
        sort: codeSort<ServiceRow>(medicalServices.code, medicalServices.name, f.search),
        args,
      });
    },
    medicalService: (_: unknown, args: { id: string }, ctx: Ctx) => {
      requireRight(ctx, Rights.medicalServiceSearch);
      return loadById<ServiceRow>(ctx, medicalServices, parseId(args.id));
    },
    medicalItems: (_: unknown, args: Args<{ search?: string; type?: string; careType?: string; priceListId?: string }>, ctx: Ctx) => {
      requireRight(ctx, Rights.medicalItemSearch);
      const f = args.filter ?? {};
      const where = and(
        codeOrNameSearch(medicalItems.code, medicalItems.name, f.search),
        f.type ? eq(medicalItems.type, f.type) : undefined,
        f.careType ? eq(medicalItems.careType, f.careType) : undefined,
        onPriceList('I', idFilter(f.priceListId, 'priceListId'), medicalItems.id),
      );
      return paginate<ItemRow>({ db: ctx.db, table: medicalItems, where, sort: codeSort<ItemRow>(medicalItems.code, medicalItems.name, f.search), args });
    },
    medicalItem: (_: unknown, args: { id: string }, ctx: Ctx) => {
      requireRight(ctx, Rights.medicalItemSearch);
      return loadById<ItemRow>(ctx, medicalItems, parseId(args.id));
    },
    priceLists: (_: unknown, args: Args<{ kind?: string; search?: string }>, ctx: Ctx) => {
      const f = args.filter ?? {};
      if (f.kind === 'I') requireRight(ctx, Rights.itemPriceListSearch);
      else if (f.kind === 'S') requireRight(ctx, Rights.servicePriceListSearch);
      else {
        requireRight(ctx, Rights.servicePriceListSearch);
        requireRight(ctx, Rights.itemPriceListSearch);
      }
      const search = f.search?.trim();
      const where = and(f.kind ? eq(priceLists.kind, f.kind) : undefined, search ? sql`${priceLists.name} ilike ${`%${likeEscape(search)}%`}` : undefined);
      return paginate<PriceListRow>({ db: ctx.db, table: priceLists, where, sort: { expr: sql`${priceLists.name} COLLATE "C"`, value: (r) => r.name }, args });
    },
    priceList: async (_: unknown, args: { id: string }, ctx: Ctx) => {
      const row = await loadById<PriceListRow>(ctx, priceLists, parseId(args.id));
      requireRight(ctx, row?.kind === 'I' ? Rights.itemPriceListSearch : Rights.servicePriceListSearch);
      return row;
    },
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
    createHealthFacility: async (_: unknown, { input }: { input: Input }, ctx: Ctx) => {
      requireRight(ctx, Rights.healthFacilityAdd);
      const errors: UserError[] = [];
      hfChecks(input, errors, true);
      if (errors.length) return { healthFacility: null, errors };
      const values: Record<string, unknown> = pick(input, ['code', 'name', 'level', 'legalForm', 'careType', 'address', 'phone', 'email']);
      const result = await createEntity<HfRow>(ctx, {
        table: healthFacilities,
        entityType: 'HealthFacility',
        label: 'Health facility',
        values,
        validate: async (tx) => {
          const errs: UserError[] = [];
          values.locationId = await checkDistrict(tx, input.locationId, errs);
          values.servicePriceListId = await checkPriceList(tx, input.servicePriceListId, 'S', 'servicePriceListId', errs);
          values.itemPriceListId = await checkPriceList(tx, input.itemPriceListId, 'I', 'itemPriceListId', errs);
          return errs;
        },
      });
      return { healthFacility: result.entity, errors: result.errors };
    },
    updateHealthFacility: async (_: unknown, { input }: { input: Input & { version: number } }, ctx: Ctx) => {
      requireRight(ctx, Rights.healthFacilityEdit);
      const errors: UserError[] = [];
      hfChecks(input, errors, false);
      if (errors.length) return { healthFacility: null, errors };
      const values: Record<string, unknown> = pick(input, ['code', 'name', 'level', 'legalForm', 'careType', 'address', 'phone', 'email']);
      const result = await updateEntity<HfRow>(ctx, {
        table: healthFacilities,
        entityType: 'HealthFacility',
        label: 'Health facility',
        id: input.id,
        version: input.version,
        values,
        validate: async (tx) => {
          const errs: UserError[] = [];
          if (input.locationId !== undefined) values.locationId = await checkDistrict(tx, input.locationId, errs);
          if (input.servicePriceListId !== undefined)
            values.servicePriceListId = await checkPriceList(tx, input.servicePriceListId, 'S', 'servicePriceListId', errs);
          if (input.itemPriceListId !== undefined) values.itemPriceListId = await checkPriceList(tx, input.itemPriceListId, 'I', 'itemPriceListId', errs);
          return errs;
        },
      });
      return { healthFacility: result.entity, errors: result.errors };
    },
    deleteHealthFacility: async (_: unknown, { input }: { input: { id: string; version?: number } }, ctx: Ctx) => {
      requireRight(ctx, Rights.healthFacilityDelete);
      const result = await deleteEntity<HfRow>(ctx, {
        table: healthFacilities,
        entityType: 'HealthFacility',
        label: 'Health facility',
        id: input.id,
        version: input.version,
      });
      return { healthFacility: result.entity, errors: result.errors };
    },
    createMedicalService: async (_: unknown, { input }: { input: Input }, ctx: Ctx) => {
      requireRight(ctx, Rights.medicalServiceAdd);
      const errors: UserError[] = [];
      serviceChecks(input, errors, true);
      if (errors.length) return { medicalService: null, errors };
      const result = await createEntity<ServiceRow>(ctx, {
        table: medicalServices,
        entityType: 'MedicalService',
        label: 'Medical service',
        values: pick(input, ['code', 'name', 'type', 'category', 'level', 'price', 'careType']),
      });
      return { medicalService: result.entity, errors: result.errors };
    },
    updateMedicalService: async (_: unknown, { input }: { input: Input & { version: number } }, ctx: Ctx) => {
      requireRight(ctx, Rights.medicalServiceEdit);
      const errors: UserError[] = [];
      serviceChecks(input, errors, false);
      if (errors.length) return { medicalService: null, errors };
      const result = await updateEntity<ServiceRow>(ctx, {
        table: medicalServices,
        entityType: 'MedicalService',
        label: 'Medical service',
        id: input.id,
        version: input.version,
        values: pick(input, ['code', 'name', 'type', 'category', 'level', 'price', 'careType']),
      });
      return { medicalService: result.entity, errors: result.errors };
    },
    deleteMedicalService: async (_: unknown, { input }: { input: { id: string; version?: number } }, ctx: Ctx) => {
      requireRight(ctx, Rights.medicalServiceDelete);
      const result = await deleteEntity<ServiceRow>(ctx, {
        table: medicalServices,
        entityType: 'MedicalService',
        label: 'Medical service',
        id: input.id,
        version: input.version,
      });
      return { medicalService: result.entity, errors: result.errors };
    },
    createMedicalItem: async (_: unknown, { input }: { input: Input }, ctx: Ctx) => {
      requireRight(ctx, Rights.medicalItemAdd);
      const errors: UserError[] = [];
      itemChecks(input, errors, true);
      if (errors.length) return { medicalItem: null, errors };
      const result = await createEntity<ItemRow>(ctx, {
        table: medicalItems,
        entityType: 'MedicalItem',
        label: 'Medical item',
        values: pick(input, ['code', 'name', 'type', 'package', 'price', 'careType']),
      });
      return { medicalItem: result.entity, errors: result.errors };
    },
    updateMedicalItem: async (_: unknown, { input }: { input: Input & { version: number } }, ctx: Ctx) => {
      requireRight(ctx, Rights.medicalItemEdit);
      const errors: UserError[] = [];
      itemChecks(input, errors, false);
      if (errors.length) return { medicalItem: null, errors };
      const result = await updateEntity<ItemRow>(ctx, {
        table: medicalItems,
        entityType: 'MedicalItem',
        label: 'Medical item',
        id: input.id,
        version: input.version,
        values: pick(input, ['code', 'name', 'type', 'package', 'price', 'careType']),
      });
      return { medicalItem: result.entity, errors: result.errors };
    },
    deleteMedicalItem: async (_: unknown, { input }: { input: { id: string; version?: number } }, ctx: Ctx) => {
      requireRight(ctx, Rights.medicalItemDelete);
      const result = await deleteEntity<ItemRow>(ctx, {
        table: medicalItems,
        entityType: 'MedicalItem',
        label: 'Medical item',
        id: input.id,
        version: input.version,
      });
      return { medicalItem: result.entity, errors: result.errors };
    },
    createPriceList: async (_: unknown, { input }: { input: { kind: string; name: string; locationId?: string } }, ctx: Ctx) => {
      requireRight(ctx, input.kind === 'I' ? Rights.itemPriceListAdd : Rights.servicePriceListAdd);
      const errors: UserError[] = [];
      oneOf(errors, 'kind', input.kind, ['S', 'I'], 'Kind');
      required(errors, 'name', input.name, 'Name');
      maxLength(errors, 'name', input.name, 100, 'Name');
      if (errors.length) return { priceList: null, errors };
      const locationId = input.locationId ? parseId(input.locationId) : null;
      const result = await createEntity<PriceListRow>(ctx, {
        table: priceLists,
        entityType: 'PriceList',
        label: 'Price list',
        uniqueField: 'name',
        values: { kind: input.kind, name: input.name.trim(), locationId },
        validate: async (tx) => {
          if (!input.locationId) return [];
          const [row] = locationId ? await tx.select({ id: locations.id }).from(locations).where(eq(locations.id, locationId)) : [];
          return row ? [] : [userError('locationId', ErrorCodes.invalid, 'Unknown location.')];
        },
      });
      return { priceList: result.entity, errors: result.errors };
    },
    updatePriceList: async (_: unknown, { input }: { input: { id: string; version: number; name?: string; locationId?: string | null } }, ctx: Ctx) => {
      const current = await loadById<PriceListRow>(ctx, priceLists, parseId(input.id));
      requireRight(ctx, current?.kind === 'I' ? Rights.itemPriceListEdit : Rights.servicePriceListEdit);
      const errors: UserError[] = [];
      if (input.name !== undefined) required(errors, 'name', input.name, 'Name');
      maxLength(errors, 'name', input.name, 100, 'Name');
      if (errors.length) return { priceList: null, errors };
      const result = await updateEntity<PriceListRow>(ctx, {
        table: priceLists,
        entityType: 'PriceList',
        label: 'Price list',
        uniqueField: 'name',
        id: input.id,
        version: input.version,
        values: defined({
          name: input.name?.trim(),
          locationId: input.locationId === undefined ? undefined : input.locationId ? parseId(input.locationId) : null,
        }),
      });
      return { priceList: result.entity, errors: result.errors };
    },
    deletePriceList: async (_: unknown, { input }: { input: { id: string; version?: number } }, ctx: Ctx) => {
      const current = await loadById<PriceListRow>(ctx, priceLists, parseId(input.id));
      requireRight(ctx, current?.kind === 'I' ? Rights.itemPriceListDelete : Rights.servicePriceListDelete);
      const result = await deleteEntity<PriceListRow>(ctx, {
        table: priceLists,
        entityType: 'PriceList',
        label: 'Price list',
        id: input.id,
        version: input.version,
      });
      return { priceList: result.entity, errors: result.errors };
    },
    setPriceListEntries: async (
      _: unknown,
      { input }: { input: { id: string; version: number; upsert?: { id: string; priceOverride?: string | null }[]; remove?: string[] } },
      ctx: Ctx,
    ) => {
      const listId = parseId(input.id);
      const current = await loadById<PriceListRow>(ctx, priceLists, listId);
      requireRight(ctx, current?.kind === 'I' ? Rights.itemPriceListEdit : Rights.servicePriceListEdit);
      if (!current || !listId) return { priceList: null, errors: [notFoundError('Price list')] };
      const errors: UserError[] = [];
      const upsert = (input.upsert ?? []).map((entry, i) => {
        const id = parseId(entry.id);
        if (!id) errors.push(userError(`upsert.${i}.id`, ErrorCodes.invalid, 'Unknown service or item.'));
        decimal(errors, `upsert.${i}.priceOverride`, entry.priceOverride, 'Price');
        return { id: id ?? 0, priceOverride: entry.priceOverride ?? null };
      });
      const remove = (input.remove ?? []).map(parseId).filter((id): id is number => id !== null);
      if (errors.length) return { priceList: current, errors };
      const kind = current.kind as 'S' | 'I';
      return ctx.db.transaction(async (tx) => {
        const [locked] = await tx.select().from(priceLists).where(eq(priceLists.id, listId)).for('update');
        if (!locked) return { priceList: null, errors: [notFoundError('Price list')] };
        if (locked.version !== input.version) return { priceList: locked, errors: [conflictError()] };
        const entity = kind === 'S' ? medicalServices : medicalItems;
        if (upsert.length) {
          const ids = upsert.map((u) => u.id);
          const found = await tx.select({ id: entity.id }).from(entity).where(inArray(entity.id, ids));
          if (found.length !== new Set(ids).size) return { priceList: locked, errors: [userError('upsert', ErrorCodes.invalid, 'Unknown service or item.')] };
          if (kind === 'S') {
            await tx
              .insert(priceListServices)
              .values(upsert.map((u) => ({ priceListId: listId, serviceId: u.id, priceOverride: u.priceOverride })))
              .onConflictDoUpdate({
                target: [priceListServices.priceListId, priceListServices.serviceId],
                set: { priceOverride: sql`excluded.price_override` },
              });
          } else {
            await tx
              .insert(priceListItems)
              .values(upsert.map((u) => ({ priceListId: listId, itemId: u.id, priceOverride: u.priceOverride })))
              .onConflictDoUpdate({ target: [priceListItems.priceListId, priceListItems.itemId], set: { priceOverride: sql`excluded.price_override` } });
          }
        }
        if (remove.length) {
          if (kind === 'S')
            await tx.delete(priceListServices).where(and(eq(priceListServices.priceListId, listId), inArray(priceListServices.serviceId, remove)));
          else await tx.delete(priceListItems).where(and(eq(priceListItems.priceListId, listId), inArray(priceListItems.itemId, remove)));
        }
        const [after] = await tx
          .update(priceLists)
          .set({ version: sql`${priceLists.version} + 1`, updatedAt: new Date() })
          .where(eq(priceLists.id, listId))
          .returning();
        await writeHistory(tx, ctx, {
          entityType: 'PriceList',
          entityId: listId,
          action: 'UPDATE',
          before: { ...locked },
          after: { ...(after ?? {}), upsert, remove },
        });
        return { priceList: after ?? null, errors: [] };
      });
    },
    createDiagnosis: async (_: unknown, { input }: { input: Input }, ctx: Ctx) => {
      requireRight(ctx, Rights.diagnosisAdd);
      const errors: UserError[] = [];
      codeNameChecks(input, errors, true, 8, 255);
      if (errors.length) return { diagnosis: null, errors };
      const result = await createEntity<DiagnosisRow>(ctx, {
        table: diagnoses,
        entityType: 'Diagnosis',
        label: 'Diagnosis',
        values: pick(input, ['code', 'name']),
      });
      return { diagnosis: result.entity, errors: result.errors };
    },
    updateDiagnosis: async (_: unknown, { input }: { input: Input & { version: number } }, ctx: Ctx) => {
      requireRight(ctx, Rights.diagnosisEdit);
      const errors: UserError[] = [];
      codeNameChecks(input, errors, false, 8, 255);
      if (errors.length) return { diagnosis: null, errors };
      const result = await updateEntity<DiagnosisRow>(ctx, {
        table: diagnoses,
        entityType: 'Diagnosis',
        label: 'Diagnosis',
        id: input.id,
        version: input.version,
        values: pick(input, ['code', 'name']),
      });
      return { diagnosis: result.entity, errors: result.errors };
    },
    deleteDiagnosis: async (_: unknown, { input }: { input: { id: string; version?: number } }, ctx: Ctx) => {
      requireRight(ctx, Rights.diagnosisDelete);
      const result = await deleteEntity<DiagnosisRow>(ctx, {
        table: diagnoses,
        entityType: 'Diagnosis',
        label: 'Diagnosis',
        id: input.id,
        version: input.version,
      });
      return { diagnosis: result.entity, errors: result.errors };
    },
  },
};

const r = Rights;
const right = (code: number, name: string, description: string): RightDeclaration => ({ code, name, description });
const serviceLists = [r.servicePriceListSearch, r.servicePriceListAdd, r.servicePriceListEdit, r.servicePriceListDelete];
const itemLists = [r.itemPriceListSearch, r.itemPriceListAdd, r.itemPriceListEdit, r.itemPriceListDelete];

export const medicalDomain = defineDomain({
  name: 'medical',
  version: '1.0.0',
  typeDefs,
  resolvers,
  rights: [
    right(r.healthFacilitySearch, 'healthFacilitySearch', 'Search and view health facilities'),
    right(r.healthFacilityAdd, 'healthFacilityAdd', 'Add health facilities'),
    right(r.healthFacilityEdit, 'healthFacilityEdit', 'Edit health facilities'),
    right(r.healthFacilityDelete, 'healthFacilityDelete', 'Delete health facilities'),
    right(r.servicePriceListSearch, 'servicePriceListSearch', 'Search and view medical services price lists'),
    right(r.servicePriceListAdd, 'servicePriceListAdd', 'Add medical services price lists'),
    right(r.servicePriceListEdit, 'servicePriceListEdit', 'Edit medical services price lists'),
    right(r.servicePriceListDelete, 'servicePriceListDelete', 'Delete medical services price lists'),
    right(r.itemPriceListSearch, 'itemPriceListSearch', 'Search and view medical items price lists'),
    right(r.itemPriceListAdd, 'itemPriceListAdd', 'Add medical items price lists'),
    right(r.itemPriceListEdit, 'itemPriceListEdit', 'Edit medical items price lists'),
    right(r.itemPriceListDelete, 'itemPriceListDelete', 'Delete medical items price lists'),
    right(r.medicalServiceSearch, 'medicalServiceSearch', 'Search and view medical services'),
    right(r.medicalServiceAdd, 'medicalServiceAdd', 'Add medical services'),
    right(r.medicalServiceEdit, 'medicalServiceEdit', 'Edit medical services'),
    right(r.medicalServiceDelete, 'medicalServiceDelete', 'Delete medical services'),
    right(r.medicalItemSearch, 'medicalItemSearch', 'Search and view medical items'),
    right(r.medicalItemAdd, 'medicalItemAdd', 'Add medical items'),
    right(r.medicalItemEdit, 'medicalItemEdit', 'Edit medical items'),
    right(r.medicalItemDelete, 'medicalItemDelete', 'Delete medical items'),
    right(r.diagnosisSearch, 'diagnosisSearch', 'Search and view diagnoses'),
    right(r.diagnosisAdd, 'diagnosisAdd', 'Add diagnoses'),
    right(r.diagnosisEdit, 'diagnosisEdit', 'Edit diagnoses'),
    right(r.diagnosisDelete, 'diagnosisDelete', 'Delete diagnoses'),
  ],
  typeRules: {
    // Any signed-in user may see the name of a facility another record points at (their own, an insuree's first service point).
    HealthFacility: {
      read: [r.healthFacilitySearch, r.healthFacilityAdd, r.healthFacilityEdit, r.healthFacilityDelete],
      scope: 'HealthFacility',
      limited: { read: 'public', fields: ['id', 'code', 'name', 'level', 'locationId', 'location'] },
    },
    PriceList: {
      read: [...serviceLists, ...itemLists],
      rightsOf: (row) => (row.kind === 'I' ? itemLists : serviceLists),
    },
    PriceListService: { read: serviceLists },
    PriceListItem: { read: itemLists },
    MedicalService: { read: [r.medicalServiceSearch, r.medicalServiceAdd, r.medicalServiceEdit, r.medicalServiceDelete, ...serviceLists] },
    MedicalItem: { read: [r.medicalItemSearch, r.medicalItemAdd, r.medicalItemEdit, r.medicalItemDelete, ...itemLists] },
    Diagnosis: { read: [r.diagnosisSearch, r.diagnosisAdd, r.diagnosisEdit, r.diagnosisDelete] },
  },
  scope: { HealthFacility: { table: healthFacilities, where: (area) => sql`${healthFacilities.locationId} = any(${area})` } },
  guards: {
    createHealthFacility: { right: r.healthFacilityAdd, records: [['Location', (a) => a.input.locationId]] },
    updateHealthFacility: {
      right: r.healthFacilityEdit,
      records: [
        ['HealthFacility', (a) => a.input.id],
        ['Location', (a) => a.input.locationId],
      ],
    },
    deleteHealthFacility: { right: r.healthFacilityDelete, records: [['HealthFacility', (a) => a.input.id]] },
  },
  inputBounds: {
    CreateHealthFacilityInput: healthFacilities,
    UpdateHealthFacilityInput: healthFacilities,
    HealthFacilityFilter: healthFacilities,
    CreateMedicalServiceInput: medicalServices,
    UpdateMedicalServiceInput: medicalServices,
    MedicalServiceFilter: medicalServices,
    CreateMedicalItemInput: medicalItems,
    UpdateMedicalItemInput: medicalItems,
    MedicalItemFilter: medicalItems,
    CreatePriceListInput: priceLists,
    UpdatePriceListInput: priceLists,
    PriceListFilter: priceLists,
    CreateDiagnosisInput: diagnoses,
    UpdateDiagnosisInput: diagnoses,
  },
  hooks: {
    'location.deleting': async ({ tx, location }) => {
      const [used] = await tx.select({ id: healthFacilities.id }).from(healthFacilities).where(eq(healthFacilities.locationId, location.id)).limit(1);
      return used ? [userError('id', ErrorCodes.inUse, 'Health facilities are still in this location.')] : [];
    },
  },
  historyRights: {
    HealthFacility: Rights.healthFacilitySearch,
    MedicalService: Rights.medicalServiceSearch,
    MedicalItem: Rights.medicalItemSearch,
    PriceList: Rights.servicePriceListSearch,
    Diagnosis: Rights.diagnosisSearch,
  },
  seed: (db: DbOrTx) => seedMedical(db),
});
