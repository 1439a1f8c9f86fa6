import type { CurrencyTotals, SummaryGroup } from '@itu-aicb/core';
import { BUREAU_LABELS, ITU_REGION_LABELS, PILLAR_LABELS, summarizeWorkPlan } from '@itu-aicb/core';
import { barChart } from '../charts/bar-chart.js';
import { figure, legend } from '../charts/figure.js';
import { MARK_COLOURS } from '../charts/palette.js';
import {
  count,
  escapeHtml,
  formatNumber,
  formatPercent,
  localized,
  phrase,
  table,
} from '../html/markup.js';
import type { ReportContext, ReportSection } from './report-context.js';
import { nothing } from './report-context.js';

const LABELS: Readonly<Record<string, string>> = {
  ...BUREAU_LABELS,
  ...ITU_REGION_LABELS,
  ...PILLAR_LABELS,
  global: 'Global (no target region)',
};

const money = (totals: CurrencyTotals): string =>
  Object.entries(totals)
    .map(
      ([currency, total]) =>
        `${escapeHtml(currency)} ${formatNumber(total.amount)} (secured ${formatNumber(total.secured)})`,
    )
    .join('; ') || 'none';

/** A chart of how many measures each group has, with its table of measures and budgets. */
function groupFigure(
  id: string,
  title: string,
  groups: Readonly<Record<string, SummaryGroup>>,
): string {
  const entries = Object.entries(groups).sort(
    (a, b) => b[1].measures - a[1].measures || a[0].localeCompare(b[0]),
  );
  return figure({
    id,
    title,
    description: 'Bars count the measures of each group; a measure in two groups counts in both.',
    drawing: barChart(
      entries.map(([key, group]) => ({
        label: key,
        segments: [
          {
            value: group.measures,
            colour: MARK_COLOURS.main,
            title: `${key}: ${count(group.measures, 'measure')}`,
          },
        ],
        note: formatNumber(group.measures),
      })),
    ),
    table: table(
      escapeHtml(title),
      ['Group', 'Measures', 'Without budget', 'Budget (secured)'],
      entries.map(([key, group]) => [
        `${escapeHtml(key)}${LABELS[key] === undefined ? '' : ` <span class="muted">${escapeHtml(LABELS[key])}</span>`}`,
        formatNumber(group.measures),
        formatNumber(group.withoutBudget),
        money(group.budget),
      ]),
      [1, 2],
    ),
  });
}

function render({ plan }: ReportContext): string {
  if (plan === undefined) return nothing('There is no valid work plan to summarise.');
  const summary = summarizeWorkPlan(plan);
  const currencies = Object.entries(summary.total.budget);
  const facts = [
    `<li>${count(plan.objectives.length, 'objective')}, ${count(plan.measures.length, 'measure')}, ${formatNumber(summary.total.withoutBudget)} without a budget</li>`,
    `<li>Period ${escapeHtml(plan.period.start)} to ${escapeHtml(plan.period.end)}; status ${escapeHtml(plan.status)}</li>`,
    ...currencies.map(
      ([currency, total]) =>
        `<li>Budget ${escapeHtml(currency)} ${formatNumber(total.amount)}, of which ${formatNumber(total.secured)} secured (${formatPercent(total.amount > 0 ? total.secured / total.amount : 0)})</li>`,
    ),
  ];
  const perObjective = plan.objectives.map((objective) => [
    escapeHtml(objective.id),
    localized(objective.title),
    formatNumber(plan.measures.filter((m) => m.objectives.includes(objective.id)).length),
    objective.pillars.map((p) => escapeHtml(p)).join(', '),
  ]);
  const budget =
    currencies.length === 0
      ? nothing('No measure has a budget yet.')
      : figure({
          id: 'chart-budget',
          title: 'Budget and secured funds by currency',
          description:
            'Each bar is the whole budget in one currency (its amount after the bar): the dark part is the share secured, the pale part the share still to find. Amounts in different currencies are never added together.',
          drawing: barChart(
            currencies.map(([currency, total]) => {
              const share = total.amount > 0 ? total.secured / total.amount : 0;
              return {
                label: currency,
                segments: [
                  {
                    value: share,
                    colour: MARK_COLOURS.main,
                    title: `${currency} secured: ${formatNumber(total.secured)} (${formatPercent(share)})`,
                  },
                  {
                    value: total.amount > 0 ? 1 - share : 0,
                    colour: MARK_COLOURS.rest,
                    title: `${currency} still to find: ${formatNumber(total.amount - total.secured)}`,
                  },
                ],
                note: formatNumber(total.amount),
              };
            }),
          ),
          legend: legend([
            { label: 'Secured', colour: MARK_COLOURS.main },
            { label: 'Still to find', colour: MARK_COLOURS.rest },
          ]),
          table: table(
            'Budget by currency',
            ['Currency', 'Budget', 'Secured', 'Share secured'],
            currencies.map(([currency, total]) => [
              escapeHtml(currency),
              formatNumber(total.amount),
              formatNumber(total.secured),
              formatPercent(total.amount > 0 ? total.secured / total.amount : 0),
            ]),
            [1, 2, 3],
          ),
        });
  return [
    `<ul class="facts">${facts.join('')}</ul>`,
    table('Objectives', ['Objective', 'Title', 'Measures', 'Pillars'], perObjective, [2]),
    budget,
    groupFigure('chart-by-lead', 'Measures by lead bureau or office', summary.byLead),
    groupFigure('chart-by-region', 'Measures by target region', summary.byRegion),
    groupFigure('chart-by-pillar', 'Measures by pillar', summary.byPillar),
    `<p>Owner: ${phrase(plan.owner)}</p>`,
  ].join('');
}

/** Section 1: the plan at a glance. */
export const AT_A_GLANCE: ReportSection = {
  id: 'at-a-glance',
  title: 'The plan at a glance',
  render,
};
