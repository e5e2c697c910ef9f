import { useModuleTranslation } from '@kente/sdk';
import { TextField } from '@kente/sdk/ui';
import { lazy, Suspense } from 'react';

/** What the insuree picker hands back (slot insuree.picker.insuree 1.x). */
export interface InsureeChoice {
  id: string;
  insuranceNumber: string;
  lastName: string;
  otherNames: string;
}

export interface InsureePickerProps {
  value: InsureeChoice | null;
  onChange: (value: InsureeChoice | null) => void;
  label?: string;
  required?: boolean;
  disabled?: boolean;
  error?: string;
}

// The picker needs the form kit (@kente/sdk/forms): loaded when a page shows it, not with the module.
const InsureePickerField = lazy(() => import('./InsureePickerField.js'));

/**
 * Contributed to `insuree.picker.insuree`: other modules pick an insuree with
 * `<Slot name="insuree.picker.insuree" props={{ value, onChange, label }} />` and never import this module.
 */
export default function InsureePicker(props: InsureePickerProps) {
  const { t } = useModuleTranslation();
  return (
    <Suspense fallback={<TextField size="small" fullWidth disabled label={props.label ?? t('picker.insuree')} />}>
      <InsureePickerField {...props} />
    </Suspense>
  );
}
