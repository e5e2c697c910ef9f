import { useModuleTranslation } from '@kente/sdk';
import { TextField } from '@kente/sdk/ui';
import { lazy, Suspense } from 'react';

/** What the family picker hands back (slot insuree.picker.family 1.x). */
export interface FamilyChoice {
  id: string;
  headInsuranceNumber: string;
  headName: string;
  village: string;
}

export interface FamilyPickerProps {
  value: FamilyChoice | null;
  onChange: (value: FamilyChoice | null) => void;
  label?: string;
  required?: boolean;
  disabled?: boolean;
  error?: string;
}

// The picker needs the form kit (@kente/sdk/forms): loaded when a page shows it, not with the module.
const FamilyPickerField = lazy(() => import('./FamilyPickerField.js'));

/**
 * Contributed to `insuree.picker.family`: other modules pick a family/group with
 * `<Slot name="insuree.picker.family" props={{ value, onChange, label }} />` and never import this module.
 */
export default function FamilyPicker(props: FamilyPickerProps) {
  const { t } = useModuleTranslation();
  return (
    <Suspense fallback={<TextField size="small" fullWidth disabled label={props.label ?? t('picker.family')} />}>
      <FamilyPickerField {...props} />
    </Suspense>
  );
}
