import type { HealthPoint, Locale, PlanHealth } from '@itu-aicb/core';
import { describeHealthSignal } from '@itu-aicb/core';
import type { Resolution1332Lenses } from '@itu-aicb/scoring';
import type { HumanFormat } from '../../language/human-format.js';
import { humanFormat } from '../../language/human-format.js';
import type { StatusWording } from '../../language/status-wording.js';
import { STATUS_WORDING } from '../../language/status-wording.js';

/** The output formats of `aicb status --format`. */
export const STATUS_FORMATS = ['text', 'json', 'markdown'] as const;

/** A status format's name. */
export type StatusFormatName = (typeof STATUS_FORMATS)[number];

/** One plan's status: its health and the three lenses, as of the same date, and their trend. */
export interface PlanStatus {
  readonly health: PlanHealth;
  readonly lenses: Resolution1332Lenses;
  /** The same figures as of each report read, earliest first, for the trend. */
  readonly series: {
    readonly health: readonly HealthPoint[];
    readonly lenses: readonly Resolution1332Lenses[];
  };
}

/** What `aicb status` writes: the date and the status of each work plan found. */
export interface StatusReport {
  /** The CLI's version, for the JSON output. */
  readonly version: string;
  /** The date the plans are read on. */
  readonly asOf: string;
  readonly plans: readonly PlanStatus[];
  /** The language of the text; the health's titles and signals are worded in it already. */
  readonly locale: Locale;
}

/** A status format: turns the report into the text written to standard output. */
export type RenderStatus = (report: StatusReport) => string;

/** The formats, by name; each module is loaded only when it is used. */
const LOADERS: Readonly<Record<StatusFormatName, () => Promise<RenderStatus>>> = {
  text: async () => (await import('./text.js')).renderStatusText,
  json: async () => (await import('./json.js')).renderStatusJson,
  markdown: async () => (await import('./markdown.js')).renderStatusMarkdown,
};

/**
 * Whether a name is one of {@link STATUS_FORMATS}.
 *
 * @param name - What was given to `--format`.
 * @returns Whether it is a status format.
 */
export function isStatusFormatName(name: string): name is StatusFormatName {
  return (STATUS_FORMATS as readonly string[]).includes(name);
}

/**
 * Loads one status format's module, so that the others are never loaded.
 *
 * @param name - The format.
 * @returns Its render function.
 */
export function loadStatusFormat(name: StatusFormatName): Promise<RenderStatus> {
  return LOADERS[name]();
}

/** The words and formatters of a status report's language. */
export interface StatusSpeech {
  readonly words: StatusWording;
  readonly format: HumanFormat;
  /** The columns of the table of measures. */
  readonly header: readonly string[];
}

/**
 * The words and formatters of the report's language.
 *
 * @param report - The report.
 * @returns Them.
 */
export function statusSpeech(report: StatusReport): StatusSpeech {
  const words = STATUS_WORDING[report.locale.language];
  const { columns } = words;
  return {
    words,
    format: humanFormat(report.locale),
    header: [
      columns.measure,
      columns.state,
      columns.status,
      columns.spent,
      columns.milestones,
      columns.why,
    ],
  };
}

/** Counts by name as `2 on track, 1 late`, leaving out the zeros; `none` when all are. */
function countsText(
  counts: Readonly<Record<string, number>>,
  name: (key: string) => string,
  speech: StatusSpeech,
): string {
  const shown = Object.entries(counts).filter(([, count]) => count > 0);
  return shown.length === 0
    ? speech.words.none
    : shown
        .map(([key, count]) => `${speech.format.number(count)} ${name(key)}`)
        .join(speech.words.comma);
}

/** Amounts by currency as `USD 995,000; CHF 500,000`; currencies are never added together. */
function moneyText(amounts: Readonly<Record<string, number>>, format: HumanFormat): string {
  const shown = Object.entries(amounts);
  return shown.length === 0
    ? '-'
    : shown.map(([currency, amount]) => format.money(amount, currency)).join('; ');
}

/** A name from a table of terms, or the key itself when the table has none for it. */
const termOf =
  (table: Readonly<Record<string, string>>) =>
  (key: string): string =>
    table[key] ?? key;

/**
 * The rows every human-readable format shows for one plan: the measures, then the lines of the
 * roll-ups, the overdue milestones, the budget execution and the three lenses, in the report's
 * language, with numbers, amounts and dates written for it.
 *
 * @param status - One plan's status.
 * @param speech - The words and formatters of the language.
 * @returns The table rows and the labelled lines.
 */
