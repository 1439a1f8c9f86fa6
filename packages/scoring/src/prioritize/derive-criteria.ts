import type {
  InitiativeCatalogue,
  Measure,
  NeedsAssessment,
  Pillar,
  PriorityCriterion,
  ProfileCriterion,
  ScoringProfile,
  WorkPlan,
} from '@itu-aicb/core';
import { PRIORITY_CRITERIA, PRIORITY_CRITERION_INFO, findCountry } from '@itu-aicb/core';

/** The assessed need of one country (or region) on one pillar, weighted by its maturity tier. */
export interface NeedGap {
  /** The country's alpha-3 code, or the ITU-D region of a regional assessment. */
  readonly place: string;
  readonly pillar: Pillar;
  /** `target - current`, on the 0 to 5 scale; 0 or more. */
  readonly gap: number;
  /** `(5 - tier) / 5`: 1 for the least mature tier (0), 0.2 for the most mature (4). */
  readonly tierWeight: number;
  /** Whether the place is a least developed, landlocked developing or small island developing country. */
  readonly vulnerable: boolean;
}

/** What a measure's value on one criterion was made of, for the reasons. */
export interface CriterionFacts {
  /** Need gaps the measure addresses (need-severity). */
  readonly gaps?: readonly NeedGap[];
  /** Countries reached that are LDC, LLDC or SIDS (vulnerable-reach). */
  readonly vulnerableCountries?: readonly string[];
  /** Initiatives built on that the catalogues list (initiative-leverage). */
  readonly initiatives?: readonly string[];
  /** The currency the cost was compared in (cost-per-beneficiary). */
  readonly currency?: string;
  /** Why the value is missing, when it is. */
  readonly missing?: string;
}

/** One criterion of a profile, resolved: built in or read from a field. */
export interface ResolvedCriterion {
  readonly id: string;
  readonly label: string;
  readonly direction: 'benefit' | 'cost';
  readonly builtIn: boolean;
  readonly profile: ProfileCriterion;
}

/** Natural bounds of the built-in criteria that have them (used by SPOTIS). */
export const CRITERION_BOUNDS: Partial<Record<PriorityCriterion, readonly [number, number]>> = {
  'co-financing': [0, 1],
  feasibility: [1, 5],
  risk: [1, 5],
  'time-to-results': [0, 240],
};

const isBuiltIn = (id: string): id is PriorityCriterion =>
  (PRIORITY_CRITERIA as readonly string[]).includes(id);

/** The profile's criteria with their labels and directions. */
export function resolveCriteria(profile: ScoringProfile): ResolvedCriterion[] {
  return profile.criteria.map((criterion) => {
    const builtIn = criterion.field === undefined && isBuiltIn(criterion.id);
    const info = builtIn ? PRIORITY_CRITERION_INFO[criterion.id as PriorityCriterion] : undefined;
    return {
      id: criterion.id,
      label: criterion.label?.en ?? info?.label ?? criterion.id,
      direction: criterion.direction ?? info?.direction ?? 'benefit',
      builtIn,
      profile: criterion,
    };
  });
}

/** The documents a prioritisation reads. */
export interface PlanInputs {
  readonly plan: WorkPlan;
  readonly assessments: readonly NeedsAssessment[];
  readonly catalogues: readonly InitiativeCatalogue[];
  readonly profile: ScoringProfile;
}

const isVulnerable = (alpha3: string): boolean => {
  const country = findCountry(alpha3);
  return country !== undefined && (country.ldc || country.lldc || country.sids);
};

/** The newest assessment of each place (country or region), in the order first seen. */
export function latestAssessments(assessments: readonly NeedsAssessment[]): NeedsAssessment[] {
  const latest = new Map<string, NeedsAssessment>();
  for (const assessment of assessments) {
    const place =
      assessment.scope.type === 'country' ? assessment.scope.country : assessment.scope.region;
    const earlier = latest.get(place);
    if (earlier === undefined || earlier.date < assessment.date) latest.set(place, assessment);
  }
  return [...latest.values()];
}

/**
 * The assessments a measure addresses: those of its target countries; without target countries,
 * those of the countries (and regional assessments) in its target regions; without either (a
 * global measure), all of them. The newest assessment of a place counts.
 */
export function assessmentsAddressed(
  measure: Measure,
  assessments: readonly NeedsAssessment[],
): NeedsAssessment[] {
  const countries = new Set(measure.targetCountries);
  const regions = new Set<string>(measure.targetRegions);
  return latestAssessments(assessments).filter((assessment) => {
    const { scope } = assessment;
    if (countries.size > 0) return scope.type === 'country' && countries.has(scope.country);
    if (regions.size === 0) return true;
    if (scope.type === 'region') return regions.has(scope.region);
    const region = findCountry(scope.country)?.ituRegion;
    return region !== undefined && regions.has(region);
  });
}

