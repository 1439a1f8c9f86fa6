import type { ScoringMethod, ScoringProfile } from '@itu-aicb/core';
import type { NormalizationMethod } from '../kernel/normalization.js';
import type { PreferenceFunction } from '../methods/preference-function.js';
import type { ResolvedCriterion } from './derive-criteria.js';
import type { PrioritizeWording } from './wording/prioritize-wording.js';
import { englishPrioritizeWording } from './wording/prioritize-wording.js';

/**
 * A method with its parameters: the method's name and what it takes beyond weights, directions
 * and ties. Parameters a method does not take are ignored, so one settings object can serve all.
 *
 * @example
 * ```ts
 * const settings: MethodSettings = { name: 'topsis', normalization: 'vector' };
 * ```
 */
export interface MethodSettings {
  readonly name: ScoringMethod;
  /** Weighted sum and TOPSIS: the normalisation. Default `min-max` and `vector` respectively. */
  readonly normalization?: NormalizationMethod;
  /** VIKOR: the weight of the majority strategy. Default 0.5. */
  readonly v?: number;
  /** PROMETHEE II: the preference function(s). Default usual. */
  readonly preference?: PreferenceFunction | readonly PreferenceFunction[];
  /** SPOTIS: the bounds, one `[min, max]` per criterion; required. */
  readonly bounds?: readonly (readonly [number, number])[];
}

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
  wording: PrioritizeWording = englishPrioritizeWording,
): [number, number][] {
  const observed: string[] = [];
  const bounds = criteria.map((criterion, j): [number, number] => {
    const column = matrix.map((row) => row[j] ?? 0);
    const natural = criterion.definition?.bounds;
    if (natural !== undefined) return [natural[0], natural[1]];
    observed.push(criterion.label);
    const min = Math.min(...column);
    const max = Math.max(...column);
    return min < max ? [min, max] : [min - 0.5, max + 0.5];
  });
  if (observed.length > 0) {
    notes.push(wording.notes.spotisBounds(observed));
  }
  return bounds;
}

/**
 * The profile's method with every parameter resolved for the matrix: the normalisation and `v` the
 * profile gives, each criterion's preference function and SPOTIS bounds. The parameters serve
 * every method, so that analyses can run the others on the same matrix; the note on observed
 * bounds is added only when the method is SPOTIS.
 */
export function methodSettings(
  profile: ScoringProfile,
  criteria: readonly ResolvedCriterion[],
  matrix: readonly (readonly number[])[],
  notes: string[],
  wording: PrioritizeWording = englishPrioritizeWording,
): MethodSettings {
  const { name, normalization, v } = profile.method;
  return {
    name,
    ...(normalization === undefined ? {} : { normalization }),
    ...(v === undefined ? {} : { v }),
    preference: preferences(profile, criteria),
    bounds: spotisBounds(criteria, matrix, name === 'spotis' ? notes : [], wording),
  };
}
