/**
 * Claims as entered (openIMIS tblClaim + lines): create, update (lines replaced as a whole), delete
 * while Entered, restore a Rejected claim into a new Entered one. Rules from @kente/contract-claim
 * (validateClaimEntry); the facility's price list prices the lines; guarantee numbers checked per
 * the composition (config["mf-claim"].duplicateGuarantee). Transactions and history. No GraphQL types.
 */
import {
  ErrorCodes as C,
  ClaimStatus,
  ClaimWarningCodes,
  type DuplicateGuaranteePolicy,
  duplicateGuaranteePolicy,
  MAX_QUANTITY,
  targetDate,
  validateClaimEntry,
} from '@kente/contract-claim';
import { parseMoney, toDecimal } from '@kente/contract-policy';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../../db/engine.js';
import { createEntity, deleteEntity, parseId, type Result, updateEntity } from '../../../graphql/crud.js';
import { ErrorCodes, type UserError, userError } from '../../../graphql/errors.js';
import { writeHistory } from '../../../graphql/history.js';
import type { ServiceCtx } from '../../../platform/service.js';
import { users } from '../../core/tables.js';
import { insurees } from '../../insuree/tables.js';
import { diagnoses, healthFacilities, medicalItems, medicalServices, priceListItems, priceListServices } from '../../medical/tables.js';
import { claimLines, claims } from '../tables.js';
import { duplicatedServices } from './duplicates.js';

export type ClaimRow = typeof claims.$inferSelect;
export type ClaimLineRow = typeof claimLines.$inferSelect;
export type FacilityRow = typeof healthFacilities.$inferSelect;
export const CLAIM = { table: claims, entityType: 'Claim', label: 'Claim', uniqueField: 'code' } as const;

export interface ClaimWarning {
  code: string;
  message: string;
  lineNo?: number | null;
}
export interface ClaimResult extends Result<ClaimRow> {
  warnings: ClaimWarning[];
}

export interface ClaimLineInput {
  kind: string;
  serviceId?: string | null;
  itemId?: string | null;
  quantity: string;
  priceAsked?: string | null;
}
export interface ClaimFields {
  code?: string | null;
  healthFacilityId?: string | null;
  insuranceNumber?: string | null;
  adminId?: string | null;
  visitFrom?: string | null;
  visitTo?: string | null;
  dateClaimed?: string | null;
  visitType?: string | null;
  diagnosisId?: string | null;
  diagnosis1Id?: string | null;
  diagnosis2Id?: string | null;
  diagnosis3Id?: string | null;
  diagnosis4Id?: string | null;
  explanation?: string | null;
  guaranteeNo?: string | null;
  lines?: ClaimLineInput[] | null;
}

export const today = () => new Date().toISOString().slice(0, 10);
const DIAGNOSIS_FIELDS = ['diagnosisId', 'diagnosis1Id', 'diagnosis2Id', 'diagnosis3Id', 'diagnosis4Id'] as const;

const LABELS: Record<string, string> = {
  code: 'Claim code',
  healthFacilityId: 'Health facility',
  insuranceNumber: 'Insurance number',
  visitFrom: 'Visit from',
  visitTo: 'Visit to',
  dateClaimed: 'Date claimed',
  visitType: 'Visit type',
  diagnosisId: 'Main diagnosis',
  lines: 'Services and items',
  quantity: 'Quantity',
  priceAsked: 'Price asked',
  kind: 'Line kind',
};
/** The English message of a contract code on a field (the console translates the code). */
export function claimMessage(path: string, code: string): string {
  const field = path.split('.').at(-1) ?? path;
  const label = LABELS[field] ?? field;
  switch (code) {
    case C.required:
      return field === 'lines' ? 'A claim needs at least one service or item.' : `${label} is required.`;
    case C.dateInFuture:
      return `${label} must not be in the future.`;
    case C.dateBeforeStart:
      return field === 'visitTo' ? 'Visit to must not be before visit from.' : 'The date claimed must not be before the end of the visit.';
    case C.outOfRange:
      if (field === 'quantity') return `The quantity must be more than 0 and at most ${MAX_QUANTITY}.`;
      if (field === 'lines') return 'Too many lines on one claim.';
      return `${label} must not be negative.`;
    case C.invalidFormat:
      return `${label} is not a valid ${field === 'quantity' || field === 'priceAsked' ? 'number' : 'date'}.`;
    default:
      return field === 'visitType' ? 'Visit type is one of O (other), E (emergency), R (referral).' : `${label} is not valid.`;
  }
}
const toErrors = (issues: { path: string; code: string }[]): UserError[] => issues.map((i) => userError(i.path, i.code, claimMessage(i.path, i.code)));

