import type { MeasureHealth } from '@itu-aicb/core';
import { planHealth } from '@itu-aicb/core';
import type { LensInput } from '@itu-aicb/scoring';
import { resolution1332Lenses } from '@itu-aicb/scoring';
import type { MonitoringItem, MonitoringLens, ReportMonitoring } from './report-input.js';

/** Counts in words, such as `3 of 8`. */
const outOf = (part: number, whole: number): string => `${part} of ${whole}`;

/** A line of a lens: a share (0 to 1) with the counts behind it. */
function shareItem(
  label: string,
  share: number | undefined,
  unit: string,
  note: string,
): MonitoringItem {
  return share === undefined ? { label, note } : { label, value: share, unit, note };
}

/** One measure's health as a line: its state, the share of its budget spent, and why. */
function healthItem(measure: MeasureHealth): MonitoringItem {
  const why = measure.signals.map(
    (signal) => `${signal.signal.replaceAll('-', ' ')} (${signal.subject}: ${signal.detail})`,
  );
  const note = why.length === 0 ? measure.title : `${measure.title}: ${why.join('; ')}`;
  const rate = measure.spend?.rate;
  return rate === undefined
    ? { label: measure.measure, state: measure.state, note }
    : { label: measure.measure, state: measure.state, value: rate, unit: 'of budget spent', note };
}

/**
 * Builds the report's section 6 from progress reports: each measure's health on the date
 * (`planHealth` of `@itu-aicb/core`) and the three lenses of Council Resolution 1332
 * (`resolution1332Lenses` of `@itu-aicb/scoring`) as shares with the counts behind them.
 *
 * @param input - The plan, its progress reports (those on other plans or after `asOf` are left
 *   out), the date `YYYY-MM-DD`, and the needs assessments and catalogues for the overlaps.
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
export function monitoringFromReports(input: LensInput): ReportMonitoring {
  const health = planHealth(input.plan, input.reports, input.asOf);
  const { intersectoral, regional, membership } = resolution1332Lenses(input);
  const covered = intersectoral.overlaps.filter((overlap) => overlap.coveredBy.length > 0).length;
  const { countries } = regional;
  const groups = [
    ['LDC', 'ldc'],
    ['LLDC', 'lldc'],
    ['SIDS', 'sids'],
  ] as const;
  const lenses: MonitoringLens[] = [
    {
      title: 'Intersectoral coordination',
      summary:
        'Measures run by more than one of GS, BR, TSB and BDT, overlaps between bureaus covered by a joint measure, and meetings of the communication group held.',
      items: [
        shareItem(
          'Joint measures',
          intersectoral.jointShare,
          'of measures',
          outOf(intersectoral.jointMeasures.length, intersectoral.measures),
        ),
        shareItem(
          'Overlaps covered',
          intersectoral.overlapCoverage,
          'of overlaps',
          outOf(covered, intersectoral.overlaps.length),
        ),
        shareItem(
          'Meetings held',
          intersectoral.meetings.rate,
          'of expected',
          `${outOf(intersectoral.meetings.held, intersectoral.meetings.expected)} (cadence ${intersectoral.meetings.cadence})`,
        ),
      ],
    },
    {
      title: 'Regional empowerment',
      summary:
        'Measures led or co-led by regional and area offices, and the target countries reached, LDCs, LLDCs and SIDS among them.',
      items: [
        shareItem(
          'Office-led or co-led',
          regional.officeShare,
          'of measures',
          `${regional.officeLed.length} led, ${regional.officeCoLed.length} co-led`,
        ),
        shareItem(
          'Target countries reached',
          countries.reachedShare,
          'of targeted',
          outOf(countries.reached, countries.targeted),
        ),
        ...groups.map(([label, key]) => {
          const { reached, targeted } = countries.byGroup[key];
          return shareItem(
            `${label} reached`,
            targeted === 0 ? undefined : reached / targeted,
            'of targeted',
            outOf(reached, targeted),
          );
        }),
      ],
    },
    {
      title: 'Membership engagement',
      summary: "Members' pledges of the plan's arrangements delivered, and the members delivering.",
      items: [
        shareItem(
          'Pledges delivered',
          membership.deliveryShare,
          'of pledges',
          outOf(membership.delivered, membership.pledged),
        ),
        shareItem(
          'Members delivering',
          membership.pledgingMembers === 0
            ? undefined
            : membership.contributingMembers.length / membership.pledgingMembers,
          'of pledging members',
          outOf(membership.contributingMembers.length, membership.pledgingMembers),
        ),
      ],
    },
  ];
  return { asOf: health.asOf, health: health.measures.map(healthItem), lenses };
}
