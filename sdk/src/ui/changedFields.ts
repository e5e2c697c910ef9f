/** A change in core's history of a record, and the fields it touched (no React: with the kit's barrel). */
export interface HistoryRow {
  id: string;
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  username: string | null;
  at: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Bookkeeping columns every change touches: not worth listing. */
const IGNORED = new Set(['id', 'version', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'validityFrom', 'validityTo']);

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The fields a change touched, with their old and new values. */
export function changedFields(row: Pick<HistoryRow, 'before' | 'after'>): Array<{ field: string; from: string; to: string }> {
  const keys = new Set([...Object.keys(row.before ?? {}), ...Object.keys(row.after ?? {})]);
  return [...keys]
    .filter((key) => !IGNORED.has(key) && JSON.stringify(row.before?.[key] ?? null) !== JSON.stringify(row.after?.[key] ?? null))
    .map((field) => ({ field, from: show(row.before?.[field]), to: show(row.after?.[field]) }));
}