/** What the composition says of a guarantee number already used on another claim. */
export const guaranteePolicy = (ctx: Pick<ServiceCtx, 'moduleConfig'>): DuplicateGuaranteePolicy =>
  duplicateGuaranteePolicy(ctx.moduleConfig('mf-claim').duplicateGuarantee);

/** Another claim (not Rejected) with this guarantee number. */
export async function guaranteeTaken(db: DbOrTx, guaranteeNo: string | null | undefined, selfId: number | null): Promise<boolean> {
  if (!guaranteeNo) return false;
  const [other] = await db
    .select({ id: claims.id })
    .from(claims)
    .where(and(eq(claims.guaranteeNo, guaranteeNo), ne(claims.status, ClaimStatus.rejected), selfId ? ne(claims.id, selfId) : undefined))
    .limit(1);
  return Boolean(other);
}

type LineValues = Omit<typeof claimLines.$inferInsert, 'claimId'>;

/**
 * The lines as stored: each service or item must exist; its price list price is the facility's
 * (the list's override, else the catalogue price) when it is on the facility's list, and the
 * price asked defaults to it (a line off the list keeps the catalogue price; submission rejects it, reason 2).
 */
async function priceLines(
  tx: Tx,
  facility: FacilityRow,
  lines: readonly ClaimLineInput[],
  stored: readonly LineValues[],
): Promise<{ rows: LineValues[]; errors: UserError[] }> {
  const errors: UserError[] = [];
  const serviceIds = lines.filter((l) => l.kind === 'S').map((l) => parseId(l.serviceId) ?? 0);
  const itemIds = lines.filter((l) => l.kind === 'I').map((l) => parseId(l.itemId) ?? 0);
  const services = serviceIds.length
    ? await tx
        .select({
          id: medicalServices.id,
          price: medicalServices.price,
          active: medicalServices.active,
          listed: priceListServices.serviceId,
          override: priceListServices.priceOverride,
        })
        .from(medicalServices)
        .leftJoin(
          priceListServices,
          and(eq(priceListServices.serviceId, medicalServices.id), eq(priceListServices.priceListId, facility.servicePriceListId ?? 0)),
        )
        .where(inArray(medicalServices.id, serviceIds))
    : [];
  const items = itemIds.length
    ? await tx
        .select({
          id: medicalItems.id,
          price: medicalItems.price,
          active: medicalItems.active,
          listed: priceListItems.itemId,
          override: priceListItems.priceOverride,
        })
        .from(medicalItems)
        .leftJoin(priceListItems, and(eq(priceListItems.itemId, medicalItems.id), eq(priceListItems.priceListId, facility.itemPriceListId ?? 0)))
        .where(inArray(medicalItems.id, itemIds))
    : [];
  const byId = { S: new Map(services.map((s) => [s.id, s])), I: new Map(items.map((i) => [i.id, i])) };
  // a deactivated service or item stays on a claim that already had it (an edit keeps it), never on a new line
  const kept = { S: new Set(stored.map((l) => l.serviceId)), I: new Set(stored.map((l) => l.itemId)) };
  const rows: LineValues[] = [];
  lines.forEach((line, i) => {
    const kind = line.kind === 'I' ? 'I' : 'S';
    const field = kind === 'S' ? 'serviceId' : 'itemId';
    const raw = kind === 'S' ? line.serviceId : line.itemId;
    const id = parseId(raw);
    const found = id ? byId[kind].get(id) : undefined;
    if (!raw) errors.push(userError(`lines.${i}.${field}`, ErrorCodes.required, kind === 'S' ? 'Choose a service.' : 'Choose an item.'));
    else if (!found) errors.push(userError(`lines.${i}.${field}`, ErrorCodes.invalid, kind === 'S' ? 'Unknown service.' : 'Unknown item.'));
    else if (!found.active && !kept[kind].has(found.id))
      errors.push(
        userError(
          `lines.${i}.${field}`,
          ErrorCodes.invalid,
          kind === 'S' ? 'This service has been deactivated: it cannot be claimed.' : 'This item has been deactivated: it cannot be claimed.',
        ),
      );
    if (!found) return;
    const listPrice = found.listed ? (found.override ?? found.price) : null;
    rows.push({
      lineNo: i + 1,
      kind,
      serviceId: kind === 'S' ? found.id : null,
      itemId: kind === 'I' ? found.id : null,
      quantity: toDecimal(parseMoney(line.quantity)),
      priceAsked: toDecimal(parseMoney(line.priceAsked || listPrice || found.price)),
      priceList: listPrice,
    });
  });
  return { rows, errors };
}

