import type { PlanHealth } from '@itu-aicb/core';
import type { Resolution1332Lenses } from '@itu-aicb/scoring';

/** The output formats of `aicb status --format`. */
export const STATUS_FORMATS = ['text', 'json', 'markdown'] as const;

/** A status format's name. */
export type StatusFormatName = (typeof STATUS_FORMATS)[number];

/** One plan's status: its health and the three lenses, as of the same date. */
export interface PlanStatus {
  readonly health: PlanHealth;
  readonly lenses: Resolution1332Lenses;
}

/** What `aicb status` writes: the date and the status of each work plan found. */
export interface StatusReport {
  /** The CLI's version, for the JSON output. */
  readonly version: string;
  /** The date the plans are read on. */
  readonly asOf: string;
  readonly plans: readonly PlanStatus[];
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

/**
 * A share as a whole percentage, or `-` when there is none.
 *
 * @param share - A share, 1 for 100 %.
 * @returns The text, such as `45%`.
 */
export function percent(share: number | undefined): string {
  return share === undefined ? '-' : `${Math.round(share * 100)}%`;
}

/**
 * Counts by name as `2 on-track, 1 late`, leaving out the zeros.
 *
 * @param counts - Counts by name.
 * @returns The text, or `none`.
 */
export function countsText(counts: Readonly<Record<string, number>>): string {
  const shown = Object.entries(counts).filter(([, count]) => count > 0);
  return shown.length === 0 ? 'none' : shown.map(([name, count]) => `${count} ${name}`).join(', ');
}

/**
 * Amounts by currency as `USD 995,000; CHF 500,000`; currencies are never added together.
 *
 * @param amounts - Amounts by currency.
 * @returns The text, or `-`.
 */
export function moneyText(amounts: Readonly<Record<string, number>>): string {
  const shown = Object.entries(amounts);
  return shown.length === 0
    ? '-'
    : shown
        .map(([currency, amount]) => `${currency} ${Math.round(amount).toLocaleString('en')}`)
        .join('; ');
}

/**
 * The rows every human-readable format shows for one plan: the measures, then the lines of the
 * roll-ups, the overdue milestones, the budget execution and the three lenses.
 *
 * @param status - One plan's status.
 * @returns The table rows and the labelled lines.
 */
export function statusLines(status: PlanStatus): {
  readonly rows: readonly (readonly string[])[];
  readonly sections: readonly { readonly title: string; readonly lines: readonly string[] }[];
} {
  const { health, lenses } = status;
  const rows = health.measures.map((measure) => [
    measure.measure,
    measure.state,
    measure.status,
    measure.spend === undefined
      ? '-'
      : `${measure.spend.currency} ${measure.spend.amount.toLocaleString('en')} (${percent(measure.spend.rate)})`,
    `${measure.milestones.achieved}/${measure.milestones.total}`,
    measure.signals
      .map((signal) => `${signal.signal} ${signal.subject}: ${signal.detail}`)
      .join('; '),
  ]);
  const rollups = (groups: PlanHealth['byBureau']) =>
    Object.entries(groups).map(([name, group]) => `${name}: ${countsText(group.states)}`);
  const { intersectoral, regional, membership } = lenses;
  const covered = intersectoral.overlaps.filter((overlap) => overlap.coveredBy.length > 0).length;
  const groups = Object.entries(regional.countries.byGroup)
    .map(([group, count]) => `${group.toUpperCase()} ${count.reached}/${count.targeted}`)
    .join(', ');
  return {
    rows,
    sections: [
      { title: 'States', lines: [countsText(health.totals.states)] },
      { title: 'By objective', lines: rollups(health.byObjective) },
      { title: 'By pillar', lines: rollups(health.byPillar) },
      { title: 'By bureau', lines: rollups(health.byBureau) },
      { title: 'By region', lines: rollups(health.byRegion) },
      {
        title: 'Overdue milestones',
        lines:
          health.overdueMilestones.length === 0
            ? ['none']
            : health.overdueMilestones.map(
                (overdue) =>
                  `${overdue.milestone} of ${overdue.measure}: due ${overdue.forecast ?? overdue.due}, ${overdue.daysOverdue} days overdue`,
              ),
      },
      {
        title: 'Budget execution',
        lines: Object.entries(health.budgetExecution).map(
          ([currency, execution]) =>
            `${currency}: ${execution.spent.toLocaleString('en')} spent of ${execution.budget.toLocaleString('en')} (${percent(execution.rate)})`,
        ),
      },
      {
        title: 'Intersectoral coordination',
        lines: [
          `joint measures: ${intersectoral.jointMeasures.length} of ${intersectoral.measures} (${percent(intersectoral.jointShare)})`,
          `overlaps between bureaus covered by a joint measure: ${covered} of ${intersectoral.overlaps.length} (${percent(intersectoral.overlapCoverage)})`,
          `communication-group meetings: ${intersectoral.meetings.held} held, ${intersectoral.meetings.expected} expected (${intersectoral.meetings.cadence})`,
        ],
      },
      {
        title: 'Regional empowerment',
        lines: [
          `measures led by offices: ${regional.officeLed.length}, co-led: ${regional.officeCoLed.length} (${percent(regional.officeShare)})`,
          `targeted countries reached: ${regional.countries.reached} of ${regional.countries.targeted} (${percent(regional.countries.reachedShare)}); ${groups}`,
          ...Object.entries(regional.byRegion).map(
            ([region, entry]) =>
              `${region}: ${entry.measures} measure(s), budget ${moneyText(entry.budget)}, ${Math.round(entry.beneficiaries).toLocaleString('en')} people reached`,
          ),
        ],
      },
      {
        title: 'Membership engagement',
        lines: [
          `pledges delivered: ${membership.delivered} of ${membership.pledged} (${percent(membership.deliveryShare)}); contributing members: ${membership.contributingMembers.length} of ${membership.pledgingMembers}`,
          ...membership.byCategoryAndKind.map(
            (group) =>
              `${group.category} ${group.kind}: ${group.delivered} of ${group.pledged} delivered, ${moneyText(group.deliveredAmount)} of ${moneyText(group.pledgedAmount)}`,
          ),
          `partners: ${countsText(Object.fromEntries(Object.entries(membership.partnersByRole).map(([role, names]) => [role, names.length])))}`,
        ],
      },
    ],
  };
}
