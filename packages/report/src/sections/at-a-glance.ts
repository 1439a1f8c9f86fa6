import type { CurrencyTotals, SummaryGroup } from '@itu-aicb/core';
import { ITU_OFFICES, summarizeWorkPlan } from '@itu-aicb/core';
import { barChart } from '../charts/bar-chart.js';
import { figure, legend } from '../charts/figure.js';
import { MARK_COLOURS } from '../charts/palette.js';
import { escapeHtml, phrase, table } from '../html/markup.js';
import type { ReportContext, ReportSection } from './report-context.js';
import { dateHtml, documentText, nothing } from './report-context.js';

/**
 * The name of a group of the summary: a bureau, an ITU office (as a lead), a region, a pillar,
 * or `global`.
 */
function groupName({ locale, words }: ReportContext, key: string): string | undefined {
  const { bureaus, regions, pillars } = locale.terms;
  if (key === 'global') return words.atAGlance.global;
  const office = ITU_OFFICES.find((item) => item.id === key);
  if (office !== undefined) return words.atAGlance.office[office.type](office.city);
  return (
    (bureaus as Readonly<Record<string, string>>)[key] ??
    (regions as Readonly<Record<string, string>>)[key] ??
    (pillars as Readonly<Record<string, string>>)[key]
  );
}

/**
 * The label of a group's bar: a pillar by its name (its code is an English word), an office by
 * its city, a bureau or region by its code.
 */
function groupLabel(context: ReportContext, key: string): string {
  const pillar = (context.locale.terms.pillars as Readonly<Record<string, string>>)[key];
  return pillar ?? ITU_OFFICES.find((item) => item.id === key)?.city ?? key;
}

const money = (context: ReportContext, totals: CurrencyTotals): string =>
  Object.entries(totals)
    .map(([currency, total]) =>
      context.words.atAGlance.moneyWithSecured(
        context.formats.money(total.amount, currency),
        context.formats.number(total.secured),
      ),
    )
    .join('; ') || context.words.common.none;

/** A chart of how many measures each group has, with its table of measures and budgets. */
function groupFigure(
  context: ReportContext,
  id: string,
  title: string,
  groups: Readonly<Record<string, SummaryGroup>>,
): string {
  const { words, formats } = context;
  const entries = Object.entries(groups).sort(
    (a, b) => b[1].measures - a[1].measures || a[0].localeCompare(b[0]),
  );
  return figure({
    id,
    title,
    description: words.atAGlance.groupDescription,
    drawing: barChart(
      entries.map(([key, group]) => {
        const label = groupLabel(context, key);
        const name = groupName(context, key);
        // The tooltip names the group as the bar does, with its full name when the bar has less.
        const named = name === undefined || name === label ? label : `${label} (${name})`;
        return {
          label,
          segments: [
            {
              value: group.measures,
              colour: MARK_COLOURS.main,
              title: `${named}: ${words.common.measures(group.measures)}`,
            },
          ],
          note: formats.number(group.measures),
        };
      }),
      { format: formats.number },
    ),
    table: table(
      escapeHtml(title),
      words.atAGlance.groupHeader.map(escapeHtml),
      entries.map(([key, group]) => {
        const name = groupName(context, key);
        return [
          `${escapeHtml(key)}${name === undefined ? '' : ` <span class="muted">${escapeHtml(name)}</span>`}`,
          formats.number(group.measures),
          formats.number(group.withoutBudget),
          escapeHtml(money(context, group.budget)),
        ];
      }),
      [1, 2],
    ),
    tableSummary: words.page.chartTable,
  });
}

function render(context: ReportContext): string {
  const { plan, words, formats, locale } = context;
  const w = words.atAGlance;
  if (plan === undefined) return nothing(escapeHtml(w.noPlan));
  const summary = summarizeWorkPlan(plan);
  const currencies = Object.entries(summary.total.budget);
  const share = (total: { amount: number; secured: number }): number =>
    total.amount > 0 ? total.secured / total.amount : 0;
  const facts = [
    `<li>${escapeHtml(w.counts(plan.objectives.length, plan.measures.length, summary.total.withoutBudget))}</li>`,
    `<li>${w.period(dateHtml(context, plan.period.start), dateHtml(context, plan.period.end), escapeHtml(locale.terms.planStatuses[plan.status]))}</li>`,
    ...currencies.map(
      ([currency, total]) =>
        `<li>${escapeHtml(w.budget(formats.money(total.amount, currency), formats.number(total.secured), formats.percent(share(total))))}</li>`,
    ),
  ];
  const perObjective = plan.objectives.map((objective) => [
    escapeHtml(objective.id),
    documentText(context, objective.title),
    formats.number(plan.measures.filter((m) => m.objectives.includes(objective.id)).length),
    escapeHtml(words.common.list(objective.pillars.map((p) => locale.terms.pillars[p]))),
  ]);
  const budget =
    currencies.length === 0
      ? nothing(escapeHtml(w.noBudget))
      : figure({
          id: 'chart-budget',
          title: w.budgetChart.title,
          description: w.budgetChart.description,
          drawing: barChart(
            currencies.map(([currency, total]) => ({
              label: currency,
              segments: [
                {
                  value: share(total),
                  colour: MARK_COLOURS.main,
                  title: w.budgetChart.secured(
                    currency,
                    formats.number(total.secured),
                    formats.percent(share(total)),
                  ),
                },
                {
                  value: total.amount > 0 ? 1 - share(total) : 0,
                  colour: MARK_COLOURS.rest,
                  title: w.budgetChart.toFind(
                    currency,
                    formats.number(total.amount - total.secured),
                  ),
                },
              ],
              note: formats.number(total.amount),
            })),
            { format: formats.number },
          ),
          legend: legend([
            { label: w.budgetChart.legend[0], colour: MARK_COLOURS.main },
            { label: w.budgetChart.legend[1], colour: MARK_COLOURS.rest },
          ]),
          table: table(
            escapeHtml(w.budgetChart.caption),
            w.budgetChart.header.map(escapeHtml),
            currencies.map(([currency, total]) => [
              escapeHtml(currency),
              formats.number(total.amount),
              formats.number(total.secured),
              formats.percent(share(total)),
            ]),
            [1, 2, 3],
          ),
          tableSummary: words.page.chartTable,
        });
  return [
    `<ul class="facts">${facts.join('')}</ul>`,
    table(escapeHtml(w.objectives.caption), w.objectives.header.map(escapeHtml), perObjective, [2]),
    budget,
    groupFigure(context, 'chart-by-lead', w.byLead, summary.byLead),
    groupFigure(context, 'chart-by-region', w.byRegion, summary.byRegion),
    groupFigure(context, 'chart-by-pillar', w.byPillar, summary.byPillar),
    `<p>${escapeHtml(w.owner)} ${phrase(plan.owner)}</p>`,
  ].join('');
}

/** Section 1: the plan at a glance. */
export const AT_A_GLANCE: ReportSection = { id: 'at-a-glance', render };
