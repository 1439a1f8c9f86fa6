import { findCountry } from '../codes/countries.js';
import type { HealthSignalCode, HealthState } from '../codes/health-states.js';
import { HEALTH_STATES } from '../codes/health-states.js';
import type { HealthFormat, HealthSignalParams } from '../messages/health/health-wording.js';
import { healthFormat } from '../messages/health/health-wording.js';
import type { Locale } from '../messages/locale.js';
import type { OfficialLanguage } from '../codes/languages.js';
import { pickText } from '../schemas/pick-text.js';
import { isBureau } from '../codes/bureaus.js';
import type { MeasureStatus } from '../codes/statuses.js';
import type { ProgressReport } from '../documents/progress-report/progress-report.js';
import type { Measure } from '../documents/work-plan/measure.js';
import type { WorkPlan } from '../documents/work-plan/work-plan.js';
import type { MeasureProgressAsOf } from './progress-as-of.js';
import { healthSignal } from './health-signal.js';
import { progressAsOf } from './progress-as-of.js';

/**
 * The thresholds of the health rules: how far the share of the budget spent may be from the share
 * of the schedule elapsed (0.25: a quarter of the budget either way), and the least share of the
 * progress expected on a straight line from baseline to target an indicator must show (0.75).
 *
 * @example
 * ```ts
 * HEALTH_THRESHOLDS.spendTolerance;
 * //=> 0.25
 * ```
 */
export const HEALTH_THRESHOLDS = { spendTolerance: 0.25, indicatorShare: 0.75 } as const;

/**
 * Why a measure is late or at risk: each signal with what it is about, the figures behind it
 * (`params`, the same in every language) and a sentence saying them.
 *
 * - `past-end`: the date is after the measure's end and it is not completed (late).
 * - `milestone-overdue`: a milestone not achieved whose due date (its forecast, if re-forecast)
 *   has passed (late).
 * - `forecast-beyond-end`: a milestone re-forecast past the measure's end (late).
 * - `suspended`: the measure is suspended (at risk).
 * - `not-started`: the measure's start has passed, it is still in the pipeline, and no milestone
 *   and no spend is reported (at risk).
 * - `milestone-slipped`: a milestone re-forecast past its original due date (at risk).
 * - `overspent`: spend above the budget (at risk).
 * - `spend-ahead`, `spend-behind`: the share of the budget spent is more than
 *   {@link HEALTH_THRESHOLDS} `spendTolerance` above or below the share of the schedule elapsed
 *   (at risk).
 * - `indicator-behind`: an indicator shows less than `indicatorShare` of the progress expected by
 *   its measurement date (at risk).
 * - `high-risk`: a risk reported with high likelihood and high impact (at risk).
 *
 * @example
 * ```ts
 * const signal: HealthSignal = {
 *   signal: 'milestone-overdue',
 *   subject: 'TAL-01-b',
 *   params: { due: '2026-11-30' },
 *   detail: 'due 2026-11-30',
 * };
 * ```
 */
export type HealthSignal = {
  readonly [S in HealthSignalCode]: {
    readonly signal: S;
    /** The measure, milestone or indicator the signal is about. */
    readonly subject: string;
    /** The figures behind it: ISO dates, shares (1 for 100 %) and numbers. */
    readonly params: HealthSignalParams[S];
    /**
     * The figures for people to read, in the language of the `locale` option (English by
     * default), with ISO dates, such as `due 2026-11-30`.
     */
    readonly detail: string;
  };
}[HealthSignalCode];

/**
 * How an indicator stands against a straight line from its baseline to its target.
 *
 * @example
 * ```ts
 * declare const progress: IndicatorProgress;
 * `${progress.indicator}: ${progress.actual} of ${progress.expected} expected`;
 * ```
 */
export interface IndicatorProgress {
  readonly indicator: string;
  readonly unit?: string | undefined;
  /** The baseline value (0 when the plan gives none). */
  readonly baseline: number;
  readonly target: number;
  /** The latest value reported, and when it was measured. */
  readonly actual: number;
  readonly date: string;
  /** The value on the straight line from baseline to target on that date. */
  readonly expected: number;
  /**
   * `(actual - baseline) / (expected - baseline)`: 1 is exactly on the line; `undefined` when
   * no progress is expected yet.
   */
  readonly progress: number | undefined;
}

/**
 * One measure's health on the date.
 *
 * @example
 * ```ts
 * declare const health: MeasureHealth;
 * `${health.measure}: ${health.state}`;
 * ```
 */
