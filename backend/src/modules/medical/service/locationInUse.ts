/**
 * A `location.deleting` handler refusing the delete while rows of a table still point at the
 * location (facilities in a district, families in a village). A kit piece: it belongs in
 * platform/ with the hook; it lives here until the kit owner moves it.
 */
import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { ErrorCodes, userError } from '../../../graphql/errors.js';
import type { HookHandler, HookPoints } from '../../../platform/hooks.js';

export function refuseWhileUsed(table: PgTable & { id: PgColumn }, column: PgColumn, message: string): HookHandler<HookPoints['location.deleting']> {
  return async ({ tx, location }) => {
    const [used] = await tx.select({ id: table.id }).from(table).where(eq(column, location.id)).limit(1);
    return used ? [userError('id', ErrorCodes.inUse, message)] : [];
  };
}
