import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useDataTableLabels, useLocation } from '../runtime/hooks.js';
import { navigate } from '../runtime/navigation.js';
import { type QueryPatch, useFilterDrafts, useUrlQuery } from '../runtime/searchState.js';
import { type DataColumn, DataTable, type DataTableSource } from './DataTable.js';
import { useKitText } from './kitText.js';
import { type LocationPath, locationPathFromQuery, locationQueryPatch } from './locationNames.js';

/**
 * The state of a search page, all in the URL (bookmarkable, Back returns to the
 * previous search): typed text filters (debounced), other filters, the sort and
 * the location cascade.
 */
export function useSearchState<K extends string, S extends string>(options: { text: readonly K[]; sorts: readonly S[]; defaultSort: S }) {
  const { pathname } = useLocation();
  const { query, update } = useUrlQuery();
  const text = useFilterDrafts(options.text, query, update);
  const sort = options.sorts.find((s) => s === query.get('sort')) ?? options.defaultSort;
  return {
    query,
    update: (patch: QueryPatch) => update(patch),
    text,
    sort,
    setSort: (key: string) => update({ sort: key }),
    location: locationPathFromQuery(query) as LocationPath,
    setLocation: (path: LocationPath) => update(locationQueryPatch(path)),
    clear: () => navigate(pathname),
  };
}

export type SearchState<K extends string = string> = ReturnType<typeof useSearchState<K, string>>;

/** A text filter of a search page: typed into a draft, applied after a pause, on Enter or on leaving the field. */
export function SearchTextField<K extends string>(props: {
  search: { text: SearchState<K>['text'] };
  name: K;
  label: string;
  numeric?: boolean;
  width?: number;
}) {
  const { text } = props.search;
  return (
    <TextField
      size="small"
      type="search"
      label={props.label}
      value={text.drafts[props.name]}
      onChange={(e) => text.set(props.name, e.target.value)}
      onBlur={text.endTyping}
      slotProps={{ htmlInput: { inputMode: props.numeric ? 'numeric' : undefined } }}
      sx={{ width: props.width ?? 240 }}
    />
  );
}

/**
 * The frame of a list page: title, intro and actions, a search form (its
 * filters, Search and Clear), and the server-paged table whose rows open their
 * record. A module's list page is then its columns and filters.
 */
export function SearchPage<T>(props: {
  title: ReactNode;
  intro?: ReactNode;
  /** Buttons next to the title (e.g. "New family"). */
  actions?: ReactNode;
  /** Names the search form for screen readers. */
  filtersLabel: string;
  /** What `useSearchState` returns. */
  search: { text: { apply: () => void }; sort: string; setSort: (key: string) => void; clear: () => void };
  /** Filters on the first line. */
  filters: ReactNode;
  /** Filters below (e.g. the location cascade). */
  moreFilters?: ReactNode;
  caption: string;
  empty: ReactNode;
  columns: DataColumn<T>[];
  source: DataTableSource<T>;
  rowKey: (row: T) => string;
  /** Where a row leads: clicking it or Enter on it goes there. */
  rowHref?: (row: T) => string;
  /** Between the search form and the table: bulk actions on selected rows, their outcome. */
  toolbar?: ReactNode;
}) {
  const t = useKitText();
  const labels = useDataTableLabels();
  return (
    <Box sx={{ p: 3 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="h5" component="h1">
          {props.title}
        </Typography>
        {props.actions}
      </Stack>
      {props.intro && (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {props.intro}
        </Typography>
      )}
      <Box
        component="form"
        role="search"
        aria-label={props.filtersLabel}
        onSubmit={(e) => {
          e.preventDefault();
          props.search.text.apply();
        }}
        sx={{ display: 'grid', gap: 1, mb: 2 }}
      >
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {props.filters}
          <Button type="submit" variant="outlined">
            {t('kit.search.submit')}
          </Button>
          <Button type="button" onClick={props.search.clear}>
            {t('kit.search.clear')}
          </Button>
        </Stack>
        {props.moreFilters}
      </Box>
      {props.toolbar && <Box sx={{ mb: 1 }}>{props.toolbar}</Box>}
      <DataTable<T>
        caption={props.caption}
        labels={{ ...labels, empty: props.empty }}
        rowKey={props.rowKey}
        onRowClick={props.rowHref ? (row) => navigate(props.rowHref?.(row) as string) : undefined}
        source={props.source}
        columns={props.columns}
        sort={props.search.sort}
        onSort={props.search.setSort}
      />
    </Box>
  );
}