export function statusLines(
  status: PlanStatus,
  speech: StatusSpeech,
): {
  readonly rows: readonly (readonly string[])[];
  readonly sections: readonly { readonly title: string; readonly lines: readonly string[] }[];
  /** The trend: a header and one row per report read (no rows when none was). */
  readonly trend: { readonly header: readonly string[]; readonly rows: readonly string[][] };
} {
  const { health, lenses } = status;
  const { words, format } = speech;
  const { locale } = format;
  const { terms } = locale;
  const n = format.number;
  const count = (value: number) => ({ n: value, text: n(value) });
  const state = termOf(locale.health.states);
  const rows = health.measures.map((measure) => [
    measure.measure,
    state(measure.state),
    termOf(terms.measureStatuses)(measure.status),
    measure.spend === undefined
      ? '-'
      : `${format.money(measure.spend.amount, measure.spend.currency)} (${format.percent(measure.spend.rate)})`,
    `${n(measure.milestones.achieved)}/${n(measure.milestones.total)}`,
    measure.signals
      .map(
        (signal) =>
          `${locale.health.signals[signal.signal]} ${signal.subject}${words.colon}${describeHealthSignal(signal, locale, 'intl')}`,
      )
      .join('; '),
  ]);
  const rollups = (groups: PlanHealth['byBureau'], name: (key: string) => string) =>
    Object.entries(groups).map(
      ([key, group]) => `${name(key)}${words.colon}${countsText(group.states, state, speech)}`,
    );
  const region = (key: string) => (key === 'global' ? words.global : termOf(terms.regions)(key));
  const { intersectoral, regional, membership } = lenses;
  const covered = intersectoral.overlaps.filter((overlap) => overlap.coveredBy.length > 0).length;
  const groups = Object.entries(regional.countries.byGroup)
    .map(([group, count]) => `${group.toUpperCase()} ${n(count.reached)}/${n(count.targeted)}`)
    .join(words.comma);
  const partners = Object.fromEntries(
    Object.entries(membership.partnersByRole).map(([role, names]) => [role, names.length]),
  );
  return {
    rows,
    trend: trendTable(status.series, speech),
    sections: [
      { title: words.sections.states, lines: [countsText(health.totals.states, state, speech)] },
      { title: words.sections.byObjective, lines: rollups(health.byObjective, (key) => key) },
      { title: words.sections.byPillar, lines: rollups(health.byPillar, termOf(terms.pillars)) },
      { title: words.sections.byBureau, lines: rollups(health.byBureau, termOf(terms.bureaus)) },
      { title: words.sections.byRegion, lines: rollups(health.byRegion, region) },
      {
        title: words.sections.overdue,
        lines:
          health.overdueMilestones.length === 0
            ? [words.none]
            : health.overdueMilestones.map((overdue) =>
                words.overdue(
                  overdue.milestone,
                  overdue.measure,
                  format.date(overdue.forecast ?? overdue.due),
                  { n: overdue.daysOverdue, text: n(overdue.daysOverdue) },
                ),
              ),
      },
      {
        title: words.sections.budget,
        lines: Object.entries(health.budgetExecution).map(([currency, execution]) =>
          words.budget(
            format.money(execution.spent, currency),
            format.money(execution.budget, currency),
            format.percent(execution.rate),
          ),
        ),
      },
      {
        title: words.sections.intersectoral,
        lines: [
          words.joint(
            n(intersectoral.jointMeasures.length),
            n(intersectoral.measures),
            format.percent(intersectoral.jointShare),
          ),
          words.overlaps(
            n(covered),
            n(intersectoral.overlaps.length),
            format.percent(intersectoral.overlapCoverage),
          ),
          words.meetings(
            count(intersectoral.meetings.held),
            count(intersectoral.meetings.expected),
            `${termOf(words.cadences)(intersectoral.meetings.cadence)}${words.comma}${words.cadenceSources[intersectoral.meetings.cadenceSource]}`,
          ),
        ],
      },
      {
        title: words.sections.regional,
        lines: [
          words.offices(
            n(regional.officeLed.length),
            n(regional.officeCoLed.length),
            format.percent(regional.officeShare),
          ),
          words.countries(
            n(regional.countries.reached),
            n(regional.countries.targeted),
            format.percent(regional.countries.reachedShare),
            groups,
          ),
          ...Object.entries(regional.byRegion).map(([key, entry]) =>
            words.region(
              region(key),
              { n: entry.measures, text: n(entry.measures) },
              moneyText(entry.budget, format),
              format.whole(entry.beneficiaries),
            ),
          ),
        ],
      },
      {
        title: words.sections.membership,
        lines: [
          words.pledges(
            n(membership.delivered),
            n(membership.pledged),
            format.percent(membership.deliveryShare),
            n(membership.contributingMembers.length),
            n(membership.pledgingMembers),
          ),
          ...membership.byCategoryAndKind.map((group) =>
            words.pledgeGroup(
              `${termOf(terms.memberCategories)(group.category)}, ${termOf(words.kinds)(group.kind)}`,
              n(group.delivered),
              n(group.pledged),
              moneyText(group.deliveredAmount, format),
              moneyText(group.pledgedAmount, format),
            ),
          ),
          words.partners(countsText(partners, termOf(words.roles), speech)),
        ],
      },
    ],
  };
}

/**
 * The trend of one plan: for each report read, its date, the measures in each state, milestones
 * achieved, milestones overdue, spend, people reached, and from the lenses the meetings, the
 * targeted countries reached and the pledges delivered.
 *
 * @param series - The figures as of each report.
 * @param speech - The words and formatters of the language.
 * @returns The header and the rows.
 */
function trendTable(
  series: PlanStatus['series'],
  speech: StatusSpeech,
): { readonly header: readonly string[]; readonly rows: readonly string[][] } {
  const { words, format } = speech;
  const n = format.number;
  const state = termOf(format.locale.health.states);
  const { columns } = words.trend;
  return {
    header: [
      columns.report,
      columns.asOf,
      columns.states,
      columns.milestones,
      columns.overdue,
      columns.spent,
      columns.people,
      columns.meetings,
      columns.countries,
      columns.pledges,
    ],
    rows: series.health.map((point, i) => {
      const lenses = series.lenses[i];
      return [
        point.report,
        format.date(point.asOf),
        countsText(point.states, state, speech),
        `${n(point.milestonesAchieved)}/${n(point.milestones)}`,
        n(point.overdueMilestones),
        moneyText(point.spent, format),
        format.whole(point.beneficiaries),
        lenses === undefined
          ? '-'
          : `${n(lenses.intersectoral.meetings.held)}/${n(lenses.intersectoral.meetings.expected)}`,
        lenses === undefined
          ? '-'
          : `${n(lenses.regional.countries.reached)}/${n(lenses.regional.countries.targeted)}`,
        lenses === undefined
          ? '-'
          : `${n(lenses.membership.delivered)}/${n(lenses.membership.pledged)}`,
      ];
    }),
  };
}
