/**
 * The product form's pure logic: which tab holds which field, the form's values from a product
 * and back to the server's input, the contract's rules on them, and the tab of an error.
 * Field names are the contract's (`PRODUCT_FIELDS`, ...): a field is named once.
 */
import {
  CEILING_MONEY_FIELDS,
  CONTRIBUTION_MONEY_FIELDS,
  type FieldIssue,
  MAX_COUNT_FIELDS,
  PRODUCT_COUNT_FIELDS,
  PRODUCT_CYCLE_FIELDS,
  PRODUCT_FIELDS,
  PRODUCT_LINE_DEFAULTS,
  PRODUCT_LINE_FIELDS,
  PRODUCT_PERCENT_FIELDS,
  type ProductFields,
  type ProductLineFields,
  validateProduct,
  validateProductLine,
} from '@kente/contract-policy';

export type ProductField = keyof ProductFields;
export type ProductLineField = keyof ProductLineFields;

/** The form's own tabs that hold product fields, in their order; the covered services and items tabs follow. */
export const PRODUCT_FORM_TABS = ['main', 'contribution', 'ceilings'] as const;
export type ProductFormTab = (typeof PRODUCT_FORM_TABS)[number];

/** Groups of fields inside a tab, each under a heading (`product.groups.<group>`). */
export const PRODUCT_FIELD_GROUPS = {
  main: {
    identity: ['code', 'name', 'dateFrom', 'dateTo', 'conversionProductId', 'locationId'],
    periods: ['insurancePeriod', 'administrationPeriod', 'maxMembers', 'threshold', 'maxInstallments'],
    accounts: ['accCodePremiums', 'accCodeRemuneration'],
  },
  contribution: {
    amounts: CONTRIBUTION_MONEY_FIELDS,
    discounts: ['enrolmentDiscountPerc', 'enrolmentDiscountPeriod', 'renewalDiscountPerc', 'renewalDiscountPeriod'],
    grace: ['gracePeriodEnrolment', 'gracePeriodRenewal', 'gracePeriodPayment'],
    cycles: PRODUCT_CYCLE_FIELDS,
  },
  ceilings: {
    interpretation: ['ceilingInterpretation'],
    deductibles: CEILING_MONEY_FIELDS.filter((f) => f.startsWith('ded')),
    ceilings: CEILING_MONEY_FIELDS.filter((f) => /^max(Ip|Op)?(Treatment|Insuree|Policy)$/.test(f)),
    extraMember: CEILING_MONEY_FIELDS.filter((f) => f.startsWith('maxPolicyExtraMember') || f.startsWith('maxCeilingPolicy')),
    maxAmounts: CEILING_MONEY_FIELDS.filter((f) => f.startsWith('maxAmount')),
    maxCounts: MAX_COUNT_FIELDS,
  },
} as const satisfies Record<ProductFormTab, Record<string, readonly ProductField[]>>;

/** The fields of each tab. */
export const PRODUCT_TAB_FIELDS = Object.fromEntries(
  PRODUCT_FORM_TABS.map((tab) => [tab, Object.values(PRODUCT_FIELD_GROUPS[tab]).flat() as ProductField[]]),
) as Record<ProductFormTab, ProductField[]>;

/** The form field a server or contract field is shown on (the location picker holds a path, the conversion picker a product). */
export function productFormField(field: string): string {
  if (field === 'locationId') return 'location';
  if (field === 'conversionProductId') return 'conversionProduct';
  return field;
}

/** The form's fields in the order the tabs show them (the conflict dialog's rows, the first error to focus). */
export const PRODUCT_FIELDS_ORDER = PRODUCT_FORM_TABS.flatMap((tab) => PRODUCT_TAB_FIELDS[tab]).map(productFormField);

/** The form's field names (where an error may land). */
export const PRODUCT_FORM_FIELDS = PRODUCT_FIELDS.map(productFormField);

/** The tab showing a field (a server or form field name), or null when no tab of the form shows it. */
export function tabOfField(field: string | null | undefined): ProductFormTab | null {
  if (!field) return null;
  const name = field === 'location' ? 'locationId' : field === 'conversionProduct' ? 'conversionProductId' : field;
  return PRODUCT_FORM_TABS.find((tab) => (PRODUCT_TAB_FIELDS[tab] as string[]).includes(name)) ?? null;
}

/** The tab to open for a list of errors: the one holding the first error on a field of the form, in the form's order. */
export function firstErrorTab(fields: ReadonlyArray<string | null | undefined>): ProductFormTab | null {
  const tabs = fields.map(tabOfField).filter((tab): tab is ProductFormTab => tab !== null);
  if (tabs.length === 0) return null;
  return PRODUCT_FORM_TABS.find((tab) => tabs.includes(tab)) ?? null;
}

/** A location as the product carries it: id and level, with the region above a district. */
export interface ProductLocation {
  id: string;
  name: string;
  type: string;
  parent?: ProductLocation | null;
}

export interface ConversionChoice {
  id: string;
  code: string;
  name: string;
}

/** What the form edits: every product field as text ('' = none), the location as a path, the conversion product as a choice. */
export type ProductFormValues = { [K in Exclude<ProductField, 'locationId' | 'conversionProductId'>]: string } & {
  location: { R?: string; D?: string };
  conversionProduct: ConversionChoice | null;
};

const COUNT_LIKE = new Set<string>([...PRODUCT_COUNT_FIELDS, ...PRODUCT_PERCENT_FIELDS]);

