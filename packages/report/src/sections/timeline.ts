import { milestonesDue } from '@itu-aicb/core';
import { figure } from '../charts/figure.js';
import { timelineChart } from '../charts/timeline-chart.js';
import { escapeHtml, table } from '../html/markup.js';
import type { ReportContext, ReportSection } from './report-context.js';
import { dateHtml, documentText, nothing } from './report-context.js';

function render(context: ReportContext): string {
  const { plan, asOf, words, formats } = context;
  const w = words.timeline;
  if (plan === undefined) return nothing(escapeHtml(w.noPlan));
  if (plan.measures.length === 0) return nothing(escapeHtml(w.noMeasures));
  const overdue = milestonesDue(plan, asOf, { withinDays: 0 }).filter(
    (entry) => entry.state === 'overdue',
  );
  const late = new Set(overdue.map((entry) => entry.milestone.id));
  const stateOf = (milestone: { readonly id: string; readonly done: boolean }) =>
    milestone.done ? 'done' : late.has(milestone.id) ? 'overdue' : 'open';
  const state = (milestone: { readonly id: string; readonly done: boolean }): string =>
    w.states[stateOf(milestone)];
  const date = formats.date;
  const chart = figure({
    id: 'chart-timeline',
    title: w.chart.title(date(asOf)),
    description: w.chart.description,
    drawing: timelineChart(
      plan.measures.map((measure) => ({
        label: measure.id,
        start: measure.schedule.start,
        end: measure.schedule.end,
        title: w.chart.span(measure.id, date(measure.schedule.start), date(measure.schedule.end)),
        marks: measure.schedule.milestones.map((milestone) => ({
          date: milestone.due,
          state: stateOf(milestone),
          title: w.chart.milestone(milestone.id, date(milestone.due), state(milestone)),
        })),
      })),
      asOf,
      { quarter: w.chart.quarter, asOf: w.chart.asOf(date(asOf)) },
    ),
    table: table(
      escapeHtml(w.caption),
      w.header.map(escapeHtml),
      plan.measures.flatMap((measure) =>
        measure.schedule.milestones.map((milestone) => [
          escapeHtml(measure.id),
          w.runs(
            dateHtml(context, measure.schedule.start),
            dateHtml(context, measure.schedule.end),
          ),
          `${escapeHtml(milestone.id)}: ${documentText(context, milestone.title)}`,
          dateHtml(context, milestone.due),
          escapeHtml(state(milestone)),
        ]),
      ),
    ),
    tableSummary: words.page.chartTable,
  });
  const overdueList =
    overdue.length === 0
      ? `<p>${w.noneOverdue(dateHtml(context, asOf))}</p>`
      : table(
          w.overdueCaption(overdue.length, dateHtml(context, asOf)),
          w.overdueHeader.map(escapeHtml),
          overdue.map((entry) => [
            `${escapeHtml(entry.milestone.id)}: ${documentText(context, entry.milestone.title)}`,
            escapeHtml(entry.measure.id),
            dateHtml(context, entry.milestone.due),
            formats.number(-entry.daysLeft),
          ]),
          [3],
        );
  return chart + overdueList;
}

/** Section 5: the timeline. */
export const TIMELINE: ReportSection = { id: 'timeline', render };
