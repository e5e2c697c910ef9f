/** GraphQL documents of the product pages (backend module `policy`); their result types come from the schema. */
import { graphql, type ResultOf, USER_ERRORS } from '../graphql.js';

/** A product's location with the region above a district (the picker's path, the list's label). */
export const PRODUCT_LOCATION = graphql(`
  fragment ProductLocation on Location { id code name type parent { id code name type } }
`);

export const PRODUCTS = graphql(
  `
  query ProductSearch($filter: ProductFilter, $first: Int, $after: String) {
    products(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo { hasNextPage endCursor }
      edges { node { id code name dateFrom dateTo lumpSum premiumAdult premiumChild location { ...ProductLocation } } }
    }
  }
`,
  [PRODUCT_LOCATION],
);
export type ProductRow = ResultOf<typeof PRODUCTS>['products']['edges'][number]['node'];

/** For the conversion product picker. */
export const PRODUCT_CHOICES = graphql(`
  query ProductChoices($filter: ProductFilter, $first: Int) {
    products(filter: $filter, first: $first) { edges { node { id code name } } }
  }
`);

export const PRODUCT_FIELDS_FRAGMENT = graphql(
  `
  fragment ProductFields on Product {
    id version createdAt updatedAt
    code name locationId location { ...ProductLocation } dateFrom dateTo
    conversionProductId conversionProduct { id code name }
    insurancePeriod administrationPeriod maxMembers threshold maxInstallments accCodePremiums accCodeRemuneration
    lumpSum premiumAdult premiumChild registrationLumpSum registrationFee generalAssemblyLumpSum generalAssemblyFee
    enrolmentDiscountPerc enrolmentDiscountPeriod renewalDiscountPerc renewalDiscountPeriod
    gracePeriodEnrolment gracePeriodRenewal gracePeriodPayment startCycle1 startCycle2 startCycle3 startCycle4
    ceilingInterpretation
    dedTreatment dedInsuree dedPolicy dedIpTreatment dedIpInsuree dedIpPolicy dedOpTreatment dedOpInsuree dedOpPolicy
    maxTreatment maxInsuree maxPolicy maxIpTreatment maxIpInsuree maxIpPolicy maxOpTreatment maxOpInsuree maxOpPolicy
    maxPolicyExtraMember maxPolicyExtraMemberIp maxPolicyExtraMemberOp maxCeilingPolicy maxCeilingPolicyIp maxCeilingPolicyOp
    maxAmountConsultation maxAmountSurgery maxAmountDelivery maxAmountHospitalization maxAmountAntenatal
    maxNoConsultation maxNoSurgery maxNoDelivery maxNoHospitalization maxNoVisits maxNoAntenatal
  }
`,
  [PRODUCT_LOCATION],
);
export type ProductDetails = ResultOf<typeof PRODUCT_FIELDS_FRAGMENT>;

export const PRODUCT_BY_ID = graphql(`query ProductById($id: ID!) { product(id: $id) { ...ProductFields } }`, [PRODUCT_FIELDS_FRAGMENT]);

export const CREATE_PRODUCT = graphql(
  `mutation CreateProduct($input: CreateProductInput!) { createProduct(input: $input) { product { id } errors { ...UserErrors } } }`,
  [USER_ERRORS],
);

export const UPDATE_PRODUCT = graphql(
  `mutation UpdateProduct($input: UpdateProductInput!) { updateProduct(input: $input) { product { ...ProductFields } errors { ...UserErrors } } }`,
  [PRODUCT_FIELDS_FRAGMENT, USER_ERRORS],
);

export const DUPLICATE_PRODUCT = graphql(
  `mutation DuplicateProduct($input: DuplicateProductInput!) { duplicateProduct(input: $input) { product { id } errors { ...UserErrors } } }`,
  [USER_ERRORS],
);

export const PRODUCT_SERVICES = graphql(`
  query ProductServices($id: ID!, $search: String, $first: Int, $after: String) {
    product(id: $id) {
      id version
      lines: services(search: $search, first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { cursor node { 
          priceOrigin limitationType limitationTypeR limitationTypeE limitAdult limitChild limitAdultR limitChildR limitAdultE limitChildE
          limitNoAdult limitNoChild waitingPeriodAdult waitingPeriodChild ceilingExclusionAdult ceilingExclusionChild
           medical: service { id code name price } } }
      }
    }
  }
`);

export const PRODUCT_ITEMS = graphql(`
  query ProductItems($id: ID!, $search: String, $first: Int, $after: String) {
    product(id: $id) {
      id version
      lines: items(search: $search, first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { cursor node { 
          priceOrigin limitationType limitationTypeR limitationTypeE limitAdult limitChild limitAdultR limitChildR limitAdultE limitChildE
          limitNoAdult limitNoChild waitingPeriodAdult waitingPeriodChild ceilingExclusionAdult ceilingExclusionChild
           medical: item { id code name price } } }
      }
    }
  }
`);

export const MEDICAL_SERVICES = graphql(`
  query MedicalServicePick($filter: MedicalServiceFilter, $first: Int, $after: String) {
    medicalServices(filter: $filter, first: $first, after: $after) {
      totalCount totalCountCapped
      pageInfo { hasNextPage endCursor }
      edges { node { id code name price } }
    }
  }
`);

export const MEDICAL_ITEMS = graphql(`
  query MedicalItemPick($filter: MedicalItemFilter, $first: Int, $after: String) {
    medicalItems(filter: $filter, first: $first, after: $after) {
      totalCount totalCountCapped
      pageInfo { hasNextPage endCursor }
      edges { node { id code name price } }
    }
  }
`);

export const SET_PRODUCT_SERVICES = graphql(
  `mutation SetProductServices($input: SetProductServicesInput!) { setProductServices(input: $input) { product { id version } errors { ...UserErrors } } }`,
  [USER_ERRORS],
);

export const SET_PRODUCT_ITEMS = graphql(
  `mutation SetProductItems($input: SetProductItemsInput!) { setProductItems(input: $input) { product { id version } errors { ...UserErrors } } }`,
  [USER_ERRORS],
);

/** A covered line (a service's or an item's: the same settings, the medical service or item as `medical`). */
export type ResultOfLines = NonNullable<ResultOf<typeof PRODUCT_SERVICES>['product']>['lines']['edges'][number]['node'];
