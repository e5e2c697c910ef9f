import { useModuleTranslation } from '@kente/sdk';
import { SearchPicker } from '@kente/sdk/forms';
import { useCallback } from 'react';
import { graphql, type ResultOf } from '../graphql.js';
import type { FamilyChoice, FamilyPickerProps } from './FamilyPicker.js';

const FAMILIES = graphql(`
  query FamilyPicker($filter: FamilyFilter, $first: Int) {
    families(filter: $filter, first: $first) { edges { node { id head { insuranceNumber lastName otherNames } village { name } } } }
  }
`);

type FamilyNode = ResultOf<typeof FAMILIES>['families']['edges'][number]['node'];

function toChoice(node: FamilyNode): FamilyChoice {
  return { id: node.id, headInsuranceNumber: node.head.insuranceNumber, headName: `${node.head.lastName} ${node.head.otherNames}`, village: node.village.name };
}

/**
 * Contributed to `insuree.picker.family`: other modules pick a family/group
 * with `<Slot name="insuree.picker.family" props={{ value, onChange, label }} />`.
 * Digits search the head's insurance number (prefix), anything else a member's name.
 */
export default function FamilyPickerField(props: FamilyPickerProps) {
  const { t } = useModuleTranslation();
  const filter = useCallback((term: string) => (/^\d+$/.test(term) ? { headInsuranceNumber: term } : { search: term }), []);
  const value: FamilyNode | null = props.value && {
    id: props.value.id,
    head: { insuranceNumber: props.value.headInsuranceNumber, lastName: props.value.headName, otherNames: '' },
    village: { name: props.value.village },
  };
  return (
    <SearchPicker<FamilyNode>
      label={props.label ?? t('picker.family')}
      value={value}
      onChange={(node) => props.onChange(node && toChoice(node))}
      required={props.required}
      disabled={props.disabled}
      error={props.error}
      helperText={t('picker.familyHint')}
      query={FAMILIES}
      field="families"
      filter={filter}
      optionKey={(o) => o.id}
      optionLabel={(o) => `${o.head.insuranceNumber} ${o.head.lastName} ${o.head.otherNames}`.trim()}
      optionDetail={(o) => o.village.name}
    />
  );
}
