/**
 * The service layer's share of the kit. A service function (modules/<domain>/service/*.ts) holds a
 * domain's rules and transactions; it receives a ServiceCtx instead of GraphQL's per-request
 * context, so http routes, hooks and other domains call it too, and throws UserErrors inside a
 * transaction to roll it back and answer the errors as the payload's.
 */
import type { ModuleConfig } from '../config/module-config.js';
import type { Db, Tx } from '../db/engine.js';
import type { SessionUser } from '../graphql/context.js';
import { parseId } from '../graphql/crud.js';
import { conflictError, type UserError, UserErrors } from '../graphql/errors.js';

export { UserErrors };

import { lockRow, type RowOf, type VersionedTable } from './rows.js';

/** What a service function gets of the request: the database, who acts (history, scope), the module configuration. */
export interface ServiceCtx {
  db: Db;
  user: SessionUser | null;
  moduleConfig: ModuleConfig;
}

/** Locks the row and checks the version the user saw: `notFound` or CONFLICT (as UserErrors) roll the transaction back. */
export async function lockVersion<T extends VersionedTable>(tx: Tx, table: T, id: unknown, version: number, notFound: UserError): Promise<RowOf<T>> {
  const row = await lockRow(tx, table, parseId(id));
  if (!row) throw new UserErrors([notFound]);
  if (row.version !== version) throw new UserErrors([conflictError()]);
  return row;
}
