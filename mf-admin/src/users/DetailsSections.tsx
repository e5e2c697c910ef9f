/**
 * The user form's register sections (openIMIS keeps them as registers of their own): enrolment
 * officer (code, substitute, works-to date, villages covered inside the user's area) and claim
 * administrator (code; the facility is the user's). Each shows only to an administrator who may
 * change it or when the user has the details (then read-only without the rights).
 */
import { useModuleTranslation } from '@kente/sdk';
import { FormCheckbox, FormDateField, FormPicker, FormTextField, SearchPicker, useWatch } from '@kente/sdk/forms';
import { Box, locationPathLabel, Typography } from '@kente/sdk/ui';
import { useCallback } from 'react';
import { LocationChoices } from './LocationChoices.js';
import { grid, Section } from './Section.js';
import { type AreaChoice, type OfficerChoice, type UserFormValues, type VillageChoice, villageInsideAreas } from './userForm.js';
import { SUBSTITUTE_PICKER } from './userQueries.js';

/** What the administrator may do with one register section (userForm.ts detailsPermissions). */
export interface SectionPermissions {
  turnOn: boolean;
  turnOff: boolean;
  edit: boolean;
}

export const officerLabel = (officer: OfficerChoice) => `${officer.code} ${officer.otherNames} ${officer.lastName}`.trim();

/** The villages an officer covers: chips, and the Region > … > Village cascade to add one inside the user's area. */
function VillageChoices(props: {
  areas: readonly AreaChoice[];
  value: VillageChoice[];
  onChange: (villages: VillageChoice[]) => void;
  disabled: boolean;
  error?: string;
}) {
  const { t } = useModuleTranslation();
  return (
    <LocationChoices<VillageChoice>
      value={props.value}
      onChange={props.onChange}
      disabled={props.disabled}
      error={props.error}
      words={{
        list: t('user.officer.villages'),
        none: t('user.officer.noVillage'),
        picker: t('user.officer.addVillage'),
        add: t('user.officer.addVillageButton'),
      }}
      candidate={(path) => (path.V ? { id: path.V, name: locationPathLabel({ V: path.V }), districtId: path.D ?? null, regionId: path.R ?? null } : null)}
      refusal={(village) => (villageInsideAreas(props.areas, village) ? null : t('errors.VILLAGE_OUTSIDE'))}
      after={(path) => ({ R: path.R, D: path.D, M: path.M })}
    />
  );
}

export function OfficerSection(props: { permissions: SectionPermissions; stored: boolean; disabled: boolean }) {
  const { t } = useModuleTranslation();
  const enabled = useWatch<UserFormValues, 'officer.enabled'>({ name: 'officer.enabled' });
  const areas = useWatch<UserFormValues, 'areas'>({ name: 'areas' });
  const filter = useCallback((term: string) => ({ search: term }), []);
  const { permissions, disabled } = props;
  const fieldsDisabled = disabled || !permissions.edit;
  const toggleDisabled = disabled || !(props.stored ? permissions.turnOff : permissions.turnOn);
  return (
    <Section title={t('user.sections.officer')}>
      <FormCheckbox name="officer.enabled" label={t('user.officer.enabled')} disabled={toggleDisabled} />
      {enabled && (
        <>
          <Box sx={grid}>
            <FormTextField name="officer.code" label={t('user.officer.code')} required disabled={fieldsDisabled} />
            <FormPicker
              name="officer.substitute"
              render={({ value, onChange, error }) => (
                <SearchPicker<OfficerChoice>
                  name="officer.substitute"
                  label={t('user.officer.substitute')}
                  value={value as OfficerChoice | null}
                  onChange={onChange}
                  disabled={fieldsDisabled}
                  error={error}
                  query={SUBSTITUTE_PICKER}
                  field="enrolmentOfficers"
                  filter={filter}
                  optionKey={(o) => o.id}
                  optionLabel={officerLabel}
                />
              )}
            />
            <FormDateField name="officer.worksTo" label={t('user.officer.worksTo')} disabled={fieldsDisabled} />
          </Box>
          <Typography color="text.secondary" variant="body2">
            {t('user.officer.villagesHint')}
          </Typography>
          <FormPicker
            name="officer.villages"
            render={({ value, onChange, error }) => (
              <VillageChoices areas={areas ?? []} value={(value as VillageChoice[]) ?? []} onChange={onChange} disabled={fieldsDisabled} error={error} />
            )}
          />
        </>
      )}
    </Section>
  );
}

export function ClaimAdministratorSection(props: { permissions: SectionPermissions; stored: boolean; disabled: boolean }) {
  const { t } = useModuleTranslation();
  const enabled = useWatch<UserFormValues, 'claimAdministrator.enabled'>({ name: 'claimAdministrator.enabled' });
  const facility = useWatch<UserFormValues, 'healthFacility'>({ name: 'healthFacility' });
  const { permissions, disabled } = props;
  const toggleDisabled = disabled || !(props.stored ? permissions.turnOff : permissions.turnOn);
  return (
    <Section title={t('user.sections.claimAdministrator')}>
      <FormCheckbox name="claimAdministrator.enabled" label={t('user.claimAdministrator.enabled')} disabled={toggleDisabled} />
      {enabled && (
        <>
          <Box sx={grid}>
            <FormTextField name="claimAdministrator.code" label={t('user.claimAdministrator.code')} required disabled={disabled || !permissions.edit} />
          </Box>
          <Typography color={facility ? 'text.secondary' : 'warning.main'} variant="body2">
            {facility ? t('user.claimAdministrator.facility', { facility: `${facility.code} ${facility.name}` }) : t('user.claimAdministrator.noFacility')}
          </Typography>
        </>
      )}
    </Section>
  );
}
