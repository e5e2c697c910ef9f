/** Code lists and the checks the medical mutations share (no GraphQL types). */
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/engine.js';
import { decimal, defined, maxLength, oneOf, parseId, required } from '../../../graphql/crud.js';
import { ErrorCodes, type UserError, userError } from '../../../graphql/errors.js';
import { locations } from '../../location/tables.js';
import { type diagnoses, type healthFacilities, type medicalItems, type medicalServices, priceLists } from '../tables.js';

export type HfRow = typeof healthFacilities.$inferSelect;
export type ServiceRow = typeof medicalServices.$inferSelect;
export type ItemRow = typeof medicalItems.$inferSelect;
export type PriceListRow = typeof priceLists.$inferSelect;
export type DiagnosisRow = typeof diagnoses.$inferSelect;

export const HF_LEVELS = ['D', 'C', 'H'] as const;
export const LEGAL_FORMS = ['G', 'C', 'P', 'D'] as const;
export const CARE_TYPES = ['I', 'O', 'B'] as const;
export const SERVICE_TYPES = ['P', 'C'] as const;
export const SERVICE_CATEGORIES = ['S', 'D', 'A', 'H', 'C', 'O'] as const;
export const SERVICE_LEVELS = ['S', 'V', 'D', 'H'] as const;
export const ITEM_TYPES = ['D', 'M'] as const;

export type Input = Record<string, unknown>;
export const str = (input: Input, key: string) => input[key] as string | null | undefined;

function codeNameChecks(input: Input, errors: UserError[], creating: boolean, codeMax: number, nameMax: number) {
  if (creating || input.code !== undefined) required(errors, 'code', str(input, 'code'), 'Code');
  if (creating || input.name !== undefined) required(errors, 'name', str(input, 'name'), 'Name');
  maxLength(errors, 'code', str(input, 'code'), codeMax, 'Code');
  maxLength(errors, 'name', str(input, 'name'), nameMax, 'Name');
}

/** A facility's location must be a district: the rule on the location's type (null: not found). */
export function districtProblem(locationType: string | null): UserError | null {
  return locationType === 'D' ? null : userError('locationId', ErrorCodes.invalid, 'A health facility must be in a district.');
}

export async function checkDistrict(tx: Tx, locationId: unknown, errors: UserError[]): Promise<number | null> {
  const id = parseId(locationId);
  const [row] = id ? await tx.select({ type: locations.type }).from(locations).where(eq(locations.id, id)) : [];
  const problem = districtProblem(row?.type ?? null);
  if (problem) errors.push(problem);
  return problem ? null : id;
}

/** A facility's price list must be one of its kind: the rule on the list's kind (null: not found). */
export function priceListProblem(listKind: string | null, kind: 'S' | 'I', field: string): UserError | null {
  if (listKind === kind) return null;
  return userError(field, ErrorCodes.invalid, kind === 'S' ? 'Not a medical services price list.' : 'Not a medical items price list.');
}

export async function checkPriceList(tx: Tx, value: unknown, kind: 'S' | 'I', field: string, errors: UserError[]): Promise<number | null> {
  if (value == null || value === '') return null;
  const id = parseId(value);
  const [row] = id ? await tx.select({ kind: priceLists.kind }).from(priceLists).where(eq(priceLists.id, id)) : [];
  const problem = priceListProblem(row?.kind ?? null, kind, field);
  if (problem) errors.push(problem);
  return problem ? null : id;
}

/** How an entity's fields are checked beyond code and name: required on create, then each field's rule, in this order. */
interface EntityRules {
  code: number;
  name: number;
  required: readonly string[];
  fields: Record<
    string,
    { label: string; oneOf?: readonly string[]; max?: number; decimal?: boolean; email?: boolean; range?: readonly [number, number]; notNull?: boolean }
  >;
}

