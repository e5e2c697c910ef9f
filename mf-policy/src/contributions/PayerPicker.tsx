import { useModuleTranslation } from '@kente/sdk';
import { SearchPicker } from '@kente/sdk/forms';
import { useCallback } from 'react';
import type { PayerChoice } from './contributionForm.js';
import { PAYER_SEARCH, type PayerOption } from './contributionQueries.js';

/** A payer found by name on the server (never the whole list in the browser). */
export function PayerPicker(props: {
  value: PayerChoice | null;
  onChange: (payer: PayerChoice | null) => void;
  label: string;
  required?: boolean;
  error?: string;
  helperText?: string;
}) {
  const { t } = useModuleTranslation();
  const filter = useCallback((term: string) => ({ search: term }), []);
  return (
    <SearchPicker<PayerChoice & Partial<Pick<PayerOption, 'type' | 'location'>>>
      name="payer"
      label={props.label}
      value={props.value}
      onChange={(payer) => props.onChange(payer ? { id: payer.id, name: payer.name } : null)}
      query={PAYER_SEARCH}
      field="payers"
      filter={filter}
      optionKey={(payer) => payer.id}
      optionLabel={(payer) => payer.name}
      optionDetail={(payer) =>
        payer.type ? [t(`contribution.payerType.${payer.type}`), payer.location?.name ?? t('contribution.national')].join(' · ') : null
      }
      required={props.required}
      error={props.error}
      helperText={props.helperText}
    />
  );
}
