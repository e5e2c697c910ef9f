import { lazy, Suspense } from 'react';
import type { DateFieldProps } from './DateField.js';

const Panel = lazy(() => import('./HistoryPanel.js').then((m) => ({ default: m.HistoryPanel })));
const Field = lazy(() => import('./DateField.js').then((m) => ({ default: m.DateField })));

/**
 * Who changed the record, when, and what (`./HistoryPanel.tsx`). Shown on detail
 * pages only: its code loads when first shown, not with every page of the kit
 * (first-module-page budget).
 */
export function HistoryPanel(props: {
  entityType: string;
  entityId: string;
  version: number;
  fieldLabel?: (field: string) => string;
  describe?: (change: { field: string; from: string; to: string }) => string | null;
}) {
  return (
    <Suspense fallback={null}>
      <Panel {...props} />
    </Suspense>
  );
}

/**
 * A date typed in the user's locale (`./DateField.tsx`): a filter of some list pages and
 * a field of forms (which import it directly), loaded when first shown.
 */
export function DateField(props: DateFieldProps) {
  return (
    <Suspense fallback={null}>
      <Field {...props} />
    </Suspense>
  );
}