/** Σ quantity × price asked, in cents. */
const claimedOf = (rows: readonly Pick<LineValues, 'quantity' | 'priceAsked'>[]) =>
  toDecimal(rows.reduce((sum, r) => sum + (parseMoney(r.quantity) * parseMoney(r.priceAsked)) / 10_000n, 0n));

/** The claim's columns from an input (absent = unchanged; ids parsed). */
function columns(input: ClaimFields): Partial<typeof claims.$inferInsert> {
  const out: Partial<typeof claims.$inferInsert> = {};
  if (input.code != null) out.code = input.code.trim();
  if (input.healthFacilityId != null) out.healthFacilityId = parseId(input.healthFacilityId) ?? 0;
  if (input.visitFrom != null) out.visitFrom = input.visitFrom;
  if (input.visitTo !== undefined) out.visitTo = input.visitTo || null;
  if (input.dateClaimed != null) out.dateClaimed = input.dateClaimed;
  if (input.visitType != null) out.visitType = input.visitType;
  if (input.diagnosisId != null) out.diagnosisId = parseId(input.diagnosisId) ?? 0;
  for (const f of DIAGNOSIS_FIELDS) {
    const value = input[f];
    if (f !== 'diagnosisId' && value !== undefined) out[f] = value ? (parseId(value) ?? 0) : null;
  }
  if (input.explanation !== undefined) out.explanation = input.explanation?.trim() || null;
  if (input.guaranteeNo !== undefined) out.guaranteeNo = input.guaranteeNo?.trim() || null;
  return out;
}

/**
 * `DUPLICATE_SERVICE` on each line whose service the insuree already got, passed, on another
 * submitted claim overlapping the visit: what submission would reject with reason 6 (the same query).
 */
async function duplicateWarnings(tx: Tx, values: typeof claims.$inferInsert, selfId: number | null, lines: readonly LineValues[]): Promise<ClaimWarning[]> {
  if (!values.insureeId || !values.visitFrom) return [];
  const serviceIds = lines.flatMap((l) => (l.kind === 'S' && l.serviceId ? [l.serviceId] : []));
  const visit = {
    id: selfId,
    insureeId: values.insureeId,
    visitFrom: values.visitFrom,
    visitTo: targetDate({ visitFrom: values.visitFrom, visitTo: values.visitTo }),
  };
  const duplicated = await duplicatedServices(tx, visit, serviceIds);
  return lines
    .filter((l) => l.kind === 'S' && l.serviceId && duplicated.has(l.serviceId))
    .map((l) => ({
      code: ClaimWarningCodes.duplicateService,
      message: `Line ${l.lineNo}: the insuree already had this service on another submitted claim for overlapping visit dates; submitting will reject the line as a duplicate.`,
      lineNo: l.lineNo,
    }));
}

