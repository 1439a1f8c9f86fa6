import type {
  HealthState,
  InitiativeCatalogue,
  NeedsAssessment,
  ScoringProfile,
  ValidationIssue,
  WorkPlan,
} from '@itu-aicb/core';
import { englishReportWording } from './words/en.js';
import type { ReportLocale } from './words/report-locale.js';

/**
 * The English words for each health state of `planHealth` (`HEALTH_STATES` of `@itu-aicb/core`),
 * as the report writes them beside every colour; other languages have them in
 * `locale.report.monitoring.states`.
 *
 * @example
 * ```ts
 * HEALTH_STATE_LABELS['at-risk'];
 * //=> 'At risk'
 * ```
 */
export const HEALTH_STATE_LABELS: Readonly<Record<HealthState, string>> =
  englishReportWording.monitoring.states;

/**
 * One line of a monitoring view: what it is about, its state, a number and a note.
 *
 * @example
 * ```ts
 * const item: MonitoringItem = { label: 'M-TAL-01', state: 'at-risk', value: 0.4, unit: 'of budget spent', note: 'spend behind' };
 * ```
 */
export interface MonitoringItem {
  /** What the line is about: a measure id, an indicator, an objective. */
  readonly label: string;
  /** Its health state, for a measure. */
  readonly state?: HealthState;
  /** A share to draw as a bar and write as a percentage, such as pledges delivered (1 is all). */
  readonly value?: number;
  /** What `value` is a share of, in words, such as `of pledges`. */
  readonly unit?: string;
  /** A sentence of detail. */
  readonly note?: string;
}

/**
 * One of the monitoring lenses: a titled view of the plan's progress.
 *
 * @example
 * ```ts
 * const lens: MonitoringLens = { title: 'Results', summary: 'Indicators against targets.', items: [] };
 * ```
 */
export interface MonitoringLens {
  /** The lens's title. */
  readonly title: string;
  /** One or two sentences on what the lens looks at. */
  readonly summary: string;
  /** Its lines. */
  readonly items: readonly MonitoringItem[];
}

/**
 * What the progress reports say of one milestone of the plan: when it was reached, its latest
 * re-forecast, and how many days it is overdue, as `planHealth` of `@itu-aicb/core` counts them.
 * Section 5 draws the timeline with them.
 *
 * @example
 * ```ts
 * const milestone: ReportMilestone = { measure: 'M-TAL-01', milestone: 'TAL-01-a', achieved: '2026-05-12' };
 * ```
 */
export interface ReportMilestone {
  /** The measure's id. */
  readonly measure: string;
  /** The milestone's id. */
  readonly milestone: string;
  /** The date a report says it was reached. */
  readonly achieved?: string | undefined;
  /** Its latest re-forecast date, when not reached. */
  readonly forecast?: string | undefined;
  /** Days past its due date (or forecast) on the report's date, when it is overdue. */
  readonly daysOverdue?: number | undefined;
}

/**
 * The plan's health and its monitoring lenses, computed from progress reports, as the report's
 * section 6 shows them; `monitoringFromReports` builds it.
 *
 * @example
 * ```ts
 * const monitoring: ReportMonitoring = {
 *   asOf: '2026-06-30',
 *   health: [{ label: 'M-TAL-01', state: 'on-track' }],
 *   lenses: [{ title: 'Membership engagement', summary: 'Pledges delivered.', items: [] }],
 * };
 * ```
 */
export interface ReportMonitoring {
  /** The date the progress reports describe, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The health of each measure (or of the plan's parts). */
  readonly health: readonly MonitoringItem[];
  /** The lenses, in the order to show them. */
  readonly lenses: readonly MonitoringLens[];
  /**
   * Each milestone the reports speak of (reached or re-forecast) and each one overdue on the
   * date. With them the timeline (section 5) shows milestones as the reports and section 6 do;
   * without them it reads the plan's `done` flags only.
   */
  readonly milestones?: readonly ReportMilestone[] | undefined;
}

/**
 * What {@link renderPlanReport} reports on: the valid documents of a workspace, the findings of
 * its validation and, when progress reports were read, the monitoring views.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan;
 * const input: PlanReportInput = { plan, asOf: '2026-06-30', sensitivity: { samples: 1000, seed: 1 } };
 * ```
 */
export interface PlanReportInput {
  /** The work plan; without one, the report lists the findings only. */
  readonly plan?: WorkPlan | undefined;
  /** The scoring profile. Default: the built-in profile (ten criteria, equal weights, TOPSIS). */
  readonly profile?: ScoringProfile | undefined;
  /** The needs assessments. Default: none. */
  readonly assessments?: readonly NeedsAssessment[];
  /** The initiative catalogues. Default: none. */
  readonly catalogues?: readonly InitiativeCatalogue[];
  /** Every finding of the validation, with its `source` file and position. Default: none. */
  readonly findings?: readonly ValidationIssue[];
  /**
   * The date the report describes, `YYYY-MM-DD`: the timeline's "today" and what counts as
   * overdue. Default: today (UTC). Country groups for the ranking and coverage are read on the
   * start of the plan's period, as `prioritizeMeasures` does.
   */
  readonly asOf?: string | undefined;
  /**
   * The stability analysis: random weight vectors and their seed, or `false` to leave section 3
   * out. Default: seed 1 and 1,000 samples, fewer for a large plan (samples times ranked measures
   * at most 100,000, and at least 100 samples). Above 250 ranked measures the section shows the
   * rank acceptability only, without weight-stability intervals and method agreement.
   */
  readonly sensitivity?: { readonly samples?: number; readonly seed?: number } | false;
  /** Plan health and the monitoring lenses (section 6); the section appears only with them. */
  readonly monitoring?: ReportMonitoring | undefined;
  /**
   * The language of the page: a locale imported from its entry, such as
   * `import { fr } from '@itu-aicb/report/locales/fr'`. Headings, charts, tables, the ranking's
   * reasons and the findings are in its language; the files' own texts are shown in it where
   * they have it, else in English, marked so. Default: English.
   */
  readonly locale?: ReportLocale | undefined;
}
