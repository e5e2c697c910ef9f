import { type DashboardCardsProps, dashboardFilterInput } from '@kente/contract-reports/slots';
import { type ChartKit, useFormat, useModuleTranslation } from '@kente/sdk';

import { useMemo } from 'react';
import { useQuery } from 'urql';
import { CONTRIBUTIONS, COVERAGE, ENROLMENTS } from './dashboardQueries.js';

const HEIGHT = 240;

/** The shell's chart kit (`loadChartKit()`), set by the exposed cards before a chart renders. */
let kit: ChartKit;
export function setChartKit(loaded: ChartKit) {
  kit = loaded;
}
const useFilterVariables = (filter: DashboardCardsProps['filter']) => useMemo(() => ({ filter: dashboardFilterInput(filter) }), [filter]);

/** Policies enrolled per month, new and renewals stacked (reports.dashboard.cards 1.x). */
export function EnrolmentsChart({ filter }: DashboardCardsProps) {
  const { BarChart, DashboardCard, useChartFormat } = kit;
  const { t } = useModuleTranslation();
  const format = useFormat();
  const chart = useChartFormat();
  const [result] = useQuery({ query: ENROLMENTS, variables: useFilterVariables(filter) });
  const months = result.data?.policyDashboard.enrolments ?? [];
  const newPolicies = months.reduce((n, m) => n + m.newPolicies, 0);
  const renewals = months.reduce((n, m) => n + m.renewals, 0);
  return (
    <DashboardCard
      title={t('dashboard.enrolments.title')}
      loading={result.fetching && !result.data}
      error={Boolean(result.error && !result.data)}
      empty={newPolicies + renewals === 0}
      summary={t('dashboard.enrolments.summary', {
        total: format.number(newPolicies + renewals),
        newPolicies: format.number(newPolicies),
        renewals: format.number(renewals),
      })}
      table={{
        columns: [t('dashboard.month'), t('dashboard.enrolments.new'), t('dashboard.enrolments.renewals')],
        rows: months.map((m) => [chart.month(m.month), format.number(m.newPolicies), format.number(m.renewals)]),
      }}
    >
      <BarChart
        height={HEIGHT}
        xAxis={[{ scaleType: 'band', data: months.map((m) => chart.month(m.month)) }]}
        yAxis={[{ valueFormatter: chart.compact, width: 40 }]}
        series={[
          { data: months.map((m) => m.newPolicies), label: t('dashboard.enrolments.new'), stack: 'policies' },
          { data: months.map((m) => m.renewals), label: t('dashboard.enrolments.renewals'), stack: 'policies' },
        ]}
      />
    </DashboardCard>
  );
}

/** Policies in force and the share of insurees they cover, on the period's last day. */
export function CoverageChart({ filter }: DashboardCardsProps) {
  const { DashboardCard, PieChart, useChartFormat } = kit;
  const { t } = useModuleTranslation();
  const format = useFormat();
  const chart = useChartFormat();
  const [result] = useQuery({ query: COVERAGE, variables: useFilterVariables(filter) });
  const c = result.data?.policyDashboard.coverage;
  const uncovered = c ? c.insurees - c.covered : 0;
  return (
    <DashboardCard
      title={t('dashboard.coverage.title')}
      loading={result.fetching && !result.data}
      error={Boolean(result.error && !result.data)}
      empty={!c || c.insurees === 0}
      summary={
        c
          ? t('dashboard.coverage.summary', {
              covered: format.number(c.covered),
              insurees: format.number(c.insurees),
              rate: chart.percent(c.rate ?? null),
              policies: format.number(c.activePolicies),
              date: format.date(c.date),
            })
          : undefined
      }
      table={
        c
          ? {
              columns: [t('dashboard.coverage.figure'), t('dashboard.coverage.value')],
              rows: [
                [t('dashboard.coverage.activePolicies'), format.number(c.activePolicies)],
                [t('dashboard.coverage.insurees'), format.number(c.insurees)],
                [t('dashboard.coverage.covered'), format.number(c.covered)],
                [t('dashboard.coverage.rate'), chart.percent(c.rate ?? null)],
              ],
            }
          : undefined
      }
    >
      {c && (
        <PieChart
          height={HEIGHT}
          series={[
            {
              innerRadius: 60,
              data: [
                { id: 'covered', value: c.covered, label: t('dashboard.coverage.covered') },
                { id: 'uncovered', value: uncovered, label: t('dashboard.coverage.uncovered') },
              ],
              valueFormatter: (item) => format.number(item.value),
            },
          ]}
        />
      )}
    </DashboardCard>
  );
}

/** Contributions collected per month against the value of the policies enrolled that month. */
export function ContributionsChart({ filter }: DashboardCardsProps) {
  const { BarChart, DashboardCard, useChartFormat } = kit;
  const { t } = useModuleTranslation();
  const format = useFormat();
  const chart = useChartFormat();
  const [result] = useQuery({ query: CONTRIBUTIONS, variables: useFilterVariables(filter) });
  const months = result.data?.policyDashboard.contributions ?? [];
  const collected = months.reduce((s, m) => s + Number(m.collected), 0);
  const expected = months.reduce((s, m) => s + Number(m.expected), 0);
  return (
    <DashboardCard
      title={t('dashboard.contributions.title')}
      loading={result.fetching && !result.data}
      error={Boolean(result.error && !result.data)}
      empty={collected === 0 && expected === 0}
      summary={t('dashboard.contributions.summary', { collected: format.money(collected), expected: format.money(expected) })}
      table={{
        columns: [t('dashboard.month'), t('dashboard.contributions.collected'), t('dashboard.contributions.expected')],
        rows: months.map((m) => [chart.month(m.month), format.money(m.collected), format.money(m.expected)]),
      }}
    >
      <BarChart
        height={HEIGHT}
        xAxis={[{ scaleType: 'band', data: months.map((m) => chart.month(m.month)) }]}
        yAxis={[{ valueFormatter: chart.compact, width: 48 }]}
        series={[
          {
            data: months.map((m) => Number(m.collected)),
            label: t('dashboard.contributions.collected'),
            valueFormatter: (v) => (v == null ? '' : format.money(v)),
          },
          {
            data: months.map((m) => Number(m.expected)),
            label: t('dashboard.contributions.expected'),
            valueFormatter: (v) => (v == null ? '' : format.money(v)),
          },
        ]}
      />
    </DashboardCard>
  );
}