interface Prepared {
  values: typeof claims.$inferInsert;
  lines: LineValues[] | null;
  warnings: ClaimWarning[];
}

/**
 * Everything a save checks once merged with the stored claim (update): the contract's entry rules,
 * the facility, the insuree by number, the diagnoses, the claim administrator (a user of the
 * facility), the guarantee number; then the lines priced on the facility's list.
 */
async function prepare(ctx: ServiceCtx, tx: Tx, input: ClaimFields, existing: ClaimRow | null, storedLines: LineValues[]): Promise<Prepared | UserError[]> {
  const values = { ...(existing ?? {}), ...columns(input) } as typeof claims.$inferInsert;
  const lineInputs = input.lines ?? null;
  const entryLines = lineInputs ?? storedLines.map((l) => ({ kind: l.kind, quantity: l.quantity, priceAsked: l.priceAsked }));
  const errors = toErrors(
    validateClaimEntry(
      {
        code: values.code,
        visitFrom: values.visitFrom,
        visitTo: values.visitTo,
        dateClaimed: values.dateClaimed,
        visitType: values.visitType ?? 'O',
        lines: entryLines,
      },
      { today: today() },
    ),
  );
  const [facility] = values.healthFacilityId ? await tx.select().from(healthFacilities).where(eq(healthFacilities.id, values.healthFacilityId)) : [];
  if (!facility) errors.push(userError('healthFacilityId', ErrorCodes.invalid, 'Unknown health facility.'));
  if (input.insuranceNumber != null || !existing) {
    const number = input.insuranceNumber?.trim() ?? '';
    const [insuree] = number ? await tx.select({ id: insurees.id }).from(insurees).where(eq(insurees.insuranceNumber, number)) : [];
    if (!number) errors.push(userError('insuranceNumber', ErrorCodes.required, 'Insurance number is required.'));
    else if (!insuree) errors.push(userError('insuranceNumber', ErrorCodes.invalid, 'No insuree has this insurance number.'));
    else values.insureeId = insuree.id;
  }
  const diagnosisIds = DIAGNOSIS_FIELDS.map((f) => values[f]).filter((id): id is number => typeof id === 'number' && id > 0);
  const known = new Map(
    diagnosisIds.length
      ? (await tx.select({ id: diagnoses.id, active: diagnoses.active }).from(diagnoses).where(inArray(diagnoses.id, diagnosisIds))).map((d) => [
          d.id,
          d.active,
        ])
      : [],
  );
  for (const f of DIAGNOSIS_FIELDS) {
    const id = values[f];
    if (f === 'diagnosisId' && !id) errors.push(userError(f, ErrorCodes.required, 'The main diagnosis is required.'));
    else if (id && !known.has(id)) errors.push(userError(f, ErrorCodes.invalid, 'Unknown diagnosis.'));
    // a deactivated diagnosis the claim already had stays; none is newly chosen
    else if (id && known.get(id) === false && existing?.[f] !== id)
      errors.push(userError(f, ErrorCodes.invalid, 'This diagnosis has been deactivated: choose another.'));
  }
  if (input.adminId !== undefined || !existing) {
    const adminId = input.adminId
      ? parseId(input.adminId)
      : input.adminId === undefined && ctx.user?.healthFacilityId === facility?.id
        ? (ctx.user?.id ?? null)
        : null;
    if (input.adminId && facility) {
      const [admin] = adminId ? await tx.select({ facility: users.healthFacilityId }).from(users).where(eq(users.id, adminId)) : [];
      if (admin?.facility !== facility.id) errors.push(userError('adminId', ErrorCodes.invalid, 'The claim administrator must be a user of the facility.'));
    }
    values.adminId = adminId;
  }
  const warnings: ClaimWarning[] = [];
  if (values.guaranteeNo && (await guaranteeTaken(tx, values.guaranteeNo, existing?.id ?? null))) {
    if (guaranteePolicy(ctx) === 'refuse') errors.push(userError('guaranteeNo', ErrorCodes.duplicate, 'Another claim already has this guarantee number.'));
    else warnings.push({ code: ClaimWarningCodes.duplicateGuarantee, message: 'Another claim already has this guarantee number.' });
  }
  if (errors.length || !facility) return errors;
  let lines: LineValues[] | null = null;
  if (lineInputs) {
    const priced = await priceLines(tx, facility, lineInputs, storedLines);
    if (priced.errors.length) return priced.errors;
    lines = priced.rows;
    values.claimed = claimedOf(lines);
  }
  warnings.push(...(await duplicateWarnings(tx, values, existing?.id ?? null, lines ?? storedLines)));
  return { values, lines, warnings };
}

