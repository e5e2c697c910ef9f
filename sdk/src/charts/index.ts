/**
 * @kente/sdk/charts — the chart kit: MUI X Charts (the MUI kit's own charts, themed by the
 * console's theme) and `DashboardCard`, the frame every dashboard card uses (title, chart,
 * loading, empty and error states, a table of the figures for screen readers, keyboard focus).
 * Shared as its own key, registered after sign-in and loaded only by a page that draws a chart
 * (the dashboard): neither the sign-in page nor any other page downloads it. Modules import it
 * through `lazy(() => import(...))` from their exposed components.
 */
export { BarChart, type BarChartProps } from '@mui/x-charts/BarChart';
export { LineChart, type LineChartProps } from '@mui/x-charts/LineChart';
export { PieChart, type PieChartProps } from '@mui/x-charts/PieChart';
export { type ChartTable, DashboardCard, type DashboardCardProps } from './DashboardCard.js';
export { useChartFormat } from './format.js';
