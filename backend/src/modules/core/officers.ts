/**
 * A user's register details (openIMIS keeps them as registers of their own): enrolment officer
 * (Officer: code, substitute, works-to date, villages covered) and claim administrator (ClaimAdmin:
 * code; the facility is the user's). createUser / updateUser check and write them in the user's
 * transaction, under the user's version and in the user's history row. Names, phone and email
 * stay the user's. No GraphQL types here.
 *
 * Rules: codes of up to 8 letters, digits, dot, dash or underscore, unique per register; the
 * substitute is another officer the actor sees, never the officer themselves; villages are
 * village-level locations inside the user's regions or districts (their facility's district when
 * they have none; anywhere for a national user) and inside the actor's own area; a claim
 * administrator works at a health facility. Adding details needs the register's add right,
 * changing them its edit right, removing them its delete right (authority.ts checkDetailsChange);
 * an input equal to what is stored changes nothing and needs no right.
 */
import { dateRule } from '@kente/contract-core';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/engine.js';
import type { SessionUser } from '../../graphql/context.js';
import { maxLength, parseId, required } from '../../graphql/crud.js';
import { ErrorCodes, pgErrorCode, type UserError, userError } from '../../graphql/errors.js';
import { idsInScope, intArray } from '../../platform/scope.js';
import { checkDetailsChange, type DetailsChange, type DetailsKind } from './authority.js';
import { claimAdministrators, enrolmentOfficers, enrolmentOfficerVillages } from './tables.js';

export const MAX_CODE = 8;
const CODE = /^[A-Za-z0-9._-]+$/;

export interface OfficerDetails {
  code: string;
  substituteId: number | null;
  worksTo: string | null;
  villageIds: number[];
}
export interface ClaimAdministratorDetails {
  code: string;
}
export interface Details {
  officer: OfficerDetails | null;
  claimAdministrator: ClaimAdministratorDetails | null;
}

/** What createUser / updateUser take: absent = unchanged, null = removed, a value = the details as a whole. */
export interface DetailsInput {
  officer?: { code: string; substituteId?: unknown; worksTo?: string | null; villageIds?: readonly unknown[] | null } | null;
  claimAdministrator?: { code: string } | null;
}
export interface WantedDetails {
  officer?: OfficerDetails | null;
  claimAdministrator?: ClaimAdministratorDetails | null;
}

/** Where the user works after the change: what their villages must lie in, and whether they have a facility. */
export interface UserBinding {
  locationIds: readonly number[];
  healthFacilityId: number | null;
}

function checkCode(field: string, value: string | null | undefined, errors: UserError[]): string {
  const code = (value ?? '').trim();
  required(errors, field, code, 'Code');
  maxLength(errors, field, code, MAX_CODE, 'Code');
  if (code && code.length <= MAX_CODE && !CODE.test(code)) {
    errors.push(userError(field, ErrorCodes.invalidFormat, `Code: up to ${MAX_CODE} letters, digits, dot, dash or underscore.`));
  }
  return code;
}

/** The field rules, before any database work; the details wanted (undefined = not given). */
export function parseDetails(input: DetailsInput, errors: UserError[]): WantedDetails {
  const wanted: WantedDetails = {};
  const officer = input.officer;
  if (officer === null) wanted.officer = null;
  else if (officer !== undefined) {
    const code = checkCode('officer.code', officer.code, errors);
    let substituteId: number | null = null;
    if (officer.substituteId != null && officer.substituteId !== '') {
      substituteId = parseId(officer.substituteId);
      if (substituteId === null) errors.push(userError('officer.substituteId', ErrorCodes.invalid, 'Unknown enrolment officer.'));
    }
    const worksTo = officer.worksTo ?? null;
    const dateProblem = worksTo === null ? null : dateRule(worksTo);
    if (dateProblem) errors.push(userError('officer.worksTo', dateProblem, 'Works to: a date between 1900-01-01 and 2099-12-31.'));
    const villageIds = (officer.villageIds ?? []).map(parseId);
    if (villageIds.some((id) => id === null)) errors.push(userError('officer.villageIds', ErrorCodes.invalid, 'Unknown village.'));
    const villages = [...new Set(villageIds.filter((id) => id !== null))].sort((a, b) => a - b);
    wanted.officer = { code, substituteId, worksTo, villageIds: villages };
  }
  const claimAdministrator = input.claimAdministrator;
  if (claimAdministrator === null) wanted.claimAdministrator = null;
  else if (claimAdministrator !== undefined) wanted.claimAdministrator = { code: checkCode('claimAdministrator.code', claimAdministrator.code, errors) };
  return wanted;
}