export interface MeasureHealth {
  readonly measure: string;
  /** Its title in the language of the `locale` option where the plan has it, else in English. */
  readonly title: string;
  /** The language of `title`. */
  readonly titleLanguage: OfficialLanguage;
  readonly state: HealthState;
  /** Why it is late or at risk, most serious first; empty otherwise. */
  readonly signals: readonly HealthSignal[];
  /** Its status: from the latest report that names it, or else from the plan. */
  readonly status: MeasureStatus;
  /** The latest report that names it, if any. */
  readonly report?: string | undefined;
  /** The share of its schedule elapsed on the date, from 0 to 1. */
  readonly elapsed: number;
  /** Cumulative spend and, when in the budget currency, the share of the budget spent. */
  readonly spend?:
    | {
        readonly amount: number;
        readonly currency: string;
        readonly budget?: number | undefined;
        readonly rate?: number | undefined;
      }
    | undefined;
  readonly milestones: {
    readonly total: number;
    readonly achieved: number;
    readonly overdue: number;
    readonly reforecast: number;
  };
  readonly indicators: readonly IndicatorProgress[];
  /** People reached, from the latest report. */
  readonly beneficiaries?: number | undefined;
}

/**
 * How many measures of a group are in each state.
 *
 * @example
 * ```ts
 * declare const rollup: HealthRollup;
 * rollup.states.late / rollup.measures;
 * ```
 */
export interface HealthRollup {
  readonly measures: number;
  readonly states: Readonly<Record<HealthState, number>>;
}

/**
 * A milestone not achieved whose due date (or forecast) has passed.
 *
 * @example
 * ```ts
 * declare const overdue: OverdueMilestone;
 * `${overdue.milestone} of ${overdue.measure}: ${overdue.daysOverdue} days`;
 * ```
 */
export interface OverdueMilestone {
  readonly measure: string;
  readonly milestone: string;
  /** Its title in the language of the `locale` option where the plan has it, else in English. */
  readonly title: string;
  /** The language of `title`. */
  readonly titleLanguage: OfficialLanguage;
  /** The due date in the plan. */
  readonly due: string;
  /** The latest re-forecast date, if any. */
  readonly forecast?: string | undefined;
  /** Days from the due date (or forecast) to the date of the view. */
  readonly daysOverdue: number;
}

/**
 * Budget and spend in one currency.
 *
 * @example
 * ```ts
 * declare const execution: BudgetExecution;
 * execution.rate;
 * ```
 */
export interface BudgetExecution {
  /** The budgets of the measures budgeted in this currency. */
  readonly budget: number;
  /** The cumulative spend reported in this currency. */
  readonly spent: number;
  /** `spent / budget`, or `undefined` when the budget is 0. */
  readonly rate: number | undefined;
  /** How many measures are budgeted in it. */
  readonly measures: number;
}

/**
 * A plan's health on a date, with the roll-ups, the overdue milestones and the budget execution.
 *
 * @example
 * ```ts
 * declare const health: PlanHealth;
 * health.totals.states['on-track'];
 * ```
 */
export interface PlanHealth {
  readonly plan: string;
  readonly asOf: string;
  /** The reports read, in order. */
  readonly reports: readonly string[];
  /** Every measure of the plan, in plan order. */
  readonly measures: readonly MeasureHealth[];
  readonly totals: HealthRollup;
  /** By objective served; a measure counts under each of its objectives. */
  readonly byObjective: Readonly<Record<string, HealthRollup>>;
  /** By pillar addressed; a measure counts under each of its pillars. */
  readonly byPillar: Readonly<Record<string, HealthRollup>>;
  /** By the bureau of the lead (a regional or area office counts as BDT's). */
  readonly byBureau: Readonly<Record<string, HealthRollup>>;
  /**
   * By ITU-D region: the measure's target regions and the regions of its target countries,
   * `global` without either; a measure counts under each.
   */
  readonly byRegion: Readonly<Record<string, HealthRollup>>;
  /** Overdue milestones, most overdue first. */
  readonly overdueMilestones: readonly OverdueMilestone[];
  /** Budget and spend by currency; currencies are never added together. */
  readonly budgetExecution: Readonly<Record<string, BudgetExecution>>;
  /** How each objective indicator stands, for those with a value reported. */
  readonly objectiveIndicators: readonly IndicatorProgress[];
}

/**
 * Options of {@link planHealth}.
 *
 * @example
 * ```ts
 * declare const french: Locale;
 * const options: PlanHealthOptions = { locale: french };
 * ```
 */
export interface PlanHealthOptions {
  /**
   * The language of the titles (where the plan has them in it) and of the signals' `detail`;
   * codes, states, dates and figures are the same in every language. Default: English.
   */
  readonly locale?: Locale;
}

