import Box from '@mui/material/Box';
import { ProgressLine } from '../ui/ProgressLine.js';

/**
 * Progress of work whose total is known (a job of the journal, an upload): a bar filled to
 * `value` (0-100), announced as such (`aria-valuenow`); while the total is unknown (null) the
 * kit's indeterminate ProgressLine. Here rather than in the kit: the pages that need it load it.
 */
export function ProgressBar(props: { 'aria-label': string; value: number | null }) {
  if (props.value == null) return <ProgressLine aria-label={props['aria-label']} />;
  const value = Math.round(Math.min(100, Math.max(0, props.value)));
  return (
    <Box
      role="progressbar"
      aria-label={props['aria-label']}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      sx={{ height: 4, bgcolor: 'action.hover' }}
    >
      <Box
        sx={{
          height: 4,
          width: `${value}%`,
          bgcolor: 'primary.main',
          transition: 'width 0.3s',
          '@media (prefers-reduced-motion: reduce)': { transition: 'none' },
        }}
      />
    </Box>
  );
}
