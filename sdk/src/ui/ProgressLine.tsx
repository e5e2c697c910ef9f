import Box from '@mui/material/Box';
import { keyframes } from '@mui/material/styles';

const slide = keyframes`
  from { transform: translateX(-100%); }
  to { transform: translateX(250%); }
`;

/**
 * The kit's progress line: indeterminate (loading pages, tables, Suspense fallbacks) without
 * `value`; with a `value` (0-100) a bar filled that far, for work whose total is known (a job in
 * the journal, an upload). What MUI's LinearProgress draws, without its weight (1.1 KB gz
 * measured on the sign-in page).
 */
export function ProgressLine(props: { 'aria-label'?: string; value?: number | null }) {
  const label = props['aria-label'] ?? 'loading';
  if (props.value != null) {
    const value = Math.round(Math.min(100, Math.max(0, props.value)));
    return (
      <Box role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={value} sx={{ height: 4, bgcolor: 'action.hover' }}>
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
  return (
    <Box
      role="progressbar"
      aria-label={label}
      sx={{
        position: 'relative',
        height: 4,
        overflow: 'hidden',
        bgcolor: 'action.hover',
        '&::after': {
          content: '""',
          position: 'absolute',
          inset: 0,
          width: '40%',
          bgcolor: 'primary.main',
          animation: `${slide} 1.2s ease-in-out infinite`,
          '@media (prefers-reduced-motion: reduce)': { animation: 'none', width: '100%', opacity: 0.5 },
        },
      }}
    />
  );
}
