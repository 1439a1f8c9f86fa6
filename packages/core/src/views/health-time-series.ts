import type { ProgressReport } from '../documents/progress-report/progress-report.js';
import { reportsInOrder } from '../documents/progress-report/report-order.js';
import type { Period, WorkPlan } from '../documents/work-plan/work-plan.js';
import type { HealthState } from '../codes/health-states.js';
import { planHealth } from './plan-health.js';

/**
 * The headline figures of a plan's health as of one report.
 *
 * @example
 * ```ts
 * declare const point: HealthPoint;
 * `${point.period.end}: ${point.states.late} late`;
 * ```
 */
export interface HealthPoint {
  /** The report the figures are as of. */
  readonly report: string;
  readonly period: Period;
  readonly asOf: string;
  /** How many measures are in each state. */
  readonly states: Readonly<Record<HealthState, number>>;
  /** Milestones achieved, of all milestones of the plan. */
  readonly milestonesAchieved: number;
  readonly milestones: number;
  /** Milestones overdue. */
  readonly overdueMilestones: number;
  /** Cumulative spend by currency. */
  readonly spent: Readonly<Record<string, number>>;
  /** People reached, over the measures that report a number. */
  readonly beneficiaries: number;
}

/**
 * The same health figures for each report of a plan, in the order the reports follow each other,
 * each computed by {@link planHealth} as of the report's as-of date (with the reports up to it),
 * so that a later report can show the trend.
 *
 * @param plan - A validated work plan.
 * @param reports - Progress reports; those on other plans are left out.
 * @returns One point per report on the plan, earliest first.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan;
 * declare const reports: ProgressReport[];
 * healthTimeSeries(plan, reports).map((point) => point.states['on-track']);
 * ```
 */
export function healthTimeSeries(
  plan: WorkPlan,
  reports: readonly ProgressReport[],
): HealthPoint[] {
  return reportsInOrder(reports.filter((report) => report.plan === plan.id)).map((report) => {
    const health = planHealth(plan, reports, report.asOf);
    let achieved = 0;
    let milestones = 0;
    let beneficiaries = 0;
    for (const measure of health.measures) {
      achieved += measure.milestones.achieved;
      milestones += measure.milestones.total;
      beneficiaries += measure.beneficiaries ?? 0;
    }
    return {
      report: report.id,
      period: report.period,
      asOf: report.asOf,
      states: health.totals.states,
      milestonesAchieved: achieved,
      milestones,
      overdueMilestones: health.overdueMilestones.length,
      spent: Object.fromEntries(
        Object.entries(health.budgetExecution)
          .filter(([, execution]) => execution.spent > 0)
          .map(([currency, execution]) => [currency, execution.spent]),
      ),
      beneficiaries,
    };
  });
}
