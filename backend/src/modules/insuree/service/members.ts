/**
 * A family's members changed: an insuree joined it (added, moved in) or left it (moved away,
 * removed). The insuree domain announces it as the after-event `insuree.familyMembersChanged`,
 * in the mutation's transaction, with the member ids before and after; core writes it into the
 * family's history (a throw in a handler rolls the change back).
 */
import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../../../db/engine.js';
import type { Ctx } from '../../../graphql/context.js';
import { runHook } from '../../../platform/hooks.js';
import { insurees } from '../tables.js';

export type MemberChange = 'JOINED' | 'LEFT';

declare module '../../../platform/hooks.js' {
  interface HookPoints {
    /** After an insuree joined or left a family, in the same transaction. */
    'insuree.familyMembersChanged': {
      tx: Tx;
      user: Ctx['user'];
      familyId: number;
      insureeId: number;
      change: MemberChange;
      /** member ids in id order */
      before: number[];
      after: number[];
    };
  }
}

async function memberIds(tx: Tx, familyId: number): Promise<number[]> {
  const rows = await tx.select({ id: insurees.id }).from(insurees).where(eq(insurees.familyId, familyId)).orderBy(asc(insurees.id));
  return rows.map((r) => r.id);
}

/**
 * Announces the change, whether the insuree's row already reflects it (after an insert or a
 * move) or not yet (before the delete that follows in the same transaction).
 */
export async function familyMembersChanged(
  tx: Tx,
  ctx: Pick<Ctx, 'user'>,
  change: { familyId: number; insureeId: number; change: MemberChange },
): Promise<void> {
  const now = await memberIds(tx, change.familyId);
  const without = now.filter((id) => id !== change.insureeId);
  const withIt = [...without, change.insureeId].sort((a, b) => a - b);
  const [before, after] = change.change === 'JOINED' ? [without, withIt] : [withIt, without];
  await runHook('insuree.familyMembersChanged', {
    tx,
    user: ctx.user,
    familyId: change.familyId,
    insureeId: change.insureeId,
    change: change.change,
    before,
    after,
  });
}