/** An indicator of a measure or objective. */
type Indicator = Measure['indicators'][number];

const DAY = 86_400_000;
const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY;

/**
 * The bureau an ITU entity belongs to: a bureau is its own; a regional or area office is BDT's.
 *
 * @param entity - A bureau code or an office id.
 * @returns The bureau code.
 *
 * @example
 * ```ts
 * bureauOfEntity('bangkok');
 * //=> 'BDT'
 * ```
 */
export function bureauOfEntity(entity: string): string {
  return isBureau(entity) ? entity : 'BDT';
}

/**
 * The ITU-D regions a measure serves: its target regions and the regions of its target
 * countries, in code order; `['global']` when it names neither.
 *
 * @param measure - A validated measure.
 * @returns The region codes, or `['global']`.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan;
 * regionsOfMeasure(plan.measures[0]!);
 * ```
 */
export function regionsOfMeasure(measure: Measure): string[] {
  const regions = new Set<string>(measure.targetRegions);
  for (const country of measure.targetCountries) {
    const region = findCountry(country)?.ituRegion;
    if (region !== undefined) regions.add(region);
  }
  return regions.size === 0 ? ['global'] : [...regions].sort();
}

/** The share of a span elapsed on a day, from 0 to 1. */
function elapsedShare(start: string, end: string, day: string): number {
  const length = dayNumber(end) - dayNumber(start);
  if (length <= 0) return day >= end ? 1 : 0;
  return Math.min(1, Math.max(0, (dayNumber(day) - dayNumber(start)) / length));
}

/**
 * Where an indicator stands against the straight line from its baseline (value at the end of the
 * baseline year; 0 at `start` when there is no baseline) to its target (at the end of the target
 * year), on the date of its latest measurement.
 */
function indicatorProgress(
  indicator: Indicator,
  value: { readonly value: number; readonly date: string },
  start: string,
): IndicatorProgress {
  const baseline = indicator.baseline?.value ?? 0;
  const from = indicator.baseline === undefined ? start : `${indicator.baseline.year}-12-31`;
  const to = `${indicator.target.year}-12-31`;
  const expected =
    baseline + (indicator.target.value - baseline) * elapsedShare(from, to, value.date);
  return {
    indicator: indicator.id,
    ...(indicator.unit === undefined ? {} : { unit: indicator.unit }),
    baseline,
    target: indicator.target.value,
    actual: value.value,
    date: value.date,
    expected,
    progress: expected === baseline ? undefined : (value.value - baseline) / (expected - baseline),
  };
}

/** A localized title in the locale's language, or English, with the language it is in. */
function titleIn(
  title: Parameters<typeof pickText>[0],
  locale: Locale | undefined,
): { title: string; titleLanguage: OfficialLanguage } {
  const picked = pickText(title, locale?.language ?? 'en');
  return { title: picked.text, titleLanguage: picked.language };
}

