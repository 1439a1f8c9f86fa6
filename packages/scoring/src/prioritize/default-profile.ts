import type { ScoringProfile } from '@itu-aicb/core';
import { PRIORITY_CRITERIA } from '@itu-aicb/core';

/**
 * The scoring profile to rank with when a workspace has none: every built-in criterion, equal
 * weights, TOPSIS, a missing value counted as the worst of its criterion, and ranks that share
 * scores within 1e-9. Each call returns a new object, so a caller may change its copy.
 *
 * @returns A valid profile with the id `default`.
 *
 * @example
 * ```ts
 * const profile = defaultScoringProfile();
 * [profile.method.name, profile.criteria.length, validateScoringProfile(profile).ok];
 * //=> ['topsis', 10, true]
 * ```
 */
export function defaultScoringProfile(): ScoringProfile {
  return {
    kind: 'ScoringProfile',
    schemaVersion: 1,
    id: 'default',
    title: { en: 'All built-in criteria, equal weights' },
    method: { name: 'topsis' },
    criteria: PRIORITY_CRITERIA.map((id) => ({ id })),
    weighting: { type: 'equal' },
    missingData: 'worst',
    ties: { policy: 'min', tolerance: 1e-9 },
  };
}
