import { useCallback } from 'react';
import { SearchPicker } from './SearchPicker.js';

export interface HealthFacilityChoice {
  id: string;
  code: string;
  name: string;
}

const HEALTH_FACILITIES = /* GraphQL */ `
  query InsureeHealthFacilityPicker($filter: HealthFacilityFilter, $first: Int) {
    healthFacilities(filter: $filter, first: $first) { edges { node { id code name } } }
  }
`;

/** The first service point of an insuree: a health facility searched by code or name. */
export function HealthFacilityPicker(props: {
  label: string;
  value: HealthFacilityChoice | null;
  onChange: (value: HealthFacilityChoice | null) => void;
  disabled?: boolean;
  error?: string;
}) {
  const filter = useCallback((term: string) => ({ search: term }), []);
  return (
    <SearchPicker<HealthFacilityChoice>
      {...props}
      query={HEALTH_FACILITIES}
      field="healthFacilities"
      filter={filter}
      optionKey={(o) => o.id}
      optionLabel={(o) => `${o.code} ${o.name}`}
    />
  );
}