const linesOf = (db: DbOrTx, claimId: number) => db.select().from(claimLines).where(eq(claimLines.claimId, claimId)).orderBy(asc(claimLines.lineNo));

/** The lines' history: one row per change of a claim's lines (entity `ClaimLines`, id = the claim's). */
export async function linesHistory(tx: Tx, ctx: ServiceCtx, claimId: number, before: LineValues[] | null, after: LineValues[] | null) {
  const strip = (rows: LineValues[] | null) => (rows ? { lines: rows.map(({ id: _id, ...rest }) => rest) } : null);
  await writeHistory(tx, ctx, {
    entityType: 'ClaimLines',
    entityId: claimId,
    action: before ? (after ? 'UPDATE' : 'DELETE') : 'CREATE',
    before: strip(before),
    after: strip(after),
  });
}

export interface CreateClaimInput extends ClaimFields {
  code: string;
  healthFacilityId: string;
  insuranceNumber: string;
  visitFrom: string;
  dateClaimed: string;
  diagnosisId: string;
  lines: ClaimLineInput[];
}

/** 111002: a claim in status Entered with its lines (history of the claim and its lines). */
export async function createClaim(ctx: ServiceCtx, input: CreateClaimInput): Promise<ClaimResult> {
  let prepared: Prepared | null = null;
  const values = {} as typeof claims.$inferInsert;
  const result = await createEntity<ClaimRow>(ctx, {
    ...CLAIM,
    values,
    validate: async (tx) => {
      const out = await prepare(ctx, tx, input, null, []);
      if (Array.isArray(out)) return out;
      prepared = out;
      Object.assign(values, out.values, { status: ClaimStatus.entered });
      return [];
    },
    created: async (tx, claim) => {
      const lines = prepared?.lines ?? [];
      await tx.insert(claimLines).values(lines.map((l) => ({ ...l, claimId: claim.id })));
      await linesHistory(tx, ctx, claim.id, null, lines);
      return [];
    },
  });
  return { ...result, warnings: result.entity ? ((prepared as Prepared | null)?.warnings ?? []) : [] };
}

/** Refused unless the claim is Entered (openIMIS edits Checked claims too; here a checked claim is reviewed, not edited). */
const mustBeEntered = (claim: ClaimRow, action: string): UserError[] =>
  claim.status === ClaimStatus.entered ? [] : [userError(null, C.wrongStatus, `Only an entered claim can be ${action}.`)];

/** 111003: an Entered claim's fields at its version; `lines`, when given, replace all of them. */
export async function updateClaim(ctx: ServiceCtx, input: ClaimFields & { id: string; version: number }): Promise<ClaimResult> {
  const { id, version, ...fields } = input;
  const values: Partial<typeof claims.$inferInsert> = {};
  let warnings: ClaimWarning[] = [];
  const result = await updateEntity<ClaimRow>(ctx, {
    ...CLAIM,
    id,
    version,
    values,
    validate: async (tx, existing) => {
      const refused = mustBeEntered(existing, 'edited');
      if (refused.length) return refused;
      const stored = await linesOf(tx, existing.id);
      const out = await prepare(ctx, tx, fields, existing, stored);
      if (Array.isArray(out)) return out;
      const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...rest } = out.values;
      Object.assign(values, rest);
      warnings = out.warnings;
      if (out.lines) {
        await tx.delete(claimLines).where(eq(claimLines.claimId, existing.id));
        await tx.insert(claimLines).values(out.lines.map((l) => ({ ...l, claimId: existing.id })));
        await linesHistory(tx, ctx, existing.id, stored, out.lines);
      }
      return [];
    },
  });
  return { ...result, warnings: result.errors.length ? [] : warnings };
}

