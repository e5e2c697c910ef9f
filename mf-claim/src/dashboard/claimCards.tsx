import { type DashboardCardsProps, dashboardFilterInput } from '@kente/contract-reports/slots';
import { type ChartKit, useFormat, useModuleTranslation } from '@kente/sdk';

import { useMemo } from 'react';
import { useQuery } from 'urql';
import { CLAIM_AMOUNTS, CLAIM_REJECTIONS, CLAIM_TIMELINESS, CLAIMS_BY_STATUS, TOP_DIAGNOSES } from './dashboardQueries.js';

const HEIGHT = 240;

/** The shell's chart kit (`loadChartKit()`), set by the exposed cards before a chart renders. */
let kit: ChartKit;
export function setChartKit(loaded: ChartKit) {
  kit = loaded;
}
const useFilterVariables = (filter: DashboardCardsProps['filter']) => useMemo(() => ({ filter: dashboardFilterInput(filter) }), [filter]);

/** Claims per status (reports.dashboard.cards 1.x). */
export function ClaimsByStatusChart({ filter }: DashboardCardsProps) {
  const { BarChart, DashboardCard, useChartFormat } = kit;
  const { t } = useModuleTranslation();
  const format = useFormat();
  const chart = useChartFormat();
  const [result] = useQuery({ query: CLAIMS_BY_STATUS, variables: useFilterVariables(filter) });
  const rows = result.data?.claimDashboard.byStatus ?? [];
  const total = rows.reduce((n, r) => n + r.claims, 0);
  const label = (status: number) => t(`status.${status}`);
  return (
    <DashboardCard
      title={t('dashboard.byStatus.title')}
      loading={result.fetching && !result.data}
      error={Boolean(result.error && !result.data)}
      empty={total === 0}
      summary={t('dashboard.byStatus.summary', {
        total: format.number(total),
        detail: rows.map((r) => `${label(r.status)} ${format.number(r.claims)}`).join(', '),
      })}
      table={{
        columns: [t('claim.status'), t('dashboard.claims'), t('claim.claimed')],
        rows: rows.map((r) => [label(r.status), format.number(r.claims), format.money(r.claimed)]),
      }}
    >
      <BarChart
        height={HEIGHT}
        xAxis={[{ scaleType: 'band', data: rows.map((r) => label(r.status)) }]}
        yAxis={[{ valueFormatter: chart.compact, width: 40 }]}
        series={[{ data: rows.map((r) => r.claims), label: t('dashboard.claims') }]}
        hideLegend
      />
    </DashboardCard>
  );
}

/** Amounts claimed and valuated per month of the visits. */
export function ClaimAmountsChart({ filter }: DashboardCardsProps) {
  const { DashboardCard, LineChart, useChartFormat } = kit;
  const { t } = useModuleTranslation();
  const format = useFormat();
  const chart = useChartFormat();
  const [result] = useQuery({ query: CLAIM_AMOUNTS, variables: useFilterVariables(filter) });
  const months = result.data?.claimDashboard.amounts ?? [];
  const claimed = months.reduce((s, m) => s + Number(m.claimed), 0);
  const valuated = months.reduce((s, m) => s + Number(m.valuated), 0);
  const money = (v: number | null) => (v == null ? '' : format.money(v));
  return (
    <DashboardCard
      title={t('dashboard.amounts.title')}
      loading={result.fetching && !result.data}
      error={Boolean(result.error && !result.data)}
      empty={months.every((m) => m.claims === 0)}
      summary={t('dashboard.amounts.summary', { claimed: format.money(claimed), valuated: format.money(valuated) })}
      table={{
        columns: [t('dashboard.month'), t('dashboard.claims'), t('claim.claimed'), t('dashboard.amounts.valuated')],
        rows: months.map((m) => [chart.month(m.month), format.number(m.claims), format.money(m.claimed), format.money(m.valuated)]),
      }}
    >
      <LineChart
        height={HEIGHT}
        xAxis={[{ scaleType: 'point', data: months.map((m) => chart.month(m.month)) }]}
        yAxis={[{ valueFormatter: chart.compact, width: 48 }]}
        series={[
          { data: months.map((m) => Number(m.claimed)), label: t('claim.claimed'), valueFormatter: money },
          { data: months.map((m) => Number(m.valuated)), label: t('dashboard.amounts.valuated'), valueFormatter: money },
        ]}
      />
    </DashboardCard>
  );
}

