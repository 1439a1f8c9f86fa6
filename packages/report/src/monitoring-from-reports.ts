import type { MeasureHealth } from '@itu-aicb/core';
import {
  describeHealthSignal,
  englishLocale,
  pickText,
  planHealth,
  progressAsOf,
} from '@itu-aicb/core';
import type { Locale } from '@itu-aicb/core';
import type { LensInput } from '@itu-aicb/scoring';
import { resolution1332Lenses } from '@itu-aicb/scoring';
import type {
  MonitoringItem,
  MonitoringLens,
  ReportMilestone,
  ReportMonitoring,
} from './report-input.js';
import type { ReportLocale } from './words/report-locale.js';
import type { ReportWording } from './words/report-wording.js';
import { englishReportWording } from './words/en.js';

/** A line of a lens: a share (0 to 1) with the counts behind it. */
function shareItem(
  label: string,
  share: number | undefined,
  unit: string,
  note: string,
): MonitoringItem {
  return share === undefined ? { label, note } : { label, value: share, unit, note };
}

/**
 * One measure's health as a line: its state, the share of its budget spent, and why. The title is
 * the plan's in the language where it has one; in a right-to-left language the title and each
 * signal's figures (ids, dates, amounts as plan health writes them) are Unicode isolates, so that
 * they keep their order inside the sentence.
 */
function healthItem(
  words: ReportWording,
  language: Locale,
  title: string,
  measure: MeasureHealth,
): MonitoringItem {
  const isolate = (text: string): string =>
    language.direction === 'rtl' ? `\u2068${text}\u2069` : text;
  const health = language.health;
  const why = measure.signals.map(
    (signal) =>
      `${health.signals[signal.signal]} (${isolate(`${signal.subject}: ${describeHealthSignal(signal, language, 'intl')}`)})`,
  );
  const note = why.length === 0 ? title : `${isolate(title)}: ${why.join('; ')}`;
  const rate = measure.spend?.rate;
  return rate === undefined
    ? { label: measure.measure, state: measure.state, note }
    : {
        label: measure.measure,
        state: measure.state,
        value: rate,
        unit: words.monitoring.lenses.spent,
        note,
      };
}

/**
 * Builds the report's section 6 from progress reports: each measure's health on the date
 * (`planHealth` of `@itu-aicb/core`) and the three lenses of Council Resolution 1332
 * (`resolution1332Lenses` of `@itu-aicb/scoring`) as shares with the counts behind them; and
 * for section 5, the milestones the reports say were reached or re-forecast and those overdue.
 *
 * @param input - The plan, its progress reports (those on other plans or after `asOf` are left
 *   out), the date `YYYY-MM-DD`, and the needs assessments and catalogues for the overlaps.
 * @param options - `locale`: the language of the lenses' titles, summaries and lines, the same
 *   locale as the report's. Default: English.
 * @returns The monitoring views for `renderPlanReport`.
 * @throws `AicbError` with code `invalid-date` when `asOf` is not a valid date.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan;
 * declare const reports: ProgressReport[];
 * const monitoring = monitoringFromReports({ plan, reports, asOf: '2026-12-01' });
 * const html = renderPlanReport({ plan, asOf: '2026-12-01', monitoring });
 * ```
 */
export function monitoringFromReports(
  input: LensInput,
  options: { readonly locale?: ReportLocale } = {},
): ReportMonitoring {
  const words = options.locale?.report ?? englishReportWording;
  const language = options.locale ?? englishLocale;
  const w = words.monitoring.lenses;
  const outOf = w.outOf;
  const health = planHealth(input.plan, input.reports, input.asOf, { locale: language });
  const { intersectoral, regional, membership } = resolution1332Lenses(input);
  const covered = intersectoral.overlaps.filter((overlap) => overlap.coveredBy.length > 0).length;
  const { countries } = regional;
  const groups = ['ldc', 'lldc', 'sids'] as const;
  const lenses: MonitoringLens[] = [
    {
      title: w.intersectoral.title,
      summary: w.intersectoral.summary,
      items: [
        shareItem(
          w.intersectoral.joint,
          intersectoral.jointShare,
          w.intersectoral.ofMeasures,
          outOf(intersectoral.jointMeasures.length, intersectoral.measures),
        ),
        shareItem(
          w.intersectoral.overlaps,
          intersectoral.overlapCoverage,
          w.intersectoral.ofOverlaps,
          outOf(covered, intersectoral.overlaps.length),
        ),
        shareItem(
          w.intersectoral.meetings,
          intersectoral.meetings.rate,
          w.intersectoral.ofExpected,
          `${outOf(intersectoral.meetings.held, intersectoral.meetings.expected)} (${w.intersectoral.cadence(intersectoral.meetings.cadence)})`,
        ),
      ],
    },
    {
      title: w.regional.title,
      summary: w.regional.summary,
      items: [
        shareItem(
          w.regional.officeLed,
          regional.officeShare,
          w.intersectoral.ofMeasures,
          w.regional.ledAndCoLed(regional.officeLed.length, regional.officeCoLed.length),
        ),
        shareItem(
          w.regional.countries,
          countries.reachedShare,
          w.regional.ofTargeted,
          outOf(countries.reached, countries.targeted),
        ),
        ...groups.map((key) => {
          const { reached, targeted } = countries.byGroup[key];
          return shareItem(
            w.regional.groupReached(words.common.groups[key]),
            targeted === 0 ? undefined : reached / targeted,
            w.regional.ofTargeted,
            outOf(reached, targeted),
          );
        }),
      ],
    },
    {
      title: w.membership.title,
      summary: w.membership.summary,
      items: [
        shareItem(
          w.membership.pledges,
          membership.deliveryShare,
          w.membership.ofPledges,
          outOf(membership.delivered, membership.pledged),
        ),
        shareItem(
          w.membership.members,
          membership.pledgingMembers === 0
            ? undefined
            : membership.contributingMembers.length / membership.pledgingMembers,
          w.membership.ofMembers,
          outOf(membership.contributingMembers.length, membership.pledgingMembers),
        ),
      ],
    },
  ];
  // The milestones as plan health reads them: reached or re-forecast in a report, or overdue.
  const progress = progressAsOf(input.plan, input.reports, input.asOf);
  const overdue = new Map(
    health.overdueMilestones.map((entry) => [`${entry.measure}\u0000${entry.milestone}`, entry]),
  );
  const milestones: ReportMilestone[] = input.plan.measures.flatMap((measure) =>
    measure.schedule.milestones.flatMap((milestone) => {
      const reported = progress.measures.get(measure.id)?.milestones.get(milestone.id);
      const late = overdue.get(`${measure.id}\u0000${milestone.id}`);
      if (reported === undefined && late === undefined) return [];
      return [
        {
          measure: measure.id,
          milestone: milestone.id,
          ...(reported?.achieved === undefined ? {} : { achieved: reported.achieved }),
          ...(reported?.forecast === undefined || reported.achieved !== undefined
            ? {}
            : { forecast: reported.forecast }),
          ...(late === undefined ? {} : { daysOverdue: late.daysOverdue }),
        },
      ];
    }),
  );
  return {
    asOf: health.asOf,
    health: health.measures.map((measure) => {
      const own = input.plan.measures.find((item) => item.id === measure.measure)?.title;
      const title = own === undefined ? measure.title : pickText(own, language.language).text;
      return healthItem(words, language, title, measure);
    }),
    lenses,
    milestones,
  };
}
