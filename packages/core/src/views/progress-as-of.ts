import { isValid, parseISO } from 'date-fns';
import type { MeasureStatus } from '../codes/statuses.js';
import type {
  ContributionDelivery,
  IndicatorMeasurement,
  ProgressReport,
  Spend,
} from '../documents/progress-report/progress-report.js';
import { reportsInOrder } from '../documents/progress-report/report-order.js';
import type { WorkPlan } from '../documents/work-plan/work-plan.js';
import { AicbError } from '../findings/errors.js';

/**
 * What the reports say of one measure as of a date: the figures of the latest report that names
 * it, the milestones and countries of every report.
 *
 * @example
 * ```ts
 * declare const progress: ProgressAsOf;
 * progress.measures.get('M-TAL-01')?.status;
 * ```
 */
export interface MeasureProgressAsOf {
  /** The status of the latest report that names the measure, or else the plan's. */
  readonly status: MeasureStatus;
  /** The id of the latest report that names the measure, if any. */
  readonly report?: string | undefined;
  /** The cumulative spend of that report, if it gives one. */
  readonly spend?: Spend | undefined;
  /** People reached, from that report. */
  readonly beneficiaries?: number | undefined;
  /** Every country any report says the measure reached, in code order. */
  readonly countriesReached: readonly string[];
  /** Each milestone reported: when it was achieved, or its latest forecast. */
  readonly milestones: ReadonlyMap<
    string,
    { readonly achieved?: string | undefined; readonly forecast?: string | undefined }
  >;
  /** The latest value of each indicator (by measurement date, then report order). */
  readonly indicators: ReadonlyMap<string, IndicatorMeasurement>;
  /** The risks of the latest report that names the measure. */
  readonly risks: readonly ProgressReport['measureProgress'][number]['risks'][number][];
}

/**
 * The reports of a plan taken together as of a date.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan;
 * declare const reports: ProgressReport[];
 * progressAsOf(plan, reports, '2026-12-01').reports;
 * ```
 */
export interface ProgressAsOf {
  /** The date the reports are read on. */
  readonly asOf: string;
  /** The ids of the reports used: those on the plan with an as-of date not after `asOf`, in order. */
  readonly reports: readonly string[];
  /** Every measure of the plan, in plan order, with what the reports say of it. */
  readonly measures: ReadonlyMap<string, MeasureProgressAsOf>;
  /** The latest value of each objective indicator. */
  readonly objectiveIndicators: ReadonlyMap<string, IndicatorMeasurement>;
  /** The latest delivery reported of each pledge, by `member` and `kind` joined with a NUL. */
  readonly contributions: ReadonlyMap<string, ContributionDelivery>;
  /** The communication-group meetings of every report, one per date, in date order. */
  readonly meetings: readonly ProgressReport['meetings'][number][];
}

/**
 * The key of a pledge or delivery in {@link ProgressAsOf.contributions}.
 *
 * @param contribution - A pledge of the plan or a delivery of a report.
 * @returns `member` and `kind` joined with a NUL character.
 *
 * @example
 * ```ts
 * pledgeKey({ member: 'Example University', kind: 'expertise' }).split('\u0000');
 * //=> ['Example University', 'expertise']
 * ```
 */
export function pledgeKey(contribution: {
  readonly member: string;
  readonly kind: string;
}): string {
  return `${contribution.member}\u0000${contribution.kind}`;
}

/** A `YYYY-MM-DD` date, checked; anything else is an `invalid-date` error. */
export function checkedDay(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isValid(parseISO(date))) {
    throw new AicbError('invalid-date', `Not a valid YYYY-MM-DD date: ${date}`);
  }
  return date;
}

function latestValues(
  into: Map<string, IndicatorMeasurement>,
  values: readonly IndicatorMeasurement[],
): void {
  for (const value of values) {
    const earlier = into.get(value.indicator);
    if (earlier === undefined || value.date >= earlier.date) into.set(value.indicator, value);
  }
}

/**
 * Reads a plan's progress reports together as of a date. Only reports on the plan (by `plan`)
 * whose as-of date is not after the date count, taken in the order they follow each other: a
 * later report's status, spend, beneficiaries and risks replace an earlier one's; milestones,
 * countries reached, indicator values and meetings add up across reports (the latest word on
 * each milestone and indicator wins).
 *
 * @param plan - A validated work plan.
 * @param reports - Progress reports; those on other plans are left out.
 * @param asOf - The date, `YYYY-MM-DD`.
 * @returns The measures in plan order with their progress, and the plan-wide figures.
 * @throws {@link AicbError} with code `invalid-date` when `asOf` is not a valid date.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan;
 * declare const reports: ProgressReport[];
 * progressAsOf(plan, reports, '2026-12-01').measures.get('M-TAL-01')?.spend?.amount;
 * ```
 */
export function progressAsOf(
  plan: WorkPlan,
  reports: readonly ProgressReport[],
  asOf: string,
): ProgressAsOf {
  const day = checkedDay(asOf);
  const used = reportsInOrder(
    reports.filter((report) => report.plan === plan.id && report.asOf <= day),
  );
  const measures = new Map<string, MeasureProgressAsOf>();
  for (const measure of plan.measures) {
    let latest:
      { report: ProgressReport; entry: ProgressReport['measureProgress'][number] } | undefined;
    const milestones = new Map<string, { achieved?: string; forecast?: string }>();
    const indicators = new Map<string, IndicatorMeasurement>();
    const countries = new Set<string>();
    for (const report of used) {
      for (const entry of report.measureProgress) {
        if (entry.measure !== measure.id) continue;
        latest = { report, entry };
        for (const milestone of entry.milestones) {
          const known = milestones.get(milestone.milestone) ?? {};
          const achieved = known.achieved ?? milestone.achieved;
          const forecast = milestone.forecast ?? known.forecast;
          milestones.set(milestone.milestone, {
            ...(achieved === undefined ? {} : { achieved }),
            ...(forecast === undefined ? {} : { forecast }),
          });
        }
        latestValues(indicators, entry.indicators);
        for (const country of entry.countriesReached) countries.add(country);
      }
    }
    measures.set(measure.id, {
      status: latest?.entry.status ?? measure.status,
      report: latest?.report.id,
      spend: latest?.entry.spend,
      beneficiaries: latest?.entry.beneficiaries?.total,
      countriesReached: [...countries].sort(),
      milestones,
      indicators,
      risks: latest?.entry.risks ?? [],
    });
  }
  const objectiveIndicators = new Map<string, IndicatorMeasurement>();
  const contributions = new Map<string, ContributionDelivery>();
  const meetings = new Map<string, ProgressReport['meetings'][number]>();
  for (const report of used) {
    for (const entry of report.objectiveProgress)
      latestValues(objectiveIndicators, entry.indicators);
    for (const delivery of report.contributions) contributions.set(pledgeKey(delivery), delivery);
    for (const meeting of report.meetings)
      if (!meetings.has(meeting.date)) meetings.set(meeting.date, meeting);
  }
  return {
    asOf: day,
    reports: used.map((report) => report.id),
    measures,
    objectiveIndicators,
    contributions,
    meetings: [...meetings.values()].sort((a, b) => a.date.localeCompare(b.date)),
  };
}
