import { type InsuranceNumberConfig, insuranceNumberConfig } from '@kente/contract-insuree';
import { useModuleConfig } from '@kente/sdk';
import { useMemo } from 'react';

/**
 * The insurance number format (length, check digit) from this module's
 * configuration: `config["mf-insuree"].insuranceNumber` in composition.json or
 * a country pack, the same key the server validates with.
 */
export function useInsuranceNumberConfig(): InsuranceNumberConfig {
  const { insuranceNumber } = useModuleConfig<{ insuranceNumber?: unknown }>();
  return useMemo(() => insuranceNumberConfig(insuranceNumber), [insuranceNumber]);
}
