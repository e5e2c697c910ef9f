import { type FieldIssue, INSUREE_FIELDS, type InsuranceNumberConfig, validateInsuree } from '@kente/contract-insuree';
import { blankToNull, type HealthFacilityChoice } from '@kente/sdk/forms';
import { deepestLocation, type LocationPath, locationPathOf } from '@kente/sdk/ui';
import type { InsureeDetails } from './insureeQueries.js';

/** What the insuree form edits: text fields as strings ('' = none), pickers as their choices. */
export interface InsureeFormValues {
  insuranceNumber: string;
  lastName: string;
  otherNames: string;
  gender: string;
  birthDate: string;
  maritalStatus: string;
  phone: string;
  email: string;
  profession: string;
  education: string;
  identificationType: string;
  identificationNumber: string;
  currentVillage: LocationPath;
  currentAddress: string;
  healthFacility: HealthFacilityChoice | null;
  cardIssued: boolean;
}

/** Form fields, as react-hook-form names them (server errors land on these): the contract's list, ids as pickers. */
export const INSUREE_FORM_FIELDS = INSUREE_FIELDS.map(insureeFormField);

/** Server and contract field names that differ from the form's (a picker holds the chosen object, not its id). */
export function insureeFormField(field: string): string {
  return field.replace(/currentVillageId$/, 'currentVillage').replace(/healthFacilityId$/, 'healthFacility');
}

export function emptyInsuree(): InsureeFormValues {
  return {
    insuranceNumber: '',
    lastName: '',
    otherNames: '',
    gender: '',
    birthDate: '',
    maritalStatus: '',
    phone: '',
    email: '',
    profession: '',
    education: '',
    identificationType: '',
    identificationNumber: '',
    currentVillage: {},
    currentAddress: '',
    healthFacility: null,
    cardIssued: false,
  };
}

export function insureeToForm(insuree: InsureeDetails): InsureeFormValues {
  return {
    insuranceNumber: insuree.insuranceNumber,
    lastName: insuree.lastName,
    otherNames: insuree.otherNames,
    gender: insuree.gender,
    birthDate: insuree.birthDate,
    maritalStatus: insuree.maritalStatus ?? '',
    phone: insuree.phone ?? '',
    email: insuree.email ?? '',
    profession: insuree.profession ?? '',
    education: insuree.education ?? '',
    identificationType: insuree.identificationType ?? '',
    identificationNumber: insuree.identificationNumber ?? '',
    currentVillage: locationPathOf(insuree.currentVillage),
    currentAddress: insuree.currentAddress ?? '',
    healthFacility: insuree.healthFacility,
    cardIssued: insuree.cardIssued,
  };
}

/** The server's InsureeInput (blank optional fields become null, which clears them on update). */
export function insureeInput(values: InsureeFormValues) {
  return {
    insuranceNumber: values.insuranceNumber.trim(),
    lastName: values.lastName.trim(),
    otherNames: values.otherNames.trim(),
    gender: values.gender,
    birthDate: values.birthDate,
    maritalStatus: blankToNull(values.maritalStatus),
    phone: blankToNull(values.phone),
    email: blankToNull(values.email),
    profession: blankToNull(values.profession),
    education: blankToNull(values.education),
    identificationType: blankToNull(values.identificationType),
    identificationNumber: blankToNull(values.identificationNumber),
    currentVillageId: values.currentVillage.V ?? null,
    currentAddress: blankToNull(values.currentAddress),
    healthFacilityId: values.healthFacility?.id ?? null,
    cardIssued: values.cardIssued,
  };
}

/**
 * The contract's insuree rules on the form's values, with paths under `prefix`
 * ('head', 'insuree' or none), renamed to the form's fields. A current village
 * must be a village, not only a region.
 */
export function validateInsureeForm(values: InsureeFormValues, config: InsuranceNumberConfig, prefix?: string): FieldIssue[] {
  const issues = validateInsuree(insureeInput(values), config, { prefix }).map((issue) => ({ ...issue, path: insureeFormField(issue.path) }));
  if (deepestLocation(values.currentVillage) && !values.currentVillage.V) {
    issues.push({ path: `${prefix ? `${prefix}.` : ''}currentVillage`, code: 'REQUIRED' });
  }
  return issues;
}
