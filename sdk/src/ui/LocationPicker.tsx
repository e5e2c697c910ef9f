import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useEffect, useMemo } from 'react';
import { useQuery } from 'urql';
import { useLanguage } from '../runtime/hooks.js';
import { getRuntime } from '../runtime/runtime.js';
import { useKitText } from './kitText.js';
import { LOCATION_LEVELS, type LocationLevel, type LocationPath, rememberLocationNames } from './locationNames.js';

/**
 * The name of a level: the shell's `locationLevels` configuration when a country
 * names them in the active language (a country pack: Région, Département, Commune,
 * Village), else the kit's Region/District/Municipality/Village.
 */
export function useLocationLevelName(): (level: LocationLevel) => string {
  const t = useKitText();
  const language = useLanguage();
  const configured = getRuntime().composition.config.shell?.locationLevels as Record<string, Partial<Record<LocationLevel, string>>> | undefined;
  return (level) => configured?.[language]?.[level] ?? t(`kit.location.levels.${level}`);
}

const LOCATION_CHILDREN = /* GraphQL */ `
  query KenteLocationChildren($filter: LocationFilter) {
    locations(filter: $filter, first: 100) { edges { node { id code name } } }
  }
`;

interface LocationOption {
  id: string;
  code: string;
  name: string;
}

function LevelSelect(props: {
  level: LocationLevel;
  parentId: string | undefined;
  value: string;
  onChange: (id: string) => void;
  required?: boolean;
  error?: string;
  disabled?: boolean;
  filter?: boolean;
}) {
  const t = useKitText();
  const levelName = useLocationLevelName();
  const needsParent = props.level !== 'R';
  const paused = needsParent && !props.parentId;
  const variables = useMemo(
    () => ({ filter: needsParent ? { type: props.level, parentId: props.parentId } : { type: 'R' } }),
    [needsParent, props.level, props.parentId],
  );
  const [result] = useQuery<{ locations: { edges: Array<{ node: LocationOption }> } }>({ query: LOCATION_CHILDREN, variables, pause: paused });
  const options = useMemo(() => (result.data?.locations.edges.map((e) => e.node) ?? []).slice().sort((a, b) => a.name.localeCompare(b.name)), [result.data]);
  useEffect(() => rememberLocationNames(options), [options]);
  // Keep the chosen value selectable while its level loads (e.g. a bookmarked search).
  const known = options.some((o) => o.id === props.value);
  const label = levelName(props.level);
  return (
    <TextField
      select
      size="small"
      label={label}
      value={known ? props.value : ''}
      onChange={(e) => props.onChange(e.target.value)}
      disabled={props.disabled || paused || (result.fetching && !result.data)}
      required={props.required}
      error={Boolean(props.error || result.error)}
      helperText={props.error ?? (result.error ? t('kit.location.loadFailed') : undefined)}
      sx={{ minWidth: 160, flex: 1 }}
      slotProps={{ htmlInput: { 'data-location-level': props.level } }}
    >
      <MenuItem value="">
        <em>{props.filter ? t('kit.location.any') : '—'}</em>
      </MenuItem>
      {options.map((o) => (
        <MenuItem key={o.id} value={o.id}>
          {o.name}
        </MenuItem>
      ))}
    </TextField>
  );
}

/**
 * A cascading Region > District > Municipality > Village picker. Choosing a
 * level clears the levels below it; each level lists the children of the one
 * above, from the server (never the whole table).
 */
export function LocationPicker(props: {
  /** Names the group of selects (e.g. "Village of the family"), for screen readers and tests. */
  label: string;
  value: LocationPath;
  onChange: (path: LocationPath) => void;
  /** Down to which level the user may choose (default: village). */
  depth?: LocationLevel;
  /** The deepest level is required (a family's village). */
  required?: boolean;
  /** An error shown under the deepest level. */
  error?: string;
  disabled?: boolean;
  /** A search filter: the empty choice reads "Any" (in a form, "—"). */
  filter?: boolean;
}) {
  const depth = LOCATION_LEVELS.indexOf(props.depth ?? 'V');
  const levels = LOCATION_LEVELS.slice(0, depth + 1);
  const choose = (level: LocationLevel, id: string) => {
    const next: LocationPath = {};
    for (const l of LOCATION_LEVELS) {
      if (l === level) {
        if (id) next[l] = id;
        break;
      }
      if (props.value[l]) next[l] = props.value[l];
    }
    props.onChange(next);
  };
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} role="group" aria-label={props.label}>
      {levels.map((level, index) => {
        const parent = index === 0 ? undefined : props.value[LOCATION_LEVELS[index - 1] as LocationLevel];
        const last = index === levels.length - 1;
        return (
          <LevelSelect
            key={level}
            level={level}
            parentId={parent}
            value={props.value[level] ?? ''}
            onChange={(id) => choose(level, id)}
            required={props.required && last}
            error={last ? props.error : undefined}
            disabled={props.disabled}
            filter={props.filter}
          />
        );
      })}
    </Stack>
  );
}
