/**
 * Typed slots. A slot's props are a TypeScript type declared once, by the module
 * that offers the slot, in its contract package, by augmenting `SlotContracts`:
 *
 *   declare module '@kente/sdk/contract' {
 *     interface SlotContracts { 'insuree.family.panels': { familyId: string } }
 *   }
 *
 * Every program that imports that contract package then type-checks
 * `<Slot name="insuree.family.panels" props={...}>` and the components
 * contributed to it (`SlotComponent<'insuree.family.panels'>`).
 * A slot name no contract declares keeps untyped props.
 */

// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in contract packages.
export interface SlotContracts {}

/** Names of the slots whose props are declared by a contract package in this program. */
export type TypedSlotName = keyof SlotContracts & string;

/** The props a slot passes to each contribution: its contract, or untyped props for an undeclared slot. */
export type SlotPropsOf<N extends string> = N extends keyof SlotContracts ? SlotContracts[N] : Record<string, unknown>;

/** How a slot is offered in a module manifest (`slots: [...]`), typed by its contract. */
export interface SlotDefinition<N extends string = string> {
  name: N;
  /** Version of the props contract (semver): contributors require a range of it. */
  version: string;
  /** The slot renders one contribution (a picker): the first visible one; the others are reported on About. */
  single?: boolean;
  description?: string;
}

/**
 * Declares a slot offer next to its props contract, so the manifest and the type
 * come from the same place: `slots: [insureeSlots.familyPanels]`.
 */
export function defineSlot<N extends TypedSlotName>(name: N, options: Omit<SlotDefinition<N>, 'name'>): SlotDefinition<N> {
  return { name, ...options };
}
