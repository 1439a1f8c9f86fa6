import type { ScoringProfile } from '@itu-aicb/core';
import type { CriterionDirection } from '../kernel/criterion-direction.js';
import { normalizeWeights } from '../kernel/criterion-weights.js';
import { ScoringError } from '../kernel/scoring-error.js';
import { ahpWeights } from '../weights/ahp.js';
import { criticWeights } from '../weights/critic-weights.js';
import { entropyWeights } from '../weights/entropy-weights.js';
import { rankOrderWeights } from '../weights/rank-order-weights.js';
import { standardDeviationWeights } from '../weights/standard-deviation-weights.js';
import type { ResolvedCriterion } from './derive-criteria.js';

/** The AHP consistency of a profile's judgements, and whether the profile accepts it. */
export interface AhpConsistency {
  readonly lambdaMax: number;
  readonly consistencyIndex: number;
  readonly consistencyRatio: number;
  readonly randomIndex: { readonly table: string; readonly value: number };
  readonly acceptable: boolean;
}

/** The criterion weights a profile's weighting gives for the matrix, with the AHP consistency. */
export function weighCriteria(
  profile: ScoringProfile,
  criteria: readonly ResolvedCriterion[],
  matrix: readonly (readonly number[])[],
  directions: readonly CriterionDirection[],
): { weights: number[]; consistency?: AhpConsistency } {
  const { weighting } = profile;
  switch (weighting.type) {
    case 'direct':
      return { weights: normalizeWeights(criteria.map((c) => c.profile.weight ?? 0)) };
    case 'equal':
      return { weights: criteria.map(() => 1 / criteria.length) };
    case 'ahp': {
      const result = ahpWeights(weighting.judgements, { randomIndex: weighting.randomIndex });
      return {
        weights: result.weights,
        consistency: {
          lambdaMax: result.lambdaMax,
          consistencyIndex: result.consistencyIndex,
          consistencyRatio: result.consistencyRatio,
          randomIndex: result.randomIndex,
          acceptable: result.consistencyRatio <= weighting.maxConsistencyRatio,
        },
      };
    }
    case 'rank-order': {
      const ranks = criteria.map((criterion) => {
        const index = weighting.order.indexOf(criterion.id);
        if (index < 0) {
          throw new ScoringError(
            'invalid-option',
            `The rank order does not list the criterion "${criterion.id}".`,
          );
        }
        return index + 1;
      });
      return { weights: rankOrderWeights(ranks, { method: weighting.scheme }) };
    }
    case 'entropy':
      return { weights: entropyWeights(matrix) };
    case 'critic':
      return { weights: criticWeights(matrix, { directions }) };
    case 'standard-deviation':
      return { weights: standardDeviationWeights(matrix) };
  }
}
