/** Products: the right, then the search or the service, then the payload. */
import type { Ctx } from '../../../graphql/context.js';
import { loadById } from '../../../graphql/loader.js';
import type { Resolvers } from '../../../graphql/schema-types.js';
import { serviceMutation } from '../../../platform/mutation.js';
import { Rights } from '../../core/rights.js';
import { locations } from '../../location/tables.js';
import { productItemLines, productServiceLines, searchProducts } from '../search/product.js';
import { createProduct, duplicateProduct, type LinesInput, setProductLines, updateProduct } from '../service/product.js';
import { products } from '../tables.js';
import { productById, requireAnyRight } from './eligibility.js';

const lines =
  (kind: 'S' | 'I') => (ctx: Ctx, input: { id: string; version: number; serviceIds?: string[] | null; itemIds?: string[] | null } & Omit<LinesInput, 'ids'>) =>
    setProductLines(ctx, kind, { ...input, ids: kind === 'S' ? input.serviceIds : input.itemIds });

export const productResolvers: Resolvers = {
  Product: {
    location: (row, _, ctx) => loadById(ctx, locations, row.locationId),
    conversionProduct: (row, _, ctx) => loadById(ctx, products, row.conversionProductId),
    services: (row, args, ctx) => productServiceLines(ctx, row, args),
    items: (row, args, ctx) => productItemLines(ctx, row, args),
  },
  Query: {
    // 101202: the clerk selling a policy picks among the products of the family's village
    products: (_, args, ctx) => {
      requireAnyRight(ctx, [Rights.productSearch, Rights.policyAdd]);
      return searchProducts(ctx, args);
    },
    product: productById,
  },
  Mutation: {
    createProduct: serviceMutation('product', Rights.productAdd, createProduct),
    updateProduct: serviceMutation('product', Rights.productEdit, updateProduct),
    duplicateProduct: serviceMutation('product', Rights.productDuplicate, duplicateProduct),
    setProductServices: serviceMutation('product', Rights.productEdit, lines('S')),
    setProductItems: serviceMutation('product', Rights.productEdit, lines('I')),
  },
};
