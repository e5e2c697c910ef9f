import { useModuleTranslation } from '@kente/sdk';
import { Box, CircularProgress, InputAdornment, List, ListItemButton, ListItemText, Paper, TextField, Typography } from '@kente/sdk/ui';
import { type KeyboardEvent, useDeferredValue, useId, useMemo, useState } from 'react';
import { useQuery } from 'urql';

export interface SearchPickerProps<T> {
  label: string;
  value: T | null;
  onChange: (value: T | null) => void;
  /** A connection query taking `$filter` and `$first`. */
  query: string;
  /** Root field of the connection, e.g. `insurees`. */
  field: string;
  /** The filter for a typed term. */
  filter: (term: string) => Record<string, unknown>;
  optionKey: (option: T) => string;
  optionLabel: (option: T) => string;
  optionDetail?: (option: T) => string;
  required?: boolean;
  disabled?: boolean;
  error?: string;
  helperText?: string;
  name?: string;
}

/**
 * A combobox searching the server as the user types (never a whole table in the
 * browser), built from a TextField and a listbox rather than MUI's Autocomplete
 * (which brings Popper). Arrow keys move, Enter chooses, Escape closes.
 */
export function SearchPicker<T>(props: SearchPickerProps<T>) {
  const { t } = useModuleTranslation();
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const shown = text ?? (props.value ? props.optionLabel(props.value) : '');
  const term = useDeferredValue((text ?? '').trim());
  const variables = useMemo(() => ({ filter: props.filter(term), first: 10 }), [props.filter, term]);
  const [result] = useQuery<Record<string, { edges: Array<{ node: T }> }>>({ query: props.query, variables, pause: !open || term.length === 0 });
  const options = term.length === 0 ? [] : (result.data?.[props.field]?.edges.map((e) => e.node) ?? []);
  const listId = `${id}-list`;
  const choose = (option: T) => {
    props.onChange(option);
    setText(null);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(options.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && open && options[active]) {
      event.preventDefault();
      choose(options[active] as T);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setText(null);
    }
  };
  const expanded = open && term.length > 0;
  return (
    <Box sx={{ position: 'relative' }}>
      <TextField
        size="small"
        fullWidth
        name={props.name}
        label={props.label}
        value={shown}
        required={props.required}
        disabled={props.disabled}
        error={Boolean(props.error)}
        helperText={props.error ?? props.helperText}
        placeholder={t('picker.placeholder')}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
          if (e.target.value.trim() === '') props.onChange(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setText(null);
        }}
        onKeyDown={onKeyDown}
        slotProps={{
          htmlInput: {
            role: 'combobox',
            'aria-expanded': expanded,
            'aria-controls': listId,
            'aria-autocomplete': 'list',
            'aria-activedescendant': expanded && options[active] ? `${id}-option-${active}` : undefined,
          },
          input: {
            endAdornment: result.fetching ? (
              <InputAdornment position="end">
                <CircularProgress size={16} aria-label={t('picker.searching')} />
              </InputAdornment>
            ) : undefined,
          },
        }}
      />
      {expanded && (
        <Paper elevation={4} sx={{ position: 'absolute', zIndex: 1300, left: 0, right: 0, mt: 0.5, maxHeight: 320, overflow: 'auto' }}>
          <List dense id={listId} role="listbox" aria-label={props.label}>
            {options.map((option, index) => (
              <ListItemButton
                key={props.optionKey(option)}
                id={`${id}-option-${index}`}
                role="option"
                aria-selected={index === active}
                selected={index === active}
                // mousedown, not click: it fires before the input's blur closes the list.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(option);
                }}
              >
                <ListItemText primary={props.optionLabel(option)} secondary={props.optionDetail?.(option)} />
              </ListItemButton>
            ))}
          </List>
          {!result.fetching && options.length === 0 && (
            <Typography sx={{ p: 1.5 }} color="text.secondary" role="status">
              {result.error ? t('picker.failed') : t('picker.noMatch')}
            </Typography>
          )}
        </Paper>
      )}
    </Box>
  );
}
