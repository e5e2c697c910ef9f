import { useCallback } from 'react';
import { useKitText } from '../ui/kitText.js';
import { SearchPicker } from './SearchPicker.js';

export interface HealthFacilityChoice {
  id: string;
  code: string;
  name: string;
}

const HEALTH_FACILITIES = /* GraphQL */ `
  query KenteHealthFacilityPicker($filter: HealthFacilityFilter, $first: Int) {
    healthFacilities(filter: $filter, first: $first) { edges { node { id code name } } }
  }
`;

/** A health facility searched by code or name (an insuree's first service point, a claim's facility...). */
export function HealthFacilityPicker(props: {
  label?: string;
  value: HealthFacilityChoice | null;
  onChange: (value: HealthFacilityChoice | null) => void;
  disabled?: boolean;
  error?: string;
}) {
  const t = useKitText();
  const filter = useCallback((term: string) => ({ search: term }), []);
  return (
    <SearchPicker<HealthFacilityChoice>
      {...props}
      label={props.label ?? t('kit.picker.healthFacility')}
      helperText={t('kit.picker.healthFacilityHint')}
      query={HEALTH_FACILITIES}
      field="healthFacilities"
      filter={filter}
      optionKey={(o) => o.id}
      optionLabel={(o) => `${o.code} ${o.name}`}
    />
  );
}
