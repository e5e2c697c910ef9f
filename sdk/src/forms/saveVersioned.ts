import type { AnyVariables, Client, DocumentInput } from 'urql';
import { CONFLICT, type UserError } from './userErrors.js';

export type VersionedSaveOutcome<T> =
  | { kind: 'saved'; entity: T }
  /** Someone saved first: `theirs` is the record as it is now, for the conflict dialog. */
  | { kind: 'conflict'; theirs: T }
  | { kind: 'invalid'; errors: UserError[] }
  | { kind: 'failed'; message: string };

/**
 * One update that carries the entity's version. A stale version changes
 * nothing on the server; here it fetches what is saved now, so the form can
 * show both versions and let the user choose.
 */
export async function saveVersioned<T>(options: {
  client: Client;
  mutation: DocumentInput<unknown, AnyVariables>;
  input: Record<string, unknown>;
  /** Root field of the mutation and the payload's entity, e.g. updateFamily / family. */
  field: string;
  entity: string;
  /** The record as saved now. */
  reload: () => Promise<T | null | undefined>;
  /** Message when the record is gone. */
  notFound: string;
}): Promise<VersionedSaveOutcome<T>> {
  const result = await options.client.mutation(options.mutation, { input: options.input }).toPromise();
  if (result.error) return { kind: 'failed', message: result.error.graphQLErrors[0]?.message ?? result.error.message };
  const payload = (result.data as Record<string, Record<string, unknown> | undefined> | undefined)?.[options.field];
  const errors = (payload?.errors as UserError[] | undefined) ?? [];
  if (errors.some((e) => e.code === CONFLICT)) {
    const theirs = await options.reload();
    return theirs ? { kind: 'conflict', theirs } : { kind: 'failed', message: options.notFound };
  }
  const entity = payload?.[options.entity] as T | null | undefined;
  if (errors.length || !entity) return { kind: 'invalid', errors };
  return { kind: 'saved', entity };
}
