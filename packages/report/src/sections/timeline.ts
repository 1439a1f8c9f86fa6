import type { Measure, Milestone, WorkPlan } from '@itu-aicb/core';
import { milestonesDue } from '@itu-aicb/core';
import { figure } from '../charts/figure.js';
import type { TimelineMark } from '../charts/timeline-chart.js';
import { timelineChart } from '../charts/timeline-chart.js';
import { escapeHtml, table } from '../html/markup.js';
import type { ReportMilestone } from '../report-input.js';
import type { ReportContext, ReportSection } from './report-context.js';
import { dateHtml, documentText, nothing } from './report-context.js';

/** A milestone as the timeline shows it: its state, the date to draw it on, and what is known. */
interface MilestoneView {
  readonly measure: Measure;
  readonly milestone: Milestone;
  readonly state: TimelineMark['state'];
  /** The date it is drawn on: its re-forecast while not reached, else its due date. */
  readonly date: string;
  readonly achieved?: string | undefined;
  readonly forecast?: string | undefined;
  /** Days overdue on the report's date, when overdue. */
  readonly daysOverdue?: number | undefined;
}

const key = (measure: string, milestone: string): string => `${measure}\u0000${milestone}`;

/**
 * Every milestone's state on the date. With the progress reports (the monitoring input), as plan
 * health reads them: reached in a report or in the plan, overdue as `planHealth` counts it (by its
 * re-forecast, if any), re-forecast; without them, from the plan's `done` flags and due dates.
 */
function milestoneViews(context: ReportContext, plan: WorkPlan): MilestoneView[] {
  const { measures } = plan;
  const reported = context.input.monitoring?.milestones;
  if (reported === undefined) {
    const late = new Map(
      milestonesDue(plan, context.asOf, { withinDays: 0 })
        .filter((entry) => entry.state === 'overdue')
        .map((entry) => [key(entry.measure.id, entry.milestone.id), -entry.daysLeft]),
    );
    return measures.flatMap((measure) =>
      measure.schedule.milestones.map((milestone) => {
        const days = late.get(key(measure.id, milestone.id));
        return {
          measure,
          milestone,
          date: milestone.due,
          state: milestone.done ? 'done' : days === undefined ? 'open' : 'overdue',
          daysOverdue: days,
        };
      }),
    );
  }
  const known = new Map<string, ReportMilestone>(
    reported.map((entry) => [key(entry.measure, entry.milestone), entry]),
  );
  return measures.flatMap((measure) =>
    measure.schedule.milestones.map((milestone): MilestoneView => {
      const entry = known.get(key(measure.id, milestone.id));
      const achieved = entry?.achieved;
      const forecast = milestone.done || achieved !== undefined ? undefined : entry?.forecast;
      const state: MilestoneView['state'] =
        milestone.done || achieved !== undefined
          ? 'done'
          : entry?.daysOverdue !== undefined
            ? 'overdue'
            : forecast !== undefined
              ? 'reforecast'
              : 'open';
      return {
        measure,
        milestone,
        state,
        date: forecast ?? milestone.due,
        achieved,
        forecast,
        daysOverdue: state === 'overdue' ? entry?.daysOverdue : undefined,
      };
    }),
  );
}

function render(context: ReportContext): string {
  const { plan, asOf, words, formats } = context;
  const w = words.timeline;
  if (plan === undefined) return nothing(escapeHtml(w.noPlan));
  if (plan.measures.length === 0) return nothing(escapeHtml(w.noMeasures));
  const date = formats.date;
  const views = milestoneViews(context, plan);
  /**
   * The state in words, with the date a report gives (reached on, re-forecast to): as text for
   * a tooltip, or as HTML with `<time>` dates for the table.
   */
  const stateIn = (view: MilestoneView, html: boolean): string => {
    const text = (words: string): string => (html ? escapeHtml(words) : words);
    const day = (iso: string): string => (html ? dateHtml(context, iso) : date(iso));
    const reforecast = view.forecast === undefined ? undefined : w.reforecastTo(day(view.forecast));
    if (view.state === 'done')
      return view.achieved === undefined ? text(w.states.done) : w.doneOn(day(view.achieved));
    if (view.state === 'reforecast') return reforecast ?? text(w.states.reforecast);
    const state = text(w.states[view.state]);
    return reforecast === undefined ? state : `${state}, ${reforecast}`;
  };
  const byMeasure = new Map<string, MilestoneView[]>();
  for (const view of views) {
    byMeasure.set(view.measure.id, [...(byMeasure.get(view.measure.id) ?? []), view]);
  }
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
        marks: (byMeasure.get(measure.id) ?? []).map((view) => ({
          date: view.date,
          state: view.state,
          title: w.chart.milestone(
            view.milestone.id,
            date(view.milestone.due),
            stateIn(view, false),
          ),
        })),
      })),
      asOf,
      { quarter: w.chart.quarter, asOf: w.chart.asOf(date(asOf)) },
    ),
    table: table(
      escapeHtml(w.caption),
      w.header.map(escapeHtml),
      views.map((view) => [
        escapeHtml(view.measure.id),
        w.runs(
          dateHtml(context, view.measure.schedule.start),
          dateHtml(context, view.measure.schedule.end),
        ),
        `${escapeHtml(view.milestone.id)}: ${documentText(context, view.milestone.title)}`,
        dateHtml(context, view.milestone.due),
        stateIn(view, true),
      ]),
    ),
    tableSummary: words.page.chartTable,
  });
  const overdue = views
    .filter((view) => view.state === 'overdue')
    .sort(
      (a, b) =>
        (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0) || a.milestone.id.localeCompare(b.milestone.id),
    );
  const overdueList =
    overdue.length === 0
      ? `<p>${w.noneOverdue(dateHtml(context, asOf))}</p>`
      : table(
          w.overdueCaption(overdue.length, dateHtml(context, asOf)),
          w.overdueHeader.map(escapeHtml),
          overdue.map((view) => [
            `${escapeHtml(view.milestone.id)}: ${documentText(context, view.milestone.title)}`,
            escapeHtml(view.measure.id),
            view.forecast === undefined
              ? dateHtml(context, view.milestone.due)
              : `${dateHtml(context, view.milestone.due)} (${w.reforecastTo(dateHtml(context, view.forecast))})`,
            formats.number(view.daysOverdue ?? 0),
          ]),
          [3],
        );
  return chart + overdueList;
}

/** Section 5: the timeline. */
export const TIMELINE: ReportSection = { id: 'timeline', render };
