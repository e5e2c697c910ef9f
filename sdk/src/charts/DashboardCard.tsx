import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { type ReactNode, useId } from 'react';
import { useKitText } from '../ui/kitText.js';

/** The figures behind a chart, as a table: what a screen reader reads instead of the picture. */
export interface ChartTable {
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

export interface DashboardCardProps {
  title: string;
  /** One sentence with the main figures (read with the title, shown under the chart). */
  summary?: string;
  loading?: boolean;
  /** A failure to show in place of the chart (the kit's words when true). */
  error?: boolean | string;
  /** Nothing to draw: the kit's "No data for this period" (or `emptyText`). */
  empty?: boolean;
  emptyText?: string;
  table?: ChartTable;
  /** The chart (hidden from screen readers: the table says the same). */
  children?: ReactNode;
}

const visuallyHidden = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const;

/**
 * A dashboard card: a titled, focusable figure (Tab reaches it, its name and summary are read),
 * the chart for the eye and the same figures as a visually hidden table for screen readers.
 */
export function DashboardCard(props: DashboardCardProps) {
  const t = useKitText();
  const titleId = useId();
  const summaryId = useId();
  const state = props.loading ? 'loading' : props.error ? 'error' : props.empty ? 'empty' : 'ready';
  return (
    <Card
      variant="outlined"
      component="figure"
      tabIndex={0}
      aria-labelledby={titleId}
      aria-describedby={props.summary && state === 'ready' ? summaryId : undefined}
      aria-busy={state === 'loading'}
      data-state={state}
      sx={{ m: 0, height: '100%', '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: 2 } }}
    >
      <CardContent>
        <Typography id={titleId} variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
          {props.title}
        </Typography>
        {state === 'loading' && (
          <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'center', minHeight: 220 }}>
            <CircularProgress size={28} aria-label={t('kit.chart.loading')} />
          </Box>
        )}
        {state === 'error' && <Alert severity="error">{typeof props.error === 'string' ? props.error : t('kit.chart.failed')}</Alert>}
        {state === 'empty' && (
          <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'center', minHeight: 220 }}>
            <Typography color="text.secondary">{props.emptyText ?? t('kit.chart.empty')}</Typography>
          </Box>
        )}
        {state === 'ready' && (
          <>
            <Box aria-hidden="true" sx={{ minHeight: 220 }}>
              {props.children}
            </Box>
            {props.summary && (
              <Typography id={summaryId} variant="body2" color="text.secondary" component="p">
                {props.summary}
              </Typography>
            )}
            {props.table && (
              <Box component="table" sx={visuallyHidden}>
                <caption>{props.title}</caption>
                <thead>
                  <tr>
                    {props.table.columns.map((c) => (
                      <th key={c} scope="col">
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {props.table.rows.map((row, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; the table is rebuilt with the figures
                    <tr key={i}>
                      {row.map((cell, j) =>
                        j === 0 ? (
                          // biome-ignore lint/suspicious/noArrayIndexKey: cells in column order
                          <th key={j} scope="row">
                            {cell}
                          </th>
                        ) : (
                          // biome-ignore lint/suspicious/noArrayIndexKey: cells in column order
                          <td key={j}>{cell}</td>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </Box>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
}
