/** The health facility form's pure logic: code lists, the form's values from a facility and back to the server's input, the server's rules. */
import { blankToNull, type FieldIssue } from '@kente/sdk/forms';
import type { LocationNode } from '@kente/sdk/ui';

/** The backend's code lists (backend/src/modules/medical/service/rules.ts). */
export const FACILITY_LEVELS = ['D', 'C', 'H'] as const;
export const LEGAL_FORMS = ['G', 'C', 'P', 'D'] as const;
export const CARE_TYPES = ['I', 'O', 'B'] as const;

/** The server's limits (its table and rules). */
export const LIMITS = { code: 8, name: 100, address: 200, phone: 50, fax: 50, email: 200, accCode: 25 } as const;

export interface FacilityFormValues {
  code: string;
  name: string;
  level: string;
  legalForm: string;
  careType: string;
  location: { R?: string; D?: string };
  address: string;
  phone: string;
  fax: string;
  email: string;
  accCode: string;
  servicePriceListId: string;
  itemPriceListId: string;
}

export interface FacilityValues {
  code: string;
  name: string;
  level: string;
  legalForm: string;
  careType: string;
  location?: LocationNode | null;
  address?: string | null;
  phone?: string | null;
  fax?: string | null;
  email?: string | null;
  accCode?: string | null;
  servicePriceList?: { id: string } | null;
  itemPriceList?: { id: string } | null;
}

export function facilityToForm(facility: FacilityValues | null): FacilityFormValues {
  const district = facility?.location;
  return {
    code: facility?.code ?? '',
    name: facility?.name ?? '',
    level: facility?.level ?? '',
    legalForm: facility?.legalForm ?? '',
    careType: facility?.careType ?? '',
    location: district ? { R: district.parent?.id, D: district.id } : {},
    address: facility?.address ?? '',
    phone: facility?.phone ?? '',
    fax: facility?.fax ?? '',
    email: facility?.email ?? '',
    accCode: facility?.accCode ?? '',
    servicePriceListId: facility?.servicePriceList?.id ?? '',
    itemPriceListId: facility?.itemPriceList?.id ?? '',
  };
}

/** The form field a server field is shown on (the district picker holds a path). */
export function facilityFormField(field: string): string {
  return field === 'locationId' ? 'location' : field;
}

export const FACILITY_FORM_FIELDS = [
  'code',
  'name',
  'level',
  'legalForm',
  'careType',
  'location',
  'address',
  'phone',
  'fax',
  'email',
  'accCode',
  'servicePriceListId',
  'itemPriceListId',
] as const;

/** The server's input: texts trimmed, blank optional ones null (they clear the field), no price list = null. */
export function facilityInput(values: FacilityFormValues) {
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    level: values.level,
    legalForm: values.legalForm,
    careType: values.careType,
    locationId: values.location.D ?? '',
    address: blankToNull(values.address),
    phone: blankToNull(values.phone),
    fax: blankToNull(values.fax),
    email: blankToNull(values.email),
    accCode: blankToNull(values.accCode),
    servicePriceListId: values.servicePriceListId || null,
    itemPriceListId: values.itemPriceListId || null,
  };
}

/** The server's rules, as the user types. */
export function validateFacility(values: FacilityFormValues): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const input = facilityInput(values);
  for (const key of ['code', 'name', 'address', 'phone', 'fax', 'email', 'accCode'] as const) {
    const value = input[key];
    if ((key === 'code' || key === 'name') && !value) issues.push({ path: key, code: 'REQUIRED' });
    else if (value && value.length > LIMITS[key]) issues.push({ path: key, code: 'TOO_LONG' });
  }
  if (!(FACILITY_LEVELS as readonly string[]).includes(values.level)) issues.push({ path: 'level', code: 'REQUIRED' });
  if (!(LEGAL_FORMS as readonly string[]).includes(values.legalForm)) issues.push({ path: 'legalForm', code: 'REQUIRED' });
  if (!(CARE_TYPES as readonly string[]).includes(values.careType)) issues.push({ path: 'careType', code: 'REQUIRED' });
  if (!input.locationId) issues.push({ path: 'location', code: 'REQUIRED' });
  if (input.email && input.email.length <= LIMITS.email && !/^[^@\s]+@[^@\s]+$/.test(input.email)) issues.push({ path: 'email', code: 'INVALID' });
  return issues;
}

/**
 * The price lists a facility in `district` (of `region`) may use: the national ones, its region's and its district's
 * (openIMIS offers a health facility the price lists of its region and district).
 */
export function priceListsFor<T extends { locationId?: string | null }>(lists: readonly T[], region: string | undefined, district: string | undefined): T[] {
  return lists.filter((list) => !list.locationId || list.locationId === region || list.locationId === district);
}

/** A catchment line as the form holds it: the village and its share typed as text. */
export interface CatchmentRow {
  locationId: string;
  code: string;
  name: string;
  percent: string;
}

/** The stored catchment as form rows. */
export function catchmentRows(stored: readonly { locationId: string; percent: number; location?: { code: string; name: string } | null }[]): CatchmentRow[] {
  return stored.map((c) => ({ locationId: c.locationId, code: c.location?.code ?? '', name: c.location?.name ?? '', percent: String(c.percent) }));
}

/** The server's rules, as the user types: 0-100, whole numbers; null = fine. */
export function catchmentPercentIssue(percent: string): 'required' | 'range' | null {
  const text = percent.trim();
  if (!text) return 'required';
  return /^\d{1,3}$/.test(text) && Number(text) <= 100 ? null : 'range';
}

/** A village added once: the rows with it (percent 100 by default), or unchanged when it is there already. */
export function addCatchment(rows: readonly CatchmentRow[], village: { id: string; code: string; name: string }): CatchmentRow[] {
  if (rows.some((r) => r.locationId === village.id)) return [...rows];
  return [...rows, { locationId: village.id, code: village.code, name: village.name, percent: '100' }];
}

/** The update's `catchments` (the whole list), or null while a share is not valid. */
export function catchmentInput(rows: readonly CatchmentRow[]): { locationId: string; percent: number }[] | null {
  if (rows.some((r) => catchmentPercentIssue(r.percent))) return null;
  return rows.map((r) => ({ locationId: r.locationId, percent: Number(r.percent.trim()) }));
}

/** A server error's line (`catchments.<i>.locationId|percent`), for the row it belongs to. */
export function catchmentErrorRow(field: string | null | undefined): { index: number; field: 'locationId' | 'percent' } | null {
  const match = /^catchments\.(\d+)\.(locationId|percent)$/.exec(field ?? '');
  return match ? { index: Number(match[1]), field: match[2] as 'locationId' | 'percent' } : null;
}
