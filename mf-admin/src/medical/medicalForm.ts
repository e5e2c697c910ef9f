/** The medical forms' pure logic: code lists, the patient-category bitmask, form values to the server's input and back, the rules. */
import type { FieldIssue } from '@kente/sdk/forms';
import { blankToNull } from '@kente/sdk/forms';

/** 'S' medical services, 'I' medical items, 'D' diagnoses (ICD-10). */
export type CatalogKind = 'S' | 'I' | 'D';

export const CARE_TYPES = ['O', 'I', 'B'] as const;
export const SERVICE_TYPES = ['P', 'C'] as const;
export const SERVICE_CATEGORIES = ['S', 'D', 'A', 'H', 'C', 'O'] as const;
export const SERVICE_LEVELS = ['S', 'V', 'D', 'H'] as const;
export const ITEM_TYPES = ['D', 'M'] as const;

/** The patient-category bits (claim check 4): who may receive the service or item. */
export const PATIENT_BITS = { male: 1, female: 2, adult: 4, minor: 8 } as const;
export type PatientFlags = Record<keyof typeof PATIENT_BITS, boolean>;

/** The four checkboxes from the bitmask; 0 (openIMIS's "anyone") ticks them all, as 15. */
export function patientFlags(mask: number | null | undefined): PatientFlags {
  const m = !mask ? 15 : mask;
  return { male: (m & 1) !== 0, female: (m & 2) !== 0, adult: (m & 4) !== 0, minor: (m & 8) !== 0 };
}

export function patientMask(flags: PatientFlags): number {
  return (Object.keys(PATIENT_BITS) as (keyof PatientFlags)[]).reduce((mask, key) => (flags[key] ? mask | PATIENT_BITS[key] : mask), 0);
}

/** Longest code and name per kind (the backend's columns). */
export const LIMITS: Record<CatalogKind, { code: number; name: number }> = {
  S: { code: 12, name: 150 },
  I: { code: 12, name: 150 },
  D: { code: 8, name: 255 },
};

export interface CatalogValues {
  code: string;
  name: string;
  type: string;
  category: string;
  level: string;
  package: string;
  price: string;
  careType: string;
  frequency: string;
  patient: PatientFlags;
}

export interface CatalogRecord {
  code: string;
  name: string;
  type?: string | null;
  category?: string | null;
  level?: string | null;
  package?: string | null;
  price?: string | number | null;
  careType?: string | null;
  frequency?: number | null;
  patientCategory?: number | null;
}

export function catalogToForm(record: CatalogRecord | null): CatalogValues {
  return {
    code: record?.code ?? '',
    name: record?.name ?? '',
    type: record?.type ?? '',
    category: record?.category ?? (record ? '' : 'O'),
    level: record?.level ?? (record ? '' : 'S'),
    package: record?.package ?? '',
    price: record?.price == null ? '' : String(record.price),
    careType: record?.careType ?? '',
    frequency: record?.frequency == null ? '' : String(record.frequency),
    patient: patientFlags(record?.patientCategory ?? 15),
  };
}

/** The create / update input of the kind: only the fields it has; blanks are null (they clear the field). */
export function catalogInput(kind: CatalogKind, v: CatalogValues): Record<string, unknown> {
  const common = { code: v.code.trim(), name: v.name.trim() };
  if (kind === 'D') return common;
  const shared = {
    ...common,
    type: v.type,
    price: v.price.trim(),
    careType: v.careType,
    patientCategory: patientMask(v.patient),
    frequency: v.frequency.trim() === '' ? null : Number(v.frequency),
  };
  return kind === 'S' ? { ...shared, category: v.category || 'O', level: v.level || 'S' } : { ...shared, package: blankToNull(v.package) };
}

const DECIMAL = /^\d{1,16}(\.\d{1,2})?$/;

/** The server's rules on the form's fields, as the user types (the server checks them again). */
export function validateCatalog(kind: CatalogKind, v: CatalogValues): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const limit = LIMITS[kind];
  if (!v.code.trim()) issues.push({ path: 'code', code: 'REQUIRED' });
  else if (v.code.trim().length > limit.code) issues.push({ path: 'code', code: 'TOO_LONG' });
  if (!v.name.trim()) issues.push({ path: 'name', code: 'REQUIRED' });
  else if (v.name.trim().length > limit.name) issues.push({ path: 'name', code: 'TOO_LONG' });
  if (kind === 'D') return issues;
  const types: readonly string[] = kind === 'S' ? SERVICE_TYPES : ITEM_TYPES;
  if (!v.type) issues.push({ path: 'type', code: 'REQUIRED' });
  else if (!types.includes(v.type)) issues.push({ path: 'type', code: 'INVALID' });
  if (!v.careType) issues.push({ path: 'careType', code: 'REQUIRED' });
  if (!v.price.trim()) issues.push({ path: 'price', code: 'REQUIRED' });
  else if (!DECIMAL.test(v.price.trim())) issues.push({ path: 'price', code: 'INVALID_FORMAT' });
  const f = v.frequency.trim();
  if (f !== '' && (!/^\d{1,5}$/.test(f) || Number(f) > 3650)) issues.push({ path: 'frequency', code: 'OUT_OF_RANGE' });
  if (kind === 'I' && v.package.length > 100) issues.push({ path: 'package', code: 'TOO_LONG' });
  if (patientMask(v.patient) === 0) issues.push({ path: 'patient', code: 'REQUIRED' });
  return issues;
}

/** The form field a server field lands on (the bitmask is the four checkboxes). */
export const catalogField = (field: string) => (field === 'patientCategory' ? 'patient' : field);
export const CATALOG_FORM_FIELDS = ['code', 'name', 'type', 'category', 'level', 'package', 'price', 'careType', 'frequency', 'patient'] as const;

/** A price override typed on a line: '' = none (the service's own price), else a decimal of up to two places. */
export function parseOverride(text: string): { ok: true; value: string | null } | { ok: false } {
  const t = text.trim().replace(',', '.');
  if (t === '') return { ok: true, value: null };
  return DECIMAL.test(t) ? { ok: true, value: t } : { ok: false };
}

/** What the price list form edits: the kind (new lists only), the name, the region / district path (none = national). */
export interface PriceListValues {
  kind: string;
  name: string;
  location: { R?: string; D?: string };
}

export interface PriceListRecord {
  kind: string;
  name: string;
  location?: { id: string; type: string; parent?: { id: string } | null } | null;
}

export function priceListToForm(list: PriceListRecord | null): PriceListValues {
  const l = list?.location;
  return {
    kind: list?.kind ?? 'S',
    name: list?.name ?? '',
    location: l ? (l.type === 'D' && l.parent ? { R: l.parent.id, D: l.id } : { R: l.id }) : {},
  };
}

/** The location sent: the deepest chosen, null = national. */
export const priceListLocation = (v: PriceListValues) => v.location.D ?? v.location.R ?? null;

export function validatePriceList(v: PriceListValues): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (v.kind !== 'S' && v.kind !== 'I') issues.push({ path: 'kind', code: 'INVALID' });
  if (!v.name.trim()) issues.push({ path: 'name', code: 'REQUIRED' });
  else if (v.name.trim().length > 100) issues.push({ path: 'name', code: 'TOO_LONG' });
  return issues;
}

export const priceListField = (field: string) => (field === 'locationId' ? 'location' : field);
export const PRICE_LIST_FORM_FIELDS = ['kind', 'name', 'location'] as const;
