/**
 * The Kente UI kit (everything in `./core.ts` and the components below): the MUI components modules may use, each from its deep path,
 * shared as one singleton key so there is one MUI and one theme in the page and
 * the first screen carries only these (FACTS.md: ~184 KiB vs ~276 KiB for the
 * barrel). Modules must not import @mui/* directly (lint rule); a component
 * that is missing here is added in a minor version of the SDK.
 */

export { default as AppBar } from '@mui/material/AppBar';
export { default as Card } from '@mui/material/Card';
export { default as CardContent } from '@mui/material/CardContent';
export { default as CardHeader } from '@mui/material/CardHeader';
// Added for mf-insuree's forms and dialogs (confirmations, version conflicts).
export { default as Checkbox } from '@mui/material/Checkbox';
export { default as Chip } from '@mui/material/Chip';
export { default as CircularProgress } from '@mui/material/CircularProgress';
export { default as Dialog } from '@mui/material/Dialog';
export { default as DialogActions } from '@mui/material/DialogActions';
export { default as DialogContent } from '@mui/material/DialogContent';
export { default as DialogContentText } from '@mui/material/DialogContentText';
export { default as DialogTitle } from '@mui/material/DialogTitle';
export { default as Divider } from '@mui/material/Divider';
export { default as Drawer } from '@mui/material/Drawer';
export { default as FormControlLabel } from '@mui/material/FormControlLabel';
export { default as IconButton } from '@mui/material/IconButton';
export { default as InputAdornment } from '@mui/material/InputAdornment';
export { default as Link } from '@mui/material/Link';
export { default as List } from '@mui/material/List';
export { default as ListItem } from '@mui/material/ListItem';
export { default as ListItemButton } from '@mui/material/ListItemButton';
export { default as ListItemIcon } from '@mui/material/ListItemIcon';
export { default as ListItemText } from '@mui/material/ListItemText';
export { default as ListSubheader } from '@mui/material/ListSubheader';
export { default as Menu } from '@mui/material/Menu';
export { default as MenuItem } from '@mui/material/MenuItem';
export { default as Table } from '@mui/material/Table';
export { default as TableBody } from '@mui/material/TableBody';
export { default as TableCell } from '@mui/material/TableCell';
export { default as TableContainer } from '@mui/material/TableContainer';
export { default as TableHead } from '@mui/material/TableHead';
export { default as TableRow } from '@mui/material/TableRow';
export { default as TextField } from '@mui/material/TextField';
export { default as Toolbar } from '@mui/material/Toolbar';
// Search state in the URL (the runtime's navigation, exported here so the sign-in page does not carry it).
export { patchQuery, type QueryPatch, useFilterDrafts, useUrlQuery } from '../runtime/searchState.js';
export { changedFields } from './changedFields.js';
export * from './core.js';
export { type DataColumn, DataTable, type DataTableLabels, type DataTableProps, type DataTableSource, listSource } from './DataTable.js';
export type { DateFieldProps } from './DateField.js';
export { Detail, DetailList } from './Details.js';
export { KenteIcon, type KenteIconName } from './icons.js';
export { useErrorCodeText, useKitText } from './kitText.js';
export { LocationPicker, useLocationLevelName } from './LocationPicker.js';
// Loaded when first shown (first-module-page budget): a list page needs none of them.
export { DateField, HistoryPanel, Tab, Tabs } from './lazyParts.js';
export { currencySymbol, datePattern, formatDateInput, formatMoneyInput, parseDateInput, parseMoneyInput } from './localeInput.js';
export {
  deepestLocation,
  LOCATION_LEVELS,
  LOCATION_PATH_FIELDS,
  type LocationLevel,
  type LocationNode,
  type LocationPath,
  locationLabel,
  locationPathFromQuery,
  locationPathLabel,
  locationPathOf,
  locationQueryPatch,
  rememberLocationChain,
  rememberLocationNames,
} from './locationNames.js';
export { RecordPanels } from './RecordPanels.js';
export { SearchPage, type SearchState, SearchTextField, useSearchState } from './SearchPage.js';
export { type PagedQuery, usePagedQuery } from './usePagedQuery.js';