/** The details of some users (those without are absent from the maps). */
export async function loadDetails(db: DbOrTx, userIds: readonly number[]): Promise<Map<number, Details>> {
  const out = new Map<number, Details>(userIds.map((id) => [id, { officer: null, claimAdministrator: null }]));
  if (!userIds.length) return out;
  const ids = [...userIds];
  const [officers, villages, admins] = await Promise.all([
    db.select().from(enrolmentOfficers).where(inArray(enrolmentOfficers.id, ids)),
    db.select().from(enrolmentOfficerVillages).where(inArray(enrolmentOfficerVillages.officerId, ids)),
    db.select().from(claimAdministrators).where(inArray(claimAdministrators.id, ids)),
  ]);
  for (const row of officers) {
    const details = out.get(row.id);
    if (!details) continue;
    const covered = villages
      .filter((v) => v.officerId === row.id)
      .map((v) => v.locationId)
      .sort((a, b) => a - b);
    details.officer = { code: row.code, substituteId: row.substituteId, worksTo: row.worksTo, villageIds: covered };
  }
  for (const row of admins) {
    const details = out.get(row.id);
    if (details) details.claimAdministrator = { code: row.code };
  }
  return out;
}

export async function detailsOf(db: DbOrTx, userId: number): Promise<Details> {
  return (await loadDetails(db, [userId])).get(userId) ?? { officer: null, claimAdministrator: null };
}

const sameOfficer = (a: OfficerDetails, b: OfficerDetails) =>
  a.code === b.code && a.substituteId === b.substituteId && a.worksTo === b.worksTo && a.villageIds.join() === b.villageIds.join();

/** add, edit, remove, or null when the wanted details are what is stored (or not given). */
function changeOf<D>(current: D | null, wanted: D | null | undefined, same: (a: D, b: D) => boolean): DetailsChange | null {
  if (wanted === undefined) return null;
  if (wanted === null) return current === null ? null : 'remove';
  if (current === null) return 'add';
  return same(current, wanted) ? null : 'edit';
}

/** Villages among `ids` that are not villages, or not inside the user's area (their locations, else their facility's; national: anywhere). */
async function villageProblems(tx: Tx, ids: readonly number[], binding: UserBinding): Promise<{ unknown: boolean; outside: boolean }> {
  if (!ids.length) return { unknown: false, outside: false };
  const national = binding.locationIds.length === 0 && binding.healthFacilityId == null;
  const result = await tx.execute<{ id: number; type: string; inside: boolean }>(sql`
    with recursive roots(id) as (
      select unnest(${intArray(binding.locationIds)})
      union select location_id from health_facilities where id = ${binding.healthFacilityId ?? 0} and ${binding.locationIds.length} = 0
    ), inside(id) as (
      select id from roots union select l.id from locations l join inside i on l.parent_id = i.id
    )
    select l.id, l.type, ${national} or l.id in (select id from inside) as inside from locations l where l.id = any(${intArray(ids)})`);
  const rows = result.rows;
  return { unknown: rows.length !== ids.length || rows.some((row) => row.type !== 'V'), outside: rows.some((row) => !row.inside) };
}

function refuse(errors: UserError[], actor: SessionUser, kind: DetailsKind, change: DetailsChange | null): void {
  const refusal = change && checkDetailsChange(actor.rights, kind, change);
  if (refusal) errors.push(userError(refusal.field, ErrorCodes.forbidden, refusal.message));
}

async function checkOfficer(
  tx: Tx,
  actor: SessionUser,
  userId: number,
  current: OfficerDetails | null,
  wanted: OfficerDetails | null | undefined,
  binding: UserBinding,
  errors: UserError[],
): Promise<OfficerDetails | null> {
  const change = changeOf(current, wanted, sameOfficer);
  const before = errors.length;
  refuse(errors, actor, 'officer', change);
  if (errors.length > before) return current;
  const next = wanted === undefined ? current : wanted;
  if (change === 'remove') {
    const [standIn] = await tx.select({ id: enrolmentOfficers.id }).from(enrolmentOfficers).where(eq(enrolmentOfficers.substituteId, userId)).limit(1);
    if (standIn) errors.push(userError('officer', ErrorCodes.inUse, 'Other officers name this one as their substitute: give them another substitute first.'));
    return next;
  }
  if (!next) return next;
  if (change) {
    const [taken] = await tx
      .select({ id: enrolmentOfficers.id })
      .from(enrolmentOfficers)
      .where(and(eq(enrolmentOfficers.code, next.code), ne(enrolmentOfficers.id, userId)))
      .limit(1);
    if (taken) errors.push(userError('officer.code', ErrorCodes.duplicate, 'Another enrolment officer already uses this code.'));
    if (next.substituteId === userId) {
      errors.push(userError('officer.substituteId', ErrorCodes.invalid, 'An officer cannot be their own substitute.'));
    } else if (next.substituteId !== null && next.substituteId !== current?.substituteId) {
      const [substitute] = await tx.select({ id: enrolmentOfficers.id }).from(enrolmentOfficers).where(eq(enrolmentOfficers.id, next.substituteId));
      if (!substitute) errors.push(userError('officer.substituteId', ErrorCodes.invalid, 'Unknown enrolment officer.'));
      else if (!(await idsInScope({ db: tx, user: actor }, 'EnrolmentOfficer', [substitute.id])).size) {
        errors.push(userError('officer.substituteId', ErrorCodes.forbidden, 'This enrolment officer is outside your area.'));
      }
    }
  }
  // the villages must stay inside the user's area even when only the area changes
  const villages = await villageProblems(tx, next.villageIds, binding);
  if (villages.unknown) errors.push(userError('officer.villageIds', ErrorCodes.invalid, 'Only villages can be covered by an enrolment officer.'));
  else if (villages.outside) {
    errors.push(
      userError('officer.villageIds', ErrorCodes.invalid, "The villages must lie inside the user's regions or districts (or their facility's district)."),
    );
  } else if (change) {
    const added = next.villageIds.filter((id) => !current?.villageIds.includes(id));
    const mine = await idsInScope({ db: tx, user: actor }, 'Location', added, 'area');
    if (mine.size !== added.length) errors.push(userError('officer.villageIds', ErrorCodes.forbidden, 'Some of these villages are outside your area.'));
  }
  return next;
}