/** 111004: an Entered claim and its lines, at its version. */
export async function deleteClaim(ctx: ServiceCtx, input: { id: string; version: number }): Promise<ClaimResult> {
  const result = await deleteEntity<ClaimRow>(ctx, {
    ...CLAIM,
    id: input.id,
    version: input.version,
    validate: async (tx, existing) => {
      const refused = mustBeEntered(existing, 'deleted');
      if (refused.length) return refused;
      const stored = await linesOf(tx, existing.id);
      await tx.delete(claimLines).where(eq(claimLines.claimId, existing.id));
      await linesHistory(tx, ctx, existing.id, stored, null);
      return [];
    },
  });
  return { ...result, warnings: [] };
}

/**
 * 111012: a new Entered claim copying a Rejected one (its lines with their asked quantities and
 * prices, outcomes cleared) under a new code, linked by `restoredFromId`. The rejected claim stays as it is.
 */
export async function restoreClaim(ctx: ServiceCtx, input: { id: string; code: string }): Promise<ClaimResult> {
  const values = {} as typeof claims.$inferInsert;
  let lines: LineValues[] = [];
  const result = await createEntity<ClaimRow>(ctx, {
    ...CLAIM,
    values,
    validate: async (tx) => {
      const id = parseId(input.id);
      const [original] = id ? await tx.select().from(claims).where(eq(claims.id, id)) : [];
      if (!original) return [userError('id', ErrorCodes.notFound, 'Claim not found.')];
      if (original.status !== ClaimStatus.rejected) return [userError('id', C.wrongStatus, 'Only a rejected claim can be restored.')];
      const code = input.code?.trim();
      if (!code) return [userError('code', ErrorCodes.required, 'Claim code is required.')];
      const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...rest } = original;
      Object.assign(values, rest, {
        code,
        status: ClaimStatus.entered,
        reviewStatus: 1,
        feedbackStatus: 1,
        rejectionReason: null,
        category: null,
        approved: null,
        submittedAt: null,
        valuated: null,
        remunerated: null,
        processedAt: null,
        batchRunId: null,
        reviewRemark: null,
        careRendered: null,
        paymentAsked: null,
        drugPrescribed: null,
        drugReceived: null,
        assessment: null,
        feedbackDate: null,
        restoredFromId: original.id,
      });
      lines = (await linesOf(tx, original.id)).map(({ id: _lid, claimId: _cid, ...l }) => ({
        ...l,
        quantityApproved: null,
        priceApproved: null,
        status: null,
        rejectionReason: null,
        policyId: null,
        productId: null,
        justification: null,
        priceReviewed: null,
        priceAdjusted: null,
        deductible: null,
        exceedCeiling: null,
        priceValuated: null,
        remunerated: null,
        priceOrigin: null,
      }));
      return [];
    },
    created: async (tx, claim) => {
      if (lines.length) await tx.insert(claimLines).values(lines.map((l) => ({ ...l, claimId: claim.id })));
      await linesHistory(tx, ctx, claim.id, null, lines);
      return [];
    },
  });
  return { ...result, warnings: [] };
}

/** Lines of many claims, in line order (one query). */
export async function linesOfClaims(db: DbOrTx, claimIds: readonly number[]): Promise<Map<number, ClaimLineRow[]>> {
  const out = new Map<number, ClaimLineRow[]>(claimIds.map((id) => [id, []]));
  if (!claimIds.length) return out;
  const rows = await db
    .select()
    .from(claimLines)
    .where(inArray(claimLines.claimId, [...claimIds]))
    .orderBy(asc(claimLines.claimId), asc(claimLines.lineNo));
  for (const row of rows) out.get(row.claimId)?.push(row);
  return out;
}
