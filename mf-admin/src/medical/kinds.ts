/** What differs between medical services, items and diagnoses in the console: routes, rights (openIMIS codes), history entity. */
import type { CatalogKind } from './medicalForm.js';

export interface KindSpec {
  /** Route of the list; a record is `${base}/:id`, a new one `${base}/new`. */
  base: string;
  /** The texts' key under `medical.` */
  key: 'services' | 'items' | 'diagnoses';
  entity: 'MedicalService' | 'MedicalItem' | 'Diagnosis';
  rights: { search: number; add: number; edit: number; delete: number };
}

export const KINDS: Record<CatalogKind, KindSpec> = {
  S: { base: '/admin/medical-services', key: 'services', entity: 'MedicalService', rights: { search: 121401, add: 121402, edit: 121403, delete: 121404 } },
  I: { base: '/admin/medical-items', key: 'items', entity: 'MedicalItem', rights: { search: 122101, add: 122102, edit: 122103, delete: 122104 } },
  D: { base: '/admin/diagnoses', key: 'diagnoses', entity: 'Diagnosis', rights: { search: 122201, add: 122202, edit: 122203, delete: 122204 } },
};

/** Price lists: services 121201-121204, items 121301-121304 (duplicating needs the add right of the kind). */
export const PRICE_LIST_RIGHTS = {
  S: { search: 121201, add: 121202, edit: 121203, delete: 121204 },
  I: { search: 121301, add: 121302, edit: 121303, delete: 121304 },
} as const;
