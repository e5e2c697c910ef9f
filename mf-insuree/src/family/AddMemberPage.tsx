import { ProgressLine } from '@kente/sdk/ui';
import { lazy, Suspense } from 'react';

// The form needs the form kit (@kente/sdk/forms): loaded with this page, not with the module.
const AddMemberForm = lazy(() => import('./AddMemberForm.js'));

/** Adds a member to a family: `/insurees/families/:familyId/members/new`. */
export default function AddMemberPage(props: { params: { familyId: string } }) {
  return (
    <Suspense fallback={<ProgressLine />}>
      <AddMemberForm {...props} />
    </Suspense>
  );
}