/** The need gaps a measure addresses: each addressed assessment on each of the measure's pillars. */
export function needGaps(measure: Measure, assessments: readonly NeedsAssessment[]): NeedGap[] {
  return assessmentsAddressed(measure, assessments).flatMap((assessment) => {
    const place =
      assessment.scope.type === 'country' ? assessment.scope.country : assessment.scope.region;
    return measure.pillars.flatMap((pillar) => {
      const level = assessment.pillars[pillar];
      if (level === undefined) return [];
      return [
        {
          place,
          pillar,
          gap: Math.max(0, level.target - level.current),
          tierWeight: (5 - assessment.maturityTier) / 5,
          vulnerable: assessment.scope.type === 'country' && isVulnerable(place),
        },
      ];
    });
  });
}

/** The currency costs are compared in: the profile's, or the plan's most used one. */
export function referenceCurrency(inputs: PlanInputs): string | undefined {
  if (inputs.profile.currency !== undefined) return inputs.profile.currency.code;
  const counts = new Map<string, number>();
  for (const measure of inputs.plan.measures) {
    const code = measure.budget?.currency;
    if (code !== undefined) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [code, count] of counts)
    if (best === undefined || count > (counts.get(best) ?? 0)) best = code;
  return best;
}

/** Reads a numeric measure field: a number as it is, a list by its length. */
export function readField(measure: Measure, field: string): number | undefined {
  let value: unknown = measure;
  for (const key of field.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }
  if (Array.isArray(value)) return value.length;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A measure's raw value on one criterion (undefined when missing) and what it was made of. */
export function criterionValue(
  criterion: ResolvedCriterion,
  measure: Measure,
  inputs: PlanInputs,
  initiativeIds: ReadonlySet<string>,
  currency: string | undefined,
): { readonly value: number | undefined; readonly facts: CriterionFacts } {
  if (!criterion.builtIn) {
    const field = criterion.profile.field ?? criterion.id;
    const value = readField(measure, field);
    return { value, facts: value === undefined ? { missing: `no value at ${field}` } : {} };
  }
  const { estimates, budget } = measure;
  switch (criterion.id as PriorityCriterion) {
    case 'need-severity': {
      const gaps = needGaps(measure, inputs.assessments);
      if (gaps.length === 0) {
        return {
          value: undefined,
          facts: { missing: 'no assessment covers its countries and pillars' },
        };
      }
      return { value: gaps.reduce((sum, g) => sum + g.gap * g.tierWeight, 0), facts: { gaps } };
    }
    case 'vulnerable-reach': {
      const reached =
        measure.targetCountries.length > 0
          ? measure.targetCountries
          : assessmentsAddressed(measure, inputs.assessments).flatMap((a) =>
              a.scope.type === 'country' ? [a.scope.country] : [],
            );
      const vulnerable = [...new Set(reached)].filter(isVulnerable);
      return { value: vulnerable.length, facts: { vulnerableCountries: vulnerable } };
    }
    case 'cost-per-beneficiary': {
      if (budget === undefined) return { value: undefined, facts: { missing: 'no budget' } };
      const beneficiaries = estimates.beneficiaries;
      if (beneficiaries === undefined || beneficiaries === 0) {
        return { value: undefined, facts: { missing: 'no estimate of beneficiaries' } };
      }
      const rate =
        budget.currency === currency ? 1 : inputs.profile.currency?.rates[budget.currency];
      if (rate === undefined || currency === undefined) {
        return {
          value: undefined,
          facts: {
            missing: `no exchange rate from ${budget.currency} to ${currency ?? 'a common currency'}`,
          },
        };
      }
      return { value: (budget.amount * rate) / beneficiaries, facts: { currency } };
    }
    case 'initiative-leverage': {
      const initiatives = [...new Set(measure.buildsOn)].filter((id) => initiativeIds.has(id));
      return { value: initiatives.length, facts: { initiatives } };
    }
    case 'co-financing':
      if (budget === undefined || budget.amount === 0) {
        return { value: undefined, facts: { missing: 'no budget' } };
      }
      return { value: Math.min(1, budget.secured / budget.amount), facts: {} };
    case 'coordination':
      return { value: new Set([measure.lead, ...measure.contributors]).size, facts: {} };
    case 'alignment':
      return {
        value: new Set(measure.mandates).size + new Set(measure.sdgTargets).size,
        facts: {},
      };
    case 'feasibility':
      return estimated(estimates.feasibility, 'feasibility');
    case 'risk':
      return estimated(estimates.risk, 'risk');
    case 'time-to-results':
      return estimated(estimates.monthsToFirstResults, 'monthsToFirstResults');
  }
}

function estimated(
  value: number | undefined,
  key: string,
): { readonly value: number | undefined; readonly facts: CriterionFacts } {
  return { value, facts: value === undefined ? { missing: `no estimates.${key}` } : {} };
}
