import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { ComponentType, ReactNode } from 'react';
import { Controller, type ControllerFieldState, type ControllerRenderProps, type FieldError, type FieldValues, useFormContext } from 'react-hook-form';
import { useModuleTranslation } from '../runtime/hooks.js';
import { DateField, type LocalizedValueFieldProps } from '../ui/DateField.js';
import { useErrorCodeText, useKitText } from '../ui/kitText.js';
import { LocationPicker } from '../ui/LocationPicker.js';
import type { LocationLevel, LocationPath } from '../ui/locationNames.js';
import { MoneyField } from './MoneyField.js';

/** The translated text of a field error (its message is a contract error code). */
export function useErrorText(): (error: FieldError | undefined) => string | undefined {
  const text = useErrorCodeText();
  return (error) => text(error?.message);
}

interface FieldProps {
  name: string;
  label: ReactNode;
  required?: boolean;
  disabled?: boolean;
}

export function FormTextField(props: FieldProps & { type?: 'text' | 'email' | 'tel'; inputMode?: 'numeric' | 'text'; autoFocus?: boolean }) {
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
          slotProps={{ htmlInput: { inputMode: props.inputMode, 'aria-invalid': Boolean(fieldState.error) } }}
        />
      )}
    />
  );
}

/** A DateField or MoneyField bound to the form. */
function FormValueField({ Input, ...props }: FieldProps & { Input: ComponentType<LocalizedValueFieldProps> }) {
  const { control } = useFormContext<FieldValues>();
  const errorText = useErrorText();
  return (
    <Controller
      name={props.name}
      control={control}
      render={({ field, fieldState }) => (
        <Input
          name={field.name}
          label={props.label}
          value={field.value ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          required={props.required}
          disabled={props.disabled}
          error={Boolean(fieldState.error)}
          helperText={errorText(fieldState.error)}
        />
      )}
    />
  );
}

/** A date in the console's language (French dd/mm/yyyy); the form holds an ISO date. */
export function FormDateField(props: FieldProps) {
  return <FormValueField {...props} Input={DateField} />;
}

/** An amount in the composition's currency, in the console's language; the form holds a decimal string. */
export function FormMoneyField(props: FieldProps) {
  return <FormValueField {...props} Input={MoneyField} />;
}

/**
 * A choice among contract codes, each labelled `${labels}.${code}` in the
 * module's texts. The empty choice reads "Not set", never a label a code list
 * may also have ("None" is an education level).
 */
export function FormCodeSelect(props: FieldProps & { codes: readonly string[]; labels: string; allowEmpty?: boolean }) {
  const { control } = useFormContext<FieldValues>();
  const { t } = useModuleTranslation();
  const kit = useKitText();
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
              <em>{kit('kit.form.notSet')}</em>
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

/**
 * Any picker (a kit picker, a `<Slot>` picker of another module) as a form
 * field: `render` gets the value, onChange and the translated error.
 */
export function FormPicker(props: {
  name: string;
  render: (field: {
    value: unknown;
    onChange: (value: unknown) => void;
    error?: string;
    field: ControllerRenderProps<FieldValues>;
    state: ControllerFieldState;
  }) => ReactNode;
}) {
  const { control } = useFormContext<FieldValues>();
  const errorText = useErrorText();
  return (
    <Controller
      name={props.name}
      control={control}
      render={({ field, fieldState }) => (
        <>{props.render({ value: field.value ?? null, onChange: field.onChange, error: errorText(fieldState.error), field, state: fieldState })}</>
      )}
    />
  );
}

/** The cascading location picker as a form field holding a LocationPath. */
export function FormLocation(props: { name: string; label: string; required?: boolean; disabled?: boolean; depth?: LocationLevel }) {
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
          depth={props.depth}
          required={props.required}
          disabled={props.disabled}
          error={errorText(fieldState.error)}
        />
      )}
    />
  );
}