/** What openIMIS (and the table's defaults) give a new product. */
export const NEW_PRODUCT_DEFAULTS: Partial<Record<ProductField, string>> = {
  insurancePeriod: '12',
  administrationPeriod: '0',
  maxMembers: '1',
  lumpSum: '0',
  gracePeriodEnrolment: '0',
  gracePeriodRenewal: '0',
  gracePeriodPayment: '0',
  ceilingInterpretation: 'I',
};

/** The product as the form shows it (a product read from the server, or a new one). */
export type ProductValues = Partial<Record<ProductField, string | number | null>> & {
  location?: ProductLocation | null;
  conversionProduct?: ConversionChoice | null;
};

export function productToForm(product: ProductValues | null): ProductFormValues {
  const values: Record<string, unknown> = {};
  for (const field of PRODUCT_FIELDS) {
    if (field === 'locationId' || field === 'conversionProductId') continue;
    const value = product ? product[field] : NEW_PRODUCT_DEFAULTS[field];
    values[field] = value == null ? '' : String(value);
  }
  const location = product?.location;
  values.location = location ? (location.type === 'D' ? { R: location.parent?.id, D: location.id } : { R: location.id }) : {};
  values.conversionProduct = product?.conversionProduct ?? null;
  return values as ProductFormValues;
}

/** A whole number typed as text; text that is not one is passed on as is, for the rules to refuse. */
function toCount(text: string): number | string {
  return /^\s*-?\d+\s*$/.test(text) ? Number(text.trim()) : text;
}

/**
 * The server's product input from the form: blanks are null (they clear a field; a field that
 * cannot be empty answers REQUIRED), counts and percents are numbers, amounts decimal strings.
 */
export function productInput(values: ProductFormValues): Record<ProductField, string | number | null> {
  const input: Record<string, string | number | null> = {};
  for (const field of PRODUCT_FIELDS) {
    if (field === 'locationId') input[field] = values.location.D ?? values.location.R ?? null;
    else if (field === 'conversionProductId') input[field] = values.conversionProduct?.id ?? null;
    else {
      const text = (values[field] ?? '').trim();
      input[field] = text === '' ? null : COUNT_LIKE.has(field) ? toCount(text) : text;
    }
  }
  return input as Record<ProductField, string | number | null>;
}

/** The input of createProduct: blank fields left out, so the server's defaults apply. */
export function createProductInput(values: ProductFormValues): Partial<Record<ProductField, string | number>> {
  return Object.fromEntries(Object.entries(productInput(values)).filter(([, value]) => value !== null)) as Partial<Record<ProductField, string | number>>;
}

/** The contract's rules (the server's) on the form, each issue on the form's field. Percents are whole numbers (the API's Int). */
export function validateProductForm(values: ProductFormValues): FieldIssue[] {
  const input = productInput(values);
  const issues = validateProduct(input).map((issue) => ({ ...issue, path: productFormField(issue.path) }));
  for (const field of PRODUCT_PERCENT_FIELDS) {
    const value = input[field];
    if (typeof value === 'string' && !issues.some((issue) => issue.path === field)) issues.push({ path: field, code: 'INVALID_FORMAT' });
  }
  return issues;
}

/** A covered line's settings as the form edits them (text, '' = none). */
export type LineFormValues = Record<ProductLineField, string>;

export function lineToForm(line: Partial<Record<ProductLineField, string | number | null>> | null): LineFormValues {
  const source = line ?? PRODUCT_LINE_DEFAULTS;
  return Object.fromEntries(
    PRODUCT_LINE_FIELDS.map((field) => {
      const value = (source as Partial<Record<ProductLineField, string | number | null>>)[field];
      return [field, value == null ? '' : String(value)];
    }),
  ) as LineFormValues;
}

/** The line settings form's fields (where a server error may land). */
export const PRODUCT_LINE_FORM_FIELDS: readonly string[] = PRODUCT_LINE_FIELDS;

const LINE_COUNTS = new Set<string>(['limitNoAdult', 'limitNoChild', 'waitingPeriodAdult', 'waitingPeriodChild']);

/** The server's ProductLineSettingsInput: blanks null (the server's defaults for types and limits), counts numbers. */
export function lineInput(values: LineFormValues): Record<ProductLineField, string | number | null> {
  return Object.fromEntries(
    PRODUCT_LINE_FIELDS.map((field) => {
      const text = (values[field] ?? '').trim();
      return [field, text === '' ? null : LINE_COUNTS.has(field) ? toCount(text) : text];
    }),
  ) as Record<ProductLineField, string | number | null>;
}

export function validateLineForm(values: LineFormValues): FieldIssue[] {
  return validateProductLine(lineInput(values));
}

/** The server takes at most this many ids in one setProductServices / setProductItems call. */
export const MAX_IDS_PER_CALL = 1000;

/** Ids in batches of at most `size`. */
export function chunks<T>(ids: readonly T[], size = MAX_IDS_PER_CALL): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < ids.length; i += size) batches.push(ids.slice(i, i + size));
  return batches;
}

/** What a duplicate asks for: a new code and name, and a location (none: the original's). */
export interface DuplicateFormValues {
  code: string;
  name: string;
  location: { R?: string; D?: string };
}

/** The contract's code and name rules on the duplicate dialog. */
export function validateDuplicateForm(values: DuplicateFormValues): FieldIssue[] {
  return validateProduct({ code: values.code, name: values.name }, { partial: true });
}

/** The server's DuplicateProductInput; no location chosen keeps the original's. */
export function duplicateInput(id: string, values: DuplicateFormValues) {
  const locationId = values.location.D ?? values.location.R;
  return { id, code: values.code.trim(), name: values.name.trim(), ...(locationId ? { locationId } : {}) };
}
