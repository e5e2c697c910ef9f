/**
 * The slots mf-insuree offers, typed once here: their props contracts (for
 * `<Slot>` and for the components other modules contribute) and their offers
 * (for mf-insuree's manifest). Importing this file (even `import type`) turns
 * the checks on in a module's program.
 */
import { defineSlot } from '@kente/sdk/contract';

/** What the family picker hands back. */
export interface FamilyChoice {
  id: string;
  headInsuranceNumber: string;
  headName: string;
  village: string;
}

/** What the insuree picker hands back. */
export interface InsureeChoice {
  id: string;
  insuranceNumber: string;
  lastName: string;
  otherNames: string;
}

/** Props every picker slot passes to its picker. */
export interface PickerProps<T> {
  value: T | null;
  onChange: (value: T | null) => void;
  label?: string;
  required?: boolean;
  disabled?: boolean;
  /** A message shown under the field (already translated). */
  error?: string;
}

export interface FamilyPanelsProps {
  familyId: string;
}

export interface InsureePanelsProps {
  insureeId: string;
  insuranceNumber: string;
}

export interface EnquiryPanelsProps {
  insuranceNumber: string;
}

declare module '@kente/sdk/contract' {
  interface SlotContracts {
    'insuree.family.panels': FamilyPanelsProps;
    'insuree.insuree.panels': InsureePanelsProps;
    'insuree.enquiry.panels': EnquiryPanelsProps;
    'insuree.picker.insuree': PickerProps<InsureeChoice>;
    'insuree.picker.family': PickerProps<FamilyChoice>;
  }
}

/** The offers, for mf-insuree's manifest: `slots: Object.values(insureeSlots)`. */
export const insureeSlots = {
  familyPanels: defineSlot('insuree.family.panels', { version: '1.0.0', description: 'Panels on the family page.' }),
  insureePanels: defineSlot('insuree.insuree.panels', { version: '1.0.0', description: 'Panels on the insuree page.' }),
  enquiryPanels: defineSlot('insuree.enquiry.panels', { version: '1.0.0', description: 'Answers shown under an enquiry.' }),
  insureePicker: defineSlot('insuree.picker.insuree', {
    version: '1.0.0',
    single: true,
    description: 'An insuree picker searching the server by insurance number or name; the first visible contribution renders.',
  }),
  familyPicker: defineSlot('insuree.picker.family', {
    version: '1.0.0',
    single: true,
    description: "A family/group picker searching the server by the head's insurance number or a member's name; the first visible contribution renders.",
  }),
} as const;
