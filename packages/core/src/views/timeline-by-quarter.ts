import { addQuarters, endOfQuarter, format, getQuarter, parseISO, startOfQuarter } from 'date-fns';
import type { Measure, Milestone } from '../documents/work-plan/measure.js';
import type { WorkPlan } from '../documents/work-plan/work-plan.js';

/**
 * One calendar quarter of a plan: what starts, runs, ends and falls due in it.
 *
 * @example
 * ```ts
 * declare const quarter: TimelineQuarter;
 * console.log(quarter.label, quarter.active.length, quarter.milestones.length);
 * ```
 */
export interface TimelineQuarter {
  /** The quarter, written like `2026-Q1`. */
  readonly label: string;
  /** First day of the quarter, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day of the quarter, `YYYY-MM-DD`. */
  readonly end: string;
  /** Measures whose schedule starts in the quarter. */
  readonly starting: readonly Measure[];
  /** Measures running at some point in the quarter. */
  readonly active: readonly Measure[];
  /** Measures whose schedule ends in the quarter. */
  readonly ending: readonly Measure[];
  /** Milestones due in the quarter with their measure, by due date. */
  readonly milestones: readonly { readonly measure: Measure; readonly milestone: Milestone }[];
}

const day = (date: Date): string => format(date, 'yyyy-MM-dd');

/**
 * Lays a plan out by calendar quarter, from the quarter its period starts in to the quarter it
 * ends in (widened to cover measures that run outside the period).
 *
 * @param plan - A validated work plan.
 * @returns One entry per quarter, in order; empty when the period ends before it starts.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan; // period 2026-01-01 to 2027-12-31
 * timelineByQuarter(plan).map((quarter) => quarter.label);
 * //=> ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4']
 * ```
 */
export function timelineByQuarter(plan: WorkPlan): TimelineQuarter[] {
  if (plan.period.end < plan.period.start) return [];
  let first = plan.period.start;
  let last = plan.period.end;
  for (const measure of plan.measures) {
    if (measure.schedule.start < first) first = measure.schedule.start;
    if (measure.schedule.end > last) last = measure.schedule.end;
  }
  const quarters: TimelineQuarter[] = [];
  for (
    let cursor = startOfQuarter(parseISO(first));
    day(cursor) <= last;
    cursor = addQuarters(cursor, 1)
  ) {
    const start = day(cursor);
    const end = day(endOfQuarter(cursor));
    const inQuarter = (date: string): boolean => date >= start && date <= end;
    const milestones = plan.measures
      .flatMap((measure) =>
        measure.schedule.milestones.map((milestone) => ({ measure, milestone })),
      )
      .filter(({ milestone }) => inQuarter(milestone.due))
      .sort((a, b) => a.milestone.due.localeCompare(b.milestone.due));
    quarters.push({
      label: `${format(cursor, 'yyyy')}-Q${getQuarter(cursor)}`,
      start,
      end,
      starting: plan.measures.filter((measure) => inQuarter(measure.schedule.start)),
      active: plan.measures.filter(
        (measure) => measure.schedule.start <= end && measure.schedule.end >= start,
      ),
      ending: plan.measures.filter((measure) => inQuarter(measure.schedule.end)),
      milestones,
    });
  }
  return quarters;
}
