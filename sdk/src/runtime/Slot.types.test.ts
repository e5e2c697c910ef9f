/**
 * Typed slot contracts: these lines are checked by `pnpm run typecheck` (tsc),
 * which fails when a `@ts-expect-error` line stops being an error, i.e. when a
 * wrong prop would pass. The runtime part checks what the contract hands on.
 */
import type { ComponentType } from 'react';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineSlot, type SlotPropsOf } from '../slots/contracts.js';
import { Slot, type SlotComponent, type SlotProps } from './Slot.js';

interface Household {
  id: string;
  size: number;
}

// What a contract package does (contracts/insuree/src/slots.ts for the real slots).
declare module '../slots/contracts.js' {
  interface SlotContracts {
    'test.household.panels': { householdId: string; readOnly?: boolean };
    'test.picker.household': { value: Household | null; onChange: (value: Household | null) => void; label?: string };
    'test.optional.panels': { compact?: boolean };
  }
}

const Panel: SlotComponent<'test.household.panels'> = ({ householdId }) => householdId as unknown as null;
// @ts-expect-error a panel that needs a prop the slot does not give
const Wrong: SlotComponent<'test.household.panels'> = (_: { familyId: string }) => null;

/** Renders a slot element the way JSX does (same generic inference), without mounting it. */
const slot = <N extends string>(props: SlotProps<N>) => props;

describe('typed slots', () => {
  it('accepts the props of the contract', () => {
    const panels = slot({ name: 'test.household.panels', props: { householdId: '17' } });
    expect(panels.props).toEqual({ householdId: '17' });
    slot({ name: 'test.picker.household', props: { value: null, onChange: (v) => expectTypeOf(v).toEqualTypeOf<Household | null>() } });
    slot({ name: 'test.optional.panels' });
    // A slot no contract declares keeps untyped props.
    slot({ name: 'other.page.panels', props: { anything: 1 } });
    expectTypeOf(Slot<'test.household.panels'>)
      .parameter(0)
      .toHaveProperty('props');
  });

  it('refuses a wrong, missing or misspelt prop at compile time', () => {
    // @ts-expect-error householdId is a string
    slot({ name: 'test.household.panels', props: { householdId: 17 } });
    // @ts-expect-error a misspelt prop (familyid) is not in the contract, and householdId is missing
    slot({ name: 'test.household.panels', props: { householdid: '17' } });
    // @ts-expect-error the contract has a required prop: props cannot be left out
    slot({ name: 'test.household.panels' });
    // @ts-expect-error onChange receives a Household, not a string
    slot({ name: 'test.picker.household', props: { value: null, onChange: (v: string) => v } });
    expect(true).toBe(true);
  });

  it('types the contributed components: a component must accept the contract', () => {
    expectTypeOf<SlotPropsOf<'test.household.panels'>>().toEqualTypeOf<{ householdId: string; readOnly?: boolean }>();
    const accepts = (component: ComponentType<SlotPropsOf<'test.household.panels'>>) => component;
    expect(accepts(Panel)).toBe(Panel);
    expect(Wrong).toBeTypeOf('function');
  });

  it('declares the offer next to the contract, with single for pickers', () => {
    expect(defineSlot('test.picker.household', { version: '1.0.0', single: true })).toEqual({ name: 'test.picker.household', version: '1.0.0', single: true });
    // @ts-expect-error only a slot with a declared contract can be defined
    defineSlot('test.unknown.panels', { version: '1.0.0' });
  });
});