function checkClaimAdministrator(
  actor: SessionUser,
  current: ClaimAdministratorDetails | null,
  wanted: ClaimAdministratorDetails | null | undefined,
  binding: UserBinding,
  errors: UserError[],
): ClaimAdministratorDetails | null {
  const change = changeOf(current, wanted, (a, b) => a.code === b.code);
  const before = errors.length;
  refuse(errors, actor, 'claimAdministrator', change);
  if (errors.length > before) return current;
  const next = wanted === undefined ? current : wanted;
  if (next && binding.healthFacilityId == null) {
    errors.push(userError('healthFacilityId', ErrorCodes.required, 'A claim administrator works at a health facility: choose it.'));
  }
  return next;
}

/**
 * Checks the wanted details against what the user has (`current`) and where they will work
 * (`binding`), in the user's transaction: errors are pushed, the details after the change returned.
 */
export async function checkDetails(
  tx: Tx,
  actor: SessionUser,
  userId: number,
  current: Details,
  wanted: WantedDetails,
  binding: UserBinding,
  errors: UserError[],
): Promise<Details> {
  const officer = await checkOfficer(tx, actor, userId, current.officer, wanted.officer, binding, errors);
  const claimAdministrator = checkClaimAdministrator(actor, current.claimAdministrator, wanted.claimAdministrator, binding, errors);
  if (claimAdministrator && claimAdministrator.code !== current.claimAdministrator?.code) {
    const [taken] = await tx
      .select({ id: claimAdministrators.id })
      .from(claimAdministrators)
      .where(and(eq(claimAdministrators.code, claimAdministrator.code), ne(claimAdministrators.id, userId)))
      .limit(1);
    if (taken) errors.push(userError('claimAdministrator.code', ErrorCodes.duplicate, 'Another claim administrator already uses this code.'));
  }
  return { officer, claimAdministrator };
}

/** Writes the details that changed (after checkDetails found nothing wrong). */
export async function writeDetails(tx: Tx, userId: number, current: Details, next: Details): Promise<void> {
  const officer = next.officer;
  if (!officer) {
    if (current.officer) await tx.delete(enrolmentOfficers).where(eq(enrolmentOfficers.id, userId));
  } else if (!current.officer || !sameOfficer(current.officer, officer)) {
    const values = { code: officer.code, substituteId: officer.substituteId, worksTo: officer.worksTo };
    await tx
      .insert(enrolmentOfficers)
      .values({ id: userId, ...values })
      .onConflictDoUpdate({ target: enrolmentOfficers.id, set: values });
    await tx.delete(enrolmentOfficerVillages).where(eq(enrolmentOfficerVillages.officerId, userId));
    if (officer.villageIds.length) {
      await tx.insert(enrolmentOfficerVillages).values(officer.villageIds.map((locationId) => ({ officerId: userId, locationId })));
    }
  }
  const admin = next.claimAdministrator;
  if (!admin) {
    if (current.claimAdministrator) await tx.delete(claimAdministrators).where(eq(claimAdministrators.id, userId));
  } else if (admin.code !== current.claimAdministrator?.code) {
    await tx
      .insert(claimAdministrators)
      .values({ id: userId, code: admin.code })
      .onConflictDoUpdate({ target: claimAdministrators.id, set: { code: admin.code } });
  }
}

/** A unique-index violation of the details (a code taken by a concurrent save), as the user error on its field; null for another one. */
export function duplicateCodeError(error: unknown): UserError | null {
  if (pgErrorCode(error) !== '23505') return null;
  const constraint = constraintOf(error) ?? '';
  if (constraint.includes('enrolment_officers_code_key'))
    return userError('officer.code', ErrorCodes.duplicate, 'Another enrolment officer already uses this code.');
  if (constraint.includes('claim_administrators_code_key'))
    return userError('claimAdministrator.code', ErrorCodes.duplicate, 'Another claim administrator already uses this code.');
  return null;
}

function constraintOf(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const constraint = (current as { constraint?: unknown }).constraint;
    if (typeof constraint === 'string') return constraint;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}
