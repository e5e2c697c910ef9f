/** The claim search's filter from the page's URL (shared by the claim search and the Reviews page). */

const validDate = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
const validAmount = (value: string | null) => (value && /^\d+([.,]\d{1,2})?$/.test(value.trim()) ? value.trim().replace(',', '.') : undefined);
const validStatus = (value: string | null) => (value && /^\d{1,2}$/.test(value) ? Number(value) : undefined);

/**
 * `ClaimFilter` from the URL: `hf` (or the user's own facility), `status`, `review`, `feedback`,
 * `number`, `code`, `from`, `to`, `min`, `max`; malformed values are left out, never sent.
 */
export function claimFilterFromQuery(query: { get: (key: string) => string | null }, ownFacilityId?: string | null) {
  return Object.fromEntries(
    Object.entries({
      healthFacilityId: ownFacilityId ?? query.get('hf') ?? undefined,
      status: validStatus(query.get('status')),
      reviewStatus: validStatus(query.get('review')),
      feedbackStatus: validStatus(query.get('feedback')),
      insuranceNumber: query.get('number') ?? undefined,
      code: query.get('code') ?? undefined,
      visitFrom: validDate(query.get('from')),
      visitTo: validDate(query.get('to')),
      claimedMin: validAmount(query.get('min')),
      claimedMax: validAmount(query.get('max')),
    }).filter(([, v]) => v !== undefined && v !== ''),
  ) as {
    healthFacilityId?: string;
    status?: number;
    reviewStatus?: number;
    feedbackStatus?: number;
    insuranceNumber?: string;
    code?: string;
    visitFrom?: string;
    visitTo?: string;
    claimedMin?: string;
    claimedMax?: string;
  };
}
