import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { ProgressLine } from './ProgressLine.js';

export interface DataColumn<T> {
  key: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
  align?: 'left' | 'right';
  /** The server's order for this column (e.g. LAST_NAME): the header sorts by it. */
  sortKey?: string;
}

export interface DataTableLabels {
  empty: ReactNode;
  previous: ReactNode;
  next: ReactNode;
  /** e.g. "26–50 of 1000+" */
  range: (from: number, to: number, total: number | null, capped: boolean) => ReactNode;
}

/** What a paged source gives the table; `usePagedQuery` returns exactly this. */
export interface DataTableSource<T> {
  rows: T[];
  fetching: boolean;
  error: string | null;
  page: number;
  pageSize: number;
  totalCount: number | null;
  totalCountCapped: boolean;
  hasNext: boolean;
  hasPrevious: boolean;
  next: () => void;
  previous: () => void;
}

/** A list already in memory (a record's lines, a panel's rows) as one page of a DataTable. */
export function listSource<T>(rows: T[], options: { fetching?: boolean; error?: string | null } = {}): DataTableSource<T> {
  return {
    rows,
    fetching: options.fetching ?? false,
    error: options.error ?? null,
    page: 0,
    pageSize: Math.max(rows.length, 1),
    totalCount: rows.length,
    totalCountCapped: false,
    hasNext: false,
    hasPrevious: false,
    next: () => {},
    previous: () => {},
  };
}

export interface DataTableProps<T> {
  caption: string;
  columns: DataColumn<T>[];
  source: DataTableSource<T>;
  rowKey: (row: T) => string;
  labels: DataTableLabels;
  onRowClick?: (row: T) => void;
  /** The sort in force (a column's sortKey), ascending as the server orders. */
  sort?: string;
  onSort?: (sortKey: string) => void;
}

/** A server-paged table with loading, empty and error states, usable from the keyboard. */
export function DataTable<T>(props: DataTableProps<T>) {
  const { columns, labels, source } = props;
  const { rows } = source;
  const from = rows.length ? source.page * source.pageSize + 1 : 0;
  return (
    <Box>
      {source.error && (
        <Alert severity="error" sx={{ mb: 1 }} role="alert">
          {source.error}
        </Alert>
      )}
      <Box sx={{ height: 4 }}>{source.fetching && <ProgressLine aria-label="loading" />}</Box>
      <TableContainer>
        <Table aria-label={props.caption}>
          <TableHead>
            <TableRow>
              {columns.map((c) => {
                const sortable = c.sortKey && props.onSort;
                const active = sortable && props.sort === c.sortKey;
                return (
                  <TableCell key={c.key} align={c.align} sx={{ fontWeight: 600 }} aria-sort={active ? 'ascending' : undefined}>
                    {sortable ? (
                      <TableSortLabel active={Boolean(active)} direction="asc" onClick={() => props.onSort?.(c.sortKey as string)}>
                        {c.header}
                      </TableSortLabel>
                    ) : (
                      c.header
                    )}
                  </TableCell>
                );
              })}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow
                key={props.rowKey(row)}
                hover={Boolean(props.onRowClick)}
                tabIndex={props.onRowClick ? 0 : undefined}
                sx={props.onRowClick ? { cursor: 'pointer' } : undefined}
                onClick={props.onRowClick ? () => props.onRowClick?.(row) : undefined}
                onKeyDown={props.onRowClick ? (e) => e.key === 'Enter' && props.onRowClick?.(row) : undefined}
              >
                {columns.map((c) => (
                  <TableCell key={c.key} align={c.align}>
                    {c.render(row)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
            {!source.fetching && !source.error && rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={columns.length}>
                  <Typography color="text.secondary">{labels.empty}</Typography>
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {(source.hasNext || source.hasPrevious || rows.length > 0) && (
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 1, mt: 1 }}>
          <Typography variant="body2" color="text.secondary" sx={{ mr: 1 }}>
            {labels.range(from, from + rows.length - 1, source.totalCount, source.totalCountCapped)}
          </Typography>
          <Button size="small" disabled={!source.hasPrevious || source.fetching} onClick={source.previous}>
            {labels.previous}
          </Button>
          <Button size="small" disabled={!source.hasNext || source.fetching} onClick={source.next}>
            {labels.next}
          </Button>
        </Box>
      )}
    </Box>
  );
}
