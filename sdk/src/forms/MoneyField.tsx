import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { useFormat, useLocale } from '../runtime/hooks.js';
import type { LocalizedValueFieldProps } from '../ui/DateField.js';
import { currencySymbol, formatMoneyInput, parseMoneyInput } from '../ui/localeInput.js';

/**
 * An amount in the composition's currency, typed and shown in the console's
 * language ("1 234,50 F CFA" in French). The value is a decimal string ("1234.50").
 */
export function MoneyField(props: LocalizedValueFieldProps) {
  const language = useLocale();
  const { currency } = useFormat();
  const [text, setText] = useState(() => formatMoneyInput(props.value, language, currency));
  useEffect(() => {
    setText((current) =>
      (parseMoneyInput(current, language) ?? current.trim()) === props.value ? current : formatMoneyInput(props.value, language, currency),
    );
  }, [props.value, language, currency]);
  return (
    <TextField
      name={props.name}
      label={props.label}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const trimmed = e.target.value.trim();
        props.onChange(trimmed === '' ? '' : (parseMoneyInput(trimmed, language) ?? trimmed));
      }}
      onBlur={() => {
        const value = parseMoneyInput(text, language);
        if (value) setText(formatMoneyInput(value, language, currency));
        props.onBlur?.();
      }}
      inputRef={props.inputRef}
      size="small"
      fullWidth
      required={props.required}
      disabled={props.disabled}
      error={props.error}
      helperText={props.helperText}
      autoComplete="off"
      slotProps={{
        htmlInput: { inputMode: 'decimal', 'aria-invalid': Boolean(props.error) },
        input: { endAdornment: <InputAdornment position="end">{currencySymbol(language, currency)}</InputAdornment> },
      }}
    />
  );
}
