import type {
  InitiativeCatalogue,
  NeedsAssessment,
  ProgressReport,
  WorkPlan,
} from '@itu-aicb/core';
import {
  REPORTING_CADENCE_MONTHS,
  bureauOfEntity,
  isBureau,
  isInCountryGroup,
  pledgeKey,
  progressAsOf,
  regionsOfMeasure,
  reportsInOrder,
} from '@itu-aicb/core';
import { needsCoverage } from '../coverage/needs-coverage.js';

/**
 * The documents and the date the lenses of Council Resolution 1332 are read from.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan;
 * declare const reports: ProgressReport[];
 * const input: LensInput = { plan, reports, asOf: '2026-12-01' };
 * ```
 */
export interface LensInput {
  readonly plan: WorkPlan;
  /** Progress reports; those on other plans or after `asOf` are left out. */
  readonly reports: readonly ProgressReport[];
  /** The date, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Needs assessments, for the coverage analysis. Default: none. */
  readonly assessments?: readonly NeedsAssessment[];
  /** Initiative catalogues: their active initiatives count in the overlaps. Default: none. */
  readonly catalogues?: readonly InitiativeCatalogue[];
}

/** `part / whole`, or `undefined` when the whole is 0. */
const share = (part: number, whole: number): number | undefined =>
  whole === 0 ? undefined : part / whole;

/**
 * Intersectoral coordination: measures run jointly by several bureaus, overlaps between bureaus
 * and whether a joint measure covers them, and communication-group meetings against the cadence.
 *
 * @example
 * ```ts
 * declare const lens: IntersectoralCoordination;
 * `${lens.jointMeasures.length} of ${lens.measures} measures are joint`;
 * ```
 */
export interface IntersectoralCoordination {
  readonly measures: number;
  /** Measures whose lead and contributors span more than one of GS, BR, TSB and BDT. */
  readonly jointMeasures: readonly string[];
  /** `jointMeasures / measures`. */
  readonly jointShare: number | undefined;
  /** The overlaps of the coverage analysis, each with the joint measures that cover it. */
  readonly overlaps: readonly {
    readonly pillar: string;
    readonly region: string;
    readonly bureaus: readonly string[];
    readonly items: readonly string[];
    readonly coveredBy: readonly string[];
  }[];
  /** `overlaps covered by a joint measure / overlaps`. */
  readonly overlapCoverage: number | undefined;
  readonly meetings: {
    readonly held: number;
    /** One per cadence period begun between the plan's start and the date. */
    readonly expected: number;
    readonly cadence: string;
    /**
     * Where the cadence comes from: the communication group's `meetingCadence`, or, when the plan
     * gives none, the reporting cadence.
     */
    readonly cadenceSource: 'communication-group' | 'reporting';
    /** `held / expected`. */
    readonly rate: number | undefined;
    readonly dates: readonly string[];
  };
}

/**
 * Regional empowerment: measures led or co-led by regional and area offices, budget and people
 * reached by region, and the targeted countries (LDCs, LLDCs and SIDS among them) reached.
 *
 * @example
 * ```ts
 * declare const lens: RegionalEmpowerment;
 * lens.countries.reached / lens.countries.targeted;
 * ```
 */
export interface RegionalEmpowerment {
  /** Measures led by an office. */
  readonly officeLed: readonly string[];
  /** Measures led by a bureau with an office among the contributors. */
  readonly officeCoLed: readonly string[];
  /** `(officeLed + officeCoLed) / measures`. */
  readonly officeShare: number | undefined;
  /**
   * By ITU-D region (`global` for measures with none): measures, budget by currency and people
   * reached; a measure's budget and people are split evenly across its regions.
   */
  readonly byRegion: Readonly<
    Record<
      string,
      {
        readonly measures: number;
        readonly budget: Readonly<Record<string, number>>;
        readonly beneficiaries: number;
      }
    >
  >;
  readonly countries: {
    /** Distinct target countries of the measures. */
    readonly targeted: number;
    /** Of those, the countries a report says were reached. */
    readonly reached: number;
    /** `reached / targeted`. */
    readonly reachedShare: number | undefined;
    /** The same for the countries in each group on the date (an uncertain membership counts). */
    readonly byGroup: Readonly<
      Record<'ldc' | 'lldc' | 'sids', { readonly targeted: number; readonly reached: number }>
    >;
    /** Target countries not reached yet, in code order. */
    readonly notReached: readonly string[];
  };
}

/**
 * Membership engagement: contributions pledged and delivered by member category and kind,
 * distinct contributing members, and the measures' partners by role.
 *
 * @example
 * ```ts
 * declare const lens: MembershipEngagement;
 * `${lens.delivered} of ${lens.pledged} pledges delivered`;
 * ```
 */
