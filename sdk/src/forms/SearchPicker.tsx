import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { type AnyVariables, type DocumentInput, useQuery } from 'urql';
import { useKitText } from '../ui/kitText.js';

export interface SearchPickerProps<T> {
  label: string;
  value: T | null;
  onChange: (value: T | null) => void;
  /** A connection query taking `$filter` and `$first`. */
  query: DocumentInput<unknown, AnyVariables>;
  /** Root field of the connection, e.g. `insurees`. */
  field: string;
  /** The filter for a typed term (keep it stable: useCallback). */
  filter: (term: string) => Record<string, unknown>;
  /**
   * For a query without `$filter` (e.g. `claimServicePicker(healthFacilityId, search)`): the
   * variables for a typed term, `first` added (keep it stable: useCallback). Replaces `filter`.
   */
  variables?: (term: string) => Record<string, unknown>;
  optionKey: (option: T) => string;
  optionLabel: (option: T) => string;
  optionDetail?: (option: T) => ReactNode;
  required?: boolean;
  disabled?: boolean;
  error?: string;
  helperText?: string;
  name?: string;
  /** How long typing must pause before the server is asked (ms). */
  debounceMs?: number;
  /** How many options to ask for. */
  limit?: number;
}

/**
 * A combobox searching the server as the user types (never a whole table in the
 * browser), on MUI's Autocomplete: arrows move, Enter chooses, Escape closes.
 * Its options open in a popper portalled to the page, so a dialog (or any
 * scrolling box) never clips them.
 */
export function SearchPicker<T>(props: SearchPickerProps<T>) {
  const t = useKitText();
  const [input, setInput] = useState('');
  const [term, setTerm] = useState('');
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const next = input.trim();
    if (next === term) return;
    const timer = window.setTimeout(() => setTerm(next), props.debounceMs ?? 250);
    return () => window.clearTimeout(timer);
  }, [input, term, props.debounceMs]);
  const variables = useMemo(
    () => ({ ...(props.variables ? props.variables(term) : { filter: props.filter(term) }), first: props.limit ?? 10 }),
    [props.filter, props.variables, term, props.limit],
  );
  const [result] = useQuery<Record<string, { edges: Array<{ node: T }> }>>({ query: props.query, variables, pause: !open || term.length === 0 });
  const options = term.length === 0 ? [] : (result.data?.[props.field]?.edges.map((e) => e.node) ?? []);
  const searching = term !== input.trim() || result.fetching;
  return (
    <Autocomplete<T, false, false, false>
      value={props.value}
      onChange={(_, value) => props.onChange(value)}
      inputValue={input}
      onInputChange={(_, value) => setInput(value)}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={options}
      // The server filters; the browser shows what it answered.
      filterOptions={(x) => x}
      getOptionLabel={props.optionLabel}
      getOptionKey={props.optionKey}
      isOptionEqualToValue={(a, b) => props.optionKey(a) === props.optionKey(b)}
      loading={open && input.trim().length > 0 && searching}
      loadingText={t('kit.picker.searching')}
      noOptionsText={input.trim() === '' ? t('kit.picker.typeToSearch') : result.error ? t('kit.picker.failed') : t('kit.picker.noMatch')}
      disabled={props.disabled}
      autoHighlight
      size="small"
      fullWidth
      renderOption={(optionProps, option) => {
        const { key, ...rest } = optionProps as typeof optionProps & { key: string };
        return (
          <li key={key} {...rest}>
            <span>
              {props.optionLabel(option)}
              {props.optionDetail && (
                <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
                  {props.optionDetail(option)}
                </Typography>
              )}
            </span>
          </li>
        );
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          name={props.name}
          label={props.label}
          required={props.required}
          error={Boolean(props.error)}
          helperText={props.error ?? props.helperText}
          placeholder={t('kit.picker.placeholder')}
        />
      )}
    />
  );
}
