import type { ScoringProfile } from '@itu-aicb/core';
import type { PreferenceFunction } from '../methods/preference-function.js';
import type { ResolvedCriterion } from './derive-criteria.js';
import { CRITERION_BOUNDS } from './derive-criteria.js';

/** The PROMETHEE preference function of each criterion: its own, the method's, or usual. */
export function preferences(
  profile: ScoringProfile,
  criteria: readonly ResolvedCriterion[],
): PreferenceFunction[] {
  return criteria.map((criterion) => {
    const given = criterion.profile.preference ?? profile.method.preference;
    if (given === undefined) return { type: 'usual' };
    const { type, q = 0, p = 0, s = 0 } = given;
    switch (type) {
      case 'usual':
        return { type };
      case 'u-shape':
        return { type, q };
      case 'v-shape':
        return { type, p };
      case 'level':
      case 'linear':
        return { type, q, p };
      case 'gaussian':
        return { type, s };
    }
  });
}

/**
 * SPOTIS bounds: the natural range of a criterion that has one (shares 0 to 1, scores 1 to 5,
 * months 0 to 240), else the range the measures span, widened by half a unit when all are equal.
 */
export function spotisBounds(
  criteria: readonly ResolvedCriterion[],
  matrix: readonly (readonly number[])[],
  notes: string[] = [],
): [number, number][] {
  const observed: string[] = [];
  const bounds = criteria.map((criterion, j): [number, number] => {
    const column = matrix.map((row) => row[j] ?? 0);
    const natural = criterion.builtIn
      ? CRITERION_BOUNDS[criterion.id as keyof typeof CRITERION_BOUNDS]
      : undefined;
    if (natural !== undefined) return [natural[0], natural[1]];
    observed.push(criterion.label);
    const min = Math.min(...column);
    const max = Math.max(...column);
    return min < max ? [min, max] : [min - 0.5, max + 0.5];
  });
  if (observed.length > 0) {
    notes.push(
      `SPOTIS bounds for ${observed.join(', ')} are the range the measures span, so adding a measure can move them.`,
    );
  }
  return bounds;
}