/** Rejected lines per openIMIS rejection reason, most frequent first. */
export function RejectionsChart({ filter }: DashboardCardsProps) {
  const { BarChart, DashboardCard } = kit;
  const { t } = useModuleTranslation();
  const format = useFormat();
  const [result] = useQuery({ query: CLAIM_REJECTIONS, variables: useFilterVariables(filter) });
  const rows = result.data?.claimDashboard.rejections ?? [];
  const reason = (code: number) => t([`reason.${code}`, 'reason.unknown'], { code });
  const lines = rows.reduce((n, r) => n + r.lines, 0);
  const first = rows[0];
  return (
    <DashboardCard
      title={t('dashboard.rejections.title')}
      loading={result.fetching && !result.data}
      error={Boolean(result.error && !result.data)}
      empty={rows.length === 0}
      summary={
        first
          ? t('dashboard.rejections.summary', {
              lines: format.number(lines),
              reason: reason(first.reason),
              count: first.lines,
              first: format.number(first.lines),
            })
          : undefined
      }
      table={{
        columns: [t('dashboard.rejections.reason'), t('dashboard.rejections.lines'), t('dashboard.claims')],
        rows: rows.map((r) => [`${reason(r.reason)} (${r.reason})`, format.number(r.lines), format.number(r.claims)]),
      }}
    >
      <BarChart
        height={Math.max(HEIGHT, rows.length * 28 + 40)}
        layout="horizontal"
        yAxis={[
          {
            scaleType: 'band',
            data: rows.map((r) => String(r.reason)),
            width: 40,
            valueFormatter: (code: string, context) => (context.location === 'tooltip' ? reason(Number(code)) : code),
          },
        ]}
        series={[{ data: rows.map((r) => r.lines), label: t('dashboard.rejections.lines') }]}
        hideLegend
      />
    </DashboardCard>
  );
}

/** The ten commonest main diagnoses. */
export function TopDiagnosesChart({ filter }: DashboardCardsProps) {
  const { BarChart, DashboardCard } = kit;
  const { t } = useModuleTranslation();
  const format = useFormat();
  const [result] = useQuery({ query: TOP_DIAGNOSES, variables: useFilterVariables(filter) });
  const rows = result.data?.claimDashboard.topDiagnoses ?? [];
  const first = rows[0];
  return (
    <DashboardCard
      title={t('dashboard.diagnoses.title')}
      loading={result.fetching && !result.data}
      error={Boolean(result.error && !result.data)}
      empty={rows.length === 0}
      summary={first ? t('dashboard.diagnoses.summary', { code: first.code, name: first.name, claims: format.number(first.claims) }) : undefined}
      table={{
        columns: [t('dashboard.diagnoses.diagnosis'), t('dashboard.claims')],
        rows: rows.map((r) => [`${r.code} ${r.name}`, format.number(r.claims)]),
      }}
    >
      <BarChart
        height={Math.max(HEIGHT, rows.length * 28 + 40)}
        layout="horizontal"
        yAxis={[
          {
            scaleType: 'band',
            data: rows.map((r) => r.code),
            width: 56,
            valueFormatter: (code: string, context) => (context.location === 'tooltip' ? `${code} ${rows.find((r) => r.code === code)?.name ?? ''}` : code),
          },
        ]}
        series={[{ data: rows.map((r) => r.claims), label: t('dashboard.claims') }]}
        hideLegend
      />
    </DashboardCard>
  );
}

/** Average days from the end of the visit to the claim, its submission and its valuation. */
export function TimelinessChart({ filter }: DashboardCardsProps) {
  const { BarChart, DashboardCard, useChartFormat } = kit;
  const { t } = useModuleTranslation();
  const chart = useChartFormat();
  const format = useFormat();
  const [result] = useQuery({ query: CLAIM_TIMELINESS, variables: useFilterVariables(filter) });
  const steps = result.data?.claimDashboard.timeliness ?? [];
  const step = (name: string) => t(`dashboard.timeliness.steps.${name}`);
  const days = (name: string) => chart.decimal(steps.find((s) => s.step === name)?.averageDays ?? null);
  return (
    <DashboardCard
      title={t('dashboard.timeliness.title')}
      loading={result.fetching && !result.data}
      error={Boolean(result.error && !result.data)}
      empty={steps.every((s) => s.claims === 0)}
      summary={t('dashboard.timeliness.summary', { claim: days('CLAIM'), submission: days('SUBMISSION'), valuation: days('VALUATION') })}
      table={{
        columns: [t('dashboard.timeliness.step'), t('dashboard.timeliness.days'), t('dashboard.claims')],
        rows: steps.map((s) => [step(s.step), chart.decimal(s.averageDays ?? null), format.number(s.claims)]),
      }}
    >
      <BarChart
        height={HEIGHT}
        xAxis={[{ scaleType: 'band', data: steps.map((s) => step(s.step)) }]}
        yAxis={[{ width: 40 }]}
        series={[{ data: steps.map((s) => s.averageDays ?? 0), label: t('dashboard.timeliness.days'), valueFormatter: (v) => chart.decimal(v ?? null) }]}
        hideLegend
      />
    </DashboardCard>
  );
}