export interface MembershipEngagement {
  /** Pledges in the plan's arrangements. */
  readonly pledged: number;
  /** Pledges with a delivery reported. */
  readonly delivered: number;
  /** `delivered / pledged`. */
  readonly deliveryShare: number | undefined;
  readonly byCategoryAndKind: readonly {
    readonly category: string;
    readonly kind: string;
    readonly pledged: number;
    readonly delivered: number;
    readonly pledgedAmount: Readonly<Record<string, number>>;
    readonly deliveredAmount: Readonly<Record<string, number>>;
  }[];
  /** Distinct members with a delivery reported, in name order. */
  readonly contributingMembers: readonly string[];
  /** Distinct members with a pledge. */
  readonly pledgingMembers: number;
  /** The measures' distinct partners by role (IATI organisation roles), in name order. */
  readonly partnersByRole: Readonly<Record<string, readonly string[]>>;
}

/**
 * The three lenses of Council Resolution 1332 on a plan as of a date.
 *
 * @example
 * ```ts
 * declare const lenses: Resolution1332Lenses;
 * lenses.intersectoral.jointShare;
 * ```
 */
export interface Resolution1332Lenses {
  readonly plan: string;
  readonly asOf: string;
  /** The reports read, in order. */
  readonly reports: readonly string[];
  readonly intersectoral: IntersectoralCoordination;
  readonly regional: RegionalEmpowerment;
  readonly membership: MembershipEngagement;
}

/** Months from the start of one date's month to another's. */
const monthIndex = (date: string): number =>
  Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

function addTo(totals: Record<string, number>, key: string, amount: number): void {
  totals[key] = (totals[key] ?? 0) + amount;
}

/**
 * Reads a plan and its progress reports through the three lenses of ITU Council Resolution 1332
 * (monitoring ITU's AI actions "with a view to enhance intersectoral coordination, regional
 * empowerment, and membership engagement"). The overlaps come from {@link needsCoverage}; every
 * formula is in the monitoring guide:
 * - joint measure: the bureaus of its lead and contributors (an office counts as BDT's) are two or
 *   more; `jointShare = joint / measures`; an overlap is covered when a measure whose bureaus
 *   include all of the overlap's serves its pillar and region; meetings expected are the cadence
 *   periods begun, `floor(months from the plan start to the date / cadence months) + 1`, at the
 *   communication group's `meetingCadence` or, without one, the reporting cadence;
 * - office led: the lead is an office; co-led: a bureau leads with an office among the
 *   contributors; budgets and people reached are split evenly across a measure's regions;
 *   a targeted country is reached when a report lists it under `countriesReached`;
 * - a pledge is delivered when a report lists a delivery with its member and kind.
 *
 * @param input - The plan, its reports, the date and, for the overlaps, assessments and catalogues.
 * @returns The three lenses.
 * @throws `AicbError` with code `invalid-date` when `asOf` is not a valid date.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan;
 * declare const reports: ProgressReport[];
 * const { intersectoral } = resolution1332Lenses({ plan, reports, asOf: '2026-12-01' });
 * console.log(intersectoral.jointMeasures);
 * ```
 */
