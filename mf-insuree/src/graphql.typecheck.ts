/**
 * Type-level tests of the typed documents (checked by `pnpm run typecheck`, never run):
 * a document selecting a field the backend's schema does not have, or code reading
 * a field the document does not select, fails the type check.
 */
import { graphql, type ResultOf } from './graphql.js';

const INSUREE_NAME = graphql(`query TypecheckInsureeName($id: ID) { insuree(id: $id) { id lastName } }`);
type InsureeName = NonNullable<ResultOf<typeof INSUREE_NAME>['insuree']>;

export const readsSelected = (insuree: InsureeName): string => insuree.lastName;

// @ts-expect-error `surname` is not selected (a field renamed on the server: the code reading it breaks)
export const readsUnknown = (insuree: InsureeName): string => insuree.surname;
