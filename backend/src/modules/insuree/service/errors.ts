/** Insuree user errors: contract codes -> messages, errors that roll a transaction back, the mutation transaction, version locking. */
import { ErrorCodes as C, type FieldIssue, type InsuranceNumberConfig } from '@kente/contract-insuree';
import type { Tx } from '../../../db/engine.js';
import { parseId } from '../../../graphql/crud.js';
import { conflictError, pgErrorCode, type UserError, userError } from '../../../graphql/errors.js';
import { lockRow, type VersionedTable } from '../../../platform/rows.js';
import type { ServiceCtx } from '../../medical/service/context.js';

// ---------------------------------------------------------------------------
// Errors: contract codes -> UserError with an English message
// ---------------------------------------------------------------------------

export const labels: Record<string, string> = {
  insuranceNumber: 'Insurance number',
  lastName: 'Last name',
  otherNames: 'Other names',
  gender: 'Gender',
  birthDate: 'Birth date',
  maritalStatus: 'Marital status',
  phone: 'Phone',
  email: 'Email',
  profession: 'Profession',
  education: 'Education',
  identificationType: 'Identification type',
  identificationNumber: 'Identification number',
  currentVillageId: 'Current village',
  currentAddress: 'Current address',
  healthFacilityId: 'First service point',
  cardIssued: 'Card issued',
  villageId: 'Village',
  povertyStatus: 'Poverty status',
  familyType: 'Family type',
  confirmationType: 'Confirmation type',
  confirmationNumber: 'Confirmation number',
  address: 'Address',
  relationship: 'Relationship',
  status: 'Status',
  statusDate: 'Status date',
  statusReason: 'Status reason',
};

export function message(path: string, code: string, config?: InsuranceNumberConfig): string {
  const label = labels[path.split('.').at(-1) ?? path] ?? path;
  switch (code) {
    case C.required:
      return `${label} is required.`;
    case C.tooLong:
      return `${label} is too long.`;
    case C.invalidFormat:
      return path.endsWith('insuranceNumber') && config ? `${label} must be ${config.length} digits.` : `${label} is not in a valid format.`;
    case C.invalidCheckDigit:
      return `${label} has a wrong check digit (last digit).`;
    case C.dateInFuture:
      return `${label} cannot be in the future.`;
    case C.dateTooEarly:
      return `${label} cannot be before 1900-01-01.`;
    default:
      return `${label} is not valid.`;
  }
}

export const toUserErrors = (issues: FieldIssue[], config?: InsuranceNumberConfig): UserError[] =>
  issues.map((i) => userError(i.path, i.code, message(i.path, i.code, config)));

export class UserErrors extends Error {
  constructor(readonly errors: UserError[]) {
    super('user errors');
  }
}

/** Runs a mutation transaction; thrown UserErrors roll back and become the payload's errors, unique violations DUPLICATE. */
export async function mutate<R>(
  ctx: Pick<ServiceCtx, 'db'>,
  numberField: string,
  work: (tx: Tx) => Promise<R>,
): Promise<{ entity: R | null; errors: UserError[] }> {
  try {
    return { entity: await ctx.db.transaction(work), errors: [] };
  } catch (error) {
    if (error instanceof UserErrors) return { entity: null, errors: error.errors };
    const code = pgErrorCode(error);
    if (code === '23505') return { entity: null, errors: [userError(numberField, C.duplicate, 'Another insuree already has this insurance number.')] };
    if (code === '23503') return { entity: null, errors: [userError(null, 'IN_USE', 'This record is used by other records.')] };
    throw error;
  }
}

export const familyNotFound: UserError = userError('familyId', C.notFound, 'Family not found.');

/** Locks the row and checks the version the user saw: `notFound` or CONFLICT roll the transaction back. */
export async function lockVersion<T extends VersionedTable>(tx: Tx, table: T, id: unknown, version: number, notFound: UserError): Promise<T['$inferSelect']> {
  const row = await lockRow(tx, table, parseId(id));
  if (!row) throw new UserErrors([notFound]);
  if (row.version !== version) throw new UserErrors([conflictError()]);
  return row;
}
