/**
 * The slots mf-policy offers, typed once here: their props contracts (for `<Slot>`
 * and for the components other modules contribute) and their offers (for
 * mf-policy's manifest). Importing this file (even `import type`) turns the checks
 * on in a module's program.
 */
import { defineSlot } from '@kente/sdk/contract';

export interface PolicyPanelsProps {
  policyId: string;
}

export interface ProductTabsProps {
  /** null while a new product is being written (a tab may then show nothing). */
  productId: string | null;
}

declare module '@kente/sdk/contract' {
  interface SlotContracts {
    'policy.policy.panels': PolicyPanelsProps;
    'policy.product.tabs': ProductTabsProps;
  }
}

/** The offers, for mf-policy's manifest: `slots: Object.values(policySlots)`. */
export const policySlots = {
  policyPanels: defineSlot('policy.policy.panels', { version: '1.0.0', description: 'Panels on the policy page. Props: { policyId: string }.' }),
  productTabs: defineSlot('policy.product.tabs', {
    version: '1.0.0',
    description:
      "Tabs of the product form after the module's own; the contribution's meta.label (a key of its module's namespace) is the tab title. Props: { productId: string | null }.",
  }),
} as const;