/** The health of one measure; see {@link planHealth} for the rules. */
function measureHealth(
  measure: Measure,
  progress: MeasureProgressAsOf,
  day: string,
  locale: Locale | undefined,
  format: HealthFormat,
): MeasureHealth {
  const { schedule, budget } = measure;
  const signal = <S extends HealthSignalCode>(
    code: S,
    subject: string,
    params: HealthSignalParams[S],
  ): HealthSignal => healthSignal(code, subject, params, locale, format);
  const elapsed = elapsedShare(schedule.start, schedule.end, day);
  const late: HealthSignal[] = [];
  const risk: HealthSignal[] = [];
  let achieved = 0;
  let overdue = 0;
  let reforecast = 0;
  for (const milestone of schedule.milestones) {
    const reported = progress.milestones.get(milestone.id);
    if (milestone.done || reported?.achieved !== undefined) {
      achieved += 1;
      continue;
    }
    const forecast = reported?.forecast;
    if (forecast !== undefined) reforecast += 1;
    const due = forecast ?? milestone.due;
    if (due < day) {
      overdue += 1;
      late.push(
        signal(
          'milestone-overdue',
          milestone.id,
          forecast === undefined ? { due: milestone.due } : { due: milestone.due, forecast },
        ),
      );
    } else if (forecast !== undefined && forecast > schedule.end) {
      late.push(signal('forecast-beyond-end', milestone.id, { forecast, end: schedule.end }));
    } else if (forecast !== undefined && forecast > milestone.due) {
      risk.push(signal('milestone-slipped', milestone.id, { due: milestone.due, forecast }));
    }
  }
  const { spend } = progress;
  const rate =
    spend !== undefined &&
    budget !== undefined &&
    budget.currency === spend.currency &&
    budget.amount > 0
      ? spend.amount / budget.amount
      : undefined;
  const indicators = measure.indicators.flatMap((indicator) => {
    const value = progress.indicators.get(indicator.id);
    return value === undefined ? [] : [indicatorProgress(indicator, value, schedule.start)];
  });
  const base = {
    measure: measure.id,
    ...titleIn(measure.title, locale),
    status: progress.status,
    ...(progress.report === undefined ? {} : { report: progress.report }),
    elapsed,
    ...(spend === undefined
      ? {}
      : {
          spend: {
            amount: spend.amount,
            currency: spend.currency,
            ...(budget?.currency === spend.currency ? { budget: budget.amount } : {}),
            ...(rate === undefined ? {} : { rate }),
          },
        }),
    milestones: { total: schedule.milestones.length, achieved, overdue, reforecast },
    indicators,
    ...(progress.beneficiaries === undefined ? {} : { beneficiaries: progress.beneficiaries }),
  };
  if (progress.status === 'cancelled') return { ...base, state: 'cancelled', signals: [] };
  if (progress.status === 'closed' || progress.status === 'finalisation') {
    return { ...base, state: 'completed', signals: [] };
  }
  if (day > schedule.end) {
    late.unshift(signal('past-end', measure.id, { end: schedule.end }));
  }
  if (late.length > 0) return { ...base, state: 'late', signals: [...late, ...risk] };
  const active = achieved > 0 || (spend?.amount ?? 0) > 0;
  if (day < schedule.start && !active && progress.status === 'pipeline') {
    return { ...base, state: 'not-started', signals: [] };
  }
  if (progress.status === 'suspended') {
    risk.unshift(signal('suspended', measure.id, {}));
  }
  if (progress.status === 'pipeline' && !active && day > schedule.start) {
    risk.unshift(signal('not-started', measure.id, { start: schedule.start }));
  }
  if (rate !== undefined) {
    const shares = { spent: rate, elapsed };
    if (rate > 1) risk.push(signal('overspent', measure.id, shares));
    else if (rate - elapsed > HEALTH_THRESHOLDS.spendTolerance) {
      risk.push(signal('spend-ahead', measure.id, shares));
    } else if (elapsed - rate > HEALTH_THRESHOLDS.spendTolerance) {
      risk.push(signal('spend-behind', measure.id, shares));
    }
  }
  for (const indicator of indicators) {
    if (indicator.progress !== undefined && indicator.progress < HEALTH_THRESHOLDS.indicatorShare) {
      risk.push(
        signal('indicator-behind', indicator.indicator, {
          actual: indicator.actual,
          date: indicator.date,
          expected: indicator.expected,
        }),
      );
    }
  }
  for (const reported of progress.risks) {
    if (reported.likelihood === 'high' && reported.impact === 'high') {
      const { text } = pickText(reported.description, locale?.language ?? 'en');
      risk.push(signal('high-risk', measure.id, { risk: text }));
    }
  }
  return { ...base, state: risk.length > 0 ? 'at-risk' : 'on-track', signals: risk };
}

function emptyStates(): Record<HealthState, number> {
  return Object.fromEntries(HEALTH_STATES.map((state) => [state, 0])) as Record<
    HealthState,
    number
  >;
}

function rollUp(
  measures: readonly MeasureHealth[],
  keysOf: (index: number) => readonly string[],
): Record<string, HealthRollup> {
  const groups = new Map<string, { measures: number; states: Record<HealthState, number> }>();
  measures.forEach((health, index) => {
    for (const key of new Set(keysOf(index))) {
      const group = groups.get(key) ?? { measures: 0, states: emptyStates() };
      group.measures += 1;
      group.states[health.state] += 1;
      groups.set(key, group);
    }
  });
  return Object.fromEntries(groups);
}

