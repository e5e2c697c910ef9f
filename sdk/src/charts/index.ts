/**
 * @kente/sdk/charts — the chart kit: MUI X Charts (the MUI kit's own charts, themed by the
 * console's theme) and `DashboardCard`, the frame every dashboard card uses (title, chart,
 * loading, empty and error states, a table of the figures for screen readers, keyboard focus).
 * Built into the shell as its own chunk and handed to modules at run time by `loadChartKit()`
 * (`@kente/sdk`), on the first chart: neither the sign-in page nor any other page downloads it. It is
 * not a shared key on purpose: a module's remote entry loads every shared key it declares when it
 * starts. Modules import only its types (`import type { ChartKit }`).
 */
export { BarChart, type BarChartProps } from '@mui/x-charts/BarChart';
export { LineChart, type LineChartProps } from '@mui/x-charts/LineChart';
export { PieChart, type PieChartProps } from '@mui/x-charts/PieChart';
export { type ChartTable, DashboardCard, type DashboardCardProps } from './DashboardCard.js';
export { useChartFormat } from './format.js';
