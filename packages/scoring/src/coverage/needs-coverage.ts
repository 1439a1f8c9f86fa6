import type {
  InitiativeCatalogue,
  ItuRegion,
  NeedsAssessment,
  Pillar,
  WorkPlan,
} from '@itu-aicb/core';
import { findCountry, isBureau } from '@itu-aicb/core';
import {
  assessmentsAddressed,
  hasTargets,
  isVulnerable,
  latestAssessments,
} from '../prioritize/criteria/assessments.js';

/**
 * The documents {@link needsCoverage} reads.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan;
 * declare const assessments: NeedsAssessment[];
 * const input: CoverageInput = { plan, assessments };
 * ```
 */
export interface CoverageInput {
  /** The work plan whose measures should meet the needs. */
  readonly plan: WorkPlan;
  /** The assessed needs. */
  readonly assessments: readonly NeedsAssessment[];
  /** The existing initiatives, for the overlaps. Default: none. */
  readonly catalogues?: readonly InitiativeCatalogue[];
  /**
   * The date (`YYYY-MM-DD`) on which a need's place is read as an LDC, LLDC or SIDS. Default: the
   * start of the plan's period. An uncertain membership counts, as in prioritisation.
   */
  readonly asOf?: string;
}

/**
 * One assessed need: a country's (or region's) gap on one pillar.
 *
 * @example
 * ```ts
 * declare const need: AssessedNeed;
 * `${need.place} ${need.pillar}: gap ${need.gap}, severity ${need.severity}`;
 * ```
 */
export interface AssessedNeed {
  /** The country's alpha-3 code, or the ITU-D region of a regional assessment. */
  readonly place: string;
  /** The id of the assessment it comes from (the newest of its place). */
  readonly assessment: string;
  readonly pillar: Pillar;
  /** `target - current` on the 0 to 5 scale. */
  readonly gap: number;
  /** `gap * (5 - maturity tier) / 5`, as in the need-severity criterion. */
  readonly severity: number;
  /** The most urgent priority need the assessment states for the pillar, if any. */
  readonly priority?: 'low' | 'medium' | 'high';
  /** The measures that address it: they target the place and the pillar. */
  readonly measures: readonly string[];
  /** Whether the place is an LDC, LLDC or SIDS on the as-of date (uncertain counts). */
  readonly vulnerable: boolean;
}

/**
 * An item of an overlap: a measure of the plan or an existing initiative.
 *
 * @example
 * ```ts
 * declare const item: OverlapItem;
 * `${item.type} ${item.id} (${item.bureau})`;
 * ```
 */
export interface OverlapItem {
  readonly type: 'measure' | 'initiative';
  readonly id: string;
  /** The bureau that leads it (a regional office counts as BDT's). */
  readonly bureau: string;
  /** Items of the same group it builds on or that build on it (measures' `buildsOn`). */
  readonly linked: readonly string[];
}

/**
 * Measures and initiatives that serve the same pillar in the same region under different bureaus.
 *
 * @example
 * ```ts
 * declare const overlap: Overlap;
 * `${overlap.pillar} in ${overlap.region}: ${overlap.bureaus.join(', ')}`;
 * ```
 */
export interface Overlap {
  readonly pillar: Pillar;
  /** An ITU-D region, or `global` for items that serve no region in particular. */
  readonly region: ItuRegion | 'global';
  /** The distinct bureaus involved, two or more. */
  readonly bureaus: readonly string[];
  readonly items: readonly OverlapItem[];
}

/**
 * What {@link needsCoverage} finds.
 *
 * @example
 * ```ts
 * declare const coverage: Coverage;
 * coverage.uncovered.slice(0, 3).map((need) => `${need.place}/${need.pillar}`);
 * ```
 */
export interface Coverage {
  /** The date LDC, LLDC and SIDS memberships were read on. */
  readonly asOf: string;
  /** Assessed needs (gap above 0) that no measure addresses, most severe first. */
  readonly uncovered: readonly AssessedNeed[];
  /** Assessed needs that at least one measure addresses, most severe first. */
  readonly covered: readonly AssessedNeed[];
  /** Same pillar and region, different bureaus: by pillar, then region. */
  readonly overlaps: readonly Overlap[];
}

const PRIORITY_ORDER = ['low', 'medium', 'high'] as const;

const bureauOf = (entity: string): string => (isBureau(entity) ? entity : 'BDT');

/**
 * Finds which assessed needs (country or region x pillar, by severity) no measure addresses, and
 * where measures or existing initiatives overlap: the same pillar and region under different
 * bureaus, the scattered efforts a joint plan exists to integrate.
 *
 * A measure addresses a need when it works on the pillar and the need's place is among the places
 * it addresses: its target countries; without them, the countries and regional assessments of its
 * target regions; for a measure marked `global`, every place; a measure with no targets and not
 * marked `global` addresses none (what it serves is unknown). Only the newest assessment of a place counts.
 * Initiatives that are completed or discontinued are left out of the overlaps.
 *
 * @param input - The plan, the assessments and, for overlaps, the catalogues.
 * @returns Uncovered and covered needs, most severe first, and the overlaps.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan;
 * declare const assessments: NeedsAssessment[];
 * const { uncovered } = needsCoverage({ plan, assessments });
 * for (const need of uncovered) console.log(need.place, need.pillar, need.severity);
 * ```
 */
