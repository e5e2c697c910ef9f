/** Who reads and changes what in the policy domain: rights, type rules, scope, mutation guards, input bounds. */
import { sql } from 'drizzle-orm';
import { type DomainDefinition, rightsFrom } from '../../platform/domain.js';
import { NATIONAL } from '../../platform/scope.js';
import { Rights } from '../core/rights.js';
import { productServices, products } from './tables.js';

const r = Rights;
const productRights = [r.productSearch, r.productAdd, r.productEdit, r.productDelete, r.productDuplicate];
/** The location a create or update names: absent = unchanged (null), none = national (national users only). */
const newLocation = (a: { input: Record<string, unknown> }) => (a.input.locationId === undefined ? null : a.input.locationId || NATIONAL);

export const policyAccess = {
  rights: rightsFrom(Rights, {
    productSearch: 'Search and view products',
    productAdd: 'Add products',
    productEdit: 'Edit products and their covered services and items',
    productDelete: 'Delete products',
    productDuplicate: 'Duplicate products',
  }),
  typeRules: {
    Product: { read: productRights, scope: 'Product' },
    ProductService: { read: productRights },
    ProductItem: { read: productRights },
  },
  scope: {
    // A product belongs to a region or a district (none = national). A scoped user changes those of
    // their area and reads those that apply there: of their area, of the region above, national ones.
    Product: {
      table: products,
      where: (area) => sql`${products.locationId} = any(${area})`,
      visible: (area, above) => sql`(${products.locationId} is null or ${products.locationId} = any(${area}) or ${products.locationId} = any(${above}))`,
    },
  },
  guards: {
    createProduct: {
      right: r.productAdd,
      records: [
        ['Location', (a) => a.input.locationId || NATIONAL],
        ['Product', (a) => a.input.conversionProductId, 'visible'],
      ],
    },
    updateProduct: {
      right: r.productEdit,
      records: [
        ['Product', (a) => a.input.id],
        ['Location', newLocation],
        ['Product', (a) => a.input.conversionProductId, 'visible'],
      ],
    },
    // the original may be one the user only sees (national, the region's); the copy must be in their area
    duplicateProduct: {
      right: r.productDuplicate,
      records: [
        ['Product', (a) => a.input.id, 'visible'],
        ['Location', newLocation],
      ],
    },
    setProductServices: { right: r.productEdit, records: [['Product', (a) => a.input.id]] },
    setProductItems: { right: r.productEdit, records: [['Product', (a) => a.input.id]] },
  },
  inputBounds: {
    CreateProductInput: products,
    UpdateProductInput: products,
    DuplicateProductInput: products,
    ProductFilter: products,
    ProductLineSettingsInput: productServices,
  },
} satisfies Partial<DomainDefinition>;
