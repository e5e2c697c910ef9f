import TextField from '@mui/material/TextField';
import { type ReactNode, useEffect, useState } from 'react';
import { useLanguage } from '../runtime/hooks.js';
import { useKitText } from './kitText.js';
import { datePattern, datePlaceholder, formatDateInput, parseDateInput } from './localeInput.js';

/**
 * A text input holding a value of its own kind (an ISO date, a decimal string), typed and shown
 * in the console's language: the props DateField and MoneyField share, and what a form field wraps.
 */
export interface LocalizedValueFieldProps {
  label: ReactNode;
  /** The value in its own format ('' for none); anything else is text that is not a value yet. */
  value: string;
  /** The value, '' when emptied, or the text as typed when it is not one (so a validator can say so). */
  onChange: (value: string) => void;
  onBlur?: () => void;
  name?: string;
  required?: boolean;
  disabled?: boolean;
  error?: boolean;
  helperText?: ReactNode;
  inputRef?: React.Ref<HTMLInputElement>;
}

/** `value` is an ISO date (yyyy-mm-dd). */
export interface DateFieldProps extends LocalizedValueFieldProps {
  size?: 'small' | 'medium';
  fullWidth?: boolean;
}

/**
 * A date typed and shown in the console's language (French: dd/mm/yyyy, shown empty as
 * "jj/mm/aaaa"), not the browser's as a native date input would; ISO (yyyy-mm-dd) is accepted too.
 * The order comes from Intl, the letters from the shell's `kit.date` texts of a language pack (English's are
 * localeInput's defaults).
 */
export function DateField(props: DateFieldProps) {
  const language = useLanguage();
  const t = useKitText();
  const pattern = datePattern(language);
  const placeholder = datePlaceholder(pattern, {
    d: t('kit.date.day', { defaultValue: '' }),
    m: t('kit.date.month', { defaultValue: '' }),
    y: t('kit.date.year', { defaultValue: '' }),
  });
  const [text, setText] = useState(() => formatDateInput(props.value, language));
  // A new value from outside (a reset, a loaded record, a language change) replaces what is shown.
  useEffect(() => {
    setText((current) => {
      const typed = parseDateInput(current, language) ?? current.trim();
      return typed === props.value ? current : formatDateInput(props.value, language);
    });
  }, [props.value, language]);
  return (
    <TextField
      name={props.name}
      label={props.label}
      value={text}
      placeholder={placeholder}
      onChange={(e) => {
        setText(e.target.value);
        const trimmed = e.target.value.trim();
        props.onChange(trimmed === '' ? '' : (parseDateInput(trimmed, language) ?? trimmed));
      }}
      onBlur={() => {
        const iso = parseDateInput(text, language);
        if (iso) setText(formatDateInput(iso, language));
        props.onBlur?.();
      }}
      inputRef={props.inputRef}
      size={props.size ?? 'small'}
      fullWidth={props.fullWidth ?? true}
      required={props.required}
      disabled={props.disabled}
      error={props.error}
      helperText={props.helperText}
      autoComplete="off"
      slotProps={{
        inputLabel: { shrink: true },
        htmlInput: { inputMode: 'numeric', 'aria-invalid': Boolean(props.error), 'data-date-pattern': pattern.placeholder },
      }}
    />
  );
}
