import { addDays, addMonths, differenceInCalendarDays } from 'date-fns';
import type { WorkPlan } from '../../documents/work-plan/work-plan.js';
import { defineRule } from '../rule.js';
import { indicatorsOf } from './indicator-index.js';

/**
 * The longest plan period, in years, that is plausible: two four-year cycles of the
 * Plenipotentiary Conference, which sets ITU's strategic plan. A longer period is most often a
 * mistyped end year (2037 for 2027).
 *
 * @example
 * ```ts
 * MAX_PLAN_YEARS;
 * //=> 8
 * ```
 */
export const MAX_PLAN_YEARS = 8;

/** The same month and day `years` later, as text to compare with dates (YYYY-MM-DD). */
function yearsAfter(date: string, years: number): string {
  return `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;
}

/** A plan period no longer than MAX_PLAN_YEARS. */
export const planLongPeriod = defineRule({
  code: 'plan/long-period',
  severity: 'warning',
  scope: 'WorkPlan',
  summary: `The plan period is at most ${MAX_PLAN_YEARS} years long (two four-year cycles of the Plenipotentiary Conference); a longer one is most often a mistyped year.`,
  example:
    '`work-plan.yaml#/period/end: 2037-12-31`, for a plan that starts `2026-01-01`: twelve years.',
  fix: 'Correct the end year, or split the plan into successive plans.',
  check(plan: WorkPlan, report) {
    const { start, end } = plan.period;
    // The period includes its last day: 2026-01-01 to 2033-12-31 is eight years, not more.
    if (end >= yearsAfter(start, MAX_PLAN_YEARS)) {
      report(['period', 'end'], { start, end, limit: MAX_PLAN_YEARS });
    }
  },
});

/** Mandates are not dated after the plan ends. */
export const planMandateAfterPlan = defineRule({
  code: 'plan/mandate-after-plan',
  severity: 'error',
  scope: 'WorkPlan',
  summary: 'A mandate the plan cites is not dated after the year the plan ends.',
  example: '`work-plan.yaml#/mandates/0/year: 2030`, in a plan whose `period` ends `2027-12-31`.',
  fix: 'Correct the year of the mandate, or the end of the plan period.',
  check(plan: WorkPlan, report) {
    const endYear = Number(plan.period.end.slice(0, 4));
    plan.mandates.forEach((mandate, i) => {
      if (mandate.year > endYear) {
        report(['mandates', i, 'year'], {
          mandate: mandate.id,
          year: mandate.year,
          end: plan.period.end,
        });
      }
    });
  },
});

/** Days in a month of `months` calendar months, for the fraction of an estimate such as 6.5. */
const DAYS_PER_MONTH = 365.2425 / 12;

/**
 * A `YYYY-MM-DD` date the schema accepted, at local noon; without the general ISO parser, which
 * costs more than the rule itself on a large plan. Noon, not midnight: a clock change skips the
 * midnight of some days in some time zones, which would move that day an hour on, past the same
 * day reached by adding months. date-fns keeps the time of day when it adds days and months.
 */
function localDay(date: string): Date {
  const day = new Date(0);
  day.setFullYear(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
  day.setHours(12, 0, 0, 0);
  return day;
}

/** The day first results are expected: `months` after `start`, a fraction counted in days. */
function firstResultsDate(start: string, months: number): Date {
  const whole = Math.floor(months);
  return addDays(addMonths(localDay(start), whole), Math.round((months - whole) * DAYS_PER_MONTH));
}

/** How many months a schedule runs, its last day included, to one decimal. */
function monthsRun(start: string, end: string): number {
  const from = localDay(start);
  const after = addDays(localDay(end), 1);
  let whole = 0;
  while (addMonths(from, whole + 1) <= after) whole += 1;
  const rest = differenceInCalendarDays(after, addMonths(from, whole));
  return Math.floor((whole + rest / DAYS_PER_MONTH) * 10) / 10;
}

/** Calendar months from the month of `start` to the month of `end` (`YYYY-MM-DD` dates). */
function calendarMonths(start: string, end: string): number {
  const month = (date: string): number => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
  return month(end) - month(start);
}

/** First results are expected while the measure runs. */
export const planFirstResultsAfterEnd = defineRule({
  code: 'plan/first-results-after-end',
  severity: 'warning',
  scope: 'WorkPlan',
  summary:
    "A measure's `estimates.monthsToFirstResults` is not longer than its schedule runs (start to end, the last day included).",
  example:
    '`work-plan.yaml#/measures/6/estimates/monthsToFirstResults: 24`, for a measure scheduled from `2026-01-15` to `2027-06-30`.',
  fix: 'Lower the estimate, or extend the schedule.',
  check(plan: WorkPlan, report) {
    plan.measures.forEach((measure, i) => {
      const months = measure.estimates.monthsToFirstResults;
      const { start, end } = measure.schedule;
      if (months === undefined || end < start) return;
      // Most estimates are months shorter than the schedule: `whole` months and at most 30 days
      // after the start fall at least a calendar month before the month of the end.
      if (Math.floor(months) + 3 <= calendarMonths(start, end)) return;
      // Results on the day after the last day still come with the measure: 12 months of 12.
      if (firstResultsDate(start, months) > addDays(localDay(end), 1)) {
        report(['measures', i, 'estimates', 'monthsToFirstResults'], {
          measure: measure.id,
          months,
          runs: monthsRun(start, end),
          end,
        });
      }
    });
  },
});

/** Indicator targets fall in the years of the plan, so that the plan's reports can show them. */
export const planIndicatorTargetOutsidePeriod = defineRule({
  code: 'plan/indicator-target-outside-period',
  severity: 'warning',
  scope: 'WorkPlan',
  summary:
    "An indicator's target year lies in the years of the plan period, so that the plan's own reports can say whether it was met.",
  example:
    '`work-plan.yaml#/objectives/0/indicators/0/target/year: 2030`, in a plan whose `period` ends `2027-12-31`.',
  fix: 'Set a target for a year of the plan (a milestone towards the later one), or correct the year.',
  check(plan: WorkPlan, report) {
    const first = Number(plan.period.start.slice(0, 4));
    const last = Number(plan.period.end.slice(0, 4));
    if (last < first) return;
    for (const [indicator, path] of indicatorsOf(plan)) {
      const { year } = indicator.target;
      if (year < first || year > last) {
        report([...path, 'target', 'year'], { indicator: indicator.id, year, first, last });
      }
    }
  },
});
