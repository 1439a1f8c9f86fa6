import { addDays, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';
import { AicbError } from '../findings/errors.js';
import type { Measure, Milestone } from '../documents/work-plan/measure.js';
import type { WorkPlan } from '../documents/work-plan/work-plan.js';

/**
 * A milestone that is not done, with how it stands on the reference date.
 *
 * @example
 * ```ts
 * declare const entry: MilestoneDue;
 * console.log(`${entry.milestone.id} ${entry.state} (${entry.daysLeft} days)`);
 * ```
 */
export interface MilestoneDue {
  /** The measure the milestone belongs to. */
  readonly measure: Measure;
  /** The milestone. */
  readonly milestone: Milestone;
  /** `overdue` when its due date has passed, `due` when it falls within the window. */
  readonly state: 'overdue' | 'due';
  /** Days from the reference date to the due date; negative when overdue. */
  readonly daysLeft: number;
}

/**
 * Options of {@link milestonesDue}.
 *
 * @example
 * ```ts
 * const options: MilestonesDueOptions = { withinDays: 60 };
 * ```
 */
export interface MilestonesDueOptions {
  /**
   * How many days ahead count as due, the reference day included: a number of 0 or more
   * (`Infinity` lists every milestone not done). Default: 30.
   */
  readonly withinDays?: number;
}

function toDay(date: Date | string): string {
  const parsed = typeof date === 'string' ? parseISO(date) : date;
  if (!isValid(parsed)) throw new AicbError('invalid-date', `Not a valid date: ${String(date)}`);
  return format(parsed, 'yyyy-MM-dd');
}

/**
 * Lists the milestones not yet done that are overdue or fall due soon, as of a date: overdue
 * first (most overdue first), then by due date.
 *
 * @param plan - A validated work plan.
 * @param asOf - The reference date: a `Date` (its local calendar day) or a `YYYY-MM-DD` string.
 * @param options - How far ahead to look.
 * @returns The milestones overdue or due within the window.
 * @throws {@link AicbError} with code `invalid-date` when `asOf` is not a valid date, and
 *   `invalid-option` when `withinDays` is not a number of 0 or more.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan;
 * milestonesDue(plan, '2026-06-15').map((entry) => [entry.milestone.id, entry.state]);
 * //=> [['M1-a', 'overdue'], ['M3-b', 'due']]
 * ```
 */
export function milestonesDue(
  plan: WorkPlan,
  asOf: Date | string,
  options: MilestonesDueOptions = {},
): MilestoneDue[] {
  const today = toDay(asOf);
  const reference = parseISO(today);
  const days: unknown = options.withinDays ?? 30;
  if (typeof days !== 'number' || Number.isNaN(days) || days < 0) {
    throw new AicbError(
      'invalid-option',
      `withinDays must be a number of days, 0 or more (Infinity for no limit); received ${String(days)}.`,
    );
  }
  // Plan dates end in 2100, so a window of more than 100,000 days has no end.
  const horizon =
    days > 100_000 ? '9999-12-31' : format(addDays(reference, Math.max(0, days - 1)), 'yyyy-MM-dd');
  const entries: MilestoneDue[] = [];
  for (const measure of plan.measures) {
    for (const milestone of measure.schedule.milestones) {
      if (milestone.done || milestone.due > horizon) continue;
      entries.push({
        measure,
        milestone,
        state: milestone.due < today ? 'overdue' : 'due',
        daysLeft: differenceInCalendarDays(parseISO(milestone.due), reference),
      });
    }
  }
  return entries.sort(
    (a, b) => a.daysLeft - b.daysLeft || a.milestone.id.localeCompare(b.milestone.id),
  );
}
