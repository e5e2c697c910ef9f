/**
 * The insuree slot contracts as other modules see them through the SDK: the
 * `@ts-expect-error` lines fail `pnpm run typecheck` if a wrong prop ever passes.
 */
import type { SlotPropsOf, TypedSlotName } from '@kente/sdk/contract';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type FamilyChoice, insureeSlots } from './slots.js';

describe('insuree slot contracts', () => {
  it('declares a contract for every slot it offers, pickers taking one contribution', () => {
    expectTypeOf<TypedSlotName>().toEqualTypeOf<
      'insuree.family.panels' | 'insuree.insuree.panels' | 'insuree.enquiry.panels' | 'insuree.picker.insuree' | 'insuree.picker.family'
    >();
    expect(Object.values(insureeSlots).map((s) => `${s.name}@${s.version}${s.single ? ' single' : ''}`)).toEqual([
      'insuree.family.panels@1.0.0',
      'insuree.insuree.panels@1.0.0',
      'insuree.enquiry.panels@1.0.0',
      'insuree.picker.insuree@1.0.0 single',
      'insuree.picker.family@1.0.0 single',
    ]);
  });

  it('types the props through @kente/sdk', () => {
    const panel: SlotPropsOf<'insuree.family.panels'> = { familyId: '301' };
    // @ts-expect-error the family panels get a familyId, not an id
    const wrong: SlotPropsOf<'insuree.family.panels'> = { id: '301' };
    const picker: SlotPropsOf<'insuree.picker.family'> = { value: null, onChange: (value: FamilyChoice | null) => value };
    // @ts-expect-error a picker's value is a choice or null, not an id
    const badPicker: SlotPropsOf<'insuree.picker.family'> = { value: '301', onChange: () => {} };
    expect([panel, wrong, picker.value, badPicker.value]).toHaveLength(4);
  });
});
