/**
 * The slots mf-claim offers, typed once here: their props contracts (for `<Slot>`
 * and for the components other modules contribute, e.g. a fraud-score add-on) and
 * their offers (for mf-claim's manifest). Importing this file (even `import type`)
 * turns the checks on in a module's program.
 */
import { defineSlot } from '@kente/sdk/contract';

export interface ClaimPanelsProps {
  claimId: string;
}

/** One line of a saved claim, shown in the claim form: a flag next to it (e.g. a price far above the usual). */
export interface ClaimLineFlagsProps {
  claimId: string;
  /** the line's number on the claim (1, 2, ...) */
  lineNo: number;
  /** S service, I item */
  kind: 'S' | 'I';
  /** the service's or item's id */
  medicalId: string;
  quantity: string;
  priceAsked: string;
}

/**
 * A selection tool beside the Reviews page's own (e.g. "High risk" from a fraud score): it selects
 * among the claims of the page's filter, then tells how many it selected so the page refreshes.
 */
export interface ClaimReviewSelectionProps {
  /** the Reviews page's filter (facility, insurance number, code, visit dates), as ClaimFilter */
  filter: {
    healthFacilityId?: string;
    insuranceNumber?: string;
    code?: string;
    visitFrom?: string;
    visitTo?: string;
  };
  onSelected: (outcome: { selected: number; notSelected: number }) => void;
}

declare module '@kente/sdk/contract' {
  interface SlotContracts {
    'claim.claim.panels': ClaimPanelsProps;
    'claim.review.panels': ClaimPanelsProps;
    'claim.line.flags': ClaimLineFlagsProps;
    'claim.review.selection': ClaimReviewSelectionProps;
  }
}

/** The offers, for mf-claim's manifest: `slots: Object.values(claimSlots)`. */
export const claimSlots = {
  claimPanels: defineSlot('claim.claim.panels', {
    version: '1.0.0',
    description: 'Panels on the claim page (e.g. a fraud score). Props: { claimId: string }.',
  }),
  reviewPanels: defineSlot('claim.review.panels', {
    version: '1.0.0',
    description: "Panels under a claim's review (e.g. a fraud score). Props: { claimId: string }.",
  }),
  lineFlags: defineSlot('claim.line.flags', {
    version: '1.0.0',
    description: "Flags next to a saved claim's line. Props: { claimId, lineNo, kind: 'S' | 'I', medicalId, quantity, priceAsked }.",
  }),
  reviewSelection: defineSlot('claim.review.selection', {
    version: '1.0.0',
    description: "A selection tool on the Reviews page (e.g. high risk). Props: { filter: the page's ClaimFilter, onSelected({ selected, notSelected }) }.",
  }),
} as const;
