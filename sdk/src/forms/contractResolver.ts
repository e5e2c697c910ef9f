import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';

/** A problem a contract's validator finds: the field's dotted path and an error code. */
export interface FieldIssue {
  path: string;
  code: string;
}

/**
 * A react-hook-form resolver over the contract's validators (the rules the
 * server applies): `validate` returns `{ path, code }` issues, and each becomes
 * the error of the field at that path, its message being the error code that the
 * form translates. A dozen lines instead of @hookform/resolvers, and the form
 * runs exactly the functions the server runs.
 */
export function contractResolver<T extends FieldValues>(validate: (values: T) => FieldIssue[]): Resolver<T> {
  return (values) => {
    const issues = validate(values);
    if (issues.length === 0) return { values, errors: {} };
    const errors: Record<string, unknown> = {};
    for (const issue of issues) {
      const keys = issue.path.split('.');
      let node = errors;
      for (const key of keys.slice(0, -1)) {
        node[key] ??= {};
        node = node[key] as Record<string, unknown>;
      }
      const last = keys[keys.length - 1] as string;
      node[last] ??= { type: issue.code, message: issue.code };
    }
    return { values: {}, errors: errors as FieldErrors<T> };
  };
}
