/**
 * The part of the UI kit the sign-in page needs: the theme and a handful of
 * light components. Shared under its own key (`@kente/sdk/ui-core`) so that the
 * first screen does not download the data components (tables, menus, dialogs),
 * which come with `@kente/sdk/ui` once a user is signed in. Both keys come from
 * the shell's one build, so there is still one MUI and one theme in the page.
 */
export { default as Alert } from '@mui/material/Alert';
export { default as Box } from '@mui/material/Box';
export { default as Button } from '@mui/material/Button';
export { default as CssBaseline } from '@mui/material/CssBaseline';
export { default as FormControl } from '@mui/material/FormControl';
export { default as FormHelperText } from '@mui/material/FormHelperText';
export { default as InputLabel } from '@mui/material/InputLabel';
export { default as NativeSelect } from '@mui/material/NativeSelect';
export { default as OutlinedInput } from '@mui/material/OutlinedInput';
export { default as Paper } from '@mui/material/Paper';
export { default as Stack } from '@mui/material/Stack';
export type { Theme } from '@mui/material/styles';
export { createTheme, ThemeProvider, useTheme } from '@mui/material/styles';
export { default as Typography } from '@mui/material/Typography';
export { ProgressLine } from './ProgressLine.js';
export { kenteTheme } from './theme.js';