export function needsCoverage(input: CoverageInput): Coverage {
  const { plan, assessments } = input;
  const asOf = input.asOf ?? plan.period.start;
  const addressedBy = new Map<string, string[]>();
  for (const measure of plan.measures) {
    for (const assessment of assessmentsAddressed(measure, assessments)) {
      for (const pillar of measure.pillars) {
        const key = `${assessment.id}\u0000${pillar}`;
        addressedBy.set(key, [...(addressedBy.get(key) ?? []), measure.id]);
      }
    }
  }
  const latest = latestAssessments(assessments);
  const needs: AssessedNeed[] = latest.flatMap((assessment) => {
    const place =
      assessment.scope.type === 'country' ? assessment.scope.country : assessment.scope.region;
    return Object.entries(assessment.pillars).flatMap(([pillar, level]) => {
      if (level === undefined || level.target <= level.current) return [];
      const gap = level.target - level.current;
      const stated = assessment.priorityNeeds
        .filter((need) => need.pillar === pillar)
        .map((need) => PRIORITY_ORDER.indexOf(need.priority));
      const priority = stated.length === 0 ? undefined : PRIORITY_ORDER[Math.max(...stated)];
      return [
        {
          place,
          assessment: assessment.id,
          pillar: pillar as Pillar,
          gap,
          severity: (gap * (5 - assessment.maturityTier)) / 5,
          ...(priority === undefined ? {} : { priority }),
          measures: addressedBy.get(`${assessment.id}\u0000${pillar}`) ?? [],
          vulnerable: assessment.scope.type === 'country' && isVulnerable(place, asOf),
        },
      ];
    });
  });
  const bySeverity = (a: AssessedNeed, b: AssessedNeed): number =>
    b.severity - a.severity || a.place.localeCompare(b.place) || a.pillar.localeCompare(b.pillar);
  return {
    asOf,
    uncovered: needs.filter((need) => need.measures.length === 0).sort(bySeverity),
    covered: needs.filter((need) => need.measures.length > 0).sort(bySeverity),
    overlaps: findOverlaps(plan, input.catalogues ?? []),
  };
}

function findOverlaps(plan: WorkPlan, catalogues: readonly InitiativeCatalogue[]): Overlap[] {
  interface Entry {
    readonly item: Omit<OverlapItem, 'linked'>;
    readonly pillars: readonly Pillar[];
    readonly regions: readonly (ItuRegion | 'global')[];
    readonly buildsOn: readonly string[];
  }
  const entries: Entry[] = [
    ...plan.measures.filter(hasTargets).map((measure) => {
      const regions = new Set<ItuRegion>(measure.targetRegions);
      for (const country of measure.targetCountries) {
        const region = findCountry(country)?.ituRegion;
        if (region !== undefined) regions.add(region);
      }
      return {
        item: { type: 'measure' as const, id: measure.id, bureau: bureauOf(measure.lead) },
        pillars: measure.pillars,
        regions: regions.size === 0 ? (['global'] as const) : [...regions],
        buildsOn: measure.buildsOn,
      };
    }),
    ...catalogues.flatMap((catalogue) =>
      catalogue.initiatives
        .filter((initiative) => initiative.status === 'active' || initiative.status === 'planned')
        .map((initiative) => ({
          item: { type: 'initiative' as const, id: initiative.id, bureau: initiative.owner },
          pillars: initiative.pillars,
          regions: initiative.regions.length === 0 ? (['global'] as const) : initiative.regions,
          buildsOn: [],
        })),
    ),
  ];
  const groups = new Map<string, { pillar: Pillar; region: ItuRegion | 'global'; entries: Entry[] }>();
  for (const entry of entries) {
    for (const pillar of entry.pillars) {
      for (const region of entry.regions) {
        const key = `${pillar}\u0000${region}`;
        const group = groups.get(key) ?? { pillar, region, entries: [] };
        group.entries.push(entry);
        groups.set(key, group);
      }
    }
  }
  return [...groups.values()]
    .flatMap(({ pillar, region, entries: members }) => {
      const bureaus = [...new Set(members.map((e) => e.item.bureau))].sort();
      if (bureaus.length < 2) return [];
      const ids = new Set(members.map((e) => e.item.id));
      const items = members.map((e) => ({
        ...e.item,
        linked: [
          ...e.buildsOn.filter((id) => ids.has(id)),
          ...members.filter((other) => other.buildsOn.includes(e.item.id)).map((o) => o.item.id),
        ],
      }));
      return [{ pillar, region, bureaus, items }];
    })
    .sort((a, b) => a.pillar.localeCompare(b.pillar) || a.region.localeCompare(b.region));
}
