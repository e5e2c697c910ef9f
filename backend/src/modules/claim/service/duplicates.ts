/**
 * Reason 6 (duplicate), found in one place for submission (which rejects the lines) and for a save
 * (which warns, `DUPLICATE_SERVICE`): the services of a claim that the same insuree already got,
 * passed, on another submitted claim (Checked, Processed, Valuated) whose visit overlaps this one.
 */
import { ClaimStatus, LineStatus } from '@kente/contract-claim';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/engine.js';
import { claimLines, claims } from '../tables.js';

/** Statuses whose lines count as used (other submitted claims). */
export const SUBMITTED: number[] = [ClaimStatus.checked, ClaimStatus.processed, ClaimStatus.valuated];
export const submittedClaim = sql`${claims.status} in (${sql.join(
  SUBMITTED.map((s) => sql`${s}`),
  sql`, `,
)})`;

/** The passed lines of the insuree's other submitted claims (not `selfId`): the base of reasons 5, 6, 16 and the maxima. */
export const othersPassedLines = (insureeId: number, selfId: number | null) =>
  and(eq(claims.insureeId, insureeId), selfId ? ne(claims.id, selfId) : undefined, submittedClaim, eq(claimLines.status, LineStatus.passed));

export interface VisitOf {
  id: number | null;
  insureeId: number;
  visitFrom: string;
  /** the visit's last day (the target date) */
  visitTo: string;
}

/** The services among `serviceIds` the insuree got, passed, on another submitted claim overlapping the visit. */
export async function duplicatedServices(db: DbOrTx, visit: VisitOf, serviceIds: readonly number[]): Promise<Set<number>> {
  if (!serviceIds.length) return new Set();
  const rows = await db
    .selectDistinct({ serviceId: claimLines.serviceId })
    .from(claimLines)
    .innerJoin(claims, eq(claims.id, claimLines.claimId))
    .where(
      and(
        othersPassedLines(visit.insureeId, visit.id),
        inArray(claimLines.serviceId, [...serviceIds]),
        sql`${claims.visitFrom} <= ${visit.visitTo}`,
        sql`coalesce(${claims.visitTo}, ${claims.visitFrom}) >= ${visit.visitFrom}`,
      ),
    );
  return new Set(rows.flatMap((r) => (r.serviceId === null ? [] : [r.serviceId])));
}
