import { useModuleTranslation } from '@kente/sdk';
import { Checkbox, FormControlLabel, MenuItem, TextField } from '@kente/sdk/ui';
import type { ReactNode } from 'react';
import { Controller, type FieldError, type FieldValues, useFormContext } from 'react-hook-form';
import { type LocationPath, LocationPicker } from '../location/LocationPicker.js';

/** The translated text of a field error (its message is a contract error code). */
export function useErrorText(): (error: FieldError | undefined) => string | undefined {
  const { t } = useModuleTranslation();
  return (error) => (error?.message ? t(`errors.${error.message}`, { defaultValue: t('errors.INVALID') }) : undefined);
}

interface FieldProps {
  name: string;
  label: ReactNode;
  required?: boolean;
  disabled?: boolean;
}

export function FormTextField(props: FieldProps & { type?: 'text' | 'date' | 'email' | 'tel'; inputMode?: 'numeric' | 'text'; autoFocus?: boolean }) {
  const { control } = useFormContext<FieldValues>();
  const errorText = useErrorText();
  return (
    <Controller
      name={props.name}
      control={control}
      render={({ field: { ref, ...field }, fieldState }) => (
        <TextField
          {...field}
          value={field.value ?? ''}
          // The input, not the root element, takes the ref: a server error focuses it.
          inputRef={ref}
          size="small"
          fullWidth
          type={props.type ?? 'text'}
          label={props.label}
          required={props.required}
          disabled={props.disabled}
          autoFocus={props.autoFocus}
          error={Boolean(fieldState.error)}
          helperText={errorText(fieldState.error)}
          slotProps={{
            inputLabel: props.type === 'date' ? { shrink: true } : undefined,
            htmlInput: { inputMode: props.inputMode, 'aria-invalid': Boolean(fieldState.error) },
          }}
        />
      )}
    />
  );
}

/** A choice among contract codes, each labelled `${labels}.${code}` in the module's texts. */
export function FormCodeSelect(props: FieldProps & { codes: readonly string[]; labels: string; allowEmpty?: boolean }) {
  const { control } = useFormContext<FieldValues>();
  const { t } = useModuleTranslation();
  const errorText = useErrorText();
  return (
    <Controller
      name={props.name}
      control={control}
      render={({ field, fieldState }) => (
        <TextField
          select
          name={field.name}
          value={field.value ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          size="small"
          fullWidth
          label={props.label}
          required={props.required}
          disabled={props.disabled}
          error={Boolean(fieldState.error)}
          helperText={errorText(fieldState.error)}
        >
          {props.allowEmpty !== false && (
            <MenuItem value="">
              <em>{t('form.notSet')}</em>
            </MenuItem>
          )}
          {props.codes.map((code) => (
            <MenuItem key={code} value={code}>
              {t(`${props.labels}.${code}`)}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );
}

export function FormCheckbox(props: FieldProps) {
  const { control } = useFormContext<FieldValues>();
  return (
    <Controller
      name={props.name}
      control={control}
      render={({ field }) => (
        <FormControlLabel
          label={props.label}
          disabled={props.disabled}
          control={<Checkbox name={field.name} checked={Boolean(field.value)} onChange={(e) => field.onChange(e.target.checked)} onBlur={field.onBlur} />}
        />
      )}
    />
  );
}

/** The cascading location picker as a form field holding a LocationPath. */
export function FormLocation(props: { name: string; label: string; required?: boolean; disabled?: boolean }) {
  const { control } = useFormContext<FieldValues>();
  const errorText = useErrorText();
  return (
    <Controller
      name={props.name}
      control={control}
      render={({ field, fieldState }) => (
        <LocationPicker
          label={props.label}
          value={(field.value as LocationPath | undefined) ?? {}}
          onChange={field.onChange}
          required={props.required}
          disabled={props.disabled}
          error={errorText(fieldState.error)}
        />
      )}
    />
  );
}
