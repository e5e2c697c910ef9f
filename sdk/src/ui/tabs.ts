// MUI's tabs, behind lazyParts.tsx: only pages with tabs (the product form) load them.
export { default as Tab } from '@mui/material/Tab';
export { default as Tabs } from '@mui/material/Tabs';
