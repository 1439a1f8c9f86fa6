import { milestonesDue } from '@itu-aicb/core';
import { figure } from '../charts/figure.js';
import { timelineChart } from '../charts/timeline-chart.js';
import { escapeHtml, formatNumber, localized, table } from '../html/markup.js';
import type { ReportContext, ReportSection } from './report-context.js';
import { nothing } from './report-context.js';

function render({ plan, asOf }: ReportContext): string {
  if (plan === undefined) return nothing('The timeline needs a valid work plan.');
  if (plan.measures.length === 0) return nothing('The plan has no measures yet.');
  const overdue = milestonesDue(plan, asOf, { withinDays: 0 }).filter(
    (entry) => entry.state === 'overdue',
  );
  const late = new Set(overdue.map((entry) => entry.milestone.id));
  const state = (milestone: { readonly id: string; readonly done: boolean }) =>
    milestone.done ? 'done' : late.has(milestone.id) ? 'overdue' : 'open';
  const chart = figure({
    id: 'chart-timeline',
    title: `Measures and milestones over time, as of ${asOf}`,
    description:
      'Each bar runs from the start to the end of a measure. A filled diamond is a milestone reached, an empty diamond one still to come, a cross one overdue; the dashed line is the as-of date.',
    drawing: timelineChart(
      plan.measures.map((measure) => ({
        label: measure.id,
        start: measure.schedule.start,
        end: measure.schedule.end,
        title: `${measure.id}: ${measure.schedule.start} to ${measure.schedule.end}`,
        marks: measure.schedule.milestones.map((milestone) => ({
          date: milestone.due,
          state: state(milestone),
          title: `${milestone.id}, due ${milestone.due}: ${state(milestone)}`,
        })),
      })),
      asOf,
    ),
    table: table(
      'Milestones',
      ['Measure', 'Runs', 'Milestone', 'Due', 'State'],
      plan.measures.flatMap((measure) =>
        measure.schedule.milestones.map((milestone) => [
          escapeHtml(measure.id),
          `${escapeHtml(measure.schedule.start)} to ${escapeHtml(measure.schedule.end)}`,
          `${escapeHtml(milestone.id)}: ${localized(milestone.title)}`,
          escapeHtml(milestone.due),
          state(milestone),
        ]),
      ),
    ),
  });
  const overdueList =
    overdue.length === 0
      ? `<p>No milestone is overdue on ${escapeHtml(asOf)}.</p>`
      : table(
          `Overdue milestones on ${escapeHtml(asOf)} (${formatNumber(overdue.length)}), most overdue first`,
          ['Milestone', 'Measure', 'Due', 'Days late'],
          overdue.map((entry) => [
            `${escapeHtml(entry.milestone.id)}: ${localized(entry.milestone.title)}`,
            escapeHtml(entry.measure.id),
            escapeHtml(entry.milestone.due),
            formatNumber(-entry.daysLeft),
          ]),
          [3],
        );
  return chart + overdueList;
}

/** Section 5: the timeline. */
export const TIMELINE: ReportSection = { id: 'timeline', title: 'Timeline', render };
