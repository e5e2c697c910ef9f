import type { ConflictField } from './ConflictDialog.js';

/** Side-by-side rows for the conflict dialog: each field's value as the user typed it and as saved by someone else. */
export function conflictFields<T>(fields: ReadonlyArray<{ key: string; label: string; show: (values: T) => string }>, mine: T, theirs: T): ConflictField[] {
  return fields.map((f) => ({ key: f.key, label: f.label, mine: f.show(mine), theirs: f.show(theirs) }));
}
