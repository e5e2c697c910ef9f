import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/**
 * A record's read-only fields as a description list (`dl`): label and value side by side,
 * two pairs a line from medium screens, one on small ones. Screen readers read each pair.
 */
export function DetailList({ children, columns = 2 }: { children: ReactNode; columns?: 1 | 2 }) {
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: 'max-content 1fr', md: columns === 2 ? 'max-content 1fr max-content 1fr' : 'max-content 1fr' },
        columnGap: 2,
        rowGap: 0.5,
        m: 0,
      }}
    >
      {children}
    </Box>
  );
}

/** One label and its value in a DetailList; an empty value reads as a dash. */
export function Detail({ label, value }: { label: ReactNode; value: ReactNode }) {
  return (
    <>
      <Typography component="dt" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0 }}>
        {value === '' || value == null ? '—' : value}
      </Typography>
    </>
  );
}
