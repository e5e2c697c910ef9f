import { Box, Button, Chip, type LocationPath, LocationPicker, Stack, Typography } from '@kente/sdk/ui';
import { useState } from 'react';

/**
 * Locations chosen one by one, as chips, with a cascade to add one (the user's areas, an officer's
 * villages): `candidate` turns the cascade's path into a choice, `refusal` says why it may not be
 * added (shown as a warning), `after` is the path the cascade keeps once one is added.
 */
export function LocationChoices<T extends { id: string; name: string }>(props: {
  value: T[];
  onChange: (choices: T[]) => void;
  disabled: boolean;
  error?: string | undefined;
  /** the chips' list name, the text when there is none, the cascade's label and the button */
  words: { list: string; none: string; picker: string; add: string };
  depth?: 'R' | 'D' | 'M' | 'V';
  candidate: (path: LocationPath) => T | null;
  refusal: (candidate: T) => string | null;
  after: (path: LocationPath) => LocationPath;
}) {
  const [path, setPath] = useState<LocationPath>({});
  const candidate = props.candidate(path);
  const refused = candidate ? props.refusal(candidate) : null;
  const allowed = candidate && !refused && !props.value.some((choice) => choice.id === candidate.id);
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} aria-label={props.words.list} role="list">
        {props.value.length === 0 && <Typography color="text.secondary">{props.words.none}</Typography>}
        {props.value.map((choice) => (
          <Chip
            key={choice.id}
            role="listitem"
            label={choice.name}
            onDelete={props.disabled ? undefined : () => props.onChange(props.value.filter((c) => c.id !== choice.id))}
          />
        ))}
      </Stack>
      {!props.disabled && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <LocationPicker label={props.words.picker} {...(props.depth ? { depth: props.depth } : {})} value={path} onChange={setPath} />
          <Button
            type="button"
            variant="outlined"
            disabled={!allowed}
            onClick={() => {
              if (!candidate) return;
              props.onChange([...props.value, candidate]);
              setPath(props.after(path));
            }}
          >
            {props.words.add}
          </Button>
          {refused && <Typography color="warning.main">{refused}</Typography>}
        </Stack>
      )}
      {props.error && (
        <Typography color="error" variant="caption" role="alert">
          {props.error}
        </Typography>
      )}
    </Box>
  );
}
