import { ProgressLine } from '@kente/sdk/ui';
import { lazy, Suspense } from 'react';

// The form needs the form kit (@kente/sdk/forms): loaded with this page, not with the module.
const NewFamilyForm = lazy(() => import('./NewFamilyForm.js'));

/** Enrols a family/group with its head: `/insurees/families/new`. */
export default function NewFamilyPage() {
  return (
    <Suspense fallback={<ProgressLine />}>
      <NewFamilyForm />
    </Suspense>
  );
}
