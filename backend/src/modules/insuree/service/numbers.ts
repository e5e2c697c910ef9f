/** Reservation of insurance numbers never reserved nor used before. */
import { randomInt } from 'node:crypto';
import { ErrorCodes as C, generateInsuranceNumber, type InsuranceNumberConfig } from '@kente/contract-insuree';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../db/engine.js';
import { userError } from '../../../graphql/errors.js';
import { insurees, reservedNumbers } from '../tables.js';
import { UserErrors } from './common.js';

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
