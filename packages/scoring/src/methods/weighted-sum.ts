import type { MatrixInput } from '../kernel/decision-matrix.js';
import { methodInput, perCriterion } from '../kernel/method-input.js';
import type { NormalizationMethod } from '../kernel/normalization.js';
import { normalizeInto } from '../kernel/normalization.js';
import { rankValues } from '../ranking/rank.js';
import type { MethodOptions, MethodResult } from './method-options.js';
import { tieOptions } from './method-options.js';

/**
 * Options of {@link weightedSum}.
 *
 * @example
 * ```ts
 * const options: WeightedSumOptions = { weights: [1, 1], directions: ['benefit', 'cost'], normalization: 'max' };
 * ```
 */
export interface WeightedSumOptions extends MethodOptions {
  /**
   * Normalisation, for all criteria or one per criterion, applied with the directions so that
   * higher is better on every column. Default `'min-max'`.
   */
  readonly normalization?: NormalizationMethod | readonly NormalizationMethod[];
}

/**
 * The result of {@link weightedSum}: `scores` are weighted sums of normalised values, higher is
 * better. `normalize(matrix, { method, directions })` shows the normalised matrix behind them.
 *
 * @example
 * ```ts
 * declare const result: WeightedSumResult;
 * result.scores[0];
 * ```
 */
export type WeightedSumResult = MethodResult<'weighted-sum'>;

/**
 * Scores each alternative by the weighted sum of its normalised values (simple additive weighting).
 *
 * With the default `min-max` normalisation every score lies in [0, 1]; a criterion on which all
 * alternatives are equal adds the same amount to every score and so changes no rank.
 *
 * @param matrix - The decision matrix: one row per alternative, one column per criterion.
 * @param options - Weights, directions, normalisation and tie policy.
 * @returns Scores (higher is better) and ranks.
 * @throws {@link ScoringError} for a bad matrix, weights or directions, and for the preconditions
 *   of the chosen normalisation (see `normalize`).
 * @see Fishburn, P. C. (1967). Additive utilities with incomplete product sets: application to
 *   priorities and assignments. Operations Research 15(3), 537-542.
 *
 * @example
 * ```ts
 * weightedSum([[1, 10], [3, 30], [2, 20]], { weights: [1, 1], directions: ['benefit', 'cost'] }).scores;
 * //=> [0.5, 0.5, 0.5]
 * ```
 */
export function weightedSum(matrix: MatrixInput, options: WeightedSumOptions): WeightedSumResult {
  const { m, n, values, weights, cost } = methodInput(matrix, options.weights, options.directions);
  const methods = perCriterion(options.normalization ?? 'min-max', n, 'normalisation');
  const normalized = new Float64Array(m * n);
  normalizeInto(values, m, n, methods, cost, normalized);
  const scores = new Array<number>(m);
  for (let i = 0; i < m; i++) {
    let score = 0;
    for (let j = 0; j < n; j++) score += (weights[j] ?? 0) * (normalized[i * n + j] ?? 0);
    scores[i] = score;
  }
  return {
    method: 'weighted-sum',
    better: 'higher',
    weights: Array.from(weights),
    scores,
    ranks: rankValues(scores, { order: 'descending', ...tieOptions(options) }),
  };
}
