/**
 * Which payers may fund a product (openIMIS contribution/services.py can_payer_fund_product),
 * over a small location shape the backend and the console both have at hand.
 */

export interface FundingLocation {
  id: string;
  /** R region, D district, W municipality (ward), V village */
  type: string;
  /** the region the location lies in (a region's own id, or null, for a region) */
  regionId?: string | null;
  /** the district the location lies in (a district's own id, or null, for a district); null above districts */
  districtId?: string | null;
}

const regionOf = (location: FundingLocation) => (location.type === 'R' ? location.id : (location.regionId ?? null));
const districtOf = (location: FundingLocation) => (location.type === 'D' ? location.id : (location.districtId ?? null));

/**
 * A payer may fund a product when: the product is national (no location); both have the same
 * location; the product is regional and the payer lies inside that region; the product is a
 * district's and the payer lies inside that district or is at the district's region.
 * A payer always has a location (openIMIS requires it); null answers false for a local product.
 */
export function mayFund(payerLocation: FundingLocation | null | undefined, productLocation: FundingLocation | null | undefined): boolean {
  if (!productLocation) return true;
  if (!payerLocation) return false;
  if (payerLocation.id === productLocation.id) return true;
  if (productLocation.type === 'R') return regionOf(payerLocation) === productLocation.id;
  if (productLocation.type === 'D')
    return districtOf(payerLocation) === productLocation.id || (payerLocation.type === 'R' && payerLocation.id === regionOf(productLocation));
  return false;
}