/**
 * Tells how a plan stands on a date, from its progress reports: each measure's state and why, the
 * states rolled up per objective, pillar, bureau and region, the overdue milestones, and the
 * budget execution by currency.
 *
 * The reports are read together as {@link progressAsOf} reads them. A measure's state is decided
 * in this order (the first that applies):
 * 1. `cancelled` when its status is cancelled;
 * 2. `completed` when its status is finalisation or closed;
 * 3. `late` when the date is after its end, a milestone not achieved is past its due date (or its
 *    forecast), or a milestone is re-forecast past the measure's end;
 * 4. `not-started` when the date is before its start, its status is pipeline and nothing is
 *    reported achieved or spent;
 * 5. `at-risk` when it is suspended; in the pipeline with nothing achieved or spent after its
 *    start; a milestone is re-forecast past its due date; spend is above the budget, or its share
 *    of the budget is more than 0.25 from the share of the schedule elapsed
 *    (`(date - start) / (end - start)`); an indicator shows less than 0.75 of the progress
 *    expected on the straight line from baseline to target; or a risk is reported with high
 *    likelihood and high impact;
 * 6. `on-track` otherwise.
 *
 * @param plan - A validated work plan.
 * @param reports - Progress reports (those on other plans, or after the date, are left out).
 * @param asOf - The date, `YYYY-MM-DD`.
 * @param options - The language of the titles and of the signals' sentences.
 * @returns The plan's health.
 * @throws {@link AicbError} with code `invalid-date` when `asOf` is not a valid date.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan;
 * declare const reports: ProgressReport[];
 * const health = planHealth(plan, reports, '2026-12-01');
 * for (const measure of health.measures) console.log(measure.measure, measure.state);
 * ```
 */
export function planHealth(
  plan: WorkPlan,
  reports: readonly ProgressReport[],
  asOf: string,
  options: PlanHealthOptions = {},
): PlanHealth {
  const { locale } = options;
  const format = healthFormat(locale?.intl ?? 'en');
  const progress = progressAsOf(plan, reports, asOf);
  const day = progress.asOf;
  const measures = plan.measures.map((measure) =>
    measureHealth(
      measure,
      progress.measures.get(measure.id) ?? {
        status: measure.status,
        countriesReached: [],
        milestones: new Map(),
        indicators: new Map(),
        risks: [],
      },
      day,
      locale,
      format,
    ),
  );
  const overdueMilestones: OverdueMilestone[] = plan.measures.flatMap((measure) => {
    const reported = progress.measures.get(measure.id);
    return measure.schedule.milestones.flatMap((milestone) => {
      const state = reported?.milestones.get(milestone.id);
      if (milestone.done || state?.achieved !== undefined) return [];
      const due = state?.forecast ?? milestone.due;
      if (due >= day) return [];
      return [
        {
          measure: measure.id,
          milestone: milestone.id,
          ...titleIn(milestone.title, locale),
          due: milestone.due,
          ...(state?.forecast === undefined ? {} : { forecast: state.forecast }),
          daysOverdue: dayNumber(day) - dayNumber(due),
        },
      ];
    });
  });
  overdueMilestones.sort(
    (a, b) => b.daysOverdue - a.daysOverdue || a.milestone.localeCompare(b.milestone),
  );
  const budgetExecution: Record<string, { budget: number; spent: number; measures: number }> = {};
  for (const measure of plan.measures) {
    const { budget } = measure;
    if (budget !== undefined) {
      const entry = (budgetExecution[budget.currency] ??= { budget: 0, spent: 0, measures: 0 });
      entry.budget += budget.amount;
      entry.measures += 1;
    }
    const spend = progress.measures.get(measure.id)?.spend;
    if (spend !== undefined) {
      const entry = (budgetExecution[spend.currency] ??= { budget: 0, spent: 0, measures: 0 });
      entry.spent += spend.amount;
    }
  }
  const indicatorsById = new Map(
    plan.objectives.flatMap((objective) => objective.indicators.map((i) => [i.id, i] as const)),
  );
  const objectiveIndicators = [...progress.objectiveIndicators.values()].flatMap((value) => {
    const indicator = indicatorsById.get(value.indicator);
    return indicator === undefined ? [] : [indicatorProgress(indicator, value, plan.period.start)];
  });
  const byIndex = (pick: (measure: Measure) => readonly string[]) => (index: number) =>
    pick(plan.measures[index] as Measure);
  return {
    plan: plan.id,
    asOf: day,
    reports: progress.reports,
    measures,
    totals: rollUp(measures, () => ['all'])['all'] ?? { measures: 0, states: emptyStates() },
    byObjective: rollUp(
      measures,
      byIndex((measure) => measure.objectives),
    ),
    byPillar: rollUp(
      measures,
      byIndex((measure) => measure.pillars),
    ),
    byBureau: rollUp(
      measures,
      byIndex((measure) => [bureauOfEntity(measure.lead)]),
    ),
    byRegion: rollUp(measures, byIndex(regionsOfMeasure)),
    overdueMilestones,
    budgetExecution: Object.fromEntries(
      Object.entries(budgetExecution).map(([currency, entry]) => [
        currency,
        { ...entry, rate: entry.budget > 0 ? entry.spent / entry.budget : undefined },
      ]),
    ),
    objectiveIndicators,
  };
}
