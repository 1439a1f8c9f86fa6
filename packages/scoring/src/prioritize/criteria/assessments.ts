import type { Measure, NeedsAssessment } from '@itu-aicb/core';
import { findCountry, isInCountryGroup } from '@itu-aicb/core';
import type { NeedGap } from './criterion.js';

const VULNERABLE_GROUPS = ['ldc', 'lldc', 'sids'] as const;

/**
 * A country's standing in the LDC, LLDC and SIDS groups on a date: `member` when it is in one of
 * them, `uncertain` when it is in none for sure but one answer is uncertain (a graduation awaiting
 * its decision, an unconfirmed event), `not-member` otherwise; with the uncertain groups.
 */
export interface Vulnerability {
  readonly status: 'member' | 'not-member' | 'uncertain';
  /** `ldc: outcome-pending` and the like, for the uncertain answers. */
  readonly uncertain: readonly string[];
}

/** Standings already worked out, by `asOf` and country; the group tables never change. */
const standings = new Map<string, Vulnerability>();
/** Beyond this many standings, the kept ones are dropped (a long-running caller asking many dates). */
const KEPT_STANDINGS = 4096;

/**
 * A country's standing in the LDC, LLDC and SIDS groups on `asOf` (`YYYY-MM-DD`). A plan asks the
 * same few countries once per measure and criterion, so answers are kept.
 */
export function vulnerability(alpha3: string, asOf: string): Vulnerability {
  const key = `${asOf} ${alpha3}`;
  const known = standings.get(key);
  if (known !== undefined) return known;
  if (standings.size >= KEPT_STANDINGS) standings.clear();
  const standing = standingOf(alpha3, asOf);
  standings.set(key, standing);
  return standing;
}

function standingOf(alpha3: string, asOf: string): Vulnerability {
  const answers = VULNERABLE_GROUPS.map((group) => isInCountryGroup(alpha3, group, asOf));
  if (answers.some((answer) => answer.status === 'member')) {
    return Object.freeze({ status: 'member', uncertain: Object.freeze([]) });
  }
  const uncertain = answers.flatMap((answer) =>
    answer.status === 'uncertain' ? [`${answer.group}: ${answer.uncertainty ?? 'uncertain'}`] : [],
  );
  return Object.freeze({
    status: uncertain.length > 0 ? 'uncertain' : 'not-member',
    uncertain: Object.freeze(uncertain),
  });
}

/**
 * Whether a country counts as a least developed, landlocked developing or small island
 * developing one on `asOf`. An uncertain answer counts: the SDK never assumes an unconfirmed
 * graduation, so a country keeps the standing it had until the decision is recorded; reasons and
 * notes flag it.
 */
export const isVulnerable = (alpha3: string, asOf: string): boolean =>
  vulnerability(alpha3, asOf).status !== 'not-member';

/** Whether a measure names whom it serves: target countries or regions, or `global: true`. */
export const hasTargets = (measure: Measure): boolean =>
  measure.global === true || measure.targetCountries.length > 0 || measure.targetRegions.length > 0;

/** Why a measure's reach is unknown when it names no targets. */
export const NO_TARGETS = 'no target countries or regions, and not marked global';

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
 * those of the countries (and regional assessments) in its target regions; for a measure marked
 * `global`, all of them; for a measure that names none of these, none (its reach is unknown, not
 * global). The newest assessment of a place counts.
 */
export function assessmentsAddressed(
  measure: Measure,
  assessments: readonly NeedsAssessment[],
): NeedsAssessment[] {
  if (!hasTargets(measure)) return [];
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
export function needGaps(
  measure: Measure,
  assessments: readonly NeedsAssessment[],
  asOf: string,
): NeedGap[] {
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
          vulnerable: assessment.scope.type === 'country' && isVulnerable(place, asOf),
        },
      ];
    });
  });
}
