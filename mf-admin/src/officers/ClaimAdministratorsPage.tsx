import { useModuleTranslation } from '@kente/sdk';
import { RegisterPage } from './RegisterPage.js';

/**
 * Claim administrators (openIMIS ClaimAdmins, 121601): users with claim administrator details, at the
 * facilities of the administrator's area, with the facility's district; each row opens the user (121701).
 */
export default function ClaimAdministratorsPage() {
  const { t } = useModuleTranslation();
  return (
    <RegisterPage
      register="claimAdministrators"
      columns={[{ key: 'district', header: t('claimAdministrators.district'), render: (row) => row.healthFacility?.location?.name ?? '' }]}
    />
  );
}
