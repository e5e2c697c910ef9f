/** Batches of insurance numbers never reserved nor used before (their card sheets are in ../http.ts). */
import { randomInt } from 'node:crypto';
import { ErrorCodes as C, generateInsuranceNumber, type InsuranceNumberConfig } from '@kente/contract-insuree';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../../db/engine.js';
import { parseId, type Result } from '../../../graphql/crud.js';
import { userError } from '../../../graphql/errors.js';
import { writeHistory } from '../../../graphql/history.js';
import { locations } from '../../location/tables.js';
import type { ServiceCtx } from '../../medical/service/context.js';
import { insuranceNumberBatches, insurees, reservedNumbers } from '../tables.js';
import { type BatchRow, MAX_BATCH, numberConfig } from './common.js';
import { mutate, UserErrors } from './errors.js';

// ---------------------------------------------------------------------------
// Number reservation
// ---------------------------------------------------------------------------

export function randomBody(length: number): string {
  let out = String(randomInt(1, 10)); // no leading zero: numbers survive spreadsheets
  while (out.length < length) out += String(randomInt(0, 10));
  return out;
}

/**
 * Reserves `count` numbers never reserved nor used before. Random candidates are
 * inserted with ON CONFLICT DO NOTHING on the number's primary key, so concurrent
 * requests can never both get one (a second insert of the same key waits for the
 * first transaction, then skips it).
 */
export async function reserveNumbers(tx: Tx, batchId: number, count: number, config: InsuranceNumberConfig): Promise<string[]> {
  const bodyLength = config.checkDigit === 'mod7' ? config.length - 1 : config.length;
  const got: string[] = [];
  for (let round = 0; got.length < count && round < 20; round++) {
    const need = count - got.length;
    const candidates = new Set<string>();
    while (candidates.size < need + 8) candidates.add(generateInsuranceNumber(randomBody(bodyLength), config));
    const list = [...candidates];
    const result = await tx.execute<{ number: string }>(sql`
      insert into ${reservedNumbers} (number, batch_id, position)
      select c.n, ${batchId}::int, ${got.length}::int + c.pos::int
      from unnest(${`{${list.join(',')}}`}::text[]) with ordinality as c(n, pos)
      where not exists (select 1 from ${insurees} i where i.insurance_number = c.n)
      order by c.pos
      limit ${need}::int
      on conflict (number) do nothing
      returning number`);
    got.push(...result.rows.map((r) => r.number));
  }
  if (got.length < count) throw new UserErrors([userError('count', C.invalid, 'Not enough free insurance numbers left in this format.')]);
  return got;
}

/** A new batch of `count` numbers for a region, with its numbers. */
export async function reserveInsuranceNumbers(ctx: ServiceCtx, input: { regionId: string; count: number }): Promise<Result<BatchRow & { numbers: string[] }>> {
  const user = ctx.user;
  if (!user) throw new Error('reserveInsuranceNumbers: no user');
  const config = numberConfig(ctx);
  if (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_BATCH)
    return { entity: null, errors: [userError('count', C.invalid, `Count must be between 1 and ${MAX_BATCH}.`)] };
  return mutate(ctx, 'count', async (tx) => {
    const regionId = parseId(input.regionId);
    const [region] = regionId ? await tx.select({ type: locations.type }).from(locations).where(eq(locations.id, regionId)) : [];
    if (!regionId || region?.type !== 'R') throw new UserErrors([userError('regionId', C.invalid, 'Choose a region.')]);
    const [batch] = await tx
      .insert(insuranceNumberBatches)
      .values({ regionId, count: input.count, createdBy: user.id, createdByName: user.username })
      .returning();
    if (!batch) throw new Error('insert into insurance_number_batches returned nothing');
    const numbers = await reserveNumbers(tx, batch.id, input.count, config);
    await writeHistory(tx, ctx, { entityType: 'InsuranceNumberBatch', entityId: batch.id, action: 'CREATE', before: null, after: { ...batch, numbers } });
    return { ...batch, numbers };
  });
}

/** A batch's numbers in reservation order. */
export async function batchNumbers(db: DbOrTx, batchId: number): Promise<string[]> {
  const rows = await db
    .select({ number: reservedNumbers.number })
    .from(reservedNumbers)
    .where(eq(reservedNumbers.batchId, batchId))
    .orderBy(reservedNumbers.position);
  return rows.map((r) => r.number);
}

/** How many of a batch's numbers insurees carry. */
export async function batchUsedCount(db: DbOrTx, batchId: number): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(reservedNumbers)
    .where(and(eq(reservedNumbers.batchId, batchId), eq(reservedNumbers.used, true)));
  return r?.n ?? 0;
}
