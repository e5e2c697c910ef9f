/**
 * The registers' search in the URL (pure, unit-tested): name or code, area (a region or district),
 * status; what the server's EnrolmentOfficerFilter / ClaimAdministratorFilter take.
 */
export interface RegisterFilter {
  search?: string;
  locationId?: string;
  isActive?: boolean;
}

export function registerFilter(query: URLSearchParams, locationId: string | undefined): RegisterFilter {
  const status = query.get('status');
  const search = query.get('q')?.trim();
  return {
    ...(search ? { search } : {}),
    ...(locationId ? { locationId } : {}),
    ...(status === 'active' ? { isActive: true } : status === 'inactive' ? { isActive: false } : {}),
  };
}

/**
 * "Kilima North · 3 villages": the officer's regions or districts (none: their facility's area, or
 * national) and how many villages they cover (`villages`: that count in words, null when none).
 */
export function officerArea(officer: { locations: ReadonlyArray<{ name: string }>; hasFacility: boolean }, villages: string | null, national: string): string {
  const where = officer.locations.length ? officer.locations.map((location) => location.name).join(', ') : officer.hasFacility ? '' : national;
  return [where, villages].filter(Boolean).join(' · ');
}

export const personName = (row: { otherNames: string; lastName: string }) => `${row.otherNames} ${row.lastName}`.trim();
