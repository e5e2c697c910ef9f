/** The payer form's pure logic: the form's values from a payer and back to the server's input, the contract's rules on them. */
import { type FieldIssue, PAYER_FIELDS, validatePayer } from '@kente/contract-policy';
import { blankToNull } from '@kente/sdk/forms';
import type { ProductLocation } from '../products/productForm.js';

/** What the payer form edits: texts ('' = none), the location as a region / district path. */
export interface PayerFormValues {
  type: string;
  name: string;
  address: string;
  location: { R?: string; D?: string };
  phone: string;
  fax: string;
  email: string;
}

/** The form field a server or contract field is shown on (the location picker holds a path). */
export function payerFormField(field: string): string {
  return field === 'locationId' ? 'location' : field;
}

export const PAYER_FORM_FIELDS = PAYER_FIELDS.map(payerFormField);

export interface PayerValues {
  type: string;
  name: string;
  address?: string | null;
  phone?: string | null;
  fax?: string | null;
  email?: string | null;
  location?: ProductLocation | null;
}

export function payerToForm(payer: PayerValues | null): PayerFormValues {
  const location = payer?.location;
  return {
    type: payer?.type ?? '',
    name: payer?.name ?? '',
    address: payer?.address ?? '',
    location: location ? (location.type === 'D' ? { R: location.parent?.id, D: location.id } : { R: location.id }) : {},
    phone: payer?.phone ?? '',
    fax: payer?.fax ?? '',
    email: payer?.email ?? '',
  };
}

/** The server's payer input: blank optional texts are null (they clear the field), the location the deepest chosen (none: national). */
export function payerInput(values: PayerFormValues) {
  return {
    type: values.type,
    name: values.name.trim(),
    address: blankToNull(values.address),
    locationId: values.location.D ?? values.location.R ?? null,
    phone: blankToNull(values.phone),
    fax: blankToNull(values.fax),
    email: blankToNull(values.email),
  };
}

export function validatePayerForm(values: PayerFormValues): FieldIssue[] {
  return validatePayer(payerInput(values)).map((issue) => ({ ...issue, path: payerFormField(issue.path) }));
}
