import type { CriterionDirection } from '../kernel/criterion-direction.js';
import type { DecisionMatrix } from '../kernel/decision-matrix.js';

/**
 * A method's scores as a function of the weights alone, for analyses that try many weight vectors
 * on one matrix (rank acceptability, weight stability): what does not depend on the weights is
 * computed once. Its scores are the method's, bit for bit.
 */
export interface WeightSweep {
  /** Whether a higher or a lower score is better. */
  readonly better: 'higher' | 'lower';
  /**
   * The scores under `weights`, checked and scaled as the method does (see `normalizeWeights`).
   * The array is reused: it holds the scores of the latest call only.
   */
  readonly scores: (weights: readonly number[]) => readonly number[];
}

/** Prepares a {@link WeightSweep} of a matrix and directions, checking the directions. */
export type WeightSweepOf = (
  matrix: DecisionMatrix,
  directions: readonly CriterionDirection[],
) => WeightSweep;
