import { createTheme } from '@mui/material/styles';

/** One theme for the whole console; dense enough for a 1366×768 laptop. */
export const kenteTheme = createTheme({
  palette: {
    primary: { main: '#0b5e55' },
    secondary: { main: '#b5651d' },
    background: { default: '#f5f6f4' },
  },
  shape: { borderRadius: 6 },
  typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif', fontSize: 14 },
  components: {
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiTextField: { defaultProps: { size: 'small' } },
    MuiTable: { defaultProps: { size: 'small' } },
    // MUI's default keyboard focus on a checkbox is a faint ripple: an outline meets WCAG 2.4.7 (focus visible, 3:1 contrast).
    MuiCheckbox: {
      styleOverrides: {
        root: ({ theme }) => ({ '&.Mui-focusVisible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: -2, borderRadius: 4 } }),
      },
    },
  },
});
