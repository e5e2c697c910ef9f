import { FAMILY_FIELDS, type FieldIssue, validateFamily } from '@kente/contract-insuree';
import { blankToNull } from '@kente/sdk/forms';
import { type LocationPath, locationPathOf } from '@kente/sdk/ui';
import type { FamilyDetails } from './familyQueries.js';

/** What the family form edits (the head is edited on its own insuree page). */
export interface FamilyFormValues {
  village: LocationPath;
  povertyStatus: boolean;
  familyType: string;
  confirmationType: string;
  confirmationNumber: string;
  address: string;
}

/** Form fields: the contract's list, the village id as a picker. */
export const FAMILY_FORM_FIELDS = FAMILY_FIELDS.map(familyFormField);

/** Server and contract field names that differ from the form's. */
export function familyFormField(field: string): string {
  return field.replace(/^villageId$/, 'village');
}

export function emptyFamily(): FamilyFormValues {
  return { village: {}, povertyStatus: false, familyType: '', confirmationType: '', confirmationNumber: '', address: '' };
}

export function familyToForm(family: FamilyDetails): FamilyFormValues {
  return {
    village: locationPathOf(family.village),
    povertyStatus: Boolean(family.povertyStatus),
    familyType: family.familyType ?? '',
    confirmationType: family.confirmationType ?? '',
    confirmationNumber: family.confirmationNumber ?? '',
    address: family.address ?? '',
  };
}

export function familyInput(values: FamilyFormValues) {
  return {
    villageId: values.village.V ?? null,
    povertyStatus: values.povertyStatus,
    familyType: blankToNull(values.familyType),
    confirmationType: blankToNull(values.confirmationType),
    confirmationNumber: blankToNull(values.confirmationNumber),
    address: blankToNull(values.address),
  };
}

export function validateFamilyForm(values: FamilyFormValues): FieldIssue[] {
  return validateFamily(familyInput(values)).map((issue) => ({ ...issue, path: familyFormField(issue.path) }));
}
