import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

/** A problem the server returns in a mutation payload (`errors`). */
export interface UserError {
  field: string | null;
  code: string;
  message: string;
}

export const CONFLICT = 'CONFLICT';

/**
 * Puts each server error on its field (`head.insuranceNumber`, `lastName`...).
 * A field the form does not show (or none) is returned, for a message above
 * the form. `fieldOf` renames server fields to form fields (currentVillageId
 * is the form's currentVillage picker, for example).
 */
export function applyUserErrors<T extends FieldValues>(
  errors: readonly UserError[],
  setError: UseFormSetError<T>,
  formFields: readonly string[],
  fieldOf: (field: string) => string = (field) => field,
): UserError[] {
  const unplaced: UserError[] = [];
  let focused = false;
  for (const error of errors) {
    const field = error.field ? fieldOf(error.field) : null;
    if (field && formFields.includes(field)) {
      setError(field as Path<T>, { type: error.code, message: error.code }, { shouldFocus: !focused });
      focused = true;
    } else {
      unplaced.push(error);
    }
  }
  return unplaced;
}

/** '' and undefined are "no value" for the server (null clears an optional field). */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
