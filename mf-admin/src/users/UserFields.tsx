/** The fields of the user form: identity, language, roles (only those the administrator may assign), facility and area, the register sections. */
import { useModuleTranslation } from '@kente/sdk';
import { FormCodeSelect, FormPicker, FormProvider, FormTextField, HealthFacilityPicker, type UseFormReturn } from '@kente/sdk/forms';
import { Box, Checkbox, FormControlLabel, locationPathLabel, TextField, Typography } from '@kente/sdk/ui';
import type { ReactNode } from 'react';
import { ClaimAdministratorSection, OfficerSection, type SectionPermissions } from './DetailsSections.js';
import { LocationChoices } from './LocationChoices.js';
import { grid, Section } from './Section.js';
import { type AreaChoice, areaGrantable, type Grantor, LANGUAGES, missingRights, type UserFormValues } from './userForm.js';
import { roleLabel } from './userLabels.js';
import type { GrantableRole } from './userQueries.js';

/** Roles as checkboxes: a role with a right the administrator lacks cannot be ticked (the server would refuse it). */
function RoleChoices(props: {
  roles: readonly GrantableRole[];
  grantor: Grantor;
  value: string[];
  onChange: (ids: string[]) => void;
  disabled: boolean;
  error?: string;
}) {
  const { t } = useModuleTranslation();
  return (
    <Box
      role="group"
      aria-label={t('user.fields.roleIds')}
      sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', md: 'repeat(3, 1fr)' } }}
    >
      {props.roles.map((role) => {
        const missing = missingRights(props.grantor.rights, role.rights);
        const checked = props.value.includes(role.id);
        return (
          <FormControlLabel
            key={role.id}
            disabled={props.disabled || missing.length > 0}
            title={missing.length ? t('user.roleNotGrantable', { right: missing[0] }) : undefined}
            label={roleLabel(t, role)}
            control={
              <Checkbox
                checked={checked}
                onChange={(e) => props.onChange(e.target.checked ? [...props.value, role.id] : props.value.filter((id) => id !== role.id))}
              />
            }
          />
        );
      })}
      {props.error && (
        <Typography color="error" variant="caption" role="alert">
          {props.error}
        </Typography>
      )}
    </Box>
  );
}

/** Regions or districts the user is bound to: chips, and a Region > District picker to add one. */
function AreaChoices(props: { grantor: Grantor; value: AreaChoice[]; onChange: (areas: AreaChoice[]) => void; disabled: boolean; error?: string }) {
  const { t } = useModuleTranslation();
  return (
    <LocationChoices<AreaChoice>
      value={props.value}
      onChange={props.onChange}
      disabled={props.disabled}
      error={props.error}
      words={{ list: t('user.fields.areas'), none: t('user.noArea'), picker: t('user.addArea'), add: t('user.addAreaButton') }}
      depth="D"
      candidate={(path) => {
        const id = path.D ?? path.R;
        return id
          ? { id, name: locationPathLabel(path.D ? { D: path.D } : { R: path.R }), type: path.D ? 'D' : 'R', regionId: path.D ? (path.R ?? null) : null }
          : null;
      }}
      refusal={(area) => (areaGrantable(props.grantor, area) ? null : t('errors.OUTSIDE_AREA'))}
      after={() => ({})}
    />
  );
}

/** A register section: shown or not, what the administrator may do in it, whether the user has the details now. */
export interface DetailsSectionState {
  visible: boolean;
  stored: boolean;
  permissions: SectionPermissions;
}

export function UserFields(props: {
  form: UseFormReturn<UserFormValues>;
  creating: boolean;
  disabled: boolean;
  roles: readonly GrantableRole[];
  grantor: Grantor;
  details: { officer: DetailsSectionState; claimAdministrator: DetailsSectionState };
  onSubmit: () => void;
  children: ReactNode;
}) {
  const { t } = useModuleTranslation();
  const { disabled } = props;
  const label = (field: string) => t(`user.fields.${field}`);
  return (
    <Box component="form" noValidate onSubmit={props.onSubmit} sx={{ display: 'grid', gap: 3 }} aria-label={t('user.form')}>
      <FormProvider {...props.form}>
        <Section title={t('user.sections.identity')}>
          <Box sx={grid}>
            <FormTextField name="username" label={label('username')} required disabled={disabled} autoFocus={props.creating} />
            <FormTextField name="otherNames" label={label('otherNames')} required disabled={disabled} />
            <FormTextField name="lastName" label={label('lastName')} required disabled={disabled} />
            <FormTextField name="email" label={label('email')} type="email" disabled={disabled} />
            <FormTextField name="phone" label={label('phone')} type="tel" disabled={disabled} />
            <FormCodeSelect
              name="language"
              label={label('language')}
              codes={LANGUAGES}
              labels="user.languages"
              required
              allowEmpty={false}
              disabled={disabled}
            />
            {props.creating && (
              <FormPicker
                name="password"
                render={({ value, field, error }) => (
                  <TextField
                    name={field.name}
                    inputRef={field.ref}
                    value={(value as string | null) ?? ''}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    type="password"
                    autoComplete="new-password"
                    size="small"
                    label={label('password')}
                    required
                    error={Boolean(error)}
                    helperText={error ?? t('user.passwordHint')}
                  />
                )}
              />
            )}
          </Box>
        </Section>
        <Section title={t('user.fields.roleIds')}>
          <FormPicker
            name="roleIds"
            render={({ value, onChange, error }) => (
              <RoleChoices
                roles={props.roles}
                grantor={props.grantor}
                value={(value as string[]) ?? []}
                onChange={onChange}
                disabled={disabled}
                error={error}
              />
            )}
          />
        </Section>
        <Section title={t('user.sections.scope')}>
          <Typography color="text.secondary" variant="body2">
            {t('user.scopeHint')}
          </Typography>
          <FormPicker
            name="healthFacility"
            render={({ value, onChange, error }) => (
              <Box sx={{ maxWidth: 480 }}>
                <HealthFacilityPicker
                  label={label('healthFacility')}
                  value={value as UserFormValues['healthFacility']}
                  onChange={onChange}
                  disabled={disabled}
                  error={error}
                />
              </Box>
            )}
          />
          <FormPicker
            name="areas"
            render={({ value, onChange, error }) => (
              <AreaChoices grantor={props.grantor} value={(value as AreaChoice[]) ?? []} onChange={onChange} disabled={disabled} error={error} />
            )}
          />
        </Section>
        {props.details.officer.visible && (
          <OfficerSection permissions={props.details.officer.permissions} stored={props.details.officer.stored} disabled={disabled} />
        )}
        {props.details.claimAdministrator.visible && (
          <ClaimAdministratorSection
            permissions={props.details.claimAdministrator.permissions}
            stored={props.details.claimAdministrator.stored}
            disabled={disabled}
          />
        )}
      </FormProvider>
      {props.children}
    </Box>
  );
}
