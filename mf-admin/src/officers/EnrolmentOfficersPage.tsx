import { useFormat, useModuleTranslation } from '@kente/sdk';
import { RegisterPage } from './RegisterPage.js';
import { officerArea, personName } from './registerFilters.js';

/**
 * Enrolment officers (openIMIS Officers, 121501): users with officer details, in the administrator's
 * area, by code; each row opens the user (with 121701). Search by code or name, area, status.
 */
export default function EnrolmentOfficersPage() {
  const { t } = useModuleTranslation();
  const format = useFormat();
  return (
    <RegisterPage
      register="officers"
      columns={[
        {
          key: 'area',
          header: t('officers.area'),
          render: (row) =>
            officerArea(
              { locations: row.locations, hasFacility: Boolean(row.healthFacility) },
              row.villageCount ? t('officers.villageCount', { count: row.villageCount }) : null,
              t('user.national'),
            ),
        },
        {
          key: 'substitute',
          header: t('user.officer.substitute'),
          render: (row) => (row.substitute ? `${row.substitute.code} ${personName(row.substitute)}` : ''),
        },
        { key: 'worksTo', header: t('user.officer.worksTo'), render: (row) => (row.worksTo ? format.date(row.worksTo) : '') },
      ]}
    />
  );
}
