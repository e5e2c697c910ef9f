import Box from '@mui/material/Box';
import { keyframes } from '@mui/material/styles';

const slide = keyframes`
  from { transform: translateX(-100%); }
  to { transform: translateX(250%); }
`;

/**
 * The kit's indeterminate progress line (loading pages, tables, Suspense fallbacks):
 * what MUI's LinearProgress draws, without its weight (1.1 KB gz measured on the
 * sign-in page). Every progress in the console is indeterminate.
 */
export function ProgressLine(props: { 'aria-label'?: string }) {
  return (
    <Box
      role="progressbar"
      aria-label={props['aria-label'] ?? 'loading'}
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
