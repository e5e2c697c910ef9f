import { useModuleTranslation } from '@kente/sdk';
import { SearchPicker } from '@kente/sdk/forms';
import { useCallback } from 'react';
import { graphql } from '../graphql.js';
import type { InsureeChoice, InsureePickerProps } from './InsureePicker.js';

const INSUREES = graphql(`
  query InsureePicker($filter: InsureeFilter, $first: Int) {
    insurees(filter: $filter, first: $first) { edges { node { id insuranceNumber lastName otherNames birthDate } } }
  }
`);

/**
 * Contributed to `insuree.picker.insuree`, so other modules pick an insuree
 * with `<Slot name="insuree.picker.insuree" props={{ value, onChange, label }} />`
 * and never import this module. Searches the server by number (digits: a
 * prefix) or by name.
 */
export default function InsureePickerField(props: InsureePickerProps) {
  const { t } = useModuleTranslation();
  const filter = useCallback((term: string) => ({ search: term }), []);
  return (
    <SearchPicker<InsureeChoice & { birthDate?: string }>
      label={props.label ?? t('picker.insuree')}
      value={props.value}
      onChange={(choice) =>
        props.onChange(choice && { id: choice.id, insuranceNumber: choice.insuranceNumber, lastName: choice.lastName, otherNames: choice.otherNames })
      }
      required={props.required}
      disabled={props.disabled}
      error={props.error}
      helperText={t('picker.insureeHint')}
      query={INSUREES}
      field="insurees"
      filter={filter}
      optionKey={(o) => o.id}
      optionLabel={(o) => `${o.insuranceNumber} ${o.lastName} ${o.otherNames}`}
    />
  );
}
