import type MuiTab from '@mui/material/Tab';
import type MuiTabs from '@mui/material/Tabs';
import { type ComponentProps, lazy, Suspense } from 'react';
import type { DateFieldProps } from './DateField.js';

const Panel = lazy(() => import('./HistoryPanel.js').then((m) => ({ default: m.HistoryPanel })));
const Field = lazy(() => import('./DateField.js').then((m) => ({ default: m.DateField })));
const loadTabs = () => import('./tabs.js');
const TabsPart = lazy(() => loadTabs().then((m) => ({ default: m.Tabs })));
const TabPart = lazy(() => loadTabs().then((m) => ({ default: m.Tab })));

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

/**
 * MUI's Tabs and Tab (the product form's tabs, other modules' tabs through a slot), loaded
 * together when a page first shows tabs: no list page carries them.
 */
export function Tabs(props: ComponentProps<typeof MuiTabs>) {
  return (
    <Suspense fallback={null}>
      <TabsPart {...props} />
    </Suspense>
  );
}

export function Tab(props: ComponentProps<typeof MuiTab>) {
  return (
    <Suspense fallback={null}>
      <TabPart {...props} />
    </Suspense>
  );
}
