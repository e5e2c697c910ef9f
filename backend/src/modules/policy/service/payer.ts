/**
 * Payers (openIMIS tblPayer): the contract's field rules (validatePayer), a location that is a
 * region or a district (none = national), transactions and history; the location of a payer or a
 * product as the contract's mayFund wants it. No GraphQL types.
 */
import { ErrorCodes as C, type FieldIssue, type FundingLocation, MAX_PAYER_EMAIL, MAX_PAYER_NAME, validatePayer } from '@kente/contract-policy';
import { count, eq, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../../db/engine.js';
import { createEntity, deleteEntity, parseId, type Result, updateEntity } from '../../../graphql/crud.js';
import { ErrorCodes, type UserError, userError } from '../../../graphql/errors.js';
import type { ServiceCtx } from '../../../platform/service.js';
import { locations } from '../../location/tables.js';
import { payers, premiums } from '../tables.js';

export type PayerRow = typeof payers.$inferSelect;
const PAYER = { table: payers, entityType: 'Payer', label: 'Payer' } as const;

const LABELS: Record<string, string> = { type: 'Type', name: 'Name', address: 'Address', phone: 'Phone', fax: 'Fax', email: 'Email' };
const MAX: Record<string, number> = { name: MAX_PAYER_NAME, address: 100, phone: 50, fax: 50, email: MAX_PAYER_EMAIL };

function payerMessage(field: string, code: string): string {
  const label = LABELS[field] ?? field;
  if (code === C.required) return `${label} is required.`;
  if (code === C.tooLong) return `${label} must be at most ${MAX[field] ?? ''} characters.`;
  if (field === 'type') return 'Type is one of C (co-operative), D (donor), G (government), L (local authority), O (other), P (private organisation).';
  if (field === 'email') return 'Email address is not valid.';
  return `${label} is not valid.`;
}
const toErrors = (issues: FieldIssue[]): UserError[] => issues.map((i) => userError(i.path, i.code, payerMessage(i.path, i.code)));

/** A location as mayFund reads it: its type, region and district (from its parents), or null. */
export async function fundingLocation(db: DbOrTx, id: number | null): Promise<FundingLocation | null> {
  if (id === null) return null;
  const result = await db.execute<{ id: number; type: string; parent_id: number | null; parent_type: string | null; grand_id: number | null }>(
    sql`select l.id, l.type, p.id as parent_id, p.type as parent_type, p.parent_id as grand_id
      from ${locations} l left join ${locations} p on p.id = l.parent_id where l.id = ${id}`,
  );
  const row = result.rows[0];
  if (!row) return null;
  const parent = row.parent_id === null ? null : String(row.parent_id);
  const grand = row.grand_id === null ? null : String(row.grand_id);
  // regions and districts are what products and payers name; below, the parents give district and region
  if (row.type === 'R') return { id: String(row.id), type: 'R' };
  if (row.type === 'D') return { id: String(row.id), type: 'D', regionId: parent };
  return { id: String(row.id), type: row.type, districtId: row.parent_type === 'D' ? parent : grand, regionId: row.parent_type === 'D' ? grand : null };
}

type PayerInput = {
  type?: string | null;
  name?: string | null;
  address?: string | null;
  locationId?: string | null;
  phone?: string | null;
  fax?: string | null;
  email?: string | null;
};
const trim = (v: string | null | undefined) => (typeof v === 'string' ? v.trim() || null : v);

async function payerChecks(tx: Tx, input: PayerInput, partial: boolean): Promise<UserError[]> {
  const errors = toErrors(validatePayer(input, { partial }));
  if (input.locationId) {
    const id = parseId(input.locationId);
    const [row] = id ? await tx.select({ type: locations.type }).from(locations).where(eq(locations.id, id)) : [];
    if (row?.type !== 'R' && row?.type !== 'D')
      errors.push(userError('locationId', ErrorCodes.invalid, "A payer's location is a region or a district (none: national)."));
  }
  return errors;
}

function values(input: PayerInput) {
  const out: Partial<typeof payers.$inferInsert> = {};
  for (const key of ['type', 'name', 'address', 'phone', 'fax', 'email'] as const) if (input[key] !== undefined) out[key] = trim(input[key]) as string;
  if (input.locationId !== undefined) out.locationId = input.locationId ? parseId(input.locationId) : null;
  return out;
}

/** 121802 (payerAdd): a payer of the user's area (a national one: national users only, the guard). */
export function createPayer(ctx: ServiceCtx, input: PayerInput & { type: string; name: string }): Promise<Result<PayerRow>> {
  return createEntity<PayerRow>(ctx, {
    ...PAYER,
    values: { ...values(input), type: input.type, name: input.name.trim() },
    validate: (tx) => payerChecks(tx, input, false),
  });
}

export function updatePayer(ctx: ServiceCtx, input: PayerInput & { id: string; version: number }): Promise<Result<PayerRow>> {
  const { id, version, ...fields } = input;
  return updateEntity<PayerRow>(ctx, { ...PAYER, id, version, values: values(fields), validate: (tx) => payerChecks(tx, fields, true) });
}

/** Refused (IN_USE) while contributions name the payer. */
export function deletePayer(ctx: ServiceCtx, input: { id: string; version: number }): Promise<Result<PayerRow>> {
  return deleteEntity<PayerRow>(ctx, {
    ...PAYER,
    id: input.id,
    version: input.version,
    validate: async (tx, existing) => {
      const [used] = await tx.select({ n: count() }).from(premiums).where(eq(premiums.payerId, existing.id));
      return used && used.n > 0 ? [userError(null, ErrorCodes.inUse, 'Contributions were paid by this payer: it cannot be deleted.')] : [];
    },
  });
}
