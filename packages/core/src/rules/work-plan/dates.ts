import type { WorkPlan } from '../../documents/work-plan/work-plan.js';
import { defineRule } from '../rule.js';
import { indicatorsOf } from './indicator-index.js';

/** Start dates come before end dates, and baseline years before target years. */
export const planDateOrder = defineRule({
  code: 'plan/date-order',
  severity: 'error',
  scope: 'WorkPlan',
  summary: "The plan period and every measure's schedule start on or before the day they end.",
  example:
    '`work-plan.yaml#/measures/6/schedule: { start: 2026-06-01, end: 2026-03-31 }`: the schedule ends before it starts.',
  fix: 'Correct the start or the end date.',
  check(plan: WorkPlan, report) {
    if (plan.period.end < plan.period.start) {
      report(['period', 'end'], { what: 'plan period', ...plan.period });
    }
    plan.measures.forEach((measure, i) => {
      const { start, end } = measure.schedule;
      if (end < start) {
        report(['measures', i, 'schedule', 'end'], {
          what: `schedule of measure "${measure.id}"`,
          start,
          end,
        });
      }
    });
  },
});

/** Measure schedules and review dates lie inside the plan period. */
export const planOutsidePeriod = defineRule({
  code: 'plan/outside-period',
  severity: 'error',
  scope: 'WorkPlan',
  summary: 'Measure schedules and review dates lie inside the plan period.',
  example:
    '`work-plan.yaml#/measures/6/schedule/end: 2028-06-30`, in a plan whose `period` ends `2027-12-31`.',
  fix: 'Move the date into the plan period, or extend the period.',
  check(plan: WorkPlan, report) {
    const { start, end } = plan.period;
    if (end < start) return;
    const outside = (date: string): boolean => date < start || date > end;
    plan.measures.forEach((measure, i) => {
      for (const field of ['start', 'end'] as const) {
        const date = measure.schedule[field];
        if (outside(date)) {
          report(['measures', i, 'schedule', field], {
            what: `${field} of measure "${measure.id}"`,
            date,
            start,
            end,
          });
        }
      }
    });
    plan.arrangements.reviews.forEach((review, i) => {
      if (outside(review.date)) {
        report(['arrangements', 'reviews', i, 'date'], {
          what: 'review',
          date: review.date,
          start,
          end,
        });
      }
    });
  },
});

/** Indicator targets are set for a year no earlier than their baseline. */
export const planIndicatorYearOrder = defineRule({
  code: 'plan/indicator-year-order',
  severity: 'error',
  scope: 'WorkPlan',
  summary: "An indicator's target year is not before its baseline year.",
  example:
    '`work-plan.yaml#/objectives/0/indicators/0/target/year: 2024`, for an indicator whose baseline is of 2025.',
  fix: 'Correct the baseline or the target year.',
  check(plan: WorkPlan, report) {
    for (const [indicator, path] of indicatorsOf(plan)) {
      if (indicator.baseline !== undefined && indicator.target.year < indicator.baseline.year) {
        report([...path, 'target', 'year'], {
          indicator: indicator.id,
          baselineYear: indicator.baseline.year,
          targetYear: indicator.target.year,
        });
      }
    }
  },
});