export function resolution1332Lenses(input: LensInput): Resolution1332Lenses {
  const { plan } = input;
  const progress = progressAsOf(plan, input.reports, input.asOf);
  const asOf = progress.asOf;
  const bureausOf = (measure: WorkPlan['measures'][number]): Set<string> =>
    new Set([measure.lead, ...measure.contributors].map(bureauOfEntity));

  // Intersectoral coordination.
  const joint = plan.measures.filter((measure) => bureausOf(measure).size > 1);
  const coverage = needsCoverage({
    plan,
    assessments: input.assessments ?? [],
    catalogues: input.catalogues ?? [],
    asOf,
  });
  const overlaps = coverage.overlaps.map((overlap) => {
    const coveredBy = plan.measures
      .filter((measure) => {
        const bureaus = bureausOf(measure);
        return (
          bureaus.size > 1 &&
          overlap.bureaus.every((bureau) => bureaus.has(bureau)) &&
          measure.pillars.includes(overlap.pillar) &&
          regionsOfMeasure(measure).includes(overlap.region)
        );
      })
      .map((measure) => measure.id);
    return {
      pillar: overlap.pillar,
      region: overlap.region,
      bureaus: overlap.bureaus,
      items: overlap.items.map((item) => item.id),
      coveredBy,
    };
  });
  const meetingCadence = plan.arrangements.communicationGroup?.meetingCadence;
  const cadence = meetingCadence ?? plan.arrangements.reporting.cadence;
  const expected =
    asOf < plan.period.start
      ? 0
      : Math.floor(
          (monthIndex(asOf) - monthIndex(plan.period.start)) / REPORTING_CADENCE_MONTHS[cadence],
        ) + 1;
  const held = progress.meetings
    .map((meeting) => meeting.date)
    .filter((date) => date >= plan.period.start && date <= asOf);

  // Regional empowerment.
  const officeLed = plan.measures.filter((measure) => !isBureau(measure.lead));
  const officeCoLed = plan.measures.filter(
    (measure) => isBureau(measure.lead) && measure.contributors.some((c) => !isBureau(c)),
  );
  const byRegion: Record<
    string,
    { measures: number; budget: Record<string, number>; beneficiaries: number }
  > = {};
  for (const measure of plan.measures) {
    const regions = regionsOfMeasure(measure);
    const people = progress.measures.get(measure.id)?.beneficiaries ?? 0;
    for (const region of regions) {
      const entry = (byRegion[region] ??= { measures: 0, budget: {}, beneficiaries: 0 });
      entry.measures += 1;
      if (measure.budget !== undefined) {
        addTo(entry.budget, measure.budget.currency, measure.budget.amount / regions.length);
      }
      entry.beneficiaries += people / regions.length;
    }
  }
  const targeted = [...new Set(plan.measures.flatMap((measure) => measure.targetCountries))].sort();
  const reachedSet = new Set(
    [...progress.measures.values()].flatMap((measure) => measure.countriesReached),
  );
  const reached = targeted.filter((country) => reachedSet.has(country));
  const inGroup = (country: string, group: 'ldc' | 'lldc' | 'sids') =>
    isInCountryGroup(country, group, asOf).status !== 'not-member';
  const groupCount = (group: 'ldc' | 'lldc' | 'sids') => ({
    targeted: targeted.filter((country) => inGroup(country, group)).length,
    reached: reached.filter((country) => inGroup(country, group)).length,
  });

  // Membership engagement.
  const pledges = plan.arrangements.contributions;
  const groups = new Map<
    string,
    {
      category: string;
      kind: string;
      pledged: number;
      delivered: number;
      pledgedAmount: Record<string, number>;
      deliveredAmount: Record<string, number>;
    }
  >();
  const contributing = new Set<string>();
  let deliveredPledges = 0;
  for (const pledge of pledges) {
    const key = `${pledge.category}\u0000${pledge.kind}`;
    const group = groups.get(key) ?? {
      category: pledge.category,
      kind: pledge.kind,
      pledged: 0,
      delivered: 0,
      pledgedAmount: {},
      deliveredAmount: {},
    };
    group.pledged += 1;
    if (pledge.amount !== undefined && pledge.currency !== undefined) {
      addTo(group.pledgedAmount, pledge.currency, pledge.amount);
    }
    const delivery = progress.contributions.get(pledgeKey(pledge));
    if (delivery !== undefined) {
      group.delivered += 1;
      deliveredPledges += 1;
      contributing.add(pledge.member);
      const currency = delivery.currency ?? pledge.currency;
      if (delivery.amount !== undefined && currency !== undefined) {
        addTo(group.deliveredAmount, currency, delivery.amount);
      }
    }
    groups.set(key, group);
  }
  const partnersByRole: Record<string, string[]> = {};
  for (const measure of plan.measures) {
    for (const partner of measure.partners) {
      const names = (partnersByRole[partner.role] ??= []);
      if (!names.includes(partner.name)) names.push(partner.name);
    }
  }
  for (const names of Object.values(partnersByRole)) names.sort();

  return {
    plan: plan.id,
    asOf,
    reports: progress.reports,
    intersectoral: {
      measures: plan.measures.length,
      jointMeasures: joint.map((measure) => measure.id),
      jointShare: share(joint.length, plan.measures.length),
      overlaps,
      overlapCoverage: share(
        overlaps.filter((overlap) => overlap.coveredBy.length > 0).length,
        overlaps.length,
      ),
      meetings: {
        held: held.length,
        expected,
        cadence,
        cadenceSource: meetingCadence === undefined ? 'reporting' : 'communication-group',
        rate: share(held.length, expected),
        dates: held,
      },
    },
    regional: {
      officeLed: officeLed.map((measure) => measure.id),
      officeCoLed: officeCoLed.map((measure) => measure.id),
      officeShare: share(officeLed.length + officeCoLed.length, plan.measures.length),
      byRegion,
      countries: {
        targeted: targeted.length,
        reached: reached.length,
        reachedShare: share(reached.length, targeted.length),
        byGroup: { ldc: groupCount('ldc'), lldc: groupCount('lldc'), sids: groupCount('sids') },
        notReached: targeted.filter((country) => !reachedSet.has(country)),
      },
    },
    membership: {
      pledged: pledges.length,
      delivered: deliveredPledges,
      deliveryShare: share(deliveredPledges, pledges.length),
      byCategoryAndKind: [...groups.values()],
      contributingMembers: [...contributing].sort(),
      pledgingMembers: new Set(pledges.map((pledge) => pledge.member)).size,
      partnersByRole,
    },
  };
}

/**
 * The three lenses as of each report of a plan, in the order the reports follow each other, so
 * that a later report can show the trend.
 *
 * @param input - The plan, its reports and, for the overlaps, assessments and catalogues.
 * @returns The lenses as of each report's as-of date.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan;
 * declare const reports: ProgressReport[];
 * lensesTimeSeries({ plan, reports }).map((lenses) => lenses.membership.deliveryShare);
 * ```
 */
export function lensesTimeSeries(input: Omit<LensInput, 'asOf'>): Resolution1332Lenses[] {
  return reportsInOrder(input.reports.filter((report) => report.plan === input.plan.id)).map(
    (report) => resolution1332Lenses({ ...input, asOf: report.asOf }),
  );
}