/** The checks of one entity from its rules (one function for facilities, services and items). */
function entityChecks(rules: EntityRules) {
  return (input: Input, errors: UserError[], creating: boolean): void => {
    codeNameChecks(input, errors, creating, rules.code, rules.name);
    if (creating) for (const key of rules.required) required(errors, key, str(input, key), rules.fields[key]?.label ?? key);
    for (const [key, rule] of Object.entries(rules.fields)) {
      const value = str(input, key);
      if (rule.oneOf) oneOf(errors, key, value, rule.oneOf, rule.label);
      if (rule.max) maxLength(errors, key, value, rule.max, rule.label);
      if (rule.decimal) decimal(errors, key, value, rule.label);
      if (rule.email && value && !/^[^@\s]+@[^@\s]+$/.test(value)) errors.push(userError(key, ErrorCodes.invalid, 'Email address is not valid.'));
      const n = input[key];
      if (rule.notNull && n === null) errors.push(userError(key, ErrorCodes.required, `${rule.label} is required.`));
      if (rule.range && typeof n === 'number' && (!Number.isInteger(n) || n < rule.range[0] || n > rule.range[1]))
        errors.push(userError(key, ErrorCodes.outOfRange, `${rule.label} must be a whole number from ${rule.range[0]} to ${rule.range[1]}.`));
    }
  };
}

const careType = { label: 'Care type', oneOf: CARE_TYPES };
const price = { label: 'Price', decimal: true };
/** Who may receive it (claim check 4): bitmask 1 male, 2 female, 4 adult, 8 minor; 0 or 15 anyone. */
const patientCategory = { label: 'Patient category', range: [0, 15] as const, notNull: true };
/** Days between two provisions to one insuree (claim check 5); none = no limit. */
const frequency = { label: 'Frequency', range: [0, 3650] as const };

export const hfChecks = entityChecks({
  code: 8,
  name: 100,
  required: ['level', 'legalForm', 'careType'],
  fields: {
    level: { label: 'Level', oneOf: HF_LEVELS },
    legalForm: { label: 'Legal form', oneOf: LEGAL_FORMS },
    careType,
    address: { label: 'Address', max: 200 },
    phone: { label: 'Phone', max: 50 },
    fax: { label: 'Fax', max: 50 },
    email: { label: 'Email', max: 200, email: true },
    accCode: { label: 'Account code', max: 25 },
  },
});

/** Services and items: the same code and name lengths and the same required fields. */
const priced = { code: 12, name: 150, required: ['type', 'price', 'careType'] };

export const serviceChecks = entityChecks({
  ...priced,
  fields: {
    type: { label: 'Type', oneOf: SERVICE_TYPES },
    category: { label: 'Category', oneOf: SERVICE_CATEGORIES },
    level: { label: 'Level', oneOf: SERVICE_LEVELS },
    careType,
    price,
    patientCategory,
    frequency,
  },
});

export const itemChecks = entityChecks({
  ...priced,
  fields: { type: { label: 'Type', oneOf: ITEM_TYPES }, careType, package: { label: 'Package', max: 100 }, price, patientCategory, frequency },
});

export const diagnosisChecks = entityChecks({ code: 8, name: 255, required: [], fields: {} });

/** The fields each entity's create / update writes (the mutations' and the register import's). */
export const FACILITY_FIELDS = ['code', 'name', 'level', 'legalForm', 'careType', 'address', 'phone', 'email', 'fax', 'accCode'] as const;
export const SERVICE_FIELDS = ['code', 'name', 'type', 'category', 'level', 'price', 'careType', 'patientCategory', 'frequency'] as const;
export const ITEM_FIELDS = ['code', 'name', 'type', 'package', 'price', 'careType', 'patientCategory', 'frequency'] as const;
export const DIAGNOSIS_FIELDS = ['code', 'name'] as const;

export const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
export const pick = (input: Input, keys: string[]) => defined(Object.fromEntries(keys.map((k) => [k, trimmed(input[k])])));
