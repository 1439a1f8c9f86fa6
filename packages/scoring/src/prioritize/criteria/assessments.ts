import type { Measure, NeedsAssessment } from '@itu-aicb/core';
import { findCountry } from '@itu-aicb/core';
import type { NeedGap } from './criterion.js';

/** Whether a country is a least developed, landlocked developing or small island developing one. */
export const isVulnerable = (alpha3: string): boolean => {
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
